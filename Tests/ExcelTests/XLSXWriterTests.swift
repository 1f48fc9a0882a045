import Foundation
import Testing
@testable import RotaplanFormats

/// The writer: sheet names as Excel allows them, deterministic bytes, a round trip through
/// our reader, and through LibreOffice (its CSV reading of our bytes is committed, made by
/// scripts/make-xlsx-fixtures.sh, so CI needs no LibreOffice).
@Suite struct XLSXWriterTests {
    /// The workbook of the committed fixture Tests/Fixtures/xlsx/written.xlsx.
    static let sample: [XLSXWriter.Sheet] = [
        XLSXWriter.Sheet(name: "教师", rows: [
            ["编号", "姓名", "职称", "入校时间", "课时", "骨干", "备注"].map { .text($0) },
            [.text("T01"), .text("张伟"), .text("高级教师"), .date(XLSXDate(year: 2015, month: 9, day: 1)), .number(16), .bool(true), nil],
            [.text("T02"), .text("李娜"), .text("一级教师"), .date(XLSXDate(year: 2019, month: 9, day: 1, hour: 8, minute: 30)),
             .number(12.5), .bool(false), .text("病休，\"下学期\"返岗 & <复查>")],
            [],
            [.text("T03"), .text(" 王芳 "), .text("正高级教师"), .date(XLSXDate(year: 2008, month: 2, day: 29)), .number(-0.25),
             nil, .text("第一行\n第二行")],
        ]),
        XLSXWriter.Sheet(name: "走教 课表", rows: [
            [.text("班级"), .text("时段"), .text("学时"), .text("费用")],
            [.text("C1"), .text("周二第2节"), .number(2), .number(1234567.5)],
            [.text("C2"), .text("2025/1/1"), .number(0.1), .number(100000)],
        ]),
    ]

    @Test func writerFixture() throws {
        let bytes = try XLSXWriter.workbook(Self.sample)
        if let path = ProcessInfo.processInfo.environment["ROTAPLAN_WRITE_XLSX_FIXTURE"] {
            try bytes.write(to: URL(fileURLWithPath: path))
        }
        let committed = try Data(contentsOf: ExcelFixtures.url("written.xlsx"))
        #expect(bytes == committed, "the writer's bytes changed: run scripts/make-xlsx-fixtures.sh and review the CSV diff")
    }

    @Test func sameSheetsGiveTheSameBytes() throws {
        #expect(try XLSXWriter.workbook(Self.sample) == XLSXWriter.workbook(Self.sample))
    }

    @Test func roundTripThroughOurReader() throws {
        let book = try XLSXReader().read(try XLSXWriter.workbook(Self.sample), fileName: "plan.xlsx")
        #expect(book.sheets.map(\.name) == ["教师", "走教 课表"])
        for (sheet, written) in zip(book.sheets, Self.sample) {
            let expected = written.rows.enumerated().compactMap { r, row -> XLSXRow? in
                let cells = row.enumerated().compactMap { c, value in
                    value.map { XLSXCell(CellReference(row: r + 1, column: c + 1), $0) }
                }
                return cells.isEmpty ? nil : XLSXRow(number: r + 1, cells: cells)
            }
            #expect(sheet.rows == expected)
        }
    }

    /// What LibreOffice shows for each cell, as its CSV export writes it.
    private static func shown(_ value: XLSXValue?) -> String {
        let text: String
        switch value {
        case nil: text = ""
        case let .text(s): text = s
        case let .number(x): text = WorkbookXML.number(x)
        case let .bool(b): text = b ? "TRUE" : "FALSE"
        case let .error(e): text = e
        case let .date(d):
            text = d.hasTime ? d.description.replacingOccurrences(of: "T", with: " ") : d.description
        }
        return text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    @Test func libreOfficeReadsWhatWeWrote() throws {
        for sheet in Self.sample {
            let csv = try String(contentsOf: ExcelFixtures.url("written-\(sheet.name).csv"), encoding: .utf8)
            let width = sheet.rows.map(\.count).max() ?? 0
            let expected: [String] = sheet.rows.map { row in
                (0..<width).map { k -> String in Self.shown(k < row.count ? row[k] : nil) }.joined(separator: ",")
            }
            let lines: [String] = csv.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            let expectedLines: [String] = expected.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false)
                .map(String.init)
            #expect(lines == expectedLines)
        }
    }

