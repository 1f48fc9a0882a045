import Foundation
import RotaplanFormats
import RotaplanText

/// `plan.xlsx` beside a report's CSVs (issue 17 item 6): one sheet per CSV, named by the
/// file's stem, with the same header in the report's language and the same cells,
/// numbers as numbers. The bytes are deterministic (``XLSXWriter``).
public enum ReportWorkbook {
    public static let file = "plan.xlsx"

    /// A report's tables: the CSV file's stem and its cells.
    public typealias Table = (name: String, table: CSVTable)

    /// The workbook of `tables`, in that order.
    public static func bytes(_ tables: [Table]) throws(XLSXWriter.Failure) -> Data {
        try XLSXWriter.workbook(tables.map(sheet))
    }

    /// One sheet: the header row, then the rows; an empty text is an empty cell.
    static func sheet(_ t: Table) -> XLSXWriter.Sheet {
        let header: [XLSXValue?] = t.table.header.map { .text($0) }
        let rows: [[XLSXValue?]] = t.table.rows.map { row in
            row.map { cell -> XLSXValue? in
                switch cell {
                case let .text(s): return s.isEmpty ? nil : .text(s)
                case let .integer(n): return .number(Double(n))
                case let .number(x): return .number(x)
                }
            }
        }
        return XLSXWriter.Sheet(name: t.name, rows: [header] + rows)
    }
}

extension PlanReport {
    /// The tables of the CSV files, in ``files`` order.
    public func tables(_ lang: ReportLanguage) -> [ReportWorkbook.Table] {
        [("metrics", metricsTable(lang)), ("schools", schoolsTable(lang)), ("exchanges", exchange.exchangesTable(lang)),
         ("placements", training.placementsTable(lang)), ("lessons", walking.lessonsTable(lang)), ("costs", costsTable(lang)),
         ("reasons", (reasons ?? ReasonsTable(instance: instance, reasons: .empty)).table(lang))]
    }
}

extension TrainingReport {
    /// The tables of the CSV files, in ``files`` order.
    public func tables(_ lang: ReportLanguage) -> [ReportWorkbook.Table] {
        [("placements", placementsTable(lang)), ("mentors", mentorsTable(lang)), ("arrivals", arrivalsTable(lang))]
    }
}

extension WalkingReport {
    /// The table of lessons.csv.
    public func tables(_ lang: ReportLanguage) -> [ReportWorkbook.Table] { [("lessons", lessonsTable(lang))] }
}
