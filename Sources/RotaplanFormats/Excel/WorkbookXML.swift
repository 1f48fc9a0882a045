/// The XML parts `XLSXWriter` writes (ECMA-376 Part 1, §18; the smallest set Excel opens
/// without repair), each built as text in a fixed order.
enum WorkbookXML {
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The cell formats of `styles`: 0 plain, 1 bold (header), 2 date, 3 date and time.
    enum Style: Int { case plain = 0, bold, date, dateTime }

    static func contentTypes(sheetCount: Int) -> String {
        let ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var xml = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        xml += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        xml += #"<Default Extension="xml" ContentType="application/xml"/>"#
        xml += #"<Override PartName="/xl/workbook.xml" ContentType="\#(ct).sheet.main+xml"/>"#
        for k in 1...sheetCount {
            xml += #"<Override PartName="/xl/worksheets/sheet\#(k).xml" ContentType="\#(ct).worksheet+xml"/>"#
        }
        xml += #"<Override PartName="/xl/styles.xml" ContentType="\#(ct).styles+xml"/>"#
        xml += #"<Override PartName="/xl/sharedStrings.xml" ContentType="\#(ct).sharedStrings+xml"/>"#
        return xml + "</Types>"
    }

    static let rootRelationships = header + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbook(sheetNames: [String]) -> String {
        var xml = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(officeRelationships)">"#
        xml += #"<workbookPr date1904="false"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (k, name) in sheetNames.enumerated() {
            xml += #"<sheet name="\#(escape(name))" sheetId="\#(k + 1)" r:id="rId\#(k + 1)"/>"#
        }
        return xml + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = header + #"<Relationships xmlns="\#(packageRelationships)">"#
        for k in 1...sheetCount {
            xml += #"<Relationship Id="rId\#(k)" Type="\#(officeRelationships)/worksheet" Target="worksheets/sheet\#(k).xml"/>"#
        }
        xml += #"<Relationship Id="rId\#(sheetCount + 1)" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
        xml += #"<Relationship Id="rId\#(sheetCount + 2)" Type="\#(officeRelationships)/sharedStrings" Target="sharedStrings.xml"/>"#
        return xml + "</Relationships>"
    }

    static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/>"#
        + #"<numFmt numFmtId="165" formatCode="yyyy\-mm\-dd\ hh:mm:ss"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"

    static func worksheet(_ sheet: XLSXWriter.Sheet, strings: inout SharedStrings) throws(XLSXWriter.Failure) -> String {
        guard sheet.rows.count <= CellReference.maxRow else { throw .tooManyRows(sheet: sheet.name, rows: sheet.rows.count) }
        var data = "<sheetData>"
        var widths: [Int] = []
        for (r, row) in sheet.rows.enumerated() {
            guard row.count <= CellReference.maxColumn else {
                throw .tooManyColumns(sheet: sheet.name, row: r + 1, columns: row.count)
            }
            guard row.contains(where: { $0 != nil }) else { continue }
            data += #"<row r="\#(r + 1)">"#
            for (c, value) in row.enumerated() {
                guard let value else { continue }
                let reference = CellReference(row: r + 1, column: c + 1)
                let (xml, shown) = try cell(value, at: reference, header: r < sheet.headerRows, sheet: sheet.name, strings: &strings)
                data += xml
                if widths.count <= c { widths += Array(repeating: 0, count: c + 1 - widths.count) }
                widths[c] = max(widths[c], shown)
            }
            data += "</row>"
        }
        data += "</sheetData>"

        var xml = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(officeRelationships)">"#
        if sheet.headerRows > 0 && sheet.headerRows < sheet.rows.count {
            let top = CellReference(row: sheet.headerRows + 1, column: 1)
            xml += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="\#(sheet.headerRows)" topLeftCell="\#(top)""#
                + #" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="\#(top)" sqref="\#(top)"/>"#
                + "</sheetView></sheetViews>"
        }
        let columnWidths = sheet.columnWidths ?? widths.map { min(60, max(8, Double($0) + 2)) }
        if !columnWidths.isEmpty {
            xml += "<cols>"
            for (c, width) in columnWidths.enumerated() {
                xml += #"<col min="\#(c + 1)" max="\#(c + 1)" width="\#(number(width))" customWidth="1"/>"#
            }
            xml += "</cols>"
        }
        return xml + data + "</worksheet>"
    }

    /// A cell's XML and how wide it shows, in characters.
    private static func cell(_ value: XLSXValue, at reference: CellReference, header: Bool, sheet: String,
                             strings: inout SharedStrings) throws(XLSXWriter.Failure) -> (String, Int) {
        let style = header ? #" s="\#(Style.bold.rawValue)""# : ""
        switch value {
        case let .text(text):
            return (#"<c r="\#(reference)"\#(style) t="s"><v>\#(strings.index(of: text))</v></c>"#, displayWidth(text))
        case let .number(x):
            guard x.isFinite else { throw .notFinite(sheet: sheet, cell: reference) }
            let text = number(x)
            return (#"<c r="\#(reference)"\#(style)><v>\#(text)</v></c>"#, text.count)
        case let .bool(b):
            return (#"<c r="\#(reference)"\#(style) t="b"><v>\#(b ? 1 : 0)</v></c>"#, 5)
        case let .error(text):
            return (#"<c r="\#(reference)"\#(style) t="e"><v>\#(escape(text))</v></c>"#, text.count)
        case let .date(date):
            guard let serial = ExcelDate.serial(of: date) else { throw .dateOutOfRange(sheet: sheet, cell: reference, date: date) }
            let dateStyle = date.hasTime ? Style.dateTime : Style.date
            return (#"<c r="\#(reference)" s="\#(dateStyle.rawValue)"><v>\#(number(serial))</v></c>"#, date.hasTime ? 19 : 10)
        }
    }

    /// An integer without a fraction, else Swift's shortest round-tripping form (`12.5`, `1e-05`).
    static func number(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// Characters a cell shows, East Asian wide characters counting two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, s in
            let wide = (0x1100...0x115F).contains(s.value) || (0x2E80...0xA4CF).contains(s.value)
                || (0xAC00...0xD7A3).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
                || (0xFE30...0xFE4F).contains(s.value) || (0xFF00...0xFF60).contains(s.value)
                || (0xFFE0...0xFFE6).contains(s.value) || (0x20000...0x3FFFD).contains(s.value)
            return width + (wide ? 2 : 1)
        }
    }

    /// Text for XML: the five special characters as entities; control characters XML
    /// cannot hold, and a literal `_xHHHH_`, as OOXML's `_xHHHH_` escapes.
    static func escape(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (k, s) in scalars.enumerated() {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(s)
            case "_" where looksEscaped(scalars, at: k): out += "_x005F_"
            default:
                if s.value < 0x20 || s.value == 0xFFFE || s.value == 0xFFFF {
                    let hex = String(s.value, radix: 16, uppercase: true)
                    out += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }

    private static func looksEscaped(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        guard k + 6 < s.count, s[k + 1] == "x", s[k + 6] == "_" else { return false }
        return s[(k + 2)..<(k + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}

/// The shared-string table being built: each distinct text once, in first-use order.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    mutating func index(of text: String) -> Int {
        uses += 1
        if let k = indices[text] { return k }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    var xml: String {
        var xml = WorkbookXML.header + #"<sst xmlns="\#(WorkbookXML.main)" count="\#(uses)" uniqueCount="\#(texts.count)">"#
        for text in texts {
            let preserve = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
            xml += (preserve ? #"<si><t xml:space="preserve">"# : "<si><t>") + WorkbookXML.escape(text) + "</t></si>"
        }
        return xml + "</sst>"
    }
}
