import Foundation
import RotaplanDomain

/// `rotaplan import --workbook FILE.xlsx`, and a table option given an `.xlsx` file
/// (docs/import.md, "Workbooks"; issue 17 item 1): the sheets become the importer's tables
/// (``WorkbookTables``) and go through the same two passes as CSV files.
extension CSVImporter {
    /// What an import reads: a workbook, CSV (or `.xlsx`) files per table, a policy file.
    public struct Inputs: Sendable {
        public var workbook: String?
        public var paths: [ImportTable: String]
        /// A CSV (or `.xlsx`) file of policy rows: key (dotted or the key table's Chinese
        /// label), value.
        public var policy: String?
        /// How much a workbook may decompress to (the CLI's defaults; the workbench, which
        /// reads uploads from anyone, passes smaller ones).
        public var workbookLimits = XLSXReader.Limits()
        public init(workbook: String? = nil, paths: [ImportTable: String] = [:], policy: String? = nil) {
            self.workbook = workbook
            self.paths = paths
            self.policy = policy
        }
    }

    /// Reads the workbook, the files and the policy file, and imports them.
    public static func load(_ inputs: Inputs, preset: PolicyPreset = .national, name: String,
                            year: Int? = nil, dates: ImportDates = ImportDates()) throws(InstanceError) -> InstanceLoader.Loaded {
        var run = ImportRun(sources: [:], preset: preset, name: name, year: year)
        run.dates = dates
        run.workbookLimits = inputs.workbookLimits
        if let path = inputs.workbook, let workbook = run.readWorkbook(path) {
            run.addSheets(of: workbook, only: nil)
        }
        for table in ImportTable.allCases {
            guard let path = inputs.paths[table] else { continue }
            if run.sources[table] != nil {
                run.diagnostics.append(Diagnostic(file: path, path: "", .csv(.workbook(.tableTwice(table: table.rawValue, option: table.option, sheet: run.sources[table]!.name)))))
                continue
            }
            if WorkbookImport.isWorkbook(path) {
                if let workbook = run.readWorkbook(path) { run.addSheets(of: workbook, only: table) } else { run.unreadable.insert(table) }
                continue
            }
            do {
                run.sources[table] = Source(name: path, bytes: try InstanceLoader.readFile(path))
            } catch {
                run.diagnostics += error.diagnostics
                run.unreadable.insert(table)
            }
        }
        if let path = inputs.policy {
            if WorkbookImport.isWorkbook(path) {
                if let workbook = run.readWorkbook(path) {
                    let sheet = workbook.sheets.first { WorkbookTables.content(ofSheet: $0.name) == .policy } ?? (workbook.sheets.count == 1 ? workbook.sheets[0] : nil)
                    if let sheet, let t = WorkbookTables.table(sheet, file: WorkbookTables.file(workbook.fileName, sheet.name)) {
                        run.policyTables.append(t)
                    } else {
                        run.diagnostics.append(Diagnostic(file: path, path: "", .csv(.workbook(.noPolicySheet))))
                    }
                }
            } else {
                do {
                    let bytes = try InstanceLoader.readFile(path)
                    run.readPolicyCSV(bytes, file: path)
                } catch {
                    run.diagnostics += error.diagnostics
                }
            }
        }
        return try run.execute()
    }
}

enum WorkbookImport {
    /// A file that is an Excel workbook: named `.xlsx`/`.xlsm`, or a zip archive.
    static func isWorkbook(_ path: String) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "xlsx" || ext == "xlsm" { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)).map { [UInt8]($0) } ?? []
        return head == [0x50, 0x4B, 0x03, 0x04]
    }
}

extension ImportRun {
    /// The workbook at `path`, or nil after recording why it cannot be read.
    mutating func readWorkbook(_ path: String) -> XLSXWorkbook? {
        do {
            return try XLSXReader(limits: workbookLimits).read(contentsOf: URL(fileURLWithPath: path))
        } catch {
            diagnostics.append(Diagnostic(file: path, path: "", message: error.sentence))
            return nil
        }
    }

    /// Each sheet of `workbook` named after a table (or, for `only`, the sheet of that
    /// table or the workbook's only sheet) as that table; the policy sheet as policy rows;
    /// any other sheet is one note.
    mutating func addSheets(of workbook: XLSXWorkbook, only: ImportTable?) {
        var found = false
        for sheet in workbook.sheets {
            let file = WorkbookTables.file(workbook.fileName, sheet.name)
            var content = WorkbookTables.content(ofSheet: sheet.name)
            if let only {
                if content != .table(only) && !(workbook.sheets.count == 1) { continue }
                content = .table(only)
            }
            switch content {
            case .table(let table)?:
                if let other = sources[table] {
                    diagnostics.append(Diagnostic(file: file, path: "", .csv(.workbook(.tableAlreadySheet(table: table.rawValue, sheet: other.name)))))
                    continue
                }
                found = true
                sources[table] = CSVImporter.Source(name: file, bytes: [])
                if let t = WorkbookTables.table(sheet, file: file) {
                    sheetTables[table] = t
                } else {
                    diagnostics.append(Diagnostic(file: file, path: "", .csv(.workbook(.emptySheet))))
                    unreadable.insert(table)
                }
            case .policy?:
                if let t = WorkbookTables.table(sheet, file: file) { policyTables.append(t) }
            case nil:
                if !WorkbookTables.readmeSheets.contains(WorkbookTables.normalised(sheet.name)) {
                    let names = WorkbookTables.sheetNames.map { $0.1[0] }.joined(separator: ", ")
                    warnings.append(Diagnostic(.note, file: file, path: "", .csv(.workbook(.sheetNotRead(names: names)))))
                }
            }
        }
        if let only, !found {
            diagnostics.append(Diagnostic(file: workbook.fileName, path: "", .csv(.workbook(.noSheetOfTable(table: only.rawValue, names: WorkbookTables.sheetNames.first { $0.0 == .table(only) }!.1.joined(separator: ", "))))))
            unreadable.insert(only)
        }
    }
}
