/// A solution file (§8) that cannot be read as one.
public enum SolutionProblem: Sendable, Equatable, CustomStringConvertible {
    case unknownFormat(String, expected: String)
    case unknownProblem(String)
    case unknownStatus(String)
    case stagesOutsidePlan

    public var description: String {
        switch self {
        case let .unknownFormat(f, expected): return "\"\(f)\" is not a solution format rotaplan reads; expected \"\(expected)\""
        case let .unknownProblem(p): return "unknown problem \"\(p)\""
        case let .unknownStatus(s): return "unknown status \"\(s)\""
        case .stagesOutsidePlan: return "only a plan solution has stages"
        }
    }
}
