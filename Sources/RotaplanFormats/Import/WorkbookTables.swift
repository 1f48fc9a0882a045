import RotaplanDomain

/// An Excel workbook as the importer's tables (docs/import.md, "Workbooks"; issue 17): each
/// sheet found by its Chinese or English tab name becomes the same ``CSVTable`` the CSV
/// reader gives, one ``CSVTable/Cell`` per cell with its text and the value Excel stored
/// (a date, a number), so every rule of the CSV import applies unchanged. Its file name in
/// messages is `WORKBOOK[SHEET]`, its lines the sheet's row numbers and its columns the
/// sheet's column numbers.
enum WorkbookTables {
    /// What a sheet holds: one of the import tables, or the policy (key, value) rows.
    enum Content: Hashable, Sendable {
        case table(ImportTable)
        case policy
    }

    /// Tab names by what they hold; compared trimmed, ignoring case, spaces, `-` and `_`.
    static let sheetNames: [(Content, [String])] = [
        (.table(.schools), ["学校", "学校信息", "学校名单", "schools"]),
        (.table(.groups), ["集团", "教育集团", "集团信息", "groups"]),
        (.table(.teachers), ["教师", "教师名单", "教师信息", "花名册", "teachers"]),
        (.table(.travel), ["路程", "交通", "路程时间", "travel"]),
        (.table(.newHires), ["新教师", "新入职教师", "新招聘教师", "newhires"]),
        (.table(.trainees), ["在培新教师", "培育中新教师", "trainees"]),
        (.table(.vacancies), ["岗位空缺", "空缺岗位", "空缺", "vacancies"]),
        (.table(.demand), ["走教需求", "走教", "demand", "walkingdemand"]),
        (.table(.calendar), ["作息时间", "作息时间表", "作息", "calendar"]),
        (.policy, ["政策", "政策参数", "参数", "policy"]),
    ]

    /// Sheets the template writes for people, read by nobody (no warning).
    static let readmeSheets: Set<String> = ["说明", "填写说明", "readme"]

    static func normalised(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
    }

    /// What the sheet named `name` holds, or nil for a sheet the importer does not read.
    static func content(ofSheet name: String) -> Content? {
        let n = normalised(name)
        return sheetNames.first { $0.1.contains(n) }?.0
    }

    /// The name of a sheet in messages: `roster.xlsx[教师]`.
    static func file(_ workbook: String, _ sheet: String) -> String { "\(workbook)[\(sheet)]" }

    /// The sheet as a CSV table: the first row with a value is the header, each row after
    /// it a record padded with empty cells to the header's width (a sheet stores no empty
    /// cells); nil for a sheet with no value at all.
    static func table(_ sheet: XLSXSheet, file: String) -> CSVTable? {
        guard let first = sheet.rows.first else { return nil }
        func record(_ row: XLSXRow, width: Int) -> CSVTable.Record {
            let last = max(width, row.cells.map(\.reference.column).max() ?? 0)
            var cells = (1...max(1, last)).map { CSVTable.Cell(text: "", line: row.number, column: $0) }
            for cell in row.cells {
                cells[cell.reference.column - 1].text = text(cell.value)
                cells[cell.reference.column - 1].excel = cell.value
            }
            return CSVTable.Record(line: row.number, cells: cells)
        }
        let header = record(first, width: 0)
        let width = header.cells.count
        let records = sheet.rows.dropFirst().map { record($0, width: width) }.filter { !$0.isBlank }
        return CSVTable(file: file, delimiter: ",", header: header, records: records)
    }

    /// The text of a stored value, as a CSV cell would hold it: whole numbers without a
    /// point, dates `yyyy-mm-dd` (with `Thh:mm:ss` when they have a time), a time of day
    /// alone (Excel's serial below 1) `hh:mm:ss`, booleans `true`/`false`, errors as shown.
    static func text(_ value: XLSXValue) -> String {
        switch value {
        case .text(let s): return s
        case .number(let x):
            if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
            return "\(x)"
        case .bool(let b): return b ? "true" : "false"
        case .error(let e): return e
        case .date(let d):
            if isTimeOnly(d) {
                let full = d.description
                return String(full[full.index(after: full.firstIndex(of: "T")!)...])
            }
            return d.description
        }
    }

    /// A time of day Excel stores as a fraction of a day (date part 1899-12-30/31, or
    /// 1904-01-01 in the 1904 system).
    static func isTimeOnly(_ d: XLSXDate) -> Bool {
        d.hasTime && ((d.year == 1899 && d.month == 12 && d.day >= 30) || (d.year == 1904 && d.month == 1 && d.day == 1))
    }
}
