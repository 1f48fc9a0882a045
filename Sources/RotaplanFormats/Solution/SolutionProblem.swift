/// A solution file (§8) that cannot be read as one.
public enum SolutionProblem: Sendable, Equatable, CustomStringConvertible {
    case unknownFormat(String, expected: String)
    case unknownProblem(String)
    case unknownStatus(String)
    case stagesOutsidePlan
    /// An `unplaced` entry whose rule is not one of §5's.
    case unplacedRuleNotTraining(String)
    /// `unplaced` in a solution of another problem than training or plan.
    case unplacedOutsideTraining

    public var description: String {
        switch self {
        case let .unknownFormat(f, expected): return "\"\(f)\" is not a solution format rotaplan reads; expected \"\(expected)\""
        case let .unknownProblem(p): return "unknown problem \"\(p)\""
        case let .unknownStatus(s): return "unknown status \"\(s)\""
        case .stagesOutsidePlan: return "only a plan solution has stages"
        case let .unplacedRuleNotTraining(id): return "\"\(id)\" is not a rule of §5 (training.…)"
        case .unplacedOutsideTraining: return "only a training or plan solution lists unplaced hires"
        }
    }
}
