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
    public static func load(paths: [ImportTable: String], preset: PolicyPreset = .national,
                            name: String) throws(InstanceError) -> InstanceLoader.Loaded {
        var sources: [ImportTable: Source] = [:]
        var run = ImportRun(sources: [:], preset: preset, name: name)
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
                            name: String) throws(InstanceError) -> InstanceLoader.Loaded {
        var run = ImportRun(sources: sources, preset: preset, name: name)
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
    var diagnostics: [Diagnostic] = []
    var tables: [ImportTable: BoundTable] = [:]

    var schoolIDs = Set<String>()
    var schoolNames: [String: [String]] = [:]
    var groupIDs = Set<String>()
    var groupNames: [String: [String]] = [:]
    var calendarDays: Int?
    var calendarPeriods: Int?

    /// The file and row of every record of each list, in list order (for messages).
    var rowsOf: [ImportTable: [(row: Int, id: String?)]] = [:]

    init(sources: [ImportTable: CSVImporter.Source], preset: PolicyPreset, name: String) {
        self.sources = sources
        self.preset = preset
        self.name = name
    }

    // MARK: diagnostics

    mutating func error(_ file: String, _ cell: CSVTable.Cell?, _ path: String, _ message: String, line: Int? = nil) {
        // The importer's own path is the CSV header of the cell.
        diagnostics.append(Diagnostic(file: file, line: cell?.line ?? line, column: cell?.column, path: RecordPath(field: path), message: message))
    }

    mutating func error(_ t: BoundTable, _ cell: CSVTable.Cell, _ key: String, _ message: String) {
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
        let lines = build()
        if !diagnostics.isEmpty { throw InstanceError(sortedDiagnostics()) }
        return try validate(lines)
    }

    // MARK: first pass

    /// Reads and checks every file; returns the intermediate JSON (meaningful only when
    /// no diagnostics were recorded).
    mutating func build() -> JSONLines.Block {
        for required in [ImportTable.schools, .teachers] where sources[required] == nil && !unreadable.contains(required) {
            diagnostics.append(Diagnostic(file: required.option, path: "", message: "the \(required.rawValue) file is required (\(required.option) FILE)"))
        }
        for table in ImportTable.allCases {
            guard let source = sources[table] else { continue }
            switch CSVReader.decode(source.bytes, file: source.name) {
            case .failure(let e):
                diagnostics += e.diagnostics
                unreadable.insert(table)
            case .success(let text):
                let (csv, problems) = CSVReader.parse(text, file: source.name)
                diagnostics += problems
                if let csv { tables[table] = bind(table, csv) } else { unreadable.insert(table) }
            }
        }
        if !unreadable.isEmpty { return [] }
        collectReferences()
        let calendar = calendarBlock()
        if let demand = tables[.demand], !demand.csv.records.isEmpty, tables[.calendar] == nil, sources[.calendar] == nil {
            error(demand.file, nil, "", "walking demand needs the school calendar (days and periods) to place its slots; give a calendar file (--calendar)", line: demand.csv.header.line)
        }

        var top: [JSONLines.Block] = [
            JSONLines.member("format", JSONText.string(InstanceLoader.format), nil),
            JSONLines.member("name", JSONText.string(name), nil),
            JSONLines.member("policy", "{\"preset\": \(JSONText.string(preset.rawValue))}", nil),
        ]
        if let calendar { top.append(calendar) }
        for (table, list) in [(ImportTable.groups, "groups"), (.schools, "schools"), (.travel, "travel"), (.teachers, "teachers"),
                              (.newHires, "newHires"), (.vacancies, "vacancies"), (.demand, "walkingDemand")] {
            guard let t = tables[table] else { continue }
            var records: [JSONLines.Block] = []
            var rows: [(row: Int, id: String?)] = []
            var seen: [String: Int] = [:]
            for record in t.csv.records {
                checkWidth(t, record)
                let id = t.table.hasIDs ? t.cell(record, "id")?.value : nil
                if let idCell = t.table.hasIDs ? t.cell(record, "id") : nil {
                    if let first = seen[idCell.value] {
                        error(t, idCell, "id", "duplicate id \"\(idCell.value)\"; row \(first) already has it")
                    } else {
                        seen[idCell.value] = record.line
                    }
                }
                let origin = CellOrigin(table: table, file: t.file, row: record.line, id: id)
                records.append(JSONLines.container("{", "}", members(t, record, origin), origin))
                rows.append((record.line, id))
            }
            rowsOf[table] = rows
            top.append(JSONLines.keyed(list, object: false, records, CellOrigin(table: table, file: t.file, row: t.csv.header.line)))
        }
        return JSONLines.container("{", "}", top, nil)
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
                    error(csv.file, cell, "", "column \(cell.column) has no header but row \(used.line) has a value in it; name the column or delete it", line: csv.header.line)
                }
                continue
            }
            let normal = Self.normalise(raw)
            if raw.hasPrefix("#") || ImportColumn.ignored.contains(normal) { continue }
            if table == .schools, let subject = Self.requiredSubject(raw) {
                if let other = requiredColumn[subject] {
                    error(csv.file, cell, raw, "the 编制 of \(subject) is already given in the column \"\(other)\"")
                } else {
                    requiredColumn[subject] = raw
                    t.required.append((subject, index))
                    t.headers[index] = raw
                }
                continue
            }
            guard let key = lookup[normal] else {
                let hint = HeaderHint.closest(raw, in: accepted).map { "; did you mean \"\($0)\"?" } ?? ""
                let names = table.columns.map { ([$0.key] + $0.aliases.prefix(1)).joined(separator: "/") }.joined(separator: ", ")
                error(csv.file, cell, raw, "unknown column \"\(raw)\"\(hint) (the \(table.rawValue) file takes \(names); see rotaplan import --help)")
                continue
            }
            if let other = t.fields[key] {
                error(csv.file, cell, raw, "this column means \(key), like column \(other + 1) (\"\(t.headers[other] ?? key)\"); keep one of them")
                continue
            }
            t.fields[key] = index
            t.headers[index] = raw
        }
        for c in table.columns where c.required && t.fields[c.key] == nil {
            error(csv.file, nil, c.key, "the required column \"\(c.key)\" (\(c.aliases.joined(separator: "/"))) is missing from the header", line: csv.header.line)
        }
        return t
    }

    /// Cells to the right of the header's last column must be empty, and a row must have
    /// a cell (empty or not) for every named column: a short row is not padded, as a
    /// teacher whose row stops early would silently lose title, backbone and years.
    mutating func checkWidth(_ t: BoundTable, _ record: CSVTable.Record) {
        let width = t.csv.header.cells.count
        for cell in record.cells.dropFirst(width) where !cell.value.isEmpty {
            error(t.file, cell, "", "the row has a value in column \(cell.column) but the header has only \(width) columns")
            return
        }
        let missing = t.csv.header.cells.dropFirst(record.cells.count).map(\.value).filter { !$0.isEmpty }
        if !missing.isEmpty {
            diagnostics.append(Diagnostic(file: t.file, line: record.line, column: record.cells.count + 1, path: "",
                                          message: "the row has \(record.cells.count) cells but the header has \(width) columns; missing: \(missing.joined(separator: ", ")) (write an empty cell as nothing between two commas, so that every row has a cell for every column)"))
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
        let what = school ? "school" : "group"
        if ids.contains(value) { return .success(value) }
        if let matches = names[value] {
            if matches.count == 1 { return .success(matches[0]) }
            return .failure(CellError("\(matches.count) \(what)s are named \"\(value)\" (\(matches.joined(separator: ", "))); write the id instead"))
        }
        let file = school ? "schools" : "groups"
        if ids.isEmpty {
            return .failure(CellError("unknown \(what) \"\(value)\": no \(file) file was given, or it has no rows"))
        }
        let hint = HeaderHint.closest(value, in: ids.sorted() + names.keys.sorted(), strict: true).map { "; did you mean \"\($0)\"?" } ?? ""
        return .failure(CellError("unknown \(what) \"\(value)\"\(hint) (not an id or name in the \(file) file)"))
    }

    // MARK: cells

    /// The JSON value of one cell, or nil (after recording the problem) when it is bad.
    mutating func json(_ t: BoundTable, _ cell: CSVTable.Cell, _ column: ImportColumn) -> String? {
        let v = cell.value
        let result: Result<String, CellError>
        switch column.kind {
        case .text: result = .success(JSONText.string(v))
        case .number: result = CellValues.number(v).map(JSONText.number)
        case .integer: result = CellValues.integerJSON(v)
        case .bool: result = CellValues.bool(v).map { $0 ? "true" : "false" }
        case .time: result = CellValues.time(v).map(JSONText.string)
        case .title: result = CellValues.title(v).map { JSONText.string($0.rawValue) }
        case .stage: result = CellValues.stage(v).map { JSONText.string($0.rawValue) }
        case .groupType: result = CellValues.groupType(v).map { JSONText.string($0.rawValue) }
        case .tags:
            result = Self.all(CellValues.list(v).map(CellValues.tag)).map { tags in
                "[" + tags.map { JSONText.string($0.rawValue) }.joined(separator: ", ") + "]"
            }
        case .subject: result = .success(JSONText.string(Subject(v).key))
        case .subjects:
            result = .success("[" + CellValues.list(v).map { JSONText.string(Subject($0).key) }.joined(separator: ", ") + "]")
        case .school: result = resolve(v, school: true).map(JSONText.string)
        case .group: result = resolve(v, school: false).map(JSONText.string)
        case .schools:
            let resolved = CellValues.list(v).map { resolve($0, school: true) }
            result = Self.all(resolved).map { "[" + $0.map(JSONText.string).joined(separator: ", ") + "]" }
        case .slots:
            result = CellValues.slots(v, days: calendarDays, periods: calendarPeriods).map { slots in
                "[" + slots.map { "[\($0[0]), \($0[1])]" }.joined(separator: ", ") + "]"
            }
        }
        switch result {
        case .success(let text): return text
        case .failure(let e):
            error(t, cell, column.key, e.message)
            return nil
        }
    }

    static func all<T>(_ results: [Result<T, CellError>]) -> Result<[T], CellError> {
        var out: [T] = []
        var messages: [String] = []
        for r in results {
            switch r {
            case .success(let x): out.append(x)
            case .failure(let e): messages.append(e.message)
            }
        }
        return messages.isEmpty ? .success(out) : .failure(CellError(messages.joined(separator: "; ")))
    }

    func origin(_ t: BoundTable, _ cell: CSVTable.Cell, _ key: String, _ row: CellOrigin) -> CellOrigin {
        var o = row
        o.column = cell.column
        o.header = header(t, key, cell)
        return o
    }

    /// `"key": value` of one cell, when the cell is filled and good.
    mutating func member(_ t: BoundTable, _ record: CSVTable.Record, _ key: String, _ row: CellOrigin) -> JSONLines.Block? {
        guard let column = t.column(key) else { return nil }
        guard let cell = t.cell(record, key) else {
            if column.required, let c = t.fields[key] {
                let at = c < record.cells.count ? record.cells[c] : CSVTable.Cell(text: "", line: record.line, column: c + 1)
                error(t, at, key, "the cell is empty; every row needs a \(key)")
            }
            return nil
        }
        guard let value = json(t, cell, column) else { return nil }
        return JSONLines.member(key, value, origin(t, cell, key, row))
    }

    /// The fields of one record, in the instance's field order.
    mutating func members(_ t: BoundTable, _ record: CSVTable.Record, _ row: CellOrigin) -> [JSONLines.Block] {
        var out: [JSONLines.Block] = []
        switch t.table {
        case .schools:
            for key in ["id", "name", "district", "stage", "students", "tags"] {
                if let m = member(t, record, key, row) { out.append(m) }
            }
            let lat = t.cell(record, "lat"), lon = t.cell(record, "lon")
            let latValue = member(t, record, "lat", row), lonValue = member(t, record, "lon", row)
            if let lat, lon == nil {
                error(t, lat, "lat", "a location needs both the latitude and the longitude (经度 lon is empty)")
            } else if let lon, lat == nil {
                error(t, lon, "lon", "a location needs both the latitude and the longitude (纬度 lat is empty)")
            } else if let lat, let latValue, let lonValue {
                out.append(JSONLines.keyed("location", object: true, [latValue, lonValue], origin(t, lat, "lat", row)))
            }
            var required: [JSONLines.Block] = []
            for (subject, c) in t.required {
                guard let cell = t.cell(record, column: c) else { continue }
                switch CellValues.integerJSON(cell.value) {
                case .success(let n):
                    required.append(JSONLines.member(subject, n, origin(t, cell, subject, row)))
                case .failure(let e):
                    error(t, cell, subject, e.message)
                }
            }
            if !required.isEmpty { out.append(JSONLines.keyed("required", object: true, required, row)) }
        case .teachers:
            for key in ["id", "name", "school", "subject", "otherSubjects", "title", "backbone", "yearsAtSchool",
                        "yearsToRetirement", "exempt", "preferences", "seekingSeniorTitle", "mentorCapacity"] {
                if let m = member(t, record, key, row) { out.append(m) }
            }
            let flagCell = t.cell(record, "itinerant")
            let flag = flagCell.flatMap { try? CellValues.bool($0.value).get() }
            if let flagCell, flag == nil { _ = json(t, flagCell, t.column("itinerant")!) }
            var details: [JSONLines.Block] = []
            for key in ["maxPeriodsPerWeek", "unavailable"] {
                guard let cell = t.cell(record, key) else { continue }
                if flag == false {
                    error(t, cell, key, "the teacher is not marked 走教 (\(t.headers[t.fields["itinerant"]!] ?? "itinerant") is \(flagCell!.value)); empty this cell or mark 走教 as 是")
                    continue
                }
                if let m = member(t, record, key, row) { details.append(m) }
            }
            if flag == true || (flag == nil && flagCell == nil && !details.isEmpty) {
                let o = flagCell.map { origin(t, $0, "itinerant", row) } ?? row
                out.append(JSONLines.keyed("itinerant", object: true, details, o))
            }
        default:
            for column in t.table.columns {
                if let m = member(t, record, column.key, row) { out.append(m) }
            }
        }
        return out
    }

    /// `"calendar": {"days": …, "periods": […]}` from the calendar file; also sets the
    /// days and period count that slots are checked against.
    mutating func calendarBlock() -> JSONLines.Block? {
        guard let t = tables[.calendar] else { return nil }
        let fileOrigin = CellOrigin(table: .calendar, file: t.file, row: t.csv.header.line)
        var days: (value: Int, cell: CSVTable.Cell)?
        var periods: [JSONLines.Block] = []
        var rows: [(row: Int, id: String?)] = []
        var good = true
        for (k, record) in t.csv.records.enumerated() {
            checkWidth(t, record)
            let row = CellOrigin(table: .calendar, file: t.file, row: record.line)
            if let cell = t.cell(record, "period") {
                switch CellValues.integer(cell.value, in: 1...max(1, t.csv.records.count)) {
                case .success(let n) where n == k + 1: break
                case .success(let n):
                    error(t, cell, "period", "this is period \(k + 1) of the day (periods are numbered in file order) but the cell says \(n)")
                    good = false
                case .failure(let e):
                    error(t, cell, "period", e.message)
                    good = false
                }
            }
            if let cell = t.cell(record, "days") {
                switch CellValues.integer(cell.value, in: 1...7) {
                case .success(let n):
                    if let d = days, d.value != n {
                        error(t, cell, "days", "the week has \(d.value) days in row \(d.cell.line); give the days once, or the same number in every row")
                        good = false
                    } else if days == nil {
                        if !(1...7).contains(n) {
                            error(t, cell, "days", "\(n) is out of range; a week has 1 to 7 school days")
                            good = false
                        }
                        days = (n, cell)
                    }
                case .failure(let e):
                    error(t, cell, "days", e.message)
                    good = false
                }
            }
            let start = member(t, record, "start", row), end = member(t, record, "end", row)
            if let start, let end {
                periods.append(JSONLines.container("{", "}", [start, end], row))
            } else {
                good = false
            }
            rows.append((record.line, nil))
        }
        rowsOf[.calendar] = rows
        if t.csv.records.isEmpty {
            error(t.file, nil, "", "the calendar has no periods (one row per period: start, end)", line: t.csv.header.line)
            good = false
        }
        let daysMember = days.map { JSONLines.member("days", "\($0.value)", origin(t, $0.cell, "days", fileOrigin)) }
            ?? JSONLines.member("days", "5", fileOrigin)
        if good {
            calendarDays = days?.value ?? 5
            calendarPeriods = periods.count
        }
        return JSONLines.keyed("calendar", object: true,
                               [daysMember, JSONLines.keyed("periods", object: false, periods, fileOrigin)], fileOrigin)
    }

    // MARK: second pass

    /// Loads the intermediate JSON and moves every diagnostic back onto the CSV files.
    func validate(_ lines: JSONLines.Block) throws(InstanceError) -> InstanceLoader.Loaded {
        let text = JSONLines.text(lines)
        do {
            var loaded = try InstanceLoader.load(bytes: Array(text.utf8), file: "(import)")
            loaded.warnings = loaded.warnings.map { relocate($0, lines) }
            return loaded
        } catch {
            throw InstanceError(sortedDiagnostics(error.diagnostics.map { relocate($0, lines) }))
        }
    }

    /// A diagnostic of the intermediate JSON, told in terms of the CSV files: a line of
    /// the JSON goes back to the cell (or row) it was written from; a record without a line
    /// (``RecordPath``: list, index, id, field) to its table's file and row; a record the
    /// message names to `FILE row N`.
    func relocate(_ d: Diagnostic, _ lines: JSONLines.Block) -> Diagnostic {
        var out = d
        out.text = DiagnosticText(d.text.parts.map { part in
            guard case let .record(r) = part, let row = row(of: r) else { return part }
            return .words((row.file as NSString).lastPathComponent + " row \(row.line)" + (r.id.map { " (\($0))" } ?? ""))
        })
        if let line = d.line, line >= 1, line <= lines.count, let origin = lines[line - 1].origin {
            out.file = origin.file
            out.line = origin.row
            out.column = origin.column
            out.record = RecordPath(field: origin.header ?? origin.id ?? "")
            return out
        }
        out.line = nil
        out.column = nil
        let r = d.record
        if r.index != nil, let table = ImportTable.allCases.first(where: { $0.list == r.list }), let t = tables[table] {
            out.file = t.file
            out.line = row(of: r)?.line
            out.record = RecordPath(field: [r.id, r.field.isEmpty ? nil : r.field].compactMap { $0 }.joined(separator: "."))
            return out
        }
        // Travel needed between two schools, policy keys and the like.
        if r.list == "travel", let t = tables[.travel] ?? tables[.schools] {
            out.file = t.file
        } else if r.list == "calendar", let t = tables[.calendar] ?? tables[.demand] {
            out.file = t.file
        } else if r.list == "policy" {
            out.file = "--preset"
        } else if let t = tables[.schools] {
            out.file = t.file
        }
        return out
    }

    /// The CSV file and row a record of the intermediate JSON was written from.
    func row(of r: RecordPath) -> (file: String, line: Int)? {
        guard let k = r.index, let table = ImportTable.allCases.first(where: { $0.list == r.list }),
              let t = tables[table], let rows = rowsOf[table], k < rows.count else { return nil }
        return (t.file, rows[k].row)
    }
}
