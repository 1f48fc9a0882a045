import Foundation

/// A small pull tokenizer for the XML of a workbook's parts: start tags with attributes,
/// end tags, text. Written by hand rather than FoundationXML's XMLParser because it is
/// simpler and safer here: a document type declaration (DTD) is refused outright, so there
/// are no entities to expand (no "billion laughs") and nothing external to load; it never
/// recurses (nesting is a counted stack), works on the UTF-8 bytes in one pass, behaves
/// the same on Linux and macOS, and its errors carry a line number for the message.
/// Names are given without their namespace prefix (`x:c` is `c`), which is how
/// SpreadsheetML is read by every tool: the reader needs no namespace URIs.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    struct Failure: Error {
        let line: Int
        let message: String
        var detail: String { "line \(line): \(message)" }
    }

    private let bytes: [UInt8]
    private var i = 0
    private var open: [String] = []
    private var pendingEnd: String?

    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw Failure(line: 1, message: "the part is UTF-16; only UTF-8 is read")
        }
    }

    /// The next event, or nil at the end of the document (which must have closed every element).
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name: name)
        }
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") { return .text(try text()) }
            switch i + 1 < bytes.count ? bytes[i + 1] : 0 {
            case UInt8(ascii: "?"):
                try skip(past: "?>")
            case UInt8(ascii: "!"):
                if starts("<!--") { try skip(past: "-->"); continue }
                guard starts("<![CDATA[") else {
                    throw fail("document type declarations (<!DOCTYPE …>) are not allowed in a workbook")
                }
                let start = i + 9
                try skip(past: "]]>")
                return .text(try string(bytes[start..<(i - 3)]))
            case UInt8(ascii: "/"):
                i += 2
                let name = try name()
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ">") else { throw fail("expected > after </\(name)") }
                i += 1
                guard let last = open.popLast() else { throw fail("</\(name)> closes no element") }
                guard last == name else { throw fail("</\(name)> closes <\(last)>") }
                return .end(name: local(name))
            default:
                return try startTag()
            }
        }
        if let last = open.last { throw fail("the document ends inside <\(last)>") }
        return nil
    }

    private mutating func startTag() throws(Failure) -> Event {
        i += 1
        let name = try name()
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpace()
            guard i < bytes.count else { throw fail("the document ends inside <\(name)") }
            if bytes[i] == UInt8(ascii: ">") {
                i += 1
                open.append(name)
                return .start(name: local(name), attributes: attributes, selfClosing: false)
            }
            if bytes[i] == UInt8(ascii: "/"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ">") {
                i += 2
                pendingEnd = local(name)
                return .start(name: local(name), attributes: attributes, selfClosing: true)
            }
            guard hadSpace else { throw fail("expected a space, > or /> in <\(name)") }
            let attribute = try self.name()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "=") else { throw fail("expected = after \(attribute) in <\(name)") }
            i += 1
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                throw fail("expected a quoted value for \(attribute) in <\(name)")
            }
            let quote = bytes[i]
            i += 1
            let start = i
            while i < bytes.count && bytes[i] != quote {
                if bytes[i] == UInt8(ascii: "<") { throw fail("< inside the value of \(attribute)") }
                i += 1
            }
            guard i < bytes.count else { throw fail("the value of \(attribute) is not closed") }
            let value = try string(bytes[start..<i])
            i += 1
            attributes[local(attribute)] = value
        }
    }

    private mutating func text() throws(Failure) -> String {
        let start = i
        while i < bytes.count && bytes[i] != UInt8(ascii: "<") { i += 1 }
        guard !open.isEmpty else {
            guard bytes[start..<i].allSatisfy(Self.isSpace) else {
                throw fail("text outside the document element")
            }
            return ""
        }
        return try string(bytes[start..<i])
    }

    private mutating func name() throws(Failure) -> String {
        let start = i
        while i < bytes.count, !isDelimiter(bytes[i]) { i += 1 }
        guard i > start else { throw fail("expected a name") }
        return try string(bytes[start..<i], decodeEntities: false)
    }

    private func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="),
             UInt8(ascii: "<"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    @discardableResult
    private mutating func skipSpace() -> Bool {
        let start = i
        while i < bytes.count, Self.isSpace(bytes[i]) { i += 1 }
        return i > start
    }

    private func starts(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        return s.withUTF8Buffer { prefix in (0..<n).allSatisfy { bytes[i + $0] == prefix[$0] } }
    }

    private mutating func skip(past end: StaticString) throws(Failure) {
        let from = i
        while i < bytes.count, !starts(end) { i += 1 }
        guard i < bytes.count else { i = from; throw fail("a comment, CDATA section or processing instruction is not closed") }
        i += end.utf8CodeUnitCount
    }

    private func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// UTF-8 text with line ends normalised to LF (XML 1.0 §2.11; `&#13;` stays a CR) and
    /// the five named entities and character references decoded.
    private func string(_ slice: ArraySlice<UInt8>, decodeEntities: Bool = true) throws(Failure) -> String {
        guard var raw = String(validating: slice, as: UTF8.self) else { throw fail("the text is not valid UTF-8") }
        if slice.contains(0x0D) {
            raw = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        guard decodeEntities, raw.contains("&") else { return raw }
        var out = "", rest = Substring(raw)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                throw fail("an & that starts no entity")
            }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                var code: UInt32?
                if entity.hasPrefix("#x") { code = UInt32(entity.dropFirst(2), radix: 16) }
                else if entity.hasPrefix("#") { code = UInt32(entity.dropFirst(), radix: 10) }
                guard let code, code != 0, let scalar = Unicode.Scalar(code) else { throw fail("unknown entity &\(entity);") }
                out.unicodeScalars.append(scalar)
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    private func fail(_ message: String) -> Failure {
        let line = 1 + bytes[..<min(i, bytes.count)].lazy.filter { $0 == 0x0A }.count
        return Failure(line: line, message: message)
    }
}
