/// The workbook-level parts the sheets are read with (ECMA-376 Part 1, §18.2, §18.4, §18.8):
/// relationships, the sheet list and date system, the shared-string table and the cell
/// formats that tell a date from a number.
enum WorkbookParts {
    struct Relationship {
        let id: String
        let type: String
        let target: String
        let external: Bool
    }

    struct SheetEntry {
        let name: String
        let relationshipID: String
    }

    /// Runs `body` on every event of `part`, turning scanner failures into `badXML`.
    static func scan(_ bytes: [UInt8], part: String, file: String,
                     _ body: (XMLScanner.Event) throws(XLSXError) -> Void) throws(XLSXError) {
        do {
            var scanner = try XMLScanner(bytes)
            while let event = try scanner.next() { try body(event) }
        } catch let failure as XMLScanner.Failure {
            throw XLSXError(file: file, .badXML(part: part, detail: failure.detail))
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError(file: file, .badXML(part: part, detail: "\(error)"))
        }
    }

    /// `<Relationship Id Type Target TargetMode>` of a `.rels` part.
    static func relationships(_ bytes: [UInt8], part: String, file: String) throws(XLSXError) -> [Relationship] {
        var found: [Relationship] = []
        try scan(bytes, part: part, file: file) { event throws(XLSXError) in
            guard case let .start("Relationship", attributes, _) = event else { return }
            found.append(Relationship(id: attributes["Id"] ?? "", type: attributes["Type"] ?? "",
                                      target: attributes["Target"] ?? "", external: attributes["TargetMode"] == "External"))
        }
        return found
    }

    /// The sheets in workbook order and whether the workbook counts dates from 1904.
    static func workbook(_ bytes: [UInt8], part: String, file: String) throws(XLSXError) -> (sheets: [SheetEntry], date1904: Bool) {
        var sheets: [SheetEntry] = [], date1904 = false
        try scan(bytes, part: part, file: file) { event throws(XLSXError) in
            guard case let .start(name, attributes, _) = event else { return }
            if name == "workbookPr" { date1904 = ["1", "true"].contains(attributes["date1904"] ?? "") }
            if name == "sheet" {
                guard let sheetName = attributes["name"], let id = attributes["id"] else {
                    throw XLSXError(file: file, .badXML(part: part, detail: "a <sheet> without name or r:id"))
                }
                sheets.append(SheetEntry(name: sheetName, relationshipID: id))
            }
        }
        return (sheets, date1904)
    }

    /// The shared-string table: each `<si>`'s text, rich-text runs joined, phonetic
    /// runs (`<rPh>`, furigana/pinyin guides) left out, `_xHHHH_` escapes decoded.
    static func sharedStrings(_ bytes: [UInt8], part: String, file: String) throws(XLSXError) -> [String] {
        var strings: [String] = []
        var collector = TextCollector()
        try scan(bytes, part: part, file: file) { event throws(XLSXError) in
            switch event {
            case .start("si", _, _): collector = TextCollector()
            case .end("si"): strings.append(collector.text)
            default: collector.take(event)
            }
        }
        return strings
    }

    /// For each cell format (`<cellXfs><xf>`, the `s` of a cell), whether it shows a date.
    static func dateStyles(_ bytes: [UInt8], part: String, file: String) throws(XLSXError) -> [Bool] {
        var custom: [Int: String] = [:], xfFormats: [Int] = []
        var inCellXfs = false
        try scan(bytes, part: part, file: file) { event throws(XLSXError) in
            switch event {
            case let .start("numFmt", attributes, _):
                if let id = attributes["numFmtId"].flatMap({ Int($0) }) { custom[id] = attributes["formatCode"] ?? "" }
            case .start("cellXfs", _, _): inCellXfs = true
            case .end("cellXfs"): inCellXfs = false
            case let .start("xf", attributes, _) where inCellXfs:
                xfFormats.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }
        return xfFormats.map { id in custom[id].map(NumberFormat.isDate) ?? NumberFormat.isBuiltInDate(id) }
    }
}

/// Gathers the text of `<t>` elements (a shared string's or an inline string's), skipping
/// phonetic runs.
struct TextCollector {
    private(set) var parts: [String] = []
    private var inText = false
    private var phonetic = 0

    var text: String { NumberFormat.unescape(parts.joined()) }

    mutating func take(_ event: XMLScanner.Event) {
        switch event {
        case .start("rPh", _, let selfClosing): if !selfClosing { phonetic += 1 }
        case .end("rPh"): phonetic -= 1
        case .start("t", _, let selfClosing): inText = !selfClosing
        case .end("t"): inText = false
        case let .text(s) where inText && phonetic == 0: parts.append(s)
        default: break
        }
    }
}

/// Which number formats show dates (ECMA-376 Part 1, §18.8.30–31).
enum NumberFormat {
    /// Built-in date and time formats: 14–22 and 45–47, and the East Asian ones that
    /// Chinese Excel uses for 年月日 (27–36, 50–58).
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...22).contains(id) || (45...47).contains(id) || (27...36).contains(id) || (50...58).contains(id)
    }

    /// A custom format is a date's when it has y, m, d, h or s outside quoted text,
    /// `[…]` sections (colours, conditions, locales), `\x` escapes and `_x`/`*x` padding.
    static func isDate(_ code: String) -> Bool {
        var quoted = false, bracket = false, skipNext = false
        for ch in code {
            if skipNext { skipNext = false; continue }
            if quoted { if ch == "\"" { quoted = false }; continue }
            if bracket { if ch == "]" { bracket = false }; continue }
            switch ch {
            case "\"": quoted = true
            case "[": bracket = true
            case "\\", "_", "*": skipNext = true
            case "y", "Y", "m", "M", "d", "D", "h", "H", "s", "S": return true
            default: continue
            }
        }
        return false
    }

    /// Decodes OOXML's `_xHHHH_` escapes (how Excel stores control characters in text).
    static func unescape(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = "", scalars = Array(text.unicodeScalars), k = 0
        while k < scalars.count {
            if scalars[k] == "_", k + 6 < scalars.count, scalars[k + 1] == "x", scalars[k + 6] == "_",
               let code = UInt32(String(String.UnicodeScalarView(scalars[(k + 2)..<(k + 6)])), radix: 16),
               let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                k += 7
            } else {
                out.unicodeScalars.append(scalars[k])
                k += 1
            }
        }
        return out
    }
}
