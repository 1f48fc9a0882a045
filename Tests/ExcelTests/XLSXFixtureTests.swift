import Foundation
import Testing
@testable import RotaplanFormats

/// The reader on workbooks written by a real spreadsheet program (LibreOffice, through
/// scripts/make-xlsx-fixtures.sh), cell by cell.
@Suite struct XLSXFixtureTests {
    private func read(_ name: String) throws -> XLSXWorkbook {
        try XLSXReader().read(contentsOf: ExcelFixtures.url(name))
    }

    @Test func rosterSheetsInWorkbookOrder() throws {
        let book = try read("roster.xlsx")
        #expect(book.fileName == "roster.xlsx")
        #expect(book.sheets.map(\.name) == ["教师", "学校"])
    }

    @Test func rosterHeaderAndTextCells() throws {
        let sheet = try #require(try read("roster.xlsx").sheet(named: "教师"))
        let header = try #require(sheet.rows.first)
        #expect(header.number == 1)
        #expect(header.cells.map(\.value) == ["编号", "姓名", "职称", "入校时间", "课时", "是否骨干", "备注"].map(XLSXValue.text))
        #expect(header.cells.map(\.reference.description) == ["A1", "B1", "C1", "D1", "E1", "F1", "G1"])
        #expect(sheet["C2"] == .text("高级教师"))
        #expect(sheet["C3"] == .text("一级教师"))
        #expect(sheet["C5"] == .text("正高级教师"))
        // Rich text: LibreOffice splits this cell into eight runs by script; they are joined.
        #expect(sheet["G3"] == .text("病休，\"下学期\"返岗 & <复查>"))
    }

    @Test func rosterDatesNumbersBooleans() throws {
        let sheet = try #require(try read("roster.xlsx").sheet(named: "教师"))
        #expect(sheet["D2"] == .date(XLSXDate(year: 2015, month: 9, day: 1)))
        #expect(sheet["D3"] == .date(XLSXDate(year: 2019, month: 9, day: 1, hour: 8, minute: 30)))
        #expect(sheet["D5"] == .date(XLSXDate(year: 2008, month: 2, day: 29)))
        #expect(sheet["E2"] == .number(16))
        #expect(sheet["E3"] == .number(12.5))
        #expect(sheet["F2"] == .bool(true))
        #expect(sheet["F3"] == .bool(false))
    }

    @Test func rosterFormulaResultsEmptyRowAndSparseCells() throws {
        let sheet = try #require(try read("roster.xlsx").sheet(named: "教师"))
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 5])
        #expect(sheet["B5"] == .text("张伟老师"))      // t="str": a formula's text result
        #expect(sheet["E5"] == .number(28.5))          // a formula's number result
        #expect(sheet["F5"] == .error("#N/A"))
        #expect(sheet["G5"] == nil)
        #expect(sheet["H5"] == .text("区级骨干"))
        #expect(sheet.rows[3].cells.map(\.reference.description) == ["A5", "B5", "C5", "D5", "E5", "F5", "H5"])
        #expect(sheet["G2"] == nil)
        let schools = try #require(try read("roster.xlsx").sheet(named: "学校"))
        #expect(schools["A2"] == .text("舞阳县第一实验小学"))
        // LibreOffice has no boolean type: TRUE without a boolean number format is written as 1.
        #expect(schools["B2"] == .number(1))
    }

    @Test func dateMangledSlotFromCSV() throws {
        let book = try read("slots.xlsx")
        let sheet = try #require(book.sheets.first)
        #expect(book.sheets.count == 1)
        #expect(sheet["B1"] == .text("时段"))
        #expect(sheet["B2"] == .date(XLSXDate(year: 2025, month: 1, day: 1)))
        #expect(sheet["B3"] == .text("周二第2节"))
        #expect(sheet["C2"] == .number(2))
    }

    @Test func workbookIn1904DateSystem() throws {
        let sheet = try #require(try read("epoch1904.xlsx").sheet(named: "日期"))
        #expect(sheet["A1"] == .text("入校时间"))
        #expect(sheet["A2"] == .date(XLSXDate(year: 2015, month: 9, day: 1)))
    }
}
