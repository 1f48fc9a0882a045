import Foundation
import Testing
@testable import RotaplanFormats

/// The reader on small hand-built workbooks: value types, sparse and unnumbered rows and
/// cells, date styles and both date systems.
@Suite struct XLSXReaderTests {
    private func sheet(_ rows: String, sharedStrings: [String] = [], styles: String? = nil, workbookPr: String = "") throws -> XLSXSheet {
        let data = try ExcelFixtures.workbook(rows: rows, sharedStrings: sharedStrings, styles: styles, workbookPr: workbookPr)
        return try #require(try XLSXReader().read(data, fileName: "t.xlsx").sheets.first)
    }

    @Test func rowsAndCellsWithoutReferencesFollowTheOneBefore() throws {
        let s = try sheet(#"<row><c><v>1</v></c><c t="inlineStr"><is><t>x</t></is></c></row><row><c/><c><v>2</v></c></row>"#
                          + #"<row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>"#)
        #expect(s.rows.map(\.number) == [1, 2, 5])
        #expect(s["A1"] == .number(1))
        #expect(s["B1"] == .text("x"))
        #expect(s["A2"] == nil)
        #expect(s["B2"] == .number(2))
        #expect(s["C5"] == .number(3))
        #expect(s["D5"] == .number(4))
    }

    @Test func inlineRichTextJoinsRunsWithoutPhoneticGuides() throws {
        let s = try sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>高级</t></r><r><t>教师</t></r>"#
                          + #"<rPh sb="0" eb="2"><t>gaoji</t></rPh></is></c><c r="B1" t="s"><v>0</v></c></row>"#,
                          sharedStrings: ["a_x000D_b &amp; c"])
        #expect(s["A1"] == .text("高级教师"))
        #expect(s["B1"] == .text("a\rb & c"))
    }

    @Test func lineEndsInTextAreNormalisedButEscapedCarriageReturnsKept() throws {
        let s = try sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>一\r\n二\r三</t></is></c>"
                          + "<c r=\"B1\" t=\"inlineStr\"><is><t>a&#13;b</t></is></c></row>")
        #expect(s["A1"] == .text("一\n二\n三"))
        #expect(s["B1"] == .text("a\rb"))
    }

    @Test func typesOfCells() throws {
        let s = try sheet(#"<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="e"><v>#DIV/0!</v></c>"#
                          + #"<c r="C1" t="d"><v>2015-09-01T08:30:00</v></c><c r="D1" t="str"><f>A1</f><v>张</v></c>"#
                          + #"<c r="E1"><f>1+1</f><v>2</v></c><c r="F1" t="n"><v>-1.5E3</v></c><c r="G1" s="0"/></row>"#)
        #expect(s.rows[0].cells.map(\.value) == [.bool(true), .error("#DIV/0!"),
                                                 .date(XLSXDate(year: 2015, month: 9, day: 1, hour: 8, minute: 30)),
                                                 .text("张"), .number(2), .number(-1500)])
    }

    static let styles = #"<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/>"#
        + ##"<numFmt numFmtId="165" formatCode="#,##0.00 &quot;元/天&quot;"/></numFmts>"##
        + #"<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>"#
        + #"<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs>"#

    @Test func numberCellsInDateFormatsAreDates() throws {
        let s = try sheet(#"<row r="1"><c r="A1" s="0"><v>42248</v></c><c r="B1" s="1"><v>42248</v></c><c r="C1" s="2"><v>42248</v></c>"#
                          + #"<c r="D1" s="3"><v>42248</v></c><c r="E1" s="4"><v>42248</v></c><c r="F1" s="9"><v>42248</v></c>"#
                          + #"<c r="G1" s="1"><v>-3</v></c></row>"#, styles: Self.styles)
        let sept1 = XLSXValue.date(XLSXDate(year: 2015, month: 9, day: 1))
        #expect(s.rows[0].cells.map(\.value) == [.number(42248), sept1, sept1, .number(42248), sept1, .number(42248), .number(-3)])
    }

    @Test func date1904System() throws {
        let s = try sheet(#"<row r="1"><c r="A1" s="1"><v>40786</v></c><c r="B1" s="1"><v>0</v></c></row>"#,
                          styles: Self.styles, workbookPr: #"<workbookPr date1904="1"/>"#)
        #expect(s["A1"] == .date(XLSXDate(year: 2015, month: 9, day: 1)))
        #expect(s["B1"] == .date(XLSXDate(year: 1904, month: 1, day: 1)))
    }

    @Test(arguments: [
        (1.0, XLSXDate(year: 1900, month: 1, day: 1)),
        (59.0, XLSXDate(year: 1900, month: 2, day: 28)),
        (60.0, XLSXDate(year: 1900, month: 2, day: 29)),      // Excel's fictitious day
        (61.0, XLSXDate(year: 1900, month: 3, day: 1)),
        (42248.5, XLSXDate(year: 2015, month: 9, day: 1, hour: 12)),
        (43709.999999999, XLSXDate(year: 2019, month: 9, day: 2)),
        (45658.0, XLSXDate(year: 2025, month: 1, day: 1)),
        (2_958_465.0, XLSXDate(year: 9999, month: 12, day: 31)),
    ])
    func serials1900(serial: Double, date: XLSXDate) {
        #expect(ExcelDate.date(serial: serial, date1904: false) == date)
        #expect(ExcelDate.serial(of: date).map { ($0 - serial).magnitude < 1e-5 } == true)
    }

    @Test func serialsOutOfRangeStayNumbers() {
        #expect(ExcelDate.date(serial: -1, date1904: false) == nil)
        #expect(ExcelDate.date(serial: 3_000_000, date1904: false) == nil)
        #expect(ExcelDate.date(serial: .nan, date1904: false) == nil)
        #expect(ExcelDate.serial(of: XLSXDate(year: 1899, month: 12, day: 31)) == nil)
        #expect(ExcelDate.serial(of: XLSXDate(year: 2025, month: 2, day: 29)) == nil)
    }

    @Test(arguments: [
        ("yyyy\\-mm\\-dd", true), ("m/d/yy", true), ("h:mm", true), ("[$-804]yyyy\"年\"m\"月\"d\"日\"", true),
        ("General", false), ("@", false), ("\"TRUE\";\"TRUE\";\"FALSE\"", false), ("[Red]0.00", false),
        ("0.00 \"元/天\"", false), ("#,##0_);(#,##0)", false), ("0%", false), ("0.00E+00", false), ("\\d0", false),
    ])
    func customDateFormats(code: String, isDate: Bool) {
        #expect(NumberFormat.isDate(code) == isDate)
    }

    @Test func builtInDateFormats() {
        #expect([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 31, 36, 50, 58].allSatisfy(NumberFormat.isBuiltInDate))
        #expect(![0, 1, 2, 9, 10, 11, 12, 13, 23, 37, 44, 48, 49, 59].contains(where: NumberFormat.isBuiltInDate))
    }

    @Test(arguments: [("A1", 1, 1), ("B7", 7, 2), ("z10", 10, 26), ("AA3", 3, 27), ("XFD1048576", 1_048_576, 16_384)])
    func cellReferences(text: String, row: Int, column: Int) throws {
        let reference = try #require(CellReference(text))
        #expect(reference == CellReference(row: row, column: column))
        #expect(reference.description == text.uppercased())
    }

    @Test(arguments: ["", "A", "7", "7B", "A1B", "$A$1", "ABCDE1", "A123456789"])
    func notCellReferences(text: String) {
        #expect(CellReference(text) == nil)
    }
}
