import Foundation

/// Writes sheets of rows of values as an Excel workbook (.xlsx) that Excel, WPS and
/// LibreOffice open (docs/import.md, "Excel workbooks: the reader"): a bold, frozen header
/// row, dates shown as `yyyy-mm-dd` (`yyyy-mm-dd hh:mm:ss` with a time), column widths
/// from the content (a CJK character counts two), text in a shared-string table.
///
/// The bytes are deterministic: fixed part order, a fixed entry date (1980-01-01, the zip
/// epoch), fixed permissions (`ZipWriter`), and parts stored uncompressed, so that the same
/// sheets give byte-identical workbooks on every platform (deflate's output differs between
/// zlib and Apple's Compression). The caller writes them atomically.
public enum XLSXWriter {
    /// One sheet: its tab name, rows of cells (nil = empty), how many rows at the top are
    /// the header (bold, frozen), and optional column widths in characters.
    public struct Sheet: Hashable, Sendable {
        public var name: String
        public var rows: [[XLSXValue?]]
        public var headerRows: Int
        public var columnWidths: [Double]?

        public init(name: String, rows: [[XLSXValue?]], headerRows: Int = 1, columnWidths: [Double]? = nil) {
            self.name = name
            self.rows = rows
            self.headerRows = headerRows
            self.columnWidths = columnWidths
        }
    }

    /// Why sheets cannot be written; `description` is the sentence for people.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case noSheets
        case badSheetName(String, reason: String)
        case duplicateSheetName(String)
        case tooManyRows(sheet: String, rows: Int)
        case tooManyColumns(sheet: String, row: Int, columns: Int)
        case notFinite(sheet: String, cell: CellReference)
        case dateOutOfRange(sheet: String, cell: CellReference, date: XLSXDate)
        case zip(String)

        public var description: String {
            switch self {
            case .noSheets: return "a workbook needs at least one sheet"
            case let .badSheetName(name, reason): return "sheet name \"\(name)\": \(reason)"
            case let .duplicateSheetName(name): return "sheet name \"\(name)\" is used twice (Excel ignores case)"
            case let .tooManyRows(sheet, rows): return "sheet \(sheet): \(rows) rows, more than Excel's \(CellReference.maxRow)"
            case let .tooManyColumns(sheet, row, columns):
                return "sheet \(sheet), row \(row): \(columns) cells, more than Excel's \(CellReference.maxColumn) columns"
            case let .notFinite(sheet, cell): return "sheet \(sheet), cell \(cell): a number that is not finite (NaN or infinity)"
            case let .dateOutOfRange(sheet, cell, date):
                return "sheet \(sheet), cell \(cell): \(date) is not a date Excel can hold (1900-01-01 to 9999-12-31)"
            case let .zip(reason): return "cannot build the zip archive: \(reason)"
            }
        }
    }

    /// The workbook's bytes.
    public static func workbook(_ sheets: [Sheet]) throws(Failure) -> Data {
        try validateNames(sheets)
        var strings = SharedStrings()
        var parts: [(String, String)] = []
        for (k, sheet) in sheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(k + 1).xml", try WorkbookXML.worksheet(sheet, strings: &strings)))
        }
        let fixed: [(String, String)] = [
            ("[Content_Types].xml", WorkbookXML.contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", WorkbookXML.rootRelationships),
            ("xl/workbook.xml", WorkbookXML.workbook(sheetNames: sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", WorkbookXML.workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", WorkbookXML.styles),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        return try zip(fixed + parts)
    }

    /// Excel's rules for tab names: 1–31 characters, none of `[ ] : * ? / \`, not
    /// starting or ending with `'`, not `History`, unique ignoring case.
    static func validateNames(_ sheets: [Sheet]) throws(Failure) {
        guard !sheets.isEmpty else { throw .noSheets }
        var seen: Set<String> = []
        for sheet in sheets {
            let name = sheet.name
            if name.isEmpty { throw .badSheetName(name, reason: "a sheet name cannot be empty") }
            if name.utf16.count > 31 { throw .badSheetName(name, reason: "longer than Excel's 31 characters") }
            if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
                throw .badSheetName(name, reason: "Excel does not allow \(bad) in a sheet name")
            }
            if name.lowercased() == "history" {
                throw .badSheetName(name, reason: "Excel keeps the name History for itself")
            }
            if name.hasPrefix("'") || name.hasSuffix("'") {
                throw .badSheetName(name, reason: "a sheet name cannot start or end with '")
            }
            if name.unicodeScalars.contains(where: { $0.value < 0x20 }) {
                throw .badSheetName(name, reason: "a sheet name cannot hold control characters")
            }
            guard seen.insert(name.lowercased()).inserted else { throw .duplicateSheetName(name) }
        }
    }

    /// The parts stored uncompressed in a `ZipWriter` archive (fixed dates and permissions).
    private static func zip(_ parts: [(String, String)]) throws(Failure) -> Data {
        do {
            var archive = ZipWriter()
            for (path, text) in parts { try archive.addStored(path, Array(text.utf8)) }
            return Data(try archive.bytes())
        } catch {
            throw .zip(error.what)
        }
    }
}
