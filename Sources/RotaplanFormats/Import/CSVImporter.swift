import Foundation
import RotaplanDomain

/// Builds an instance from the CSV tables a group principal exports from Excel
/// (docs/import.md; `rotaplan import`).
///
/// Two passes. The first reads every file and checks every cell: encoding, CSV syntax,
/// header names, required columns and cells, numbers, yes/no values, slots, times, the
/// Chinese names of titles, stages, group types and tags, and every reference to a school
/// or group; each problem is a ``Diagnostic`` at `file:row:column` with the header as its
/// path. When that pass finds nothing, the rows are written as `rotaplan-instance/1` JSON,
/// one field per line, and given to ``InstanceLoader/load(bytes:file:)``, so every rule of
/// the JSON loader applies too; whatever it reports is moved back onto the CSV cell (or
/// row) the offending line came from.
public enum CSVImporter {
    /// One CSV file: its name in messages and its bytes.
    public struct Source: Sendable {
        public var name: String
        public var bytes: [UInt8]
        public init(name: String, bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// Reads the files and imports them. `schools` and `teachers` are required.
    /// `year`: the instance's school year (§11), needed by an onExchange cell or a trainees table.
    public static func load(paths: [ImportTable: String], preset: PolicyPreset = .national,
                            name: String, year: Int? = nil) throws(InstanceError) -> InstanceLoader.Loaded {
        var sources: [ImportTable: Source] = [:]
        var run = ImportRun(sources: [:], preset: preset, name: name, year: year)
        for table in ImportTable.allCases {
            guard let path = paths[table] else { continue }
            do {
                sources[table] = Source(name: path, bytes: try InstanceLoader.readFile(path))
            } catch {
                run.diagnostics += error.diagnostics
                run.unreadable.insert(table)
            }
        }
        run.sources = sources
        return try run.execute()
    }

    /// Imports CSV files given as bytes.
    public static func load(sources: [ImportTable: Source], preset: PolicyPreset = .national,
                            name: String, year: Int? = nil, dates: ImportDates = ImportDates()) throws(InstanceError) -> InstanceLoader.Loaded {
        var run = ImportRun(sources: sources, preset: preset, name: name, year: year)
        run.dates = dates
        return try run.execute()
    }
}

/// A parsed CSV file with its header bound to the fields of its table.
struct BoundTable {
    let table: ImportTable
    let csv: CSVTable
    /// Field key → 0-based column index.
    var fields: [String: Int] = [:]
    /// 0-based column index → the header as written.
    var headers: [Int: String] = [:]
    /// schools: the per-subject 编制 columns (subject key, column index).
    var required: [(subject: String, column: Int)] = []

    var file: String { csv.file }

    /// The cell of `key` in `record`, when the column exists and the cell is not empty.
    func cell(_ record: CSVTable.Record, _ key: String) -> CSVTable.Cell? {
        guard let c = fields[key] else { return nil }
        return cell(record, column: c)
    }

    func cell(_ record: CSVTable.Record, column c: Int) -> CSVTable.Cell? {
        guard c < record.cells.count, !record.cells[c].value.isEmpty else { return nil }
        return record.cells[c]
    }

    func column(_ key: String) -> ImportColumn? { table.columns.first { $0.key == key } }
}

/// One import: the state of the two passes.
struct ImportRun {
    var sources: [ImportTable: CSVImporter.Source]
    /// Tables whose file could not be read or decoded: their problems are reported, and
    /// the rows of the other files are not checked (their references would all fail).
    var unreadable = Set<ImportTable>()
    let preset: PolicyPreset
    let name: String
    /// The instance's `year` (§11), when given.
    let year: Int?
    var diagnostics: [Diagnostic] = []
    /// How much a workbook may decompress to (``CSVImporter/Inputs/workbookLimits``).
    var workbookLimits = XLSXReader.Limits()
    /// Warnings and notes: unknown columns, the encoding assumed, backbone levels read.
    var warnings: [Diagnostic] = []
    /// teachers: the backbone levels read (市级骨干 …) by column, with their cells.
    var backboneLevels: [Int: [(level: String, cell: CSVTable.Cell)]] = [:]
    var tables: [ImportTable: BoundTable] = [:]
    /// Tables read from a workbook's sheets (their `sources` entry names the sheet).
    var sheetTables: [ImportTable: CSVTable] = [:]
    /// Rows of key and value: a workbook's policy sheet, a `--policy` file.
    var policyTables: [CSVTable] = []
    /// How dates become years; whether any did, and any from a birth date.
    var dates = ImportDates()
    var usedDates = false, usedBirth = false
    /// Slots read from a date (the cell, the date as shown, the slot), for one note.
    var dateSlots: [(cell: CSVTable.Cell, shown: String, slot: [Int])] = []

