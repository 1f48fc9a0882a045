import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// Dates into years (docs/import.md, "Dates"; issue 17 item 2): 入校时间 → yearsAtSchool,
/// 出生年月 with 性别 or 退休时间 → yearsToRetirement, counted to September of the year.
@Suite struct ImportDatesTests {
    static func run(_ teachers: String, year: Int? = 2025, dates: ImportDates = ImportDates()) -> Result<InstanceLoader.Loaded, InstanceError> {
        let sources: [ImportTable: CSVImporter.Source] = [
            .schools: .init(name: "schools.csv", bytes: Array(ImportTests.schools.utf8)),
            .teachers: .init(name: "teachers.csv", bytes: Array(teachers.utf8)),
        ]
        do { return .success(try CSVImporter.load(sources: sources, name: "t", year: year, dates: dates)) } catch { return .failure(error) }
    }

    /// The schedule of the 2024 decision: one month later per four months of birth.
    @Test(arguments: [
        (1964, 12, true, 720), (1965, 1, true, 721), (1965, 4, true, 721), (1965, 5, true, 722),
        (1975, 3, true, 751), (1976, 8, true, 755), (1976, 9, true, 756), (1990, 1, true, 756),
        (1969, 12, false, 660), (1970, 1, false, 661), (1981, 8, false, 695), (1981, 9, false, 696), (1995, 6, false, 696),
    ])
    func statutoryRetirementAge(year: Int, month: Int, male: Bool, months: Int) {
        #expect(RetirementAge.months(bornYear: year, month: month, male: male) == months)
    }

    @Test(arguments: ["2019-09", "2019/9/1", "2019年9月", "2019.09", "2019年9月1日", "201909", "2019-09-01", "2019"])
    func joinDateFormsGiveYearsAtSchool(_ cell: String) throws {
        let x = try Self.run("教师编号,学校,学科,入校时间\nT1,S1,数学,\(cell)\n").get().instance
        #expect(x.teachers[0].yearsAtSchool == 6)
    }

    @Test func birthAndGenderGiveYearsToRetirement() throws {
        // 男 1975-03: 62 years 7 months → 2037-10, 145 months after 2025-09; 女 1982-07: 58 → 2040-07.
        let loaded = try Self.run("教师编号,学校,学科,性别,出生年月,退休时间\nT1,S1,数学,男,1975-03,\nT2,S1,数学,女,1982/7/15,\nT3,S1,数学,,,2030-09\n").get()
        #expect(loaded.instance.teachers.map(\.yearsToRetirement) == [12.08, 14.83, 5])
        let notes = loaded.warnings.filter { $0.severity == .note }.map(\.message)
        #expect(notes.contains("dates are counted in months to 2025-09, the start of the 2025–26 school year (from --year)"), "\(notes)")
        #expect(notes.contains { $0.contains("国务院关于渐进式延迟法定退休年龄的办法") }, "\(notes)")
        let fixed = try Self.run("教师编号,学校,学科,性别,出生年月\nT1,S1,数学,男,1975-03\n", dates: ImportDates(menAge: 60)).get()
        #expect(fixed.instance.teachers[0].yearsToRetirement == 9.5)
    }

