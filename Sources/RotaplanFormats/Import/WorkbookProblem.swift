/// What the workbook reader, the dates and the date-made slots of the importer report
/// (docs/import.md §7–§11), as data; English here, Chinese in RotaplanText.
public enum WorkbookProblem: Sendable, Equatable, CustomStringConvertible {
    case tableTwice(table: String, option: String, sheet: String)
    case noPolicySheet
    case tableAlreadySheet(table: String, sheet: String)
    case emptySheet
    case sheetNotRead(names: String)
    case noSheetOfTable(table: String, names: String)
    case noSheetNamed(String, has: String)
    case sheetEmpty
    case notDate(String)
    case notSex(String)
    case dateNotSlot(String)
    case dateSlotsRead(String)
    case datesDisagree(dateYears: String, header: String, given: String)
    case datesCountedTo(year: Int, fromOption: Bool)
    case statutoryRetirementAges
    case retirementAges(men: Int?, women: Int?)

    public var description: String {
        switch self {
        case let .tableTwice(table, option, sheet): return "the \(table) table is given twice: by \(option) and by the workbook's sheet \(sheet); give it once"
        case .noPolicySheet: return "no sheet named 政策 (policy) in the workbook"
        case let .tableAlreadySheet(table, sheet): return "the \(table) table is already the sheet \(sheet); keep one of them"
        case .emptySheet: return "the sheet is empty; it needs a header row with the column names"
        case let .sheetNotRead(names): return "the sheet is not read: its name is not one of the tables (\(names)); rename the tab to import it"
        case let .noSheetOfTable(table, names): return "no sheet of the \(table) table (\(names)) in the workbook"
        case let .noSheetNamed(sheet, has): return "the workbook has no sheet \"\(sheet)\" (it has \(has))"
        case .sheetEmpty: return "the sheet is empty"
        case let .notDate(t): return "\"\(t)\" is not a date; write it as 2019-09, 2019/9/1, 2019年9月 or 2019.09 (or use a date cell)"
        case let .notSex(t): return "\"\(t)\" is not 男 or 女"
        case let .dateNotSlot(shown):
            return "\"\(shown)\" is a date, not a slot: Excel turns a typed 1-3 into a date; format the column as Text (设置单元格格式 › 文本) before typing 1-3, or write 周一第3节"
        case let .dateSlotsRead(list):
            return "slots Excel had turned into dates were read as day-period, the month being the day and the day of the month the period (a typed 1-3 becomes 1月3日): \(list); to keep slots as typed, format the column as Text (设置单元格格式 › 文本) before typing"
        case let .datesDisagree(value, header, given): return "the date gives \(value) years but \(header) says \(given); the \(header) cell is used"
        case let .datesCountedTo(y, fromOption):
            let why = fromOption ? "from --year" : "this school year, as no --year was given; give --year to count to another"
            return "dates are counted in months to \(y)-09, the start of the \(y)–\(String((y + 1) % 100)) school year (\(why))"
        case .statutoryRetirementAges:
            return "years to retirement from 出生年月 and 性别 use the statutory ages of 国务院关于渐进式延迟法定退休年龄的办法 (2025-01-01): men 60 rising to 63, women professionals 55 rising to 58, one month later for every four months of birth from 1965-01 (men) and 1970-01 (women)"
        case let .retirementAges(men, women):
            return "years to retirement from 出生年月 and 性别 use men at \(men.map(String.init) ?? "the statutory age"), women at \(women.map(String.init) ?? "the statutory age") (--retirement-age)"
        }
    }
}
