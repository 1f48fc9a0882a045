/// Why a workbook could not be read (docs/import.md, "Excel workbooks: the reader"). Each
/// case names the file and the part, sheet or cell; `description` is the English sentence
/// for people. The cases are data, so RotaplanText can word them in Chinese later.
public struct XLSXError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        /// The bytes are not a zip archive (an .xls, a CSV renamed, a damaged download).
        case notAZip
        /// The zip uses what no workbook does (ZIP64, encryption, an unknown compression).
        case unsupportedZip(String)
        /// The zip holds no workbook part (`xl/workbook.xml` or the one `_rels/.rels` names).
        case noWorkbook
        /// A part the workbook refers to is not in the archive.
        case missingPart(String)
        /// A part's content could not be decompressed or fails its checksum.
        case damagedPart(String)
        /// A part is not well-formed XML; `detail` says what and where.
        case badXML(part: String, detail: String)
        /// A relationship's target leaves the archive (`../../etc/passwd`, an absolute
        /// URL or an external link) — never followed.
        case pathEscapes(part: String, target: String)
        /// A part decompresses to more than the limit: a zip bomb, or a workbook too big.
        case partTooLarge(part: String, limit: Int)
        /// All parts together decompress to more than the limit.
        case workbookTooLarge(limit: Int)
        /// The archive has more entries than the limit.
        case tooManyEntries(count: Int, limit: Int)
        /// The file on disk is larger than the limit, or cannot be read.
        case fileTooLarge(size: Int, limit: Int)
        case unreadableFile(String)
        /// A row number beyond Excel's 1,048,576 rows.
        case tooManyRows(sheet: String, row: Int)
        /// A cell beyond Excel's 16,384 columns (`XFD`).
        case tooManyColumns(sheet: String, row: Int, column: Int)
        /// A cell reference that is not `B7`-shaped, or a row or cell out of order.
        case badCellReference(sheet: String, detail: String)
        /// A shared-string cell pointing past the end of the shared-string table.
        case sharedStringOutOfRange(sheet: String, cell: CellReference, index: Int, count: Int)
        /// A cell whose value is not what its type says (a number cell holding `abc`).
        case badCellValue(sheet: String, cell: CellReference, type: String, value: String)
    }

    /// The workbook's file name as the user gave it (`roster.xlsx`).
    public let file: String
    public let problem: Problem

    public init(file: String, _ problem: Problem) {
        self.file = file
        self.problem = problem
    }

    public var description: String {
        "\(file): " + sentence
    }

    var sentence: String {
        switch problem {
        case .notAZip:
            return "this is not an Excel workbook (.xlsx): it is not a zip archive; an old .xls workbook must be saved as .xlsx first"
        case let .unsupportedZip(what):
            return "this zip archive cannot be read as a workbook: \(what)"
        case .noWorkbook:
            return "the zip archive holds no Excel workbook (no xl/workbook.xml)"
        case let .missingPart(part):
            return "part \(part) is missing from the workbook"
        case let .damagedPart(part):
            return "part \(part) is damaged (it does not decompress or fails its checksum)"
        case let .badXML(part, detail):
            return "part \(part) is not well-formed XML: \(detail)"
        case let .pathEscapes(part, target):
            return "part \(part) refers to \(target), which is outside the workbook; it is not read"
        case let .partTooLarge(part, limit):
            return "part \(part) is larger than \(mebibytes(limit)) when decompressed; it is not read (a damaged or hostile file?)"
        case let .workbookTooLarge(limit):
            return "the workbook is larger than \(mebibytes(limit)) when decompressed; it is not read (a damaged or hostile file?)"
        case let .tooManyEntries(count, limit):
            return "the zip archive has \(count) entries, more than the \(limit) a workbook may have"
        case let .fileTooLarge(size, limit):
            return "the file has \(mebibytes(size)), more than the \(mebibytes(limit)) a workbook may have"
        case let .unreadableFile(reason):
            return "cannot read the file: \(reason)"
        case let .tooManyRows(sheet, row):
            return "sheet \(sheet), row \(row): beyond Excel's last row \(CellReference.maxRow)"
        case let .tooManyColumns(sheet, row, column):
            return "sheet \(sheet), row \(row): column \(column) is beyond Excel's last column XFD (\(CellReference.maxColumn))"
        case let .badCellReference(sheet, detail):
            return "sheet \(sheet): \(detail)"
        case let .sharedStringOutOfRange(sheet, cell, index, count):
            return "sheet \(sheet), cell \(cell): shared string \(index) does not exist (the workbook has \(count))"
        case let .badCellValue(sheet, cell, type, value):
            return "sheet \(sheet), cell \(cell): \"\(value)\" is not a \(type)"
        }
    }

    private func mebibytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
