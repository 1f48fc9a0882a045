import RotaplanDomain

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
    /// `--near PREVIOUS`: a solution of another problem (§12).
    case nearOfAnotherProblem(previous: Solution.Problem, problem: Solution.Problem)

    public var description: String {
        switch self {
        case let .unknownFormat(f, expected): return "\"\(f)\" is not a solution format rotaplan reads; expected \"\(expected)\""
        case let .unknownProblem(p): return "unknown problem \"\(p)\""
        case let .unknownStatus(s): return "unknown status \"\(s)\""
        case .stagesOutsidePlan: return "only a plan solution has stages"
        case let .unplacedRuleNotTraining(id): return "\"\(id)\" is not a rule of §5 (training.…)"
        case .unplacedOutsideTraining: return "only a training or plan solution lists unplaced hires"
        case let .nearOfAnotherProblem(previous, problem):
            let wanted = problem == .plan ? "a plan" : "\(problem == .exchange ? "an" : "a") \(problem.rawValue) solution or a plan"
            return "\(previous == .exchange ? "an" : "a") \(previous.rawValue) solution cannot guide `\(problem.rawValue) --near`: give \(wanted) (MODEL.md §12)"
        }
    }
}
