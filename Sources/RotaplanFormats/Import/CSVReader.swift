import RotaplanDomain

/// Reads CSV files as Excel writes them (docs/import.md): UTF-8 with or without a BOM
/// (UTF-16 too, Excel's "Unicode text", with or without a BOM; GBK/GB18030 through
/// ``CSVReader/read(_:file:)``, with a note; UTF-32 is refused by name), comma or tab separated (decided from the header line; a header separated by
/// semicolons is refused with a hint), RFC 4180 quoting (quotes, doubled quotes, separators and line breaks
/// inside quoted cells), CRLF, LF or CR line ends. Blank lines are skipped, and so are
/// rows whose cells are all empty (Excel writes `,,,,` for formatted empty rows).
struct CSVTable: Sendable {
    struct Cell: Sendable {
        /// The cell's text, exactly as written (quotes removed, doubled quotes undone).
        var text: String
        /// 1-based line of the file where the cell starts.
        var line: Int
        /// 1-based column number (1 = first cell of the row).
        var column: Int
        /// The value as an Excel workbook stored it (a date, a number), for a cell read
        /// from a sheet (``WorkbookTables``); nil for a CSV cell.
        var excel: XLSXValue? = nil
        /// The text without surrounding white space (also full-width spaces).
        var value: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    struct Record: Sendable {
        /// 1-based line of the file where the record starts.
        var line: Int
        var cells: [Cell]
        var isBlank: Bool { cells.allSatisfy { $0.value.isEmpty } }
    }

    /// The name of the file in messages.
    var file: String
    var delimiter: Unicode.Scalar
    /// The first non-blank record.
    var header: Record
    /// The non-blank records after the header, in file order.
    var records: [Record]
}

enum CSVReader {
    /// What Excel calls the right format, for the hint on files in another encoding.
    static let saveAsHint = "open it in Excel and use File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\" (另存为 › CSV UTF-8(逗号分隔)), or in WPS choose UTF-8 encoding"

    /// What to do with a file separated by semicolons (Excel in locales with a decimal comma).
    static let semicolonHint = "save it as CSV with commas (in Excel: File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\"; 另存为 › CSV UTF-8(逗号分隔)) or as tab-separated text"

    /// Decoded text and the encoding assumed when it was not a Unicode one.
    struct Decoded {
        var text: String
        /// "GBK/GB18030" when the bytes were not UTF-8 but valid GB18030.
        var assumed: String?
    }

    /// Decodes like ``decode(_:file:)``, and reads bytes that are not UTF-8 but are valid
    /// GB18030 (GBK/ANSI from Chinese Windows or an older Excel) as that, saying so.
    static func read(_ bytes: [UInt8], file: String) -> Result<Decoded, InstanceError> {
        let utf8 = decode(bytes, file: file)
        guard case .failure(let e) = utf8 else { return utf8.map { Decoded(text: $0) } }
        guard case let .message(.csv(.notUTF8(hex, line, _)))? = e.diagnostics.first?.text.parts.first else { return .failure(e) }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        guard let text = GB18030.decode(body), !text.unicodeScalars.contains("\0") else {
            return .failure(InstanceError(e.diagnostics.map { d in
                var d = d
                d.text = DiagnosticText(.csv(.notUTF8(byte: hex, line: line, triedGBK: true)))
                return d
            }))
        }
        return .success(Decoded(text: text, assumed: "GBK/GB18030"))
    }

