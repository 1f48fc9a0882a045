/// Reads typed fields out of parsed JSON and records a ``Diagnostic`` for every field that
/// is missing, of the wrong type or out of range, so that one pass over a file reports
/// every problem instead of the first.
struct FieldReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func error(_ node: JSONNode?, _ path: RecordPath, _ message: DiagnosticMessage) {
        error(node, path, text: DiagnosticText(message))
    }

    mutating func error(_ node: JSONNode?, _ path: RecordPath, _ problem: FieldProblem) { error(node, path, .field(problem)) }
    mutating func error(_ node: JSONNode?, _ path: RecordPath, _ problem: InstanceProblem) { error(node, path, .instance(problem)) }

    /// An error whose message names other records (kept as paths, ``DiagnosticText``).
    mutating func error(_ node: JSONNode?, _ path: RecordPath, text: DiagnosticText) {
        diagnostics.append(Diagnostic(.error, file: file, line: Self.line(node), column: Self.column(node), at: path, text))
    }

    mutating func warning(_ node: JSONNode?, _ path: RecordPath, _ message: DiagnosticMessage, source: String? = nil) {
        diagnostics.append(Diagnostic(.warning, file: file, line: Self.line(node), column: Self.column(node), path: path,
                                      message, source: source))
    }

    /// Where `node` starts in its file; nil for a node built in memory (line 0: a
    /// `--set` value), which has no place to show.
    static func line(_ node: JSONNode?) -> Int? { node.flatMap { $0.line > 0 ? $0.line : nil } }
    static func column(_ node: JSONNode?) -> Int? { node.flatMap { $0.line > 0 ? $0.column : nil } }

    /// The members of an object, after reporting keys not in `allowed`; `nesting` may give
    /// the nested form of a dotted key, which explains it better than "did you mean".
    mutating func object(_ node: JSONNode, _ path: RecordPath, allowed: [String],
                         nesting: (String, JSONNode) -> String? = { _, _ in nil }) -> JSONNode? {
        guard case let .object(members) = node.value else {
            error(node, path, .expected(.object, found: node.valueKind))
            return nil
        }
        for (key, value) in members where !allowed.contains(key) {
            let nested = nesting(key, value)
            error(value, path + key, .unknownField(key, closest: nested == nil ? Self.closest(key, in: allowed) : nil, nested: nested))
        }
        return node
    }

    /// The items of an optional list field (absent or null = empty).
    mutating func list(_ parent: JSONNode, _ key: String, _ path: RecordPath) -> [JSONNode] {
        guard let node = parent[key], !node.isNull else { return [] }
        guard case let .array(items) = node.value else {
            error(node, path + key, .expected(.list, found: node.valueKind))
            return []
        }
        return items
    }

    mutating func string(_ parent: JSONNode, _ key: String, _ path: RecordPath, required: Bool = false,
                         nonEmpty: Bool = true) -> String? {
        guard let node = parent[key], !node.isNull else {
            if required { error(parent, path, .missing(key)) }
            return nil
        }
        guard case let .string(s) = node.value else {
            error(node, path + key, .expected(.string, found: node.valueKind))
            return nil
        }
        if nonEmpty && s.isBlank {
            error(node, path + key, .empty)
            return nil
        }
        return s
    }

    mutating func bool(_ parent: JSONNode, _ key: String, _ path: RecordPath) -> Bool? {
        guard let node = parent[key], !node.isNull else { return nil }
        guard case let .bool(b) = node.value else {
            error(node, path + key, .expected(.bool, found: node.valueKind))
            return nil
        }
        return b
    }

    /// A number within `range`.
    mutating func number(_ parent: JSONNode, _ key: String, _ path: RecordPath, in range: ClosedRange<Double>,
                         required: Bool = false, unit: String = "") -> Double? {
        guard let node = parent[key], !node.isNull else {
            if required { error(parent, path, .missing(key)) }
            return nil
        }
        return number(node, path + key, in: range, unit: unit)
    }

    mutating func number(_ node: JSONNode, _ path: RecordPath, in range: ClosedRange<Double>, unit: String = "") -> Double? {
        guard case let .number(x) = node.value else {
            error(node, path, .expected(.number, found: node.valueKind))
            return nil
        }
        guard range.contains(x) else {
            error(node, path, .outOfRange(value: JSONText.number(x), low: Self.show(range.lowerBound), high: Self.show(range.upperBound), unit: unit))
            return nil
        }
        return x
    }

    /// A whole number within `range`.
    mutating func integer(_ parent: JSONNode, _ key: String, _ path: RecordPath, in range: ClosedRange<Int>,
                          required: Bool = false) -> Int? {
        guard let node = parent[key], !node.isNull else {
            if required { error(parent, path, .missing(key)) }
            return nil
        }
        return integer(node, path + key, in: range)
    }

    mutating func integer(_ node: JSONNode, _ path: RecordPath, in range: ClosedRange<Int>) -> Int? {
        guard case let .number(x) = node.value else {
            error(node, path, .expected(.wholeNumber, found: node.valueKind))
            return nil
        }
        guard x == x.rounded() else {
            error(node, path, .notWhole(JSONText.number(x)))
            return nil
        }
        // Beyond ±10^15 a double is still whole, but no count of rotaplan is that large.
        guard abs(x) < 1e15 else {
            error(node, path, x > 0 ? FieldProblem.tooLarge(JSONText.number(x), most: Self.show(Double(range.upperBound)))
                                    : FieldProblem.tooSmall(JSONText.number(x), least: Self.show(Double(range.lowerBound))))
            return nil
        }
        let n = Int(x)
        guard range.contains(n) else {
            error(node, path, .outOfRange(value: "\(n)", low: "\(range.lowerBound)", high: Self.show(Double(range.upperBound)), unit: ""))
            return nil
        }
        return n
    }

    /// A list of strings (absent = empty).
    mutating func strings(_ parent: JSONNode, _ key: String, _ path: RecordPath) -> [(String, JSONNode)] {
        var out: [(String, JSONNode)] = []
        for (k, item) in list(parent, key, path).enumerated() {
            guard case let .string(s) = item.value, !s.isEmpty else {
                error(item, path + key + "[\(k)]", .expected(.nonEmptyString, found: item.valueKind))
                continue
            }
            out.append((s, item))
        }
        return out
    }

    static func show(_ x: Double) -> String {
        if x >= 1e6, x == x.rounded() {
            let exponent = Int(log10(x).rounded())
            if pow(10, Double(exponent)) == x { return "10^\(exponent)" }
        }
        return JSONText.number(x)
    }

    /// The allowed key nearest to a misspelt one (edit distance ≤ 2), for "did you mean".
    static func closest(_ key: String, in allowed: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var prev = Array(0...b.count)
            for i in 1...max(1, a.count) where !a.isEmpty {
                var cur = [i] + [Int](repeating: 0, count: b.count)
                for j in 1...max(1, b.count) where !b.isEmpty {
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                }
                prev = cur
            }
            return a.isEmpty ? b.count : prev[b.count]
        }
        let k = Array(key.lowercased())
        let best = allowed.map { ($0, distance(k, Array($0.lowercased()))) }.min { $0.1 < $1.1 }
        return best.flatMap { $0.1 <= 2 ? $0.0 : nil }
    }
}

import Foundation
import RotaplanDomain
