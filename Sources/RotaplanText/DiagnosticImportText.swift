import RotaplanFormats

/// The Chinese of the CSV importer's messages (docs/import.md).
extension ImportProblem {
    static let saveAsHintZh = "请在 Excel 中用 文件 › 另存为 › “CSV UTF-8(逗号分隔)(*.csv)”，或在 WPS 中选择 UTF-8 编码"

    var zh: String {
        switch self {
        case let .notYesNo(t): return "“\(t)”不是是/否值；请写 是 或 否（也可写 true/false、Y/N、1/0、√，留空表示否）"
        case let .notNumber(t, thousands, whole):
            return "“\(t)”不是\(whole ? "整数" : "数字")" + (thousands ? "；请不要用千位分隔符，例如写 1200" : "")
        case let .notWholeNumber(t): return "“\(t)”不是整数"
        case let .lessonNotWhole(what, t): return "\(what == "day" ? "星期" : what == "period" ? "节次" : what)“\(t)”不是整数"
        case let .workbook(p): return p.zh
        case .noPlanSheets: return "工作簿中没有 exchanges、placements 或 lessons 工作表（报告的 plan.xlsx 中有）"
        case let .tooLarge(t, most): return "“\(t)”太大（最多 \(most)）"
        case let .tooSmall(t, least): return "“\(t)”太小（至少 \(least)）"
        case let .notTime(t): return "“\(t)”不是时刻；请写成 HH:MM，例如 08:00"
        case let .notSlot(t): return "“\(t)”不是课时；请写 星期-节次，例如 1-3 表示周一第 3 节（也可写 周一第3节），多个课时用 ; 分隔（1-3;2-5）"
        case let .slotDayOutside(t, d, days): return "课时 \(t)：星期 \(d) 不在一周之内；星期为 1 到 \(days)"
        case let .slotPeriodOutside(t, p, periods): return "课时 \(t)：第 \(p) 节不在一天之内；节次为 1 到 \(periods)"
        case let .unknownStage(t, names): return "未知的学段“\(t)”；请写 \(names.joined(separator: "、")) 之一"
        case let .unknownGroupType(t): return "未知的集团类型“\(t)”；请写 紧密型、联盟型、区域型 或 合作型"
        case let .unknownTag(t): return "未知的标签“\(t)”；请写 核心、新建、薄弱、乡村 或 民办"
        case let .unknownTitle(t): return "未知的职称“\(t)”；请写 高级、一级、二级 或 无，或正式名称，如 正高级教师、一级教师、中学高级教师"
        case let .notBackbone(t): return "“\(t)”不是是/否值，也不是骨干级别；请写 是 或 否，或 市级骨干、区级骨干、县级骨干、学科带头人 等"
        case let .several(list): return list.map(\.zh).joined(separator: "；")
        case let .ambiguousName(v, school, ids):
            return "有 \(ids.count) 个\(school ? "学校" : "集团")名为“\(v)”（\(ids.joined(separator: "、"))）；请改写编号"
        case let .unknownNoFile(v, school):
            return "未知的\(school ? "学校" : "集团")“\(v)”：没有给出\(school ? "学校" : "集团")文件，或该文件没有数据行"
        case let .unknownName(v, school, closest):
            return "未知的\(school ? "学校" : "集团")“\(v)”" + (closest.map { "；是不是“\($0)”？" } ?? "")
                + "（不是\(school ? "学校" : "集团")文件中的编号或名称）"
        case let .emptyCell(key): return "单元格为空；每一行都需要 \(key)"
        case let .locationHalf(lon): return "位置需要同时填写纬度和经度（\(lon ? "经度 lon" : "纬度 lat") 为空）"
        case let .notItinerant(header, value): return "该教师没有标为走教（\(header) 为 \(value)）；请清空此单元格，或把 走教 标为 是"
        case let .notOnExchange(header, value): return "该教师没有标为交流中（\(header) 为 \(value)）；请清空此单元格，或把 交流状态 标为 是"
        case let .periodNumber(k, n): return "这是当天第 \(k) 节（节次按文件中的顺序编号），但单元格写的是 \(n)"
        case let .daysDiffer(days, row): return "第 \(row) 行写一周 \(days) 天；天数只写一次，或每行写同一个数"
        case let .daysOutOfRange(n): return "\(n) 超出范围；一周有 1 到 7 个上课日"
        case .calendarWithoutPeriods: return "作息表中没有节次（每节一行：开始、结束）"
        case let .fileRequired(table, option, sheet): return "必须给出 \(table) 文件（\(option) 文件，或 --workbook 中名为“\(sheet)”的工作表）"
        case let .readAsGBK(assumed):
            return "文件不是 UTF-8；已按 \(assumed)（中文 Windows 和旧版 Excel 的编码）读取；如果名字显示不对，\(Self.saveAsHintZh)"
        case .demandWithoutCalendar: return "走教需求需要学校作息表（天数和节次）来安排课时；请给出作息表文件（--calendar）"
        case let .duplicateID(id, first): return "编号“\(id)”重复；第 \(first) 行已使用"
        case let .headerlessColumn(c, row): return "第 \(c) 列没有表头，但第 \(row) 行在该列有值；请给该列命名或删除它"
        case let .requiredGivenTwice(subject, other): return "\(subject) 的编制已在“\(other)”列给出"
        case let .unknownColumn(raw, closest, table, names):
            return "未知的列“\(raw)”；是不是“\(closest)”？（\(table) 文件可用的列：\(names)；见 rotaplan import --help）"
        case let .sameColumnTwice(key, column, header): return "此列表示 \(key)，与第 \(column) 列（“\(header)”）相同；请只保留一列"
        case let .requiredColumnMissing(key, aliases): return "表头缺少必需的列“\(key)”（\(aliases.joined(separator: "/"))）"
        case let .valueBeyondHeader(c, width): return "该行第 \(c) 列有值，但表头只有 \(width) 列"
        case let .shortRow(cells, width, missing):
            return "该行有 \(cells) 个单元格，但表头有 \(width) 列；缺少：\(missing.joined(separator: "、"))（空单元格写成两个逗号之间什么都不写，使每行每列都有一个单元格）"
        case let .ignoredColumn(raw, filled, table):
            return "rotaplan 不读取“\(raw)”列：其中 \(filled) 个值被忽略（文件保留它们）；要使用它，请把表头改为 \(table) 文件可用的列名（rotaplan import --help），或以 # 开头保留该列而不再提示"
        case let .backboneLevels(list): return "骨干级别已读作 骨干 = 是（级别本身不进入实例）：\(list)"
        case .emptyFile: return "文件是空的"
        case let .unworded(text): return text
        case let .noPlanID(what): return "缺少\(what.zh)编号"
        case let .unknownPlanID(what, id): return "未知的\(what.zh) \(id)"
        case let .yearsNotWhole(v): return "年限“\(v)”不是整数"
        case .excelWorkbook: return "这是 Excel 工作簿（.xlsx/.xls），不是 CSV 文件；\(Self.saveAsHintZh)"
        case .utf32: return "文件编码是 UTF-32，不是 UTF-8；\(Self.saveAsHintZh)"
        case .oddUTF16: return "文件以 UTF-16 字节序标记开头，但字节数是奇数；\(Self.saveAsHintZh)"
        case .nulCharacters: return "文件含有 NUL 字符：它不是文本文件；\(Self.saveAsHintZh)"
        case .brokenUTF16: return "文件不是有效的 UTF-16（代理对损坏）；\(Self.saveAsHintZh)"
        case .nulBytes: return "文件含有 NUL 字节：它不是 UTF-8 文本文件（没有字节序标记的 UTF-16，或二进制的 .xls/.xlsx？）；\(Self.saveAsHintZh)"
        case let .notUTF8(hex, line, gbk):
            return "文件不是 UTF-8（第 \(line) 行的字节 \(hex) 不是有效的 UTF-8）"
                + (gbk ? "，也不是 GBK/GB18030" : "；可能是旧版 Excel 按 GBK/ANSI 保存的") + "；\(Self.saveAsHintZh)"
        case .textAfterQuote: return "带引号的单元格在结尾引号之后还有文字；单元格内的引号请写成两个引号（\"\"）"
        case .unclosedQuote: return "从这里开始的带引号单元格没有结尾引号（缺少 \"）"
        case .noHeader: return "文件是空的；需要一行写有列名的表头"
        case .semicolons: return "文件用分号（;）分隔，不是逗号；请另存为逗号分隔的 CSV（Excel：文件 › 另存为 › “CSV UTF-8(逗号分隔)(*.csv)”）或制表符分隔的文本"
        case let .noColumn(names): return "表头中没有 \(names.map { "“\($0)”" }.joined(separator: " 或 ")) 列"
        }
    }
}

extension ImportProblem.PlanRecord {
    var zh: String {
        switch self {
        case .teacher: return "教师"
        case .school: return "学校"
        case .newHire: return "新教师"
        }
    }
}
