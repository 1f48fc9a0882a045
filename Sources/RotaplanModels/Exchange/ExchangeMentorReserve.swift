import GLPK
import RotaplanDomain

/// Rule 4.8, the mentor reserve (MODEL.md §7 "Settled"): inside `plan` only
/// (``ExchangeModel/mentorReserve``), the exchange keeps at every core c, for every subject
/// k, the mentoring the year's hires need. With cap′ and H(c,k), C(c,k) as
/// ``MentorReserve`` reads them:
///
///   Σ_{m at c, k, m ∈ E} cap′(m)·(1 − Σ_s x[m,s]) + Σ_{m at c, k, m ∉ E} cap′(m)
///   + Σ_{t ∈ E, home(t) ≠ c, k} cap′(t)·x[t,c] ≥ min(H(c,k), C(c,k)),
///
/// written, since the first two sums at x = 0 are C(c,k), as
/// Σ cap′(t)·x[t,c] − Σ cap′(m)·Σ_s x[m,s] ≥ min(H, C) − C. One row per (c, k) with a
/// positive need and a move in or out, named `exchange.4.8.mentors[core,subject]`.
///
/// Parts (``ExchangeParts``): a row's moves are those of teachers at c (c's group) and of
/// teachers who may move to c, whose group is then in c's part (a move to a school of
/// another group links the two groups), so the row is whole in the part that plans c's
/// group. Aggregated classes tell cap′ apart (``ExchangeModel/classKey(_:_:_:reserve:)``),
/// so one coefficient fits every teacher of a class.
extension ExchangeModel {
    mutating func rule8MentorReserve() throws {
        let reserves = Self.reserveRows(instance, part: part)
        guard !reserves.isEmpty else { return }
        var rowOf: [Int: [Subject: Int]] = [:]
        var rows = [LinearExpression](repeating: LinearExpression(), count: reserves.count)
        for (i, r) in reserves.enumerated() { rowOf[r.core, default: [:]][r.subject] = i }
        for m in moves {
            let t = m.teacher, k = instance.teachers[t].subject
            let cap = Double(instance.mentorCapacity(ofTeacher: t))
            guard cap > 0 else { continue }
            if let i = rowOf[instance.teachers[t].school]?[k] { rows[i].add(m.variable, coefficient: -cap) }
            if let i = rowOf[m.to]?[k] { rows[i].add(m.variable, coefficient: cap) }
        }
        for (i, r) in reserves.enumerated() where rows[i].termCount > 0 {
            let core = instance.schools[r.core].id
            try addRule(rows[i] >= Double(r.need - r.capacity),
                        name: "\(RuleID.exchangeMentorReserve.rawValue)[\(core),\(r.subject)]",
                        finding: Finding(.exchangeMentorReserve, .relaxed, refs: [.school(r.core), .subject(r.subject)],
                                         amounts: [Amount(.required, r.hires), Amount(.base, r.capacity), Amount(.limit, r.need)]))
        }
    }

    /// The pairs (c, k) of rule 4.8 with a positive need whose core is in `part` (a row
    /// each when a move touches it).
    static func reserveRows(_ x: Instance, part: ExchangeParts.Part) -> [MentorReserve] {
        let planned = part.groupSet
        return x.mentorReserves().filter { $0.need > 0 && x.schools[$0.core].group.map(planned.contains) == true }
    }
}

extension ExchangeGreedy {
    /// Whether moving `plan`'s (teacher, destination) pairs keeps rule 4.8 at every
    /// reserved core (§7): Σ cap′ of subject k at c after the moves ≥ min(H, C).
    static func keepsMentorReserve(_ x: Instance, _ plan: [(teacher: Int, to: Int)]) -> Bool {
        var school = x.teachers.map(\.school)
        for (t, to) in plan { school[t] = to }
        return x.mentorReserves().allSatisfy { r in
            x.teachers.indices.reduce(0) { $0 + (school[$1] == r.core && x.teachers[$1].subject == r.subject ? x.mentorCapacity(ofTeacher: $1) : 0) } >= r.need
        }
    }
}
