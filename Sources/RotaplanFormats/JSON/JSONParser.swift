import RotaplanDomain

/// A strict JSON parser (RFC 8259) that keeps positions and explains every rejection.
///
/// It reads UTF-8 bytes (an optional byte-order mark is skipped), and reports with line
/// and column: UTF-16 and UTF-32 by name (``TextEncoding``), invalid UTF-8 (with a hint
/// when the bytes look like GBK/GB18030), NaN and
/// Infinity literals, trailing commas, duplicate keys, nesting deeper than
/// ``maximumDepth`` (so hostile input cannot exhaust the stack), and anything after the
/// top-level value. Memory is linear in the input.
public struct JSONParser {
    public struct Failure: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var problem: JSONProblem
        /// ``problem`` in English.
        public var message: String { problem.description }
    }

    public static let maximumDepth = 64

    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document.
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONNode {
        if let encoding = TextEncoding.sniff(bytes) {
            // JSON files are UTF-8 (RFC 8259 §8.1); named rather than called GBK.
            throw Failure(line: 1, column: 1, problem: .notUTF8Encoding(encoding.name))
        }
        var p = JSONParser(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { p.i = 3; p.lineStart = 3 }
        try p.checkUTF8()
        p.skipWhitespace()
        guard p.i < bytes.count else { throw p.fail(.empty) }
        let v = try p.value()
        p.skipWhitespace()
        if p.i < bytes.count { throw p.fail(.textAfterValue) }
        return v
    }

    public static func parse(_ text: String) throws(Failure) -> JSONNode {
        try parse(Array(text.utf8))
    }

    // MARK: Positions

    /// Where the last column was computed, so that a long line (a minified file is one
    /// line) is walked once in total rather than once per value.
    private var columnMark = (offset: 0, column: 1)

    /// Column in characters (not bytes) from the start of the line. Amortised O(1) for
    /// increasing offsets on one line.
    private mutating func column(at k: Int) -> Int {
        var c = 1
        var j = lineStart
        if columnMark.offset >= lineStart && columnMark.offset <= k {
            j = columnMark.offset
            c = columnMark.column
        }
        while j < k && j < bytes.count {
            let b = bytes[j]
            j += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            c += 1
        }
        columnMark = (j, c)
        return c
    }

    private mutating func fail(_ problem: JSONProblem, at k: Int? = nil) -> Failure {
        Failure(line: line, column: column(at: k ?? i), problem: problem)
    }

    private mutating func checkUTF8() throws(Failure) {
        // Validate once, up front, so every later step can assume well-formed UTF-8.
        var k = i, ln = 1, ls = lineStart
        while k < bytes.count {
            let b = bytes[k]
            if b < 0x80 {
                if b == 0x0A { ln += 1; ls = k + 1 }
                k += 1
                continue
            }
            let n: Int
            var minimum: UInt32
            if b & 0xE0 == 0xC0 { n = 1; minimum = 0x80 } else if b & 0xF0 == 0xE0 { n = 2; minimum = 0x800 }
            else if b & 0xF8 == 0xF0 { n = 3; minimum = 0x10000 } else { n = -1; minimum = 0 }
            var ok = n > 0 && k + n < bytes.count
            var scalar = UInt32(b & (n == 1 ? 0x1F : n == 2 ? 0x0F : 0x07))
            if ok {
                for j in 1...n {
                    let c = bytes[k + j]
                    if c & 0xC0 != 0x80 { ok = false; break }
                    scalar = scalar << 6 | UInt32(c & 0x3F)
                }
            }
            if ok && (scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar)) { ok = false }
            if !ok {
                line = ln
                lineStart = ls
                let looksGBK = k + 1 < bytes.count && (0x81...0xFE).contains(b) && (0x40...0xFE).contains(bytes[k + 1])
                throw fail(.invalidUTF8(byte: String(b, radix: 16, uppercase: true), offset: k, looksGBK: looksGBK), at: k)
            }
            k += n + 1
        }
    }

    // MARK: Grammar

    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D: i += 1
            case 0x0A: i += 1; line += 1; lineStart = i
            default: return
            }
        }
    }

    private mutating func value() throws(Failure) -> JSONNode {
        guard i < bytes.count else { throw fail(.endsWhereValueExpected) }
        let ln = line, col = column(at: i)
        let v: JSONNode.Value
        switch bytes[i] {
        case UInt8(ascii: "{"): v = try object()
        case UInt8(ascii: "["): v = try array()
        case UInt8(ascii: "\""): v = .string(try string())
        case UInt8(ascii: "t"): try literal("true"); v = .bool(true)
        case UInt8(ascii: "f"): try literal("false"); v = .bool(false)
        case UInt8(ascii: "n"): try literal("null"); v = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): v = .number(try number())
        case UInt8(ascii: "N"):
            throw fail(.notANumber("NaN"))
        case UInt8(ascii: "I"):
            throw fail(.notANumber("Infinity"))
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            throw fail(.valueMissingBefore(String(Character(Unicode.Scalar(bytes[i])))))
        case UInt8(ascii: "'"):
            throw fail(.singleQuotes)
        default:
            throw fail(.unexpectedCharacter(scalarText(at: i)))
        }
        return JSONNode(v, line: ln, column: col)
    }

    private func scalarText(at k: Int) -> String {
        var end = k + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[k..<end], as: UTF8.self)
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let w = Array(word.utf8)
        guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
            throw fail(.didYouMean(word))
        }
        i += w.count
    }

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth { throw fail(.nestedTooDeep(Self.maximumDepth)) }
    }

    private mutating func object() throws(Failure) -> JSONNode.Value {
        try enter()
        defer { depth -= 1 }
        i += 1
        var members: [(key: String, value: JSONNode)] = []
        var seen = Set<String>()
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard i < bytes.count else { throw fail(.endsInsideObject) }
            guard bytes[i] == UInt8(ascii: "\"") else {
                if bytes[i] == UInt8(ascii: "}") { throw fail(.trailingCommaBeforeBrace) }
                throw fail(.expectedMemberName)
            }
            let keyStart = i
            let key = try string()
            if !seen.insert(key).inserted { throw fail(.duplicateKey(key), at: keyStart) }
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail(.expectedColon(after: key)) }
            i += 1
            skipWhitespace()
            members.append((key, try value()))
            skipWhitespace()
            guard i < bytes.count else { throw fail(.endsInsideObject) }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            throw fail(.expectedCommaOrBrace(after: key))
        }
    }

    private mutating func array() throws(Failure) -> JSONNode.Value {
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [JSONNode] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            guard i < bytes.count else { throw fail(.endsInsideList) }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            throw fail(.expectedCommaOrBracket)
        }
    }

    private mutating func string() throws(Failure) -> String {
        i += 1
        var out: [UInt8] = []
        while true {
            guard i < bytes.count else { throw fail(.endsInsideString(closingQuote: true)) }
            let b = bytes[i]
            if b == UInt8(ascii: "\"") { i += 1; break }
            if b < 0x20 {
                throw fail(b == 0x0A ? .stringPastEndOfLine : .controlCharacter(String(b, radix: 16)))
            }
            if b == UInt8(ascii: "\\") {
                i += 1
                guard i < bytes.count else { throw fail(.endsInsideString(closingQuote: false)) }
                let e = bytes[i]
                switch e {
                case UInt8(ascii: "\""): out.append(0x22)
                case UInt8(ascii: "\\"): out.append(0x5C)
                case UInt8(ascii: "/"): out.append(0x2F)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\\"), bytes[i + 2] == UInt8(ascii: "u") else {
                            throw fail(.halfSurrogate)
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail(.invalidSurrogate) }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(scalar) {
                        throw fail(.halfSurrogate)
                    }
                    out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
                default:
                    throw fail(.unknownEscape(scalarText(at: i)))
                }
                i += 1
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads the 4 hex digits after `\u`; leaves `i` on the last digit.
    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 < bytes.count else { throw fail(.escapeNeedsFourHexDigits) }
        var v: UInt32 = 0
        for k in 1...4 {
            let c = bytes[i + k]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: throw fail(.escapeNeedsFourHexDigits)
            }
            v = v << 4 | d
        }
        i += 4
        return v
    }

    private mutating func number() throws(Failure) -> Double {
        let start = i
        if bytes[i] == UInt8(ascii: "-") {
            i += 1
            if i < bytes.count && bytes[i] == UInt8(ascii: "I") {
                throw fail(.notANumber("-Infinity"), at: start)
            }
        }
        func digits() -> Int {
            let s = i
            while i < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
            return i - s
        }
        let intStart = i
        let n = digits()
        if n == 0 { throw fail(.numberNeedsDigits, at: start) }
        if n > 1 && bytes[intStart] == UInt8(ascii: "0") { throw fail(.leadingZeros, at: start) }
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            if digits() == 0 { throw fail(.numberNeedsFraction, at: start) }
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            if digits() == 0 { throw fail(.numberNeedsExponent, at: start) }
        }
        let text = String(decoding: bytes[start..<i], as: UTF8.self)
        guard let x = Double(text), x.isFinite else {
            throw fail(.numberTooLarge(text), at: start)
        }
        return x
    }
}
