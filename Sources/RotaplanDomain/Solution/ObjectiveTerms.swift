/// The value of one objective term (MODEL.md §8 rev 2 `metrics.objectiveTerms`): the
/// term's name as §4–§6 and §12 write it (`balance`, `travelHalfHour`, `change`) and its
/// value, weight and constants included.
public struct ObjectiveTerm: Sendable, Equatable {
    public var name: String
    public var value: Double
    public init(_ name: String, _ value: Double) { self.name = name; self.value = value }
    /// The term of an objective-term rule (``RuleID/termName``).
    public init(_ term: RuleID, _ value: Double) { self.init(term.termName ?? term.rawValue, value) }
}

/// The objective terms of each problem in §8's order: the terms §4–§6 list
/// (``RuleID/objectiveTerms(of:)``), then §12's `change` when solved near a previous plan.
public enum ObjectiveTerms {
    /// The name §12 gives the change term of every problem.
    public static let change = "change"

    /// The names of `problem`'s terms, in §8's order (`change` last, when `near`); none
    /// for `plan`, whose terms are its stages'.
    public static func names(_ problem: Solution.Problem, near: Bool) -> [String] {
        let family: RuleID.Family
        switch problem {
        case .exchange: family = .exchange
        case .training: family = .training
        case .walking: family = .walking
        case .plan: return []
        }
        return RuleID.objectiveTerms(of: family).compactMap(\.termName) + (near ? [change] : [])
    }

    /// `values` (by name) in §8's order for `problem`; names §8 does not list follow in
    /// their own order.
    public static func ordered(_ problem: Solution.Problem, _ values: [String: Double], near: Bool) -> [ObjectiveTerm] {
        let known = names(problem, near: near)
        return known.compactMap { n in values[n].map { ObjectiveTerm(n, $0) } }
            + values.keys.filter { !known.contains($0) }.sorted().map { ObjectiveTerm($0, values[$0]!) }
    }
}
