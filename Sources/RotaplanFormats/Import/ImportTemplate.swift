import RotaplanDomain

/// What `rotaplan template` writes (docs/import.md, "The template"; issue 17 item 1): one
/// sheet per table the importer reads, each with its columns as the importer names them,
/// what each holds (a kind, worded by RotaplanText), and one example row that imports
/// cleanly with the others (a group of a core and a member school, a teacher, a walking
/// line, a new hire and its vacancy, a trainee, a period, a policy row). Data only: the
/// command chooses the names' language and the notes' sentences.
public enum ImportTemplate {
    /// One column: its key, its Chinese header (an accepted alias), how its cells are read
    /// (``kind``: `text`, `integer`, `title`, `slots`, `date` …), its English help, and the
    /// example row's cell.
    public struct Column: Sendable {
        public let key: String
        public let chinese: String
        public let kind: String
        public let required: Bool
        public let help: String
        public let example: XLSXValue?
    }

    /// One sheet: its Chinese and English tab names (both read by the importer) and columns.
    public struct Sheet: Sendable {
        public let chinese: String
        public let english: String
        public let columns: [Column]
    }

    /// Example cells by table and key.
    static let examples: [ImportTable: [String: XLSXValue]] = [
        .schools: ["id": .text("S1"), "name": .text("第一小学"), "district": .text("示例县"), "stage": .text("小学"), "students": .number(800), "tags": .text("核心")],
        .groups: ["id": .text("G1"), "name": .text("第一小学教育集团"), "type": .text("紧密型"), "core": .text("S1"), "members": .text("S2")],
        .teachers: ["id": .text("T1"), "name": .text("张老师"), "school": .text("S1"), "subject": .text("音乐"), "title": .text("一级教师"),
                    "backbone": .text("区级骨干"), "joinedSchool": .text("2018-09"), "birth": .text("1985-03"), "gender": .text("女"),
                    "itinerant": .text("是"), "maxPeriodsPerWeek": .number(6), "unavailable": .text("周五第1节")],
        .travel: ["from": .text("S1"), "to": .text("S2"), "minutes": .number(20), "km": .number(12)],
        .newHires: ["id": .text("N1"), "name": .text("李老师"), "group": .text("G1"), "subject": .text("音乐"), "minYears": .number(1)],
        .trainees: ["id": .text("P1"), "name": .text("王老师"), "subject": .text("音乐"), "host": .text("S1"), "mentor": .text("T1"), "destination": .text("S2"), "lastYear": .number(2025)],
        .vacancies: ["school": .text("S2"), "subject": .text("音乐"), "year": .number(1), "count": .number(1)],
        .demand: ["school": .text("S2"), "class": .text("三(1)班"), "subject": .text("音乐"), "periodsPerWeek": .number(1), "slots": .text("周一第1节;周二第1节")],
        .calendar: ["period": .number(1), "start": .text("08:00"), "end": .text("08:40"), "days": .number(5)],
    ]

    /// The second school of the example (a member of the group), beside the first.
    static let secondSchool: [String: XLSXValue] = ["id": .text("S2"), "name": .text("中心小学"), "district": .text("示例县"), "stage": .text("小学"), "students": .number(300), "tags": .text("乡村")]

    /// The sheets in the importer's table order, then the policy sheet.
    public static var sheets: [Sheet] {
        var out: [Sheet] = []
        for table in ImportTable.allCases {
            let names = WorkbookTables.sheetNames.first { $0.0 == .table(table) }!.1
            let english = table == .newHires ? "new hires" : names.last!
            var columns = table.columns.map { c in
                Column(key: c.key, chinese: c.aliases.first { $0.unicodeScalars.contains { $0.value > 0x2E80 } } ?? c.key, kind: "\(c.kind)",
                       required: c.required, help: c.help, example: examples[table]?[c.key])
            }
            if table == .schools {
                columns.append(Column(key: "required.music", chinese: "编制:音乐", kind: "integer", required: false,
                                      help: "teachers of that primary subject the school needs (one column per subject)", example: .number(2)))
            }
            out.append(Sheet(chinese: names[0], english: english, columns: columns))
        }
        return out
    }

    /// The example rows of `table` (two schools, one row elsewhere), in column order.
    public static func exampleRows(_ sheet: Sheet) -> [[XLSXValue?]] {
        let first = sheet.columns.map(\.example)
        guard sheet.chinese == "学校" else { return [first] }
        return [first, sheet.columns.map { secondSchool[$0.key] ?? ($0.key == "required.music" ? .number(1) : nil) }]
    }

    /// The policy sheet's rows: every key of the key table with the national preset's
    /// value for the first (an example) and none for the others (an empty value keeps the
    /// preset's).
    public static var policyRows: [(key: PolicyKey, value: XLSXValue?)] {
        PolicyKey.all.enumerated().map { k, key in (key, k == 0 ? presetValue(key) : nil) }
    }

    /// The national preset's value of `key`, as a cell.
    public static func presetValue(_ key: PolicyKey) -> XLSXValue? {
        switch key.value(in: Policy(preset: .national)) {
        case .number(let x): return .number(x)
        case .integer(let n): return .number(Double(n))
        case .flag(let b): return .text(b ? "true" : "false")
        case .none, .limits: return nil
        }
    }
}

extension CSVTable {
    /// Without the comment rows: a row whose first cell starts with `#` (the template's
    /// note row under the header).
    func droppingComments() -> CSVTable {
        var t = self
        t.records = records.filter { !($0.cells.first?.value.hasPrefix("#") ?? false) }
        return t
    }
}
