import GLPK
import RotaplanDomain

/// The exchange's change term of MODEL.md §12 (`--near`):
/// change · ( Σ_{(t,s) ∈ P} (1 − x[t,s]) + Σ_{(t,s) ∉ P} x[t,s] ), P the previous moves.
/// Written as the constant change · |P| (a previous move whose variable does not exist —
/// teacher gone or no longer eligible, destination out of reach — keeps its 1), − change
/// on every x[t,s] of P and + change on every other x. Separable per teacher: each part
/// (``ExchangeParts``) takes its own teachers' coefficients, and the part that carries
/// the schools in no group carries the constant, so the parts' objectives still add up.
/// In the aggregated formulation teachers with different previous destinations are told
/// apart (``nearTag(_:)``), so every member of a class has the same coefficients.
extension ExchangeModel {
    /// Teacher index → the schools P sends them to (only pairs that name a teacher and a
    /// school of the instance; the others count in the constant alone).
    static func nearDestinations(_ x: Instance) -> [Int: Set<Int>] {
        var out: [Int: Set<Int>] = [:]
        for m in x.near?.moves ?? [] {
            guard let t = x.teacherIndex[TeacherID(m.teacher)], let s = x.schoolIndex[SchoolID(m.to)] else { continue }
            out[t, default: []].insert(s)
        }
        return out
    }

    /// What tells teacher t apart for the change term: their previous destinations.
    func nearTag(_ t: Int) -> String { nearDestinations[t].map { "|near\($0.sorted())" } ?? "" }

    /// Adds §12's exchange term (nothing without a previous exchange).
    mutating func termChange() {
        guard let previous = instance.near?.moves else { return }
        let w = instance.policy.weights.exchange.change
        if part.ungrouped { objective.constant += w * Double(previous.count) }
        for m in moves {
            let kept = nearDestinations[m.teacher]?.contains(m.to) ?? false
            objective.add(m.variable, coefficient: kept ? -w : w)
        }
    }
}
