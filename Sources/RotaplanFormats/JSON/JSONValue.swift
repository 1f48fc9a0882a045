import RotaplanDomain

/// A JSON value with the line and column where it starts, so that every message about
/// an instance can point at the place in the file.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// Members in file order (duplicate keys are rejected by the parser).
        case object([(key: String, value: JSONNode)])
    }

    public var value: Value
    /// 1-based line and column (in characters) of the value's first character.
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int = 0, column: Int = 0) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The kind of value, for messages ("expected a number, found a string").
    public var valueKind: JSONKind {
        switch value {
        case .null: return .null
        case .bool: return .bool
        case .number: return .number
        case .string: return .string
        case .array: return .list
        case .object: return .object
        }
    }

    /// ``valueKind`` in English.
    public var kind: String { valueKind.description }

    public var isNull: Bool { if case .null = value { return true } else { return false } }

    /// The member `key` of an object, if this is an object that has it.
    public subscript(key: String) -> JSONNode? {
        guard case let .object(members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// Encodes JSON values as text: deterministic (object members in the order given),
/// numbers in the shortest form that reads back to the same `Double`.
public enum JSONText {
    /// The two-character escapes of JSON (RFC 8259 §7).
    static let escapes: [Unicode.Scalar: String] = [
        "\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u{08}": "\\b", "\u{0C}": "\\f",
    ]

    /// `s` as a JSON string: quotes, backslashes and control characters escaped, and
    /// U+2028/U+2029 too (so the text is also valid JavaScript).
    public static func string(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            let plain = scalar.value >= 0x20 && scalar != "\"" && scalar != "\\" && scalar.value != 0x2028 && scalar.value != 0x2029
            if plain {
                out.unicodeScalars.append(scalar)
            } else if let escape = escapes[scalar] {
                out += escape
            } else {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out + "\""
    }

    /// A finite number: integers without a fraction, others in Swift's shortest
    /// round-trip form.
    public static func number(_ x: Double) -> String {
        precondition(x.isFinite, "JSON has no NaN or infinity")
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