    var schoolIDs = Set<String>()
    var schoolNames: [String: [String]] = [:]
    var groupIDs = Set<String>()
    var groupNames: [String: [String]] = [:]
    var calendarDays: Int?
    var calendarPeriods: Int?

    /// The file and row of every record of each list, in list order (for messages).
    var rowsOf: [ImportTable: [(row: Int, id: String?)]] = [:]

    /// Where each place of the intermediate instance came from (a cell, a row, a file's
    /// header), by its ``RecordPath`` without the id.
    var origins: [RecordPath: CellOrigin] = [:]

    init(sources: [ImportTable: CSVImporter.Source], preset: PolicyPreset, name: String, year: Int?) {
        self.sources = sources
        self.preset = preset
        self.name = name
        self.year = year
    }

    // MARK: diagnostics

    mutating func error(_ file: String, _ cell: CSVTable.Cell?, _ path: String, _ message: ImportProblem, line: Int? = nil) {
        // The importer's own path is the CSV header of the cell.
        diagnostics.append(Diagnostic(file: file, line: cell?.line ?? line, column: cell?.column, path: RecordPath(field: path), .csv(message)))
    }

    /// A message not yet a case of ``ImportProblem`` (``ImportProblem/unworded(_:)``).
    mutating func error(_ file: String, _ cell: CSVTable.Cell?, _ path: String, _ message: String, line: Int? = nil) {
        error(file, cell, path, ImportProblem.unworded(message), line: line)
    }

    mutating func error(_ t: BoundTable, _ cell: CSVTable.Cell, _ key: String, _ message: String) {
        error(t, cell, key, ImportProblem.unworded(message))
    }

    mutating func error(_ t: BoundTable, _ cell: CSVTable.Cell, _ key: String, _ message: ImportProblem) {
        error(t.file, cell, header(t, key, cell), message)
    }

    func header(_ t: BoundTable, _ key: String, _ cell: CSVTable.Cell) -> String {
        t.headers[cell.column - 1] ?? key
    }

