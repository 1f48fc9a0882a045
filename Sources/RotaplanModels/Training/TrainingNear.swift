import GLPK
import RotaplanDomain

/// First-station training's change term of MODEL.md §12 (`--near`): for every hire n the
/// previous plan placed with (m₀, s₀, L₀), change · ((1 − p[n,m₀]) + (1 − z[n,s₀,L₀])), a
/// missing variable counting 1, and 2 · change for a hire who is gone. Written as the
/// constant 2 · change per previous placement and − change on p[n,m₀] and z[n,s₀,L₀]
/// where they exist. The term reads p[n,m] per hire, so a model with a previous training
/// plan is built in the plain formulation (``formulation(_:for:)``). Each block of hires
/// (``TrainingSolve/blocks(_:)``) takes its own hires' placements; the block of hire 0
/// carries the hires who are gone, so the blocks' objectives still add up.
extension TrainingModel {
    /// The formulation built: plain when the instance has a previous training plan.
    static func formulation(_ asked: Formulation, for x: Instance) -> Formulation {
        x.near?.placements == nil ? asked : .plain
    }

    /// Adds §12's training term (nothing without a previous training plan).
    mutating func termChange() {
        guard let previous = instance.near?.placements else { return }
        let w = instance.policy.weights.training.change
        var hireIndex: [String: Int] = [:]
        for (n, hire) in instance.newHires.enumerated() { hireIndex[hire.id.rawValue] = n }
        for (id, before) in previous.sorted(by: { $0.key < $1.key }) {
            guard let n = hireIndex[id] else {
                if !excluded.contains(0) { objective.constant += 2 * w }
                continue
            }
            guard !excluded.contains(n) else { continue }
            objective.constant += 2 * w
            let mentor = instance.teacherIndex[TeacherID(before.mentor)]
            let school = instance.schoolIndex[SchoolID(before.destination)]
            for p in pairingsOfHire[n] where mentorClasses[pairings[p].mentorClass].mentors == [mentor] {
                objective.add(pairings[p].variable, coefficient: -w)
            }
            for d in destinationsOfHire[n] where destinations[d].school == school && destinations[d].years == before.years {
                objective.add(destinations[d].variable, coefficient: -w)
            }
        }
    }
}
