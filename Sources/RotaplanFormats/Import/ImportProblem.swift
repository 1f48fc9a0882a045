/// What the CSV importer says about files, headers and cells (docs/import.md, issue 17).
public enum ImportProblem: Sendable, Equatable, CustomStringConvertible {
    // Cells (``CellValues``, ``OfficialNames``).
    case notYesNo(String)
    case notNumber(String, thousands: Bool, whole: Bool)
    case notWholeNumber(String)
    /// import-plan --lessons: a day or period that is not a whole number.
    case lessonNotWhole(String, String)
    /// import-plan --workbook: no sheet of a plan.
    case noPlanSheets
    /// The workbook reader, dates, date-made slots (``WorkbookProblem``).
    case workbook(WorkbookProblem)
    case tooLarge(String, most: Int)
    case tooSmall(String, least: Int)
    case notTime(String)
    case notSlot(String)
    case slotDayOutside(String, day: Int, days: Int)
    case slotPeriodOutside(String, period: Int, periods: Int)
    /// `names`: `初中 (junior)`, as the file may write them.
    case unknownStage(String, names: [String])
    case unknownGroupType(String)
    case unknownTag(String)
    case unknownTitle(String)
    case notBackbone(String)
    /// Several problems of one cell (a list of slots).
    case several([ImportProblem])
    /// `school`: a school, else a group.
    case ambiguousName(String, school: Bool, ids: [String])
    case unknownNoFile(String, school: Bool)
    case unknownName(String, school: Bool, closest: String?)
    case emptyCell(key: String)
    case locationHalf(missingLon: Bool)
    case notItinerant(header: String, value: String)
    case notOnExchange(header: String, value: String)
    case periodNumber(expected: Int, found: String)
    case daysDiffer(days: String, row: Int)
    case daysOutOfRange(String)
    case calendarWithoutPeriods
    // Files and headers (``ImportRun``).
    case fileRequired(table: String, option: String, sheet: String)
    case readAsGBK(assumed: String)
    case demandWithoutCalendar
    case duplicateID(String, firstRow: Int)
    case headerlessColumn(column: Int, row: Int)
    case requiredGivenTwice(subject: String, column: String)
    case unknownColumn(String, closest: String, table: String, names: String)
    case sameColumnTwice(key: String, column: Int, header: String)
    case requiredColumnMissing(key: String, aliases: [String])
    case valueBeyondHeader(column: Int, width: Int)
    case shortRow(cells: Int, width: Int, missing: [String])
    case ignoredColumn(String, filled: Int, table: String)
    case backboneLevels(String)
    case emptyFile
    /// A sentence not yet a case of its own (code written before messages were data): shown
    /// as written in either language. Each one is a translation still to make.
    case unworded(String)
    // A plan read back from the report's CSV files (`rotaplan import-plan`).
    case noPlanID(PlanRecord)
    case unknownPlanID(PlanRecord, String)
    case yearsNotWhole(String)
    // Reading the bytes (``CSVReader``).
    case excelWorkbook
    case utf32
    case oddUTF16
    case nulCharacters
    case brokenUTF16
    case nulBytes
    /// `triedGBK`: the bytes were not GB18030 either.
    case notUTF8(byte: String, line: Int, triedGBK: Bool)
    case textAfterQuote
    case unclosedQuote
    case noHeader
    case semicolons
    case noColumn([String])

    /// What a plan's cell names.
    public enum PlanRecord: String, Sendable, Equatable { case teacher, school, newHire = "new hire" }