    @Test func headerIsBoldAndFrozenAndDatesHaveAFormat() throws {
        let text = try sheetXML(XLSXWriter.workbook(Self.sample))
        #expect(text.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(text.contains(#"<c r="A1" s="1" t="s"><v>0</v></c>"#))
        #expect(text.contains(#"<c r="D2" s="2"><v>42248</v></c>"#))
        // Widths: at least 8; a date and time 19 + 2; CJK characters count two.
        #expect(text.contains(#"<col min="2" max="2" width="8" customWidth="1"/>"#))
        #expect(text.contains(#"<col min="4" max="4" width="21" customWidth="1"/>"#))
        #expect(text.contains(#"<col min="7" max="7" width="29" customWidth="1"/>"#))
    }

    private func sheetXML(_ data: Data) throws -> String {
        // Parts are stored uncompressed: the sheet's XML is in the bytes as written.
        let text = String(decoding: data, as: UTF8.self)
        let start = try #require(text.range(of: "<worksheet"))
        let end = try #require(text.range(of: "</worksheet>", range: start.upperBound..<text.endIndex))
        return String(text[start.lowerBound..<end.upperBound])
    }

    @Test(arguments: [
        ("", "sheet name \"\": a sheet name cannot be empty"),
        (String(repeating: "长", count: 32), "sheet name \"\(String(repeating: "长", count: 32))\": longer than Excel's 31 characters"),
        ("2025/2026", "sheet name \"2025/2026\": Excel does not allow / in a sheet name"),
        ("教师[1]", "sheet name \"教师[1]\": Excel does not allow [ in a sheet name"),
        ("a:b", "sheet name \"a:b\": Excel does not allow : in a sheet name"),
        ("谁?", "sheet name \"谁?\": Excel does not allow ? in a sheet name"),
        ("x*", "sheet name \"x*\": Excel does not allow * in a sheet name"),
        ("a\\b", "sheet name \"a\\b\": Excel does not allow \\ in a sheet name"),
        ("'引号", "sheet name \"'引号\": a sheet name cannot start or end with '"),
        ("history", "sheet name \"history\": Excel keeps the name History for itself"),
    ])
    func badSheetNames(name: String, message: String) {
        #expect(throws: XLSXWriter.Failure.self) { try XLSXWriter.workbook([XLSXWriter.Sheet(name: name, rows: [])]) }
        #expect(failure { try XLSXWriter.workbook([XLSXWriter.Sheet(name: name, rows: [])]) } == message)
    }

    @Test func sheetNamesAreUniqueIgnoringCase() throws {
        #expect(failure { try XLSXWriter.workbook([.init(name: "Plan", rows: []), .init(name: "plan", rows: [])]) }
                == "sheet name \"plan\" is used twice (Excel ignores case)")
        #expect(failure { try XLSXWriter.workbook([]) } == "a workbook needs at least one sheet")
        _ = try XLSXWriter.workbook([.init(name: String(repeating: "长", count: 31), rows: [])])
    }

    @Test func valuesExcelCannotHold() {
        #expect(failure { try XLSXWriter.workbook([.init(name: "S", rows: [[nil, .number(.nan)]])]) }
                == "sheet S, cell B1: a number that is not finite (NaN or infinity)")
        #expect(failure { try XLSXWriter.workbook([.init(name: "S", rows: [[], [.date(XLSXDate(year: 1899, month: 12, day: 31))]])]) }
                == "sheet S, cell A2: 1899-12-31 is not a date Excel can hold (1900-01-01 to 9999-12-31)")
    }

    @Test func controlCharactersAndEscapesRoundTrip() throws {
        let texts = ["a\u{1}b", "tab\there", "cr\rlf", "_x0041_ literal", "&<>\"'"]
        let data = try XLSXWriter.workbook([.init(name: "S", rows: [texts.map { .text($0) }])])
        let sheet = try #require(try XLSXReader().read(data, fileName: "s.xlsx").sheets.first)
        #expect(sheet.rows.first?.cells.map(\.value) == texts.map { .text($0) })
    }

    private func failure(_ body: () throws -> Data) -> String? {
        do { _ = try body(); return nil } catch { return (error as? XLSXWriter.Failure)?.description }
    }
}
