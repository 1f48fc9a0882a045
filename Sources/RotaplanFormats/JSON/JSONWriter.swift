import RotaplanDomain

/// An ordered JSON value to be written: objects keep their members in the order given,
/// so every writer of rotaplan (instances, solutions, the schema) is deterministic, and
/// numbers are written by ``JSONText/number(_:)``. Build the value, then ``text(indent:)``
/// or ``pretty(indent:)`` it; no writer glues JSON text by hand.
public indirect enum JSONOut: Sendable {
    case null
    case bool(Bool)
    /// A finite number (a non-finite one is written `null`).
    case number(Double)
    case integer(Int)
    case string(String)
    /// `lines`: one element per line (a list of records); otherwise on one line.
    case array([JSONOut], lines: Bool = false)
    /// `lines`: one member per line; otherwise on one line.
    case object([(String, JSONOut)], lines: Bool = false)

    /// A number, or `null` when absent or not finite.
    public static func numberOrNull(_ x: Double?) -> JSONOut { x.map { .number($0) } ?? .null }

    /// The value as text: containers marked `lines` put each element on its own line,
    /// indented by `indent` per level; the others are written on one line, `{"a": 1, "b": [1, 2]}`.
    public func text(indent: String = " ") -> String {
        var out = ""
        write(to: &out, level: 0, indent: indent, allLines: false)
        return out
    }

    /// Every non-empty container on lines (the layout of `json.dumps(indent=2)`).
    public func pretty(indent: String = "  ") -> String {
        var out = ""
        write(to: &out, level: 0, indent: indent, allLines: true)
        return out
    }

    private func write(to out: inout String, level: Int, indent: String, allLines: Bool) {
        switch self {
        case .null: out += "null"
        case let .bool(b): out += b ? "true" : "false"
        case let .number(x): out += x.isFinite ? JSONText.number(x) : "null"
        case let .integer(n): out += String(n)
        case let .string(s): out += JSONText.string(s)
        case let .array(items, lines):
            container(items.map { (nil, $0) }, open: "[", close: "]", lines: lines || allLines,
                      to: &out, level: level, indent: indent, allLines: allLines)
        case let .object(members, lines):
            container(members.map { ($0.0, $0.1) }, open: "{", close: "}", lines: lines || allLines,
                      to: &out, level: level, indent: indent, allLines: allLines)
        }
    }

    private func container(_ items: [(String?, JSONOut)], open: String, close: String, lines: Bool,
                           to out: inout String, level: Int, indent: String, allLines: Bool) {
        out += open
        guard !items.isEmpty else { out += close; return }
        let inner = String(repeating: indent, count: level + 1)
        for (k, (key, value)) in items.enumerated() {
            if k > 0 { out += lines ? "," : ", " }
            if lines { out += "\n" + inner }
            if let key { out += JSONText.string(key) + ": " }
            value.write(to: &out, level: level + 1, indent: indent, allLines: allLines)
        }
        if lines { out += "\n" + String(repeating: indent, count: level) }
        out += close
    }
}

extension JSONOut {
    /// The parsed value `node`, to be written again (member order kept; one line).
    public init(_ node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case let .bool(b): self = .bool(b)
        case let .number(x): self = .number(x)
        case let .string(s): self = .string(s)
        case let .array(items): self = .array(items.map(JSONOut.init))
        case let .object(members): self = .object(members.map { ($0.key, JSONOut($0.value)) })
        }
    }
}
