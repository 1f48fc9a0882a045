import RotaplanDomain

/// What the importer keeps aside and says once (docs/import.md, issue 17): columns it does
/// not read, and the backbone levels it read as backbone = true (MODEL.md §2).
extension ImportRun {
    /// An unknown column with no close accepted name (性别, 出生年月 …): one warning for the
    /// column, saying its values are ignored and how to use it instead.
    mutating func ignoreColumn(_ table: ImportTable, _ csv: CSVTable, _ header: CSVTable.Cell) {
        let index = header.column - 1
        let filled = csv.records.filter { index < $0.cells.count && !$0.cells[index].value.isEmpty }.count
        let raw = header.value
        warnings.append(Diagnostic(.warning, file: csv.file, line: header.line, column: header.column, path: RecordPath(field: raw),
                                   .csv(.ignoredColumn(raw, filled: filled, table: table.rawValue))))
    }

    /// One note per backbone column that held levels: each level with the teachers who have it.
    mutating func noteBackboneLevels(_ t: BoundTable) {
        let ids = Dictionary((rowsOf[t.table] ?? []).map { ($0.row, $0.id ?? "row \($0.row)") }, uniquingKeysWith: { a, _ in a })
        for (column, read) in backboneLevels.sorted(by: { $0.key < $1.key }) {
            var order: [String] = []
            var who: [String: [String]] = [:]
            for (level, cell) in read {
                if who[level] == nil { order.append(level) }
                who[level, default: []].append(ids[cell.line] ?? "row \(cell.line)")
            }
            let header = t.headers[column - 1] ?? "backbone"
            let list = order.map { "\($0) \(who[$0]!.joined(separator: ", "))" }.joined(separator: "; ")
            warnings.append(Diagnostic(.note, file: t.file, line: t.csv.header.line, column: column, path: RecordPath(field: header),
                                       .csv(.backboneLevels(list))))
        }
        backboneLevels = [:]
    }

    /// One note per table whose slot cells held dates: how each was read.
    mutating func noteDateSlots(_ t: BoundTable) {
        guard !dateSlots.isEmpty else { return }
        let list = dateSlots.map { "row \($0.cell.line) \($0.shown) → \($0.slot[0])-\($0.slot[1])" }.joined(separator: "; ")
        let column = dateSlots[0].cell.column
        warnings.append(Diagnostic(.note, file: t.file, line: t.csv.header.line, column: column, path: RecordPath(field: t.headers[column - 1] ?? "slots"),
                                   .csv(.workbook(.dateSlotsRead(list)))))
        dateSlots = []
    }
}