    /// In table order, then by line and column; problems without a line first.
    func sortedDiagnostics(_ list: [Diagnostic]? = nil) -> [Diagnostic] {
        let diagnostics = list ?? self.diagnostics
        let order = Dictionary(ImportTable.allCases.enumerated().map { (sources[$1]?.name ?? "\u{1}\($1)", $0) }, uniquingKeysWith: min)
        return diagnostics.enumerated().sorted { a, b in
            let ka = (order[a.element.file] ?? -1, a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let kb = (order[b.element.file] ?? -1, b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
    }

    mutating func execute() throws(InstanceError) -> InstanceLoader.Loaded {
        let instance = build()
        if !diagnostics.isEmpty { throw InstanceError(sortedDiagnostics(diagnostics + warnings)) }
        return try validate(instance)
    }

    // MARK: first pass

    /// Reads and checks every file; returns the intermediate JSON (meaningful only when
    /// no diagnostics were recorded).
    mutating func build() -> JSONOut {
        for required in [ImportTable.schools, .teachers] where sources[required] == nil && !unreadable.contains(required) {
            diagnostics.append(Diagnostic(file: required.option, path: "", .csv(.fileRequired(table: required.rawValue, option: required.option,
                sheet: WorkbookTables.sheetNames.first { $0.0 == .table(required) }!.1[0]))))
        }
        for table in ImportTable.allCases {
            guard let source = sources[table], !unreadable.contains(table) else { continue }
            if let sheet = sheetTables[table] {
                tables[table] = bind(table, sheet.droppingComments())
                continue
            }
            switch CSVReader.read(source.bytes, file: source.name) {
            case .failure(let e):
                diagnostics += e.diagnostics
                unreadable.insert(table)
            case .success(let decoded):
                if let assumed = decoded.assumed {
                    warnings.append(Diagnostic(.note, file: source.name, path: "", .csv(.readAsGBK(assumed: assumed))))
                }
                let (csv, problems) = CSVReader.parse(decoded.text, file: source.name)
                diagnostics += problems
                if let csv { tables[table] = bind(table, csv.droppingComments()) } else { unreadable.insert(table) }
            }
        }
        if !unreadable.isEmpty { return .null }
        collectReferences()
        let calendar = calendarBlock()
        if let demand = tables[.demand], !demand.csv.records.isEmpty, tables[.calendar] == nil, sources[.calendar] == nil {
            error(demand.file, nil, "", .demandWithoutCalendar, line: demand.csv.header.line)
        }

        var top: [(String, JSONOut)] = [
            ("format", .string(InstanceLoader.format)), ("name", .string(name)),
        ]
        if let year { top.append(("year", .integer(year))) }
        top += [
            ("policy", policyTables.isEmpty ? .object([("preset", .string(preset.rawValue))]) : InstanceWriter.policyValue(policyFromRows())),
        ]
        if let calendar { top.append(("calendar", calendar)) }
        for (table, list) in [(ImportTable.groups, "groups"), (.schools, "schools"), (.travel, "travel"), (.teachers, "teachers"),
                              (.newHires, "newHires"), (.trainees, "trainees"), (.vacancies, "vacancies"), (.demand, "walkingDemand")] {
            guard let t = tables[table] else { continue }
            var records: [JSONOut] = []
            var rows: [(row: Int, id: String?)] = []
            var seen: [String: Int] = [:]
            for record in t.csv.records {
                checkWidth(t, record)
                let id = t.table.hasIDs ? t.cell(record, "id")?.value : nil
                if let idCell = t.table.hasIDs ? t.cell(record, "id") : nil {
                    if let first = seen[idCell.value] {
                        error(t, idCell, "id", .duplicateID(idCell.value, firstRow: first))
                    } else {
                        seen[idCell.value] = record.line
                    }
                }
                let origin = CellOrigin(file: t.file, row: record.line, id: id)
                let place = RecordPath(list: list, index: records.count)
                origins[place] = origin
                records.append(.object(members(t, record, origin, at: place)))
                rows.append((record.line, id))
            }
            rowsOf[table] = rows
            if table == .teachers {
                noteBackboneLevels(t)
                noteDates(t)
            }
            noteDateSlots(t)
            origins[RecordPath(list: list)] = CellOrigin(file: t.file, row: t.csv.header.line)
            top.append((list, .array(records, lines: true)))
        }
        return .object(top, lines: true)
    }

    /// Normalised header text: trimmed, lower-cased, without spaces and without a trailing
    /// unit in brackets (`学生数（人）`, `minutes (min)`).
    static func normalise(_ header: String) -> String {
        var h = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        for (open, close) in [("(", ")"), ("（", "）"), ("[", "]"), ("【", "】")] where h.hasSuffix(close) {
            if let r = h.range(of: open, options: .backwards), r.lowerBound != h.startIndex {
                h = String(h[..<r.lowerBound])
                break
            }
        }
        return h.filter { !$0.isWhitespace }
    }

    /// The subject of a schools.csv 编制 column (`required.math`, `编制:数学`), if it is one.
    static func requiredSubject(_ header: String) -> String? {
        let h = header.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ImportColumn.requiredPrefixes where h.lowercased().hasPrefix(prefix) {
            let rest = h.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return rest.isEmpty ? nil : Subject(rest).key
        }
        return nil
    }

    mutating func bind(_ table: ImportTable, _ csv: CSVTable) -> BoundTable {
        var t = BoundTable(table: table, csv: csv)
        var lookup: [String: String] = [:]
        var accepted: [String] = []
        for c in table.columns {
            for name in [c.key] + c.aliases {
                lookup[Self.normalise(name)] = c.key
                accepted.append(name)
            }
        }
        if table == .schools { accepted += ["required.math", "编制:数学"] }
        var requiredColumn: [String: String] = [:]
        for cell in csv.header.cells {
            let raw = cell.value
            let index = cell.column - 1
            if raw.isEmpty {
                if let used = csv.records.first(where: { index < $0.cells.count && !$0.cells[index].value.isEmpty }) {
                    error(csv.file, cell, "", .headerlessColumn(column: cell.column, row: used.line), line: csv.header.line)
                }
                continue
            }
            let normal = Self.normalise(raw)
            if raw.hasPrefix("#") || ImportColumn.ignored.contains(normal) { continue }
            if table == .schools, let subject = Self.requiredSubject(raw) {
                if let other = requiredColumn[subject] {
                    error(csv.file, cell, raw, .requiredGivenTwice(subject: "\(subject)", column: other))
                } else {
                    requiredColumn[subject] = raw
                    t.required.append((subject, index))
                    t.headers[index] = raw
                }
                continue
            }
            guard let key = lookup[normal] else {
                guard let closest = HeaderHint.closest(raw, in: accepted) else {
                    ignoreColumn(table, csv, cell)
                    continue
                }
                let names = table.columns.map { ([$0.key] + $0.aliases.prefix(1)).joined(separator: "/") }.joined(separator: ", ")
                error(csv.file, cell, raw, .unknownColumn(raw, closest: closest, table: table.rawValue, names: names))
                continue
            }
            if let other = t.fields[key] {
                error(csv.file, cell, raw, .sameColumnTwice(key: key, column: other + 1, header: t.headers[other] ?? key))
                continue
            }
            t.fields[key] = index
            t.headers[index] = raw
        }
        for c in table.columns where c.required && t.fields[c.key] == nil {
            error(csv.file, nil, c.key, .requiredColumnMissing(key: c.key, aliases: c.aliases), line: csv.header.line)
        }
        return t
    }

    /// Cells to the right of the header's last column must be empty, and a row must have
    /// a cell (empty or not) for every named column: a short row is not padded, as a
    /// teacher whose row stops early would silently lose title, backbone and years.
    mutating func checkWidth(_ t: BoundTable, _ record: CSVTable.Record) {
        let width = t.csv.header.cells.count
        for cell in record.cells.dropFirst(width) where !cell.value.isEmpty {
            error(t.file, cell, "", .valueBeyondHeader(column: cell.column, width: width))
            return
        }
        let missing = t.csv.header.cells.dropFirst(record.cells.count).map(\.value).filter { !$0.isEmpty }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(file: t.file, line: record.line, column: record.cells.count + 1, path: "",
                                          .csv(.shortRow(cells: record.cells.count, width: width, missing: missing))))
        }
    }

    /// School and group ids and names, for references by id or by name.
    mutating func collectReferences() {
        for (table, isSchool) in [(ImportTable.schools, true), (.groups, false)] {
            guard let t = tables[table] else { continue }
            for record in t.csv.records {
                guard let id = t.cell(record, "id")?.value else { continue }
                let name = t.cell(record, "name")?.value
                if isSchool {
                    schoolIDs.insert(id)
                    if let name { schoolNames[name, default: []].append(id) }
                } else {
                    groupIDs.insert(id)
                    if let name { groupNames[name, default: []].append(id) }
                }
            }
        }
    }

    /// A school or group by id, or by its name when exactly one has that name.
    func resolve(_ value: String, school: Bool) -> Result<String, CellError> {
        let ids = school ? schoolIDs : groupIDs
        let names = school ? schoolNames : groupNames
        if ids.contains(value) { return .success(value) }
        if let matches = names[value] {
            if matches.count == 1 { return .success(matches[0]) }
            return .failure(CellError(.ambiguousName(value, school: school, ids: matches)))
        }
        if ids.isEmpty { return .failure(CellError(.unknownNoFile(value, school: school))) }
        let closest = HeaderHint.closest(value, in: ids.sorted() + names.keys.sorted(), strict: true)
        return .failure(CellError(.unknownName(value, school: school, closest: closest)))
    }
}
