/// CSV that Excel opens correctly with Chinese text and that cannot inject formulas:
/// UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, and any text cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return prefixed with `'` so that
/// Excel shows it as text instead of evaluating it. Numbers are written as numbers.
public struct CSVTable {
    public enum Cell {
        case text(String)
        case number(Double)
        case integer(Int)
    }

    public var header: [String]
    public var rows: [[Cell]] = []

    public init(header: [String]) { self.header = header }

    public mutating func append(_ row: [Cell]) { rows.append(row) }

    /// The file's bytes as text (the BOM is the first character).
    public var text: String {
        var out = "\u{FEFF}"
        out += header.map { Self.quote(Self.neutralised($0)) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.map { cell -> String in
                switch cell {
                case let .text(s): return Self.quote(Self.neutralised(s))
                case let .integer(n): return String(n)
                case let .number(x): return Self.number(x)
                }
            }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Prefixes `'` to text Excel would read as a formula.
    public static func neutralised(_ s: String) -> String {
        guard let first = s.unicodeScalars.first else { return s }
        return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + s : s
    }

    static func quote(_ s: String) -> String {
        if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    static func number(_ x: Double) -> String {
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return String((x * 100).rounded() / 100)
    }
}

import Foundation
