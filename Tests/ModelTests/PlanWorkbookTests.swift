import Foundation
import Testing
import RotaplanDomain
import RotaplanFormats
import RotaplanModels
import RotaplanReports

/// plan.xlsx and the notices per school (issue 17 item 6) on the bundled Zhengdong plan.
@Suite struct PlanWorkbookTests {
    /// A CSV cell as the workbook reader gives it back (empty text is an empty cell).
    static func expected(_ c: CSVTable.Cell) -> XLSXValue? {
        switch c {
        case let .text(s): return s.isEmpty ? nil : .text(s)
        case let .integer(n): return .number(Double(n))
        case let .number(x): return .number(x)
        }
    }

    @Test func workbookHoldsEveryTableOfThePlanAndIsDeterministic() throws {
        let x = try zhengdong()
        let (plan, _) = try solvedPlan(x)
        for lang in ReportLanguage.allCases {
            let report = PlanReport(instance: x, solution: plan)
            let tables = report.tables(lang)
            #expect(tables.map(\.name) == ["metrics", "schools", "exchanges", "placements", "lessons", "costs", "reasons"])
            let bytes = try ReportWorkbook.bytes(tables)
            #expect(bytes == (try ReportWorkbook.bytes(PlanReport(instance: x, solution: plan).tables(lang))), "deterministic")
            let book = try XLSXReader().read(bytes, fileName: ReportWorkbook.file)
            #expect(book.sheets.map(\.name) == tables.map(\.name))
            for (sheet, t) in zip(book.sheets, tables) {
                let header = sheet.rows.first.map { r in t.table.header.indices.map { r[$0 + 1] } }
                #expect(header == t.table.header.map { XLSXValue.text($0) })
                #expect(sheet.rows.count == t.table.rows.count + 1, "\(sheet.name)")
                for (row, cells) in zip(sheet.rows.dropFirst(), t.table.rows) {
                    #expect(cells.indices.map { row[$0 + 1] } == cells.map(Self.expected), "\(sheet.name) row \(row.number)")
                }
            }
        }
    }

    @Test func everyReportHasItsSheets() throws {
        let x = try zhengdong()
        let (plan, _) = try solvedPlan(x)
        #expect(TrainingReport(instance: x, solution: plan).tables(.zh).map(\.name) == ["placements", "mentors", "arrivals"])
        #expect(WalkingReport(instance: x.afterExchange(plan.exchanges), solution: plan, explanations: []).tables(.en).map(\.name) == ["lessons"])
    }
}
