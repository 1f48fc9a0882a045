/// What rule 4.8, the mentor reserve (MODEL.md §7 "Settled", inside `plan` only), reads of
/// an instance before any plan: for every core c and subject k, H(c,k) — the new hires of
/// subject k whose host set (§5) is exactly {c} — and C(c,k) = Σ cap′(m) over the teachers
/// m of subject k at c, with cap′ = ``Instance/mentorCapacity(ofTeacher:)`` (capacity as §5
/// defines it less the trainees naming the teacher, §11; 0 for a teacher who is not a
/// mentor). The exchange inside `plan` keeps Σ cap′ of the teachers of subject k at c after
/// the exchange ≥ min(H(c,k), C(c,k)). The checker keeps its own copy on purpose.
public struct MentorReserve: Sendable, Hashable {
    /// The core school c (index).
    public var core: Int
    /// The subject k (primary subject of the hires and of the mentors).
    public var subject: Subject
    /// H(c,k): hires of subject k hosted only at c.
    public var hires: Int
    /// C(c,k): Σ cap′ over the teachers of subject k at c, before any move.
    public var capacity: Int

    /// min(H(c,k), C(c,k)): the mentoring the exchange must leave at c.
    public var need: Int { min(hires, capacity) }
}

extension Instance {
    /// The host set of new hire n (§5): the core of `n.group`; with no group, the cores of
    /// the groups whose core is in `n.district` (a missing district equals another missing
    /// one, §10), in group order.
    public func hostSet(ofHire n: Int) -> [Int] {
        let hire = newHires[n]
        if let g = hire.group { return [groups[g].core] }
        var out: [Int] = []
        for group in groups where schools[group.core].district == hire.district && !out.contains(group.core) {
            out.append(group.core)
        }
        return out
    }

    /// Rule 4.8's pairs (c, k) with H(c,k) > 0 (§7), by core index then subject key. District
    /// hires with several hosts are not reserved for.
    public func mentorReserves() -> [MentorReserve] {
        var hires: [Int: [Subject: Int]] = [:]
        for n in newHires.indices {
            let hosts = hostSet(ofHire: n)
            guard hosts.count == 1 else { continue }
            hires[hosts[0], default: [:]][newHires[n].subject, default: 0] += 1
        }
        var out: [MentorReserve] = []
        for c in hires.keys.sorted() {
            for (k, h) in hires[c]!.sorted(by: { $0.key < $1.key }) {
                let capacity = teachersBySchool[c].reduce(0) { $0 + (teachers[$1].subject == k ? mentorCapacity(ofTeacher: $1) : 0) }
                out.append(MentorReserve(core: c, subject: k, hires: h, capacity: capacity))
            }
        }
        return out
    }
}
