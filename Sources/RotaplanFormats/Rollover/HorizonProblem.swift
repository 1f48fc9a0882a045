/// What the horizon's `--hires FILE` reader reports (MODEL.md §13), as data; English here,
/// Chinese in RotaplanText.
public enum HorizonProblem: Sendable, Equatable, CustomStringConvertible {
    case notYears(example: Int, found: JSONKind)
    case notAYear(example: Int)
    case firstYear(Int, from: Int, to: Int)
    case outsideHorizon(Int, years: Int, first: Int, from: Int, to: Int)
    case yearTwice(Int)
    case notYearObject(found: JSONKind)
    case unknownList
    case notList(found: JSONKind)
    case notRecord(found: JSONKind)

    public var description: String {
        switch self {
        case let .notYears(example, found):
            return "expected an object of school years, {\"\(example)\": {\"newHires\": […], \"vacancies\": […]}}, found \(found)"
        case let .notAYear(example): return "expected a school year such as \"\(example)\" as the key"
        case let .firstYear(y, from, to):
            return "\(y) is the first instance's own year: put its hires and vacancies in the instance itself; FILE adds years \(from)…\(to)"
        case let .outsideHorizon(y, years, first, from, to):
            return "\(y) is outside the horizon: with --years \(years) from \(first), FILE may name \(from)…\(to)"
        case let .yearTwice(y): return "the year \(y) appears twice"
        case let .notYearObject(found): return "expected an object with \"newHires\" and/or \"vacancies\", found \(found)"
        case .unknownList: return "unknown list; a year holds \"newHires\" and \"vacancies\""
        case let .notList(found): return "expected an array of records, found \(found)"
        case let .notRecord(found): return "expected a record (an object), found \(found)"
        }
    }
}
