/// Reads typed fields out of parsed JSON and records a ``Diagnostic`` for every field that
/// is missing, of the wrong type or out of range, so that one pass over a file reports
/// every problem instead of the first.
struct FieldReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    mutating func error(_ node: JSONNode?, _ path: RecordPath, _ message: String) {
        error(node, path, text: DiagnosticText([.words(message)]))
    }

    /// An error whose message names other records (kept as paths, ``DiagnosticText``).
    mutating func error(_ node: JSONNode?, _ path: RecordPath, text: DiagnosticText) {
        diagnostics.append(Diagnostic(.error, file: file, line: Self.line(node), column: Self.column(node), at: path, text))
    }

    mutating func warning(_ node: JSONNode?, _ path: RecordPath, _ message: String, source: String? = nil) {
        diagnostics.append(Diagnostic(.warning, file: file, line: Self.line(node), column: Self.column(node), path: path,
                                      message: message, source: source))
    }

    /// Where `node` starts in its file; nil for a node built in memory (line 0: a
    /// `--set` value), which has no place to show.
    static func line(_ node: JSONNode?) -> Int? { node.flatMap { $0.line > 0 ? $0.line : nil } }
    static func column(_ node: JSONNode?) -> Int? { node.flatMap { $0.line > 0 ? $0.column : nil } }

    /// The members of an object, after reporting keys not in `allowed`; `hint` may explain
    /// an unknown key better than "did you mean".
    mutating func object(_ node: JSONNode, _ path: RecordPath, allowed: [String],
                         hint explain: (String, JSONNode) -> String? = { _, _ in nil }) -> JSONNode? {
        guard case let .object(members) = node.value else {
            error(node, path, "expected an object {…}, found \(node.kind)")
            return nil
        }
        for (key, value) in members where !allowed.contains(key) {
            let hint = explain(key, value).map { "; \($0)" }
                ?? Self.closest(key, in: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
            error(value, path + key, "unknown field \"\(key)\"\(hint)")
        }
        return node
    }

    /// The items of an optional list field (absent or null = empty).
    mutating func list(_ parent: JSONNode, _ key: String, _ path: RecordPath) -> [JSONNode] {
        guard let node = parent[key], !node.isNull else { return [] }
        guard case let .array(items) = node.value else {
            error(node, path + key, "expected a list […], found \(node.kind)")
            return []
        }
        return items
    }

    mutating func string(_ parent: JSONNode, _ key: String, _ path: RecordPath, required: Bool = false,
                         nonEmpty: Bool = true) -> String? {
        guard let node = parent[key], !node.isNull else {
            if required { error(parent, path, "the field \"\(key)\" is missing") }
            return nil
        }
        guard case let .string(s) = node.value else {
            error(node, path + key, "expected a string, found \(node.kind)")
            return nil
        }
        if nonEmpty && s.isBlank {
            error(node, path + key, "must not be empty")
            return nil
        }
        return s
    }

    mutating func bool(_ parent: JSONNode, _ key: String, _ path: RecordPath) -> Bool? {
        guard let node = parent[key], !node.isNull else { return nil }
        guard case let .bool(b) = node.value else {
            error(node, path + key, "expected true or false, found \(node.kind)")
            return nil
        }
        return b
    }

    /// A number within `range`.
    mutating func number(_ parent: JSONNode, _ key: String, _ path: RecordPath, in range: ClosedRange<Double>,
                         required: Bool = false, unit: String = "") -> Double? {
        guard let node = parent[key], !node.isNull else {
            if required { error(parent, path, "the field \"\(key)\" is missing") }
            return nil
        }
        return number(node, path + key, in: range, unit: unit)
    }

    mutating func number(_ node: JSONNode, _ path: RecordPath, in range: ClosedRange<Double>, unit: String = "") -> Double? {
        guard case let .number(x) = node.value else {
            error(node, path, "expected a number, found \(node.kind)")
            return nil
        }
        guard range.contains(x) else {
            error(node, path, "\(JSONText.number(x)) is out of range; it must be between \(Self.show(range.lowerBound)) and \(Self.show(range.upperBound))\(unit.isEmpty ? "" : " \(unit)")")
            return nil
        }
        return x
    }

    /// A whole number within `range`.
    mutating func integer(_ parent: JSONNode, _ key: String, _ path: RecordPath, in range: ClosedRange<Int>,
                          required: Bool = false) -> Int? {
        guard let node = parent[key], !node.isNull else {
            if required { error(parent, path, "the field \"\(key)\" is missing") }
            return nil
        }
        return integer(node, path + key, in: range)
    }

    mutating func integer(_ node: JSONNode, _ path: RecordPath, in range: ClosedRange<Int>) -> Int? {
        guard case let .number(x) = node.value else {
            error(node, path, "expected a whole number, found \(node.kind)")
            return nil
        }
        guard x == x.rounded() else {
            error(node, path, "\(JSONText.number(x)) is not a whole number")
            return nil
        }
        // Beyond ±10^15 a double is still whole, but no count of rotaplan is that large.
        guard abs(x) < 1e15 else {
            error(node, path, x > 0 ? "\(JSONText.number(x)) is too large (at most \(Self.show(Double(range.upperBound))))"
                                    : "\(JSONText.number(x)) is too small (at least \(Self.show(Double(range.lowerBound))))")
            return nil
        }
        let n = Int(x)
        guard range.contains(n) else {
            error(node, path, "\(n) is out of range; it must be between \(range.lowerBound) and \(Self.show(Double(range.upperBound)))")
            return nil
        }
        return n
    }

    /// A list of strings (absent = empty).
    mutating func strings(_ parent: JSONNode, _ key: String, _ path: RecordPath) -> [(String, JSONNode)] {
        var out: [(String, JSONNode)] = []
        for (k, item) in list(parent, key, path).enumerated() {
            guard case let .string(s) = item.value, !s.isEmpty else {
                error(item, path + key + "[\(k)]", "expected a non-empty string, found \(item.kind)")
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
