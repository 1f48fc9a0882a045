import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// `rotaplan import --workbook` (docs/import.md, "Workbooks"; issue 17 item 1): a sheet
/// per table by its Chinese or English tab name, cells as Excel stores them, through the
/// CSV importer's rules, messages naming `WORKBOOK[SHEET]:ROW:COLUMN` and the header.
@Suite struct ImportWorkbookTests {
    static let fixtures = ImportTests.root.appendingPathComponent("Tests/Fixtures/xlsx")
    /// A workbook written by LibreOffice from `source/bureau.fods` (scripts/make-xlsx-fixtures.sh).
    @Test func aBureauWorkbookWrittenByLibreOfficeImports() throws {
        let loaded = try CSVImporter.load(.init(workbook: Self.fixtures.appendingPathComponent("bureau.xlsx").path), name: "bureau", year: 2025)
        let x = loaded.instance
        #expect(x.schools.map(\.id.rawValue) == ["S1", "S2", "S3"])
        #expect(x.groups.map(\.id.rawValue) == ["G1"])
        #expect(x.teachers.count == 8)
        #expect(x.newHires.map(\.id.rawValue) == ["N01"])
        #expect(x.vacancies.count == 1)
        #expect(x.travel.count == 3 && x.walkingDemand.count == 2)
        // Time cells of 作息时间, date cells of 入校时间 and 出生年月 with 性别.
        #expect(x.calendar?.periods.first.map { [$0.start, $0.end] } == [480, 520])
        #expect(x.teachers.map(\.yearsAtSchool) == [13, 10, 9.5, 20, 15, 4, 14, 6])
        // T04, a man born 1968-05, retires at 60 years 11 months (2029-04): 43 months after 2025-09.
        #expect(x.teachers[3].yearsToRetirement == 3.58)
        #expect(x.teachers.map(\.title) == [.senior, .first, .second, .senior, .first, .second, .senior, .second])
        // A slot LibreOffice stored as the date 2025-01-03 is 1-3; 周二第2节 is day 2, period 2.
        #expect(x.teachers[4].itinerant?.unavailable == [Slot(day: 1, period: 3)])
        #expect(x.teachers[6].itinerant?.unavailable == [Slot(day: 2, period: 2)])
        #expect(x.walkingDemand[1].slots == [Slot(day: 2, period: 2)])
        // The 政策 sheet by its Chinese label and by the dotted key.
        #expect(x.policy.exchange.minRate == 0.2)
        let said = loaded.warnings.map(\.description)
        #expect(said.contains { $0.hasPrefix("bureau.xlsx[教师]:1:12: warning: 民族: column \"民族\" is not one rotaplan reads") }, "\(said)")
        #expect(said.contains { $0.hasPrefix("bureau.xlsx[汇总]: note: the sheet is not read") }, "\(said)")
        #expect(said.contains { $0.hasPrefix("bureau.xlsx[走教需求]:1:5: note: 可排时段: slots Excel had turned into dates were read as day-period") && $0.contains("row 3 2025-02-02 → 2-2") }, "\(said)")
        #expect(!said.contains { $0.contains("error") })
    }

    static func workbook(_ sheets: [XLSXWriter.Sheet], name: String = "roster.xlsx") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try XLSXWriter.workbook(sheets).write(to: url)
        return url.path
    }

    static let schools = XLSXWriter.Sheet(name: "schools", rows: [["id", "stage"].map { .text($0) }, [.text("S1"), .text("小学")], [.text("S2"), .text("小学")]])

    static func problems(_ inputs: CSVImporter.Inputs) -> [String] {
        do {
            _ = try CSVImporter.load(inputs, name: "t", year: 2025)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }

    /// A bad cell is named by workbook, sheet, row, column and header; an Excel error value
    /// is said as such; English tab names are read too.
    @Test func badCellsNameTheSheetRowAndHeader() throws {
        let teachers = XLSXWriter.Sheet(name: "教师", rows: [
            ["教师编号", "学校", "学科", "职称", "本校任教年限"].map { .text($0) },
            [.text("T1"), .text("S1"), .text("数学"), .text("教授"), .number(3)],
            [.text("T2"), .text("S2"), .text("语文"), .text("一级教师"), .error("#N/A")],
        ])
        let found = Self.problems(.init(workbook: try Self.workbook([Self.schools, teachers])))
        #expect(found.count == 2, "\(found)")
        #expect(found.first?.hasPrefix("roster.xlsx[教师]:2:4: error: 职称: ") == true, "\(found)")
        #expect(found.last == "roster.xlsx[教师]:3:5: error: 本校任教年限: the cell shows Excel's error #N/A (a formula without a value); type the value or fix the formula", "\(found)")
    }

    @Test func aTableOptionMayNameAWorkbook() throws {
        let teachers = XLSXWriter.Sheet(name: "Sheet1", rows: [["id", "school", "subject"].map { .text($0) }, ["T1", "S1", "math"].map { .text($0) }])
        let paths: [ImportTable: String] = [.schools: try Self.workbook([Self.schools], name: "s.xlsx"), .teachers: try Self.workbook([teachers], name: "t.xlsx")]
        let x = try CSVImporter.load(.init(paths: paths), name: "t").instance
        #expect(x.teachers.map(\.id.rawValue) == ["T1"])
        #expect(x.schools.count == 2)
        let both = Self.problems(.init(workbook: paths[.schools]!, paths: [.schools: paths[.schools]!, .teachers: paths[.teachers]!]))
        #expect(both.first?.contains("the schools table is given twice") == true, "\(both)")
    }

    static let teachers = XLSXWriter.Sheet(name: "teachers", rows: [["id", "school", "subject"].map { .text($0) }, ["T1", "S1", "math"].map { .text($0) }])

    /// Keys by their Chinese label or dotted name; an unknown key names the row and the
    /// closest key; a value out of range is the key table's message on that row.
    @Test func policySheetRows() throws {
        let policy = XLSXWriter.Sheet(name: "政策", rows: [
            ["参数", "值"].map { .text($0) },
            [.text("最低交流比例"), .number(0.25)],
            [.text("weights.exchange.balance"), .number(2)],
            [.text("最低交流比列"), .number(0.3)],
            [.text("exchange.minYearsAtSchool"), .number(-1)],
        ])
        let found = Self.problems(.init(workbook: try Self.workbook([Self.schools, Self.teachers, policy])))
        #expect(found.count == 2, "\(found)")
        #expect(found.first == "roster.xlsx[政策]:4:1: error: 最低交流比列: unknown policy key \"最低交流比列\"; did you mean \"最低交流比例\"? (the keys: rotaplan import --help, docs/instance-format.md)", "\(found)")
        #expect(found.last?.hasPrefix("roster.xlsx[政策]:5:2: error: exchange.minYearsAtSchool: ") == true, "\(found)")
        let good = XLSXWriter.Sheet(name: "policy", rows: Array(policy.rows.prefix(3)))
        let x = try CSVImporter.load(.init(workbook: try Self.workbook([Self.schools, Self.teachers, good])), name: "t").instance
        #expect(x.policy.exchange.minRate == 0.25 && x.policy.weights.exchange.balance == 2)
    }

    @Test func policyCSVFileOfTheSameShape() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pol-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("政策.csv")
        try "参数,值,说明\n最低交流比例,0.3,集团要求\npreset,luohe,\n".write(to: file, atomically: true, encoding: .utf8)
        let x = try CSVImporter.load(.init(workbook: try Self.workbook([Self.schools, Self.teachers]), policy: file.path), name: "t").instance
        #expect(x.policy.exchange.minRate == 0.3 && x.policy.preset == .luohe)
    }
}