    public var description: String {
        switch self {
        case let .notYesNo(t): return "\"\(t)\" is not a yes/no value; write 是 or 否 (also true/false, Y/N, 1/0, √, or leave the cell empty for no)"
        case let .notNumber(t, thousands, whole):
            return "\"\(t)\" is not a \(whole ? "whole number" : "number")" + (thousands ? "; write it without thousands separators, e.g. 1200" : "")
        case let .notWholeNumber(t): return "\"\(t)\" is not a whole number"
        case let .lessonNotWhole(what, t): return "\(what) \"\(t)\" is not a whole number"
        case let .workbook(p): return p.description
        case .noPlanSheets: return "the workbook has no sheet exchanges, placements or lessons (the report's plan.xlsx has them)"
        case let .tooLarge(t, most): return "\"\(t)\" is too large (at most \(most))"
        case let .tooSmall(t, least): return "\"\(t)\" is too small (at least \(least))"
        case let .notTime(t): return "\"\(t)\" is not a time of day; write it as HH:MM, e.g. 08:00"
        case let .notSlot(t): return "\"\(t)\" is not a slot; write day-period, e.g. 1-3 for day 1, period 3 (or 周一第3节), and separate slots with ; (1-3;2-5)"
        case let .slotDayOutside(t, d, days): return "slot \(t): day \(d) is outside the week; days run from 1 to \(days)"
        case let .slotPeriodOutside(t, p, periods): return "slot \(t): period \(p) is outside the day; periods run from 1 to \(periods)"
        case let .unknownStage(t, names): return "unknown stage \"\(t)\"; write one of \(names.joined(separator: ", "))"
        case let .unknownGroupType(t): return "unknown group type \"\(t)\"; write 紧密型 (tight), 联盟型 (alliance), 区域型 (regional) or 合作型 (cooperative)"
        case let .unknownTag(t): return "unknown tag \"\(t)\"; write 核心 (core), 新建 (new), 薄弱 (weak), 乡村 (rural) or 民办 (private)"
        case let .unknownTitle(t):
            return "unknown title \"\(t)\"; write 高级 (senior), 一级 (first), 二级 (second) or 无 (none), or an official name such as 正高级教师, 一级教师 or 中学高级教师"
        case let .notBackbone(t): return ImportProblem.notYesNo(t).description + ", or a backbone level such as 市级骨干, 区级骨干, 县级骨干 or 学科带头人"
        case let .several(list): return list.map(\.description).joined(separator: "; ")
        case let .ambiguousName(v, school, ids):
            return "\(ids.count) \(school ? "school" : "group")s are named \"\(v)\" (\(ids.joined(separator: ", "))); write the id instead"
        case let .unknownNoFile(v, school):
            return "unknown \(school ? "school" : "group") \"\(v)\": no \(school ? "schools" : "groups") file was given, or it has no rows"
        case let .unknownName(v, school, closest):
            return "unknown \(school ? "school" : "group") \"\(v)\"" + (closest.map { "; did you mean \"\($0)\"?" } ?? "")
                + " (not an id or name in the \(school ? "schools" : "groups") file)"
        case let .emptyCell(key): return "the cell is empty; every row needs a \(key)"
        case let .locationHalf(lon):
            return "a location needs both the latitude and the longitude (\(lon ? "经度 lon" : "纬度 lat") is empty)"
        case let .notItinerant(header, value): return "the teacher is not marked 走教 (\(header) is \(value)); empty this cell or mark 走教 as 是"
        case let .notOnExchange(header, value): return "the teacher is not marked 交流中 (\(header) is \(value)); empty this cell or mark 交流状态 as 是"
        case let .periodNumber(k, n): return "this is period \(k) of the day (periods are numbered in file order) but the cell says \(n)"
        case let .daysDiffer(days, row): return "the week has \(days) days in row \(row); give the days once, or the same number in every row"
        case let .daysOutOfRange(n): return "\(n) is out of range; a week has 1 to 7 school days"
        case .calendarWithoutPeriods: return "the calendar has no periods (one row per period: start, end)"
        case let .fileRequired(table, option, sheet): return "the \(table) file is required (\(option) FILE, or a sheet named \(sheet) in --workbook)"
        case let .readAsGBK(assumed):
            return "the file is not UTF-8; it was read as \(assumed), the encoding of Chinese Windows and older Excel; if names look wrong, \(CSVReader.saveAsHint)"
        case .demandWithoutCalendar:
            return "walking demand needs the school calendar (days and periods) to place its slots; give a calendar file (--calendar)"
        case let .duplicateID(id, first): return "duplicate id \"\(id)\"; row \(first) already has it"
        case let .headerlessColumn(c, row): return "column \(c) has no header but row \(row) has a value in it; name the column or delete it"
        case let .requiredGivenTwice(subject, other): return "the 编制 of \(subject) is already given in the column \"\(other)\""
        case let .unknownColumn(raw, closest, table, names):
            return "unknown column \"\(raw)\"; did you mean \"\(closest)\"? (the \(table) file takes \(names); see rotaplan import --help)"
        case let .sameColumnTwice(key, column, header): return "this column means \(key), like column \(column) (\"\(header)\"); keep one of them"
        case let .requiredColumnMissing(key, aliases):
            return "the required column \"\(key)\" (\(aliases.joined(separator: "/"))) is missing from the header"
        case let .valueBeyondHeader(c, width): return "the row has a value in column \(c) but the header has only \(width) columns"
        case let .shortRow(cells, width, missing):
            return "the row has \(cells) cells but the header has \(width) columns; missing: \(missing.joined(separator: ", ")) (write an empty cell as nothing between two commas, so that every row has a cell for every column)"
        case let .ignoredColumn(raw, filled, table):
            return "column \"\(raw)\" is not one rotaplan reads: its \(filled) value\(filled == 1 ? " is" : "s are") ignored (the file keeps them); to use it, rename the header to one the \(table) file takes (rotaplan import --help), or start it with # to keep it without this warning"
        case let .backboneLevels(list): return "backbone levels read as backbone = true (the level itself is not part of the instance): \(list)"
        case .emptyFile: return "the file is empty"
        case let .unworded(text): return text
        case let .noPlanID(what): return "no \(what.rawValue) id"
        case let .unknownPlanID(what, id): return "unknown \(what.rawValue) \(id)"
        case let .yearsNotWhole(v): return "years \"\(v)\" is not a whole number"
        case .excelWorkbook: return "this is an Excel workbook (.xlsx/.xls), not a CSV file; \(CSVReader.saveAsHint)"
        case .utf32: return "the file is UTF-32, not UTF-8; \(CSVReader.saveAsHint)"
        case .oddUTF16: return "the file starts with a UTF-16 byte-order mark but has an odd number of bytes; \(CSVReader.saveAsHint)"
        case .nulCharacters: return "the file contains NUL characters: it is not a text file; \(CSVReader.saveAsHint)"
        case .brokenUTF16: return "the file is not valid UTF-16 (a broken surrogate pair); \(CSVReader.saveAsHint)"
        case .nulBytes:
            return "the file contains NUL bytes: it is not a UTF-8 text file (UTF-16 without a byte-order mark, or a binary .xls/.xlsx?); \(CSVReader.saveAsHint)"
        case let .notUTF8(hex, line, gbk):
            return "the file is not UTF-8 (byte \(hex) at line \(line) is not valid UTF-8)"
                + (gbk ? ", nor GBK/GB18030" : "; it was probably saved as GBK/ANSI by an older Excel") + "; \(CSVReader.saveAsHint)"
        case .textAfterQuote: return "text after the closing quote of a quoted cell; write a quote inside a quoted cell as two quotes (\"\")"
        case .unclosedQuote: return "the quoted cell that starts here is never closed (a missing \")"
        case .noHeader: return "the file is empty; it needs a header line with the column names"
        case .semicolons: return "the file is separated by semicolons (;), not commas; \(CSVReader.semicolonHint)"
        case let .noColumn(names): return "no column \(names.map { "\"\($0)\"" }.joined(separator: " or ")) in the header"
        }
    }
}
