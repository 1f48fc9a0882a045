/// A JSON field that cannot be read as its format says (``FieldReader``, docs/instance-format.md).
public enum FieldProblem: Sendable, Equatable, CustomStringConvertible {
    case expected(JSONExpected, found: JSONKind)
    /// An unknown key, with the allowed key nearest to it, or the nested form of a dotted
    /// policy key (`{"exchange": {"minRate": 0.2}}`).
    case unknownField(String, closest: String?, nested: String?)
    case missing(String)
    case empty
    /// Numbers as the file shows them (`0.5`, `10^6`); `unit` from the key table (`years`).
    case outOfRange(value: String, low: String, high: String, unit: String)
    case notWhole(String)
    case tooLarge(String, most: String)
    case tooSmall(String, least: String)
    /// A weight that must be ≥ 0 (docs/instance-format.md "Weights"); `key` is its policy key.
    case negativeWeight(String, key: String, reason: String)

    public var description: String {
        switch self {
        case let .expected(what, found): return "expected \(what), found \(found)"
        case let .unknownField(key, closest, nested):
            if let nested { return "unknown field \"\(key)\"; policy keys are nested: write \(nested) (the dotted form is what --set takes)" }
            return "unknown field \"\(key)\"" + (closest.map { "; did you mean \"\($0)\"?" } ?? "")
        case let .missing(key): return "the field \"\(key)\" is missing"
        case .empty: return "must not be empty"
        case let .outOfRange(value, low, high, unit):
            return "\(value) is out of range; it must be between \(low) and \(high)\(unit.isEmpty ? "" : " \(unit)")"
        case let .notWhole(value): return "\(value) is not a whole number"
        case let .tooLarge(value, most): return "\(value) is too large (at most \(most))"
        case let .tooSmall(value, least): return "\(value) is too small (at least \(least))"
        case let .negativeWeight(value, _, reason): return "\(value) is negative; this weight must be 0 or more: \(reason)"
        }
    }
}
