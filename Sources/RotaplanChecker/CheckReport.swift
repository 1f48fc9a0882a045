import RotaplanDomain

/// What `rotaplan check` found: every broken rule in the user's terms, the objective
/// recomputed from the instance and the solution alone, and whether it matches the
/// declared one (1e-6 relative, or 1e-6 absolute below 1; MODEL.md §10).
public struct CheckReport: Sendable {
    public struct Violation: Sendable, CustomStringConvertible {
        /// The MODEL.md rule, e.g. `4.2 volume`.
        public var rule: String
        public var message: String
        public var description: String { "§\(rule): \(message)" }
    }

    public var violations: [Violation] = []
    public var recomputedObjective: Double?
    public var declaredObjective: Double?

    public var objectiveMatches: Bool {
        guard let r = recomputedObjective else { return declaredObjective == nil }
        guard let d = declaredObjective else { return false }
        return Self.close(r, d)
    }

    /// The solution holds and its objective matches.
    public var passed: Bool { violations.isEmpty && objectiveMatches }

    public static func close(_ a: Double, _ b: Double) -> Bool {
        let scale = max(abs(a), abs(b))
        return scale < 1 ? abs(a - b) <= 1e-6 : abs(a - b) <= 1e-6 * scale
    }
}

/// Checks a solution against its instance, the instance's pins included (``PinCheck``).
/// Shares no code with the formulations: it depends on the domain module only (enforced
/// by the package graph).
public enum SolutionChecker {
    public static func check(_ solution: Solution, against instance: Instance) -> CheckReport {
        var report: CheckReport
        switch solution.problem {
        case .exchange:
            report = ExchangeCheck.check(solution, instance)
        case .training:
            report = TrainingCheck.check(solution, instance)
        case .walking:
            report = WalkingCheck.check(solution, instance)
        case .plan:
            report = PlanCheck.check(solution, instance)
        }
        // A plan's stages are checked above through this function, pins included.
        if solution.problem != .plan { report.violations += PinCheck.violations(solution, instance) }
        report.declaredObjective = solution.objective
        return report
    }
}