    /// Decodes the bytes of a CSV file: UTF-8 (BOM optional) or UTF-16 (BOM optional,
    /// ``TextEncoding``).
    /// Anything else (GBK/ANSI from an older Excel) is an error naming the first bad byte.
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, InstanceError> {
        func fail(_ line: Int?, _ problem: ImportProblem) -> Result<String, InstanceError> {
            .failure(InstanceError([Diagnostic(file: file, line: line, path: "", .csv(problem))]))
        }
        // Zip (.xlsx) and OLE2 (.xls) signatures.
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return fail(nil, .excelWorkbook)
        }
        switch TextEncoding.sniff(bytes) {
        case .utf32?:
            return fail(nil, .utf32)
        case let .utf16(bigEndian, bom)?:
            guard bytes.count % 2 == 0 else { return fail(nil, .oddUTF16) }
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = bom ? 2 : 0
            while i + 1 < bytes.count {
                units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8)
                i += 2
            }
            var text = ""
            var line = 1
            var parser = Unicode.UTF16.ForwardParser()
            var iterator = units.makeIterator()
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded):
                    let scalar = UTF16.decode(encoded)
                    if scalar == "\n" { line += 1 }
                    if scalar == "\0" { return fail(line, .nulCharacters) }
                    text.unicodeScalars.append(scalar)
                case .error:
                    return fail(line, .brokenUTF16)
                case .emptyInput:
                    return .success(text)
                }
            }
        case nil:
            break
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        // Validate, remembering where the first bad byte is.
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        var offset = body.startIndex
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 {
                    if encoded.first == 0x0A { line += 1 }
                    if encoded.first == 0x00 {
                        return fail(line, .nulBytes)
                    }
                }
                offset += encoded.count
            case .error:
                let hex = "0x" + String(body[offset], radix: 16, uppercase: true)
                return fail(line, .notUTF8(byte: hex, line: line, triedGBK: false))
            case .emptyInput:
                return .success(String(decoding: body, as: UTF8.self))
            }
        }
    }

    /// The separator of the header line: a tab when it has more tabs than commas outside
    /// quotes, else a comma; a semicolon when the header has semicolons and neither
    /// (``parse(_:file:)`` refuses such a file).
    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var commas = 0, tabs = 0, semicolons = 0, quoted = false
        for c in scalars {
            if c == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if c == "\n" || c == "\r" {
                if commas + tabs > 0 { break }
                if semicolons > 0 { return ";" }
                continue
            }
            if c == "," { commas += 1 } else if c == "\t" { tabs += 1 } else if c == ";" { semicolons += 1 }
        }
        if commas + tabs == 0 && semicolons > 0 { return ";" }
        return tabs > commas ? "\t" : ","
    }

    /// Splits decoded text into records. Syntax problems (an unclosed quote, text after a
    /// closing quote) are returned as diagnostics; the records read are returned anyway.
    static func parse(_ text: String, file: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        let scalars = Array(text.unicodeScalars)
        let delimiter = detectDelimiter(scalars)
        var diagnostics: [Diagnostic] = []
        var records: [CSVTable.Record] = []
        var cells: [CSVTable.Cell] = []
        var field = String.UnicodeScalarView()
        var line = 1, fieldLine = 1, recordLine = 1
        enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
        var state = State.fieldStart
        var quoteLine = 1
        var fieldWasQuoted = false

        func endField() {
            cells.append(.init(text: String(field), line: fieldLine, column: cells.count + 1))
            field = String.UnicodeScalarView()
            fieldWasQuoted = false
        }
        func endRecord() {
            let record = CSVTable.Record(line: recordLine, cells: cells)
            let blankLine = cells.count == 1 && cells[0].text.isEmpty
            if !blankLine { records.append(record) }
            cells = []
        }
        /// At a delimiter or a line end outside quotes: ends the field (and the record) and
        /// returns true.
        func endsField(_ c: Unicode.Scalar, _ isNewline: Bool) -> Bool {
            guard c == delimiter || isNewline else { return false }
            endField()
            if isNewline {
                endRecord()
                line += 1
                recordLine = line
            }
            state = .fieldStart
            return true
        }

        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            var isNewline = false
            if c == "\r" {
                isNewline = true
                if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
            } else if c == "\n" {
                isNewline = true
            }
            i += 1
            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart {
                    fieldLine = line
                    if c == "\"" {
                        state = .quoted
                        quoteLine = line
                        fieldWasQuoted = true
                        continue
                    }
                }
                if !endsField(c, isNewline) {
                    field.append(c)
                    state = .unquoted
                }
            case .quoted:
                if c == "\"" {
                    state = .quoteInQuoted
                } else if isNewline {
                    field.append("\n")
                    line += 1
                } else {
                    field.append(c)
                }
            case .quoteInQuoted:
                if c == "\"" {
                    field.append("\"")
                    state = .quoted
                } else if !endsField(c, isNewline) {
                    diagnostics.append(Diagnostic(file: file, line: line, column: cells.count + 1, path: "",
                                                  .csv(.textAfterQuote)))
                    field.append(c)
                    state = .unquoted
                }
            }
        }
        switch state {
        case .quoted:
            diagnostics.append(Diagnostic(file: file, line: quoteLine, column: cells.count + 1, path: "",
                                          .csv(.unclosedQuote)))
            endField()
            endRecord()
        case .unquoted, .quoteInQuoted:
            endField()
            endRecord()
        case .fieldStart:
            // After a separator at the very end of the file, the last cell is empty.
            if !cells.isEmpty || fieldWasQuoted {
                endField()
                endRecord()
            }
        }
        let nonBlank = records.filter { !$0.isBlank }
        guard let header = nonBlank.first else {
            diagnostics.append(Diagnostic(file: file, line: nil, path: "", .csv(.noHeader)))
            return (nil, diagnostics)
        }
        if delimiter == ";" {
            // Excel in locales with a decimal comma writes ; — and 0,5 for a half, which
            // would not read as the number meant. Refused as a whole, before any column.
            diagnostics.append(Diagnostic(file: file, line: header.line, path: "",
                                          .csv(.semicolons)))
            return (nil, diagnostics)
        }
        return (CSVTable(file: file, delimiter: delimiter, header: header, records: Array(nonBlank.dropFirst())), diagnostics)
    }
}