    @Test func explicitYearsWinWithAWarningWhenTheyDisagree() throws {
        let loaded = try Self.run("教师编号,学校,学科,本校任教年限,入校时间\nT1,S1,数学,3,2019-09\nT2,S1,数学,6,2019-09\n").get()
        #expect(loaded.instance.teachers.map(\.yearsAtSchool) == [3, 6])
        let warnings = loaded.warnings.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings == ["teachers.csv:2:5: warning: 入校时间: the date gives 6 years but 本校任教年限 says 3; the 本校任教年限 cell is used"], "\(warnings)")
    }

    @Test func withoutAYearTheDatesCountToThisSchoolYear() throws {
        let loaded = try Self.run("教师编号,学校,学科,入校时间\nT1,S1,数学,2019-09\n", year: nil, dates: ImportDates(todayYear: 2027, todayMonth: 3)).get()
        #expect(loaded.instance.teachers[0].yearsAtSchool == 7)
        #expect(loaded.instance.year == nil)
        #expect(loaded.warnings.contains { $0.message.hasPrefix("dates are counted in months to 2026-09, the start of the 2026–27 school year (this school year, as no --year was given") })
    }

    @Test func badDatesAreErrorsOnTheirCells() {
        let found: [String]
        switch Self.run("教师编号,学校,学科,性别,出生年月,入校时间\nT1,S1,数学,,1980-01,2019-09\nT2,S1,数学,男,1980-13,2019\nT3,S1,数学,男,1950-01,2026-10\n") {
        case .success: found = []
        case .failure(let e): found = e.diagnostics.filter { $0.severity == .error }.map(\.description)
        }
        #expect(found == [
            "teachers.csv:2:5: error: 出生年月: the retirement age depends on 性别: fill the 性别 cell (男/女), or give 退休时间 or 距退休年限",
            "teachers.csv:3:5: error: 出生年月: \"1980-13\" is not a date; write it as 2019-09, 2019/9/1, 2019年9月 or 2019.09 (or use a date cell)",
            "teachers.csv:4:5: error: 出生年月: the teacher retires in 2010-1 (born 1950-1, retiring at 60), before September 2025, the start of the school year planned",
            "teachers.csv:4:6: error: 入校时间: 2026-10 is after September 2025, the start of the school year planned",
        ], "\(found)")
    }
}

/// Slots as bureaus' sheets hold them (issue 17 item 3).
@Suite struct ImportSlotFormsTests {
    @Test(arguments: ["周二第2节", "星期二第2节", "周二2", "Tue P2", "tue 2", "Tuesday-2", "2-2"])
    func weekdayForms(_ cell: String) throws {
        let x = try ImportTests.run([.teachers: "教师编号,学校,学科,不可排课时段\nT1,S1,数学,\(cell)\n"]).get().instance
        #expect(x.teachers[0].itinerant?.unavailable == [Slot(day: 2, period: 2)])
    }

    @Test func severalWeekdaySlotsInOneCell() throws {
        let x = try ImportTests.run([.teachers: "教师编号,学校,学科,不可排课时段\nT1,S1,数学,Mon P1 Tue P3\nT2,S1,数学,周一第1节、周三第4节\n"]).get().instance
        #expect(x.teachers[0].itinerant?.unavailable == [Slot(day: 1, period: 1), Slot(day: 2, period: 3)])
        #expect(x.teachers[1].itinerant?.unavailable == [Slot(day: 1, period: 1), Slot(day: 3, period: 4)])
    }

    /// Excel's dates of a typed slot, saved into a CSV: read with a note, or explained.
    @Test func dateMangledSlotsInCSV() throws {
        let loaded = try ImportTests.run([.teachers: "教师编号,学校,学科,不可排课时段\nT1,S1,数学,2025/1/1\nT2,S1,数学,2月2日\nT3,S1,数学,2025-01-03\n"]).get()
        #expect(loaded.instance.teachers.map { $0.itinerant?.unavailable ?? [] } == [[Slot(day: 1, period: 1)], [Slot(day: 2, period: 2)], [Slot(day: 1, period: 3)]])
        let notes = loaded.warnings.filter { $0.severity == .note }.map(\.description)
        #expect(notes.contains { $0.hasPrefix("teachers.csv:1:4: note: 不可排课时段: slots Excel had turned into dates were read as day-period") && $0.contains("row 2 2025/1/1 → 1-1; row 3 2月2日 → 2-2; row 4 2025-01-03 → 1-3") }, "\(notes)")
        let found = ImportTests.problems([.teachers: "教师编号,学校,学科,不可排课时段\nT1,S1,数学,2025/9/3\n"])
        #expect(found == ["teachers.csv:2:4: error: 不可排课时段: \"2025/9/3\" is a date, not a slot: Excel turns a typed 1-3 into a date; format the column as Text (设置单元格格式 › 文本) before typing 1-3, or write 周一第3节"], "\(found)")
    }
}
