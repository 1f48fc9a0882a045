import Foundation
import RotaplanDomain

/// A CSV file read by its header names, with the rules of ``CSVReader`` (UTF-8 or
/// UTF-16, BOM optional, comma or tab, RFC 4180 quoting): what `import-plan` reads the
/// report's own CSV files with (docs/hand-edits.md). Each wanted column is found by any
/// of its names (the report writes English or Chinese headers); a missing one is an error
/// naming the file's header line.
public struct CSVColumns: Sendable {
    /// One cell of a wanted column, with where it is in the file.
    public struct Cell: Sendable {
        public var value: String
        public var line: Int
        public var column: Int
    }

    /// The file's name in messages.
    public var file: String
    /// The rows after the header, each with one cell per wanted column, in the order asked.
    public var rows: [[Cell]]

    /// Reads `bytes` (the file `file`) and picks the columns named by `wanted` (each a list
    /// of accepted header names, compared without surrounding white space). Every problem
    /// is returned at once.
    public static func read(_ bytes: [UInt8], file: String, wanted: [[String]]) throws(InstanceError) -> CSVColumns {
        let text: String
        switch CSVReader.decode(bytes, file: file) {
        case .success(let t): text = t
        case .failure(let e): throw e
        }
        let parsed = CSVReader.parse(text, file: file)
        guard let table = parsed.table, parsed.diagnostics.isEmpty else {
            throw InstanceError(parsed.diagnostics.isEmpty ? [Diagnostic(file: file, path: "", .csv(.emptyFile))] : parsed.diagnostics)
        }
        return try pick(table, wanted: wanted)
    }

    /// The sheets of the workbook at `path` (``XLSXReader``), by their tab names: the
    /// report's plan.xlsx names them after its CSV files (`exchanges`, `lessons`).
    public static func sheets(ofWorkbook path: String) throws(InstanceError) -> [String] {
        do {
            return try XLSXReader().read(contentsOf: URL(fileURLWithPath: path)).sheets.map(\.name)
        } catch {
            throw InstanceError([Diagnostic(file: path, path: "", message: error.sentence)])
        }
    }

    /// The sheet `sheet` of the workbook at `path`, read as the CSV file of that name would
    /// be; messages name it `WORKBOOK[SHEET]`.
    public static func read(workbook path: String, sheet: String, wanted: [[String]]) throws(InstanceError) -> CSVColumns {
        let book: XLSXWorkbook
        do { book = try XLSXReader().read(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw InstanceError([Diagnostic(file: path, path: "", message: error.sentence)])
        }
        let file = WorkbookTables.file(book.fileName, sheet)
        guard let found = book.sheet(named: sheet) else {
            throw InstanceError([Diagnostic(file: path, path: "", .csv(.workbook(.noSheetNamed(sheet, has: book.sheets.map(\.name).joined(separator: ", ")))))])
        }
        guard let table = WorkbookTables.table(found, file: file) else {
            throw InstanceError([Diagnostic(file: file, path: "", .csv(.workbook(.sheetEmpty)))])
        }
        return try pick(table, wanted: wanted)
    }

    static func pick(_ table: CSVTable, wanted: [[String]]) throws(InstanceError) -> CSVColumns {
        let file = table.file
        var indices: [Int] = []
        var missing: [Diagnostic] = []
        for names in wanted {
            if let i = table.header.cells.firstIndex(where: { names.contains($0.value) }) {
                indices.append(i)
            } else {
                missing.append(Diagnostic(file: file, line: table.header.line, path: "",
                                          .csv(.noColumn(names))))
            }
        }
        if !missing.isEmpty { throw InstanceError(missing) }
        let rows = table.records.map { r in
            indices.map { i in
                i < r.cells.count ? Cell(value: r.cells[i].value, line: r.cells[i].line, column: i + 1)
                                  : Cell(value: "", line: r.line, column: i + 1)
            }
        }
        return CSVColumns(file: file, rows: rows)
    }
}
