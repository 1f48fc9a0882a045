import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// `rotaplan import`: CSV files as Excel exports them → an instance (docs/import.md).
@Suite struct ImportTests {
    /// The repository root: three folders up from this file.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let luoheTables: [ImportTable: String] = [
        .schools: "schools.csv", .groups: "groups.csv", .teachers: "teachers.csv", .travel: "travel.csv",
        .newHires: "new-hires.csv", .vacancies: "vacancies.csv", .demand: "demand.csv", .calendar: "calendar.csv",
    ]

    @Test func luoheCSVMatchesTheHandWrittenInstance() throws {
        let jsonPath = Self.root.appendingPathComponent("instances/luohe-wuyang.json").path
        let expected = try InstanceLoader.load(path: jsonPath)
        #expect(expected.warnings.isEmpty, "\(expected.warnings)")
        let folder = Self.root.appendingPathComponent("instances/csv/luohe")
        let paths = Self.luoheTables.mapValues { folder.appendingPathComponent($0).path }
        let imported = try CSVImporter.load(paths: paths, preset: .luohe, name: expected.instance.name)
        #expect(imported.warnings.isEmpty, "\(imported.warnings)")
        let a = InstanceWriter.json(imported.instance), b = InstanceWriter.json(expected.instance)
        #expect(a == b)
        if a != b {
            let la = a.split(separator: "\n"), lb = b.split(separator: "\n")
            for (x, y) in zip(la, lb) where x != y {
                Issue.record("first difference:\n  csv:  \(x)\n  json: \(y)")
                break
            }
        }
    }

    @Test func luoheExampleIsRealistic() throws {
        let x = try InstanceLoader.load(path: Self.root.appendingPathComponent("instances/luohe-wuyang.json").path).instance
        #expect(x.policy.preset == .luohe)
        #expect(x.groups.allSatisfy { $0.schools.count <= 3 })
        #expect((40...80).contains(x.teachers.count))
        let backbone = Double(x.teachers.filter(\.backbone).count) / Double(x.teachers.count)
        #expect(backbone >= 0.15 && backbone <= 0.20)
        #expect(x.teachers.allSatisfy { (0...25).contains($0.yearsAtSchool) })
        #expect(x.teachers.contains { $0.itinerant != nil && [Subject("音乐"), Subject("美术"), Subject("体育")].contains($0.subject) })
        #expect((3...6).contains(x.newHires.count))
        #expect(!x.vacancies.isEmpty && !x.walkingDemand.isEmpty)
        #expect(x.calendar?.days == 5 && (6...7).contains(x.calendar?.periods.count ?? 0))
    }

    @Test func luoheCSVFilesAreAsExcelWritesThem() throws {
        let folder = Self.root.appendingPathComponent("instances/csv/luohe")
        var tabs = 0, quoted = 0
        for name in Self.luoheTables.values {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "\(name) has no BOM")
            let text = String(decoding: bytes, as: UTF8.self)
            let header = text.prefix { $0 != "\n" && $0 != "\r\n" }
            if header.contains("\t") { tabs += 1 }
            if text.contains("\"") { quoted += 1 }
        }
        #expect(tabs >= 1)
        #expect(quoted >= 1)
    }

    // MARK: a small import and its bad cells

    static let schools = "id,name,stage\nS1,一小,小学\nS2,二小,小学\n"
    static let groups = "集团编号,集团名称,核心校,成员校\nG1,一小集团,S1,S2\n"
    static let teachers = "教师编号,姓名,学校,学科,骨干,本校任教年限,不可排课时段\nT1,张三,S1,数学,是,8,1-2\nT2,李四,二小,语文,,3,\n"

    static func run(_ files: [ImportTable: String], raw: [ImportTable: [UInt8]] = [:]) -> Result<InstanceLoader.Loaded, InstanceError> {
        var sources: [ImportTable: CSVImporter.Source] = [:]
        let all = [ImportTable.schools: schools, .teachers: teachers].merging(files) { _, new in new }
        for (table, text) in all { sources[table] = .init(name: "\(table.rawValue).csv", bytes: Array(text.utf8)) }
        for (table, bytes) in raw { sources[table] = .init(name: "\(table.rawValue).csv", bytes: bytes) }
        do {
            return .success(try CSVImporter.load(sources: sources, name: "test"))
        } catch {
            return .failure(error)
        }
    }

    static func problems(_ files: [ImportTable: String], raw: [ImportTable: [UInt8]] = [:]) -> [String] {
        switch run(files, raw: raw) {
        case .success: return []
        case .failure(let e): return e.diagnostics.map(\.description)
        }
    }

    @Test func smallImportWorks() throws {
        let x = try Self.run([.groups: Self.groups, .travel: "起点,终点,分钟\nS1,S2,15\n"]).get().instance
        #expect(x.teachers.count == 2)
        #expect(x.teachers[0].backbone && x.teachers[0].yearsAtSchool == 8)
        #expect(x.teachers[0].subject == Subject("math"))
        #expect(x.teachers[0].itinerant?.unavailable == [Slot(day: 1, period: 2)])
        #expect(x.teachers[1].school == 1, "a school named by its name")
        #expect(x.groups.first?.members == [1])
    }

    struct BadCell: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [ImportTable: String]
        var raw: [ImportTable: [UInt8]] = [:]
        /// The start of the first problem's line.
        var expected: String
        var testDescription: String { name }
    }

    static let badCells: [BadCell] = [
        BadCell(name: "wrong number",
                files: [.teachers: "教师编号,姓名,学校,学科,本校任教年限\nT1,张三,S1,数学,八年\n"],
                expected: "teachers.csv:2:5: error: 本校任教年限: \"八年\" is not a number"),
        BadCell(name: "not a whole number",
                files: [.schools: "id,stage,students\nS1,小学,1200.5\n"],
                expected: "schools.csv:2:3: error: students: \"1200.5\" is not a whole number"),
        BadCell(name: "unknown school",
                files: [.teachers: "教师编号,学校,学科\nT1,S1,数学\nT2,S9,数学\n"],
                expected: "teachers.csv:3:2: error: 学校: unknown school \"S9\""),
        BadCell(name: "unknown school in a list",
                files: [.teachers: "id,school,subject,preferences\nT1,S1,math,S2;S7\n"],
                expected: "teachers.csv:2:4: error: preferences: unknown school \"S7\""),
        BadCell(name: "bad boolean",
                files: [.teachers: "id,school,subject,backbone\nT1,S1,math,也许\n"],
                expected: "teachers.csv:2:4: error: backbone: \"也许\" is not a yes/no value"),
        BadCell(name: "bad slot",
                files: [.teachers: "id,school,subject,不可排课时段\nT1,S1,math,1-3;2x5\n"],
                expected: "teachers.csv:2:4: error: 不可排课时段: \"2x5\" is not a slot"),
        BadCell(name: "slot outside the calendar",
                files: [.teachers: "id,school,subject,unavailable\nT1,S1,math,6-1\n",
                        .calendar: "开始,结束,天数\n08:00,08:40,5\n08:50,09:30,\n"],
                expected: "teachers.csv:2:4: error: unavailable: slot 6-1: day 6 is outside the week; days run from 1 to 5"),
        BadCell(name: "unknown header with a hint",
                files: [.teachers: "id,school,subject,yearsAtScool\nT1,S1,math,3\n"],
                expected: "teachers.csv:1:4: error: yearsAtScool: unknown column \"yearsAtScool\"; did you mean \"yearsAtSchool\"?"),
        BadCell(name: "unknown Chinese header with a hint",
                files: [.teachers: "教师编号,姓明,学校,学科\nT1,张三,S1,数学\n"],
                expected: "teachers.csv:1:2: error: 姓明: unknown column \"姓明\"; did you mean \"姓名\"?"),
        BadCell(name: "bytes neither UTF-8 nor GBK",
                files: [:],
                // GBK files are read (BureauRosterTests); 0xFF starts no character in either.
                raw: [.teachers: Array("id,name,school,subject\nT1,".utf8) + [0xD5, 0xC5, 0xFF, 0xFD] + Array(",S1,math\n".utf8)],
                expected: "teachers.csv:2: error: the file is not UTF-8 (byte 0xD5 at line 2 is not valid UTF-8), nor GBK/GB18030"),
        BadCell(name: "an Excel workbook instead of CSV",
                files: [:], raw: [.teachers: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]],
                expected: "teachers.csv: error: this is an Excel workbook (.xlsx/.xls), not a CSV file"),
        BadCell(name: "near-miss Chinese header",
                files: [.teachers: "教师编号,学校,学科,本校年数\nT1,S1,数学,3\n"],
                expected: "teachers.csv:1:4: error: 本校年数: unknown column \"本校年数\"; did you mean \"本校年限\"?"),
        BadCell(name: "walking details on a teacher who does not walk-teach",
                files: [.teachers: "教师编号,学校,学科,走教,每周最多课时\nT1,S1,音乐,否,12\n"],
                expected: "teachers.csv:2:5: error: 每周最多课时: the teacher is not marked 走教 (走教 is 否)"),
        BadCell(name: "missing required column",
                files: [.teachers: "教师编号,姓名,学校\nT1,张三,S1\n"],
                expected: "teachers.csv:1: error: subject: the required column \"subject\" (学科/任教学科/主教学科) is missing"),
        BadCell(name: "empty required cell",
                files: [.teachers: "id,school,subject\nT1,,math\n"],
                expected: "teachers.csv:2:2: error: school: the cell is empty; every row needs a school"),
        BadCell(name: "quoted commas and newlines keep rows and columns right",
                files: [.teachers: "id,name,备注,school,subject,yearsAtSchool\nT1,\"张,三\",\"病休，\n下学期\"\"返岗\"\"\",S1,math,5\nT2,李四,,S1,math,x\n"],
                expected: "teachers.csv:4:6: error: yearsAtSchool: \"x\" is not a number"),
        BadCell(name: "tab-separated file",
                files: [.teachers: "id\tname\tschool\tsubject\ttitle\nT1\t张, 三\tS1\tmath\t特级\n"],
                expected: "teachers.csv:2:5: error: title: unknown title \"特级\""),
        BadCell(name: "BOM before the header",
                files: [.teachers: "\u{FEFF}教师编号,学校,学科,职称\r\nT1,S1,数学,教授\r\n"],
                expected: "teachers.csv:2:4: error: 职称: unknown title \"教授\""),
        BadCell(name: "duplicate id",
                files: [.teachers: "id,school,subject\nT1,S1,math\nT1,S2,math\n"],
                expected: "teachers.csv:3:1: error: id: duplicate id \"T1\"; row 2 already has it"),
        BadCell(name: "unclosed quote",
                files: [.teachers: "id,school,subject\nT1,S1,\"math\n"],
                expected: "teachers.csv:2:3: error: the quoted cell that starts here is never closed"),
        BadCell(name: "a value beyond the header",
                files: [.teachers: "id,school,subject\nT1,S1,math,extra\n"],
                expected: "teachers.csv:2:4: error: the row has a value in column 4 but the header has only 3 columns"),
        BadCell(name: "bad stage in Chinese",
                files: [.schools: "学校编号,学段\nS1,大学\nS2,小学\n"],
                expected: "schools.csv:2:2: error: 学段: unknown stage \"大学\""),
        BadCell(name: "bad tag",
                files: [.schools: "学校编号,学段,标签\nS1,小学,\"乡村,重点\"\nS2,小学,\n"],
                expected: "schools.csv:2:3: error: 标签: unknown tag \"重点\""),
        BadCell(name: "bad 编制 count",
                files: [.schools: "学校编号,学段,编制:数学,required.music\nS1,小学,三,1\nS2,小学,,\n"],
                expected: "schools.csv:2:3: error: 编制:数学: \"三\" is not a whole number"),
        BadCell(name: "loader rule: out of range, put back on the cell",
                files: [.teachers: "id,school,subject,yearsAtSchool\nT1,S1,math,95\n"],
                expected: "teachers.csv:2:4: error: yearsAtSchool: 95 is out of range; it must be between 0 and 80 years"),
        BadCell(name: "loader rule: a school in two groups, put back on the cell",
                files: [.groups: "id,core,members\nG1,S1,S2\nG2,S2,S1\n"],
                expected: "groups.csv:3:2: error: core: school S2 is already in group G1 (groups.csv row 2 (G1)); a school is in at most one group"),
        BadCell(name: "loader rule: periods out of order",
                files: [.calendar: "节次,开始,结束\n1,08:00,08:40\n2,08:30,09:10\n"],
                expected: "calendar.csv:3:2: error: 开始: starts at 08:30, before period 1 ends (08:40)"),
        BadCell(name: "bad time",
                files: [.calendar: "开始,结束\n8点,08:40\n"],
                expected: "calendar.csv:2:1: error: 开始: \"8点\" is not a time of day"),
        BadCell(name: "demand without a calendar",
                files: [.demand: "学校\t班级\t学科\t周课时\t可排时段\nS2\t一(1)班\t音乐\t2\t1-3;2-5\n"],
                expected: "demand.csv:1: error: walking demand needs the school calendar"),
        BadCell(name: "group named by a name that does not exist",
                files: [.newHires: "编号,集团,学科\nN1,二中集团,数学\n", .groups: groups],
                expected: "new-hires.csv:2:2: error: 集团: unknown group \"二中集团\""),
    ]

    @Test(arguments: badCells) func badCellIsReportedAtItsPlace(_ c: BadCell) {
        let found = Self.problems(c.files, raw: c.raw)
        #expect(found.first?.hasPrefix(c.expected) == true, "expected \(c.expected)\nfound \(found)")
    }

    @Test func everyProblemIsReportedNotJustTheFirst() {
        let found = Self.problems([.teachers: "id,school,subject,backbone,yearsAtSchool,bogus\nT1,S9,math,也许,x,\nT2,S1,,是,3,\n"])
        #expect(found == [
            "teachers.csv:1:6: warning: bogus: column \"bogus\" is not one rotaplan reads: its 0 values are ignored (the file keeps them); to use it, rename the header to one the teachers file takes (rotaplan import --help), or start it with # to keep it without this warning",
            "teachers.csv:2:2: error: school: unknown school \"S9\" (not an id or name in the schools file)",
            "teachers.csv:2:4: error: backbone: \"也许\" is not a yes/no value; write 是 or 否 (also true/false, Y/N, 1/0, √, or leave the cell empty for no), or a backbone level such as 市级骨干, 区级骨干, 县级骨干 or 学科带头人",
            "teachers.csv:2:5: error: yearsAtSchool: \"x\" is not a number",
            "teachers.csv:3:3: error: subject: the cell is empty; every row needs a subject",
        ], "\(found)")
    }

    @Test func policyFindingsNameTheGroupsRow() throws {
        let groups = "集团编号,核心校,成员校\nG1,S1,S2、S3、S4\n"
        let schools = "id,name,stage,lat,lon\nS1,一小,小学,33.40,113.60\nS2,二小,小学,33.41,113.61\nS3,三小,小学,33.42,113.62\nS4,四小,小学,33.43,113.63\n"
        var sources: [ImportTable: CSVImporter.Source] = [:]
        for (table, text) in [ImportTable.schools: schools, .groups: groups, .teachers: Self.teachers] {
            sources[table] = .init(name: "\(table.rawValue).csv", bytes: Array(text.utf8))
        }
        let loaded = try CSVImporter.load(sources: sources, preset: .luohe, name: "t")
        #expect(loaded.warnings.map(\.description).first?.hasPrefix(
            "groups.csv:2: warning: G1: groups.maxSchools: the group has 4 schools; the policy allows at most 3") == true,
            "\(loaded.warnings)")
    }

    @Test func quotedCellsAreReadAsWritten() throws {
        let text = "id,name,备注,school,subject\r\nT1,\"张,三\",\"病休，\r\n下学期\"\"返岗\"\"\",S1,math\r\n\r\n\r\n"
        let (table, problems) = CSVReader.parse(text, file: "t.csv")
        #expect(problems.isEmpty)
        let t = try #require(table)
        #expect(t.delimiter == ",")
        #expect(t.records.count == 1)
        #expect(t.records[0].cells.map(\.text) == ["T1", "张,三", "病休，\n下学期\"返岗\"", "S1", "math"])
        #expect(t.records[0].cells.map(\.line) == [2, 2, 2, 3, 3])
        let x = try Self.run([.teachers: text]).get().instance
        #expect(x.teachers[0].name == "张,三")
    }

    @Test func tabsBOMAndLineEndsDoNotChangeTheInstance() throws {
        let plain = "id,name,school,subject\nT1,张三,S1,数学\nT2,李四,S2,英语\n"
        let variants = [
            "\u{FEFF}" + plain,
            plain.replacingOccurrences(of: "\n", with: "\r\n"),
            plain.replacingOccurrences(of: ",", with: "\t"),
            "\u{FEFF}" + plain.replacingOccurrences(of: ",", with: "\t").replacingOccurrences(of: "\n", with: "\r\n") + "\r\n\r\n",
            plain.replacingOccurrences(of: "\n", with: "\r"),
        ]
        let reference = InstanceWriter.json(try Self.run([.teachers: plain]).get().instance)
        for v in variants {
            #expect(InstanceWriter.json(try Self.run([.teachers: v]).get().instance) == reference, "\(v.debugDescription)")
        }
        // UTF-16 LE with a BOM (Excel's "Unicode text").
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in plain.replacingOccurrences(of: ",", with: "\t").utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(InstanceWriter.json(try Self.run([:], raw: [.teachers: utf16]).get().instance) == reference)
    }

    @Test func valuesAcceptTheUsualSpellings() {
        for yes in ["是", "Y", "yes", "TRUE", "1", "√"] { #expect((try? CellValues.bool(yes).get()) == true, "\(yes)") }
        for no in ["否", "n", "False", "0", "×"] { #expect((try? CellValues.bool(no).get()) == false, "\(no)") }
        #expect(CellValues.list("S1、S2，S3;S4 ; S5") == ["S1", "S2", "S3", "S4", "S5"])
        #expect(CellValues.list("S1 S2") == ["S1", "S2"])
        #expect((try? CellValues.slots("1-3;2－5 4-1", days: 5, periods: 7).get()) == [[1, 3], [2, 5], [4, 1]])
        #expect((try? CellValues.time("8:05").get()) == "08:05")
        #expect((try? CellValues.time("14：30:00").get()) == "14:30")
        #expect((try? CellValues.title("中级").get()) == .first)
        #expect((try? CellValues.tag("农村").get()) == .rural)
        #expect(ImportRun.normalise("学生数（人）") == ImportRun.normalise("学生数"))
        #expect(ImportRun.requiredSubject("编制：数学") == "math")
        #expect(ImportRun.requiredSubject("required.Music") == "music")
    }

    @Test func headerHelpListsEveryColumn() {
        let help = ImportTable.headerHelp
        for table in ImportTable.allCases {
            for c in table.columns {
                #expect(help.contains(c.key) && c.aliases.allSatisfy(help.contains), "\(table) \(c.key)")
            }
        }
    }
}
