import RotaplanFormats

extension WorkbookProblem {
    /// The problem in Chinese (English: ``description``).
    var zh: String {
        switch self {
        case let .tableTwice(table, option, sheet): return "\(table) 表给了两次：\(option) 和工作簿中的工作表“\(sheet)”；只保留一个"
        case .noPolicySheet: return "工作簿中没有名为“政策”（policy）的工作表"
        case let .tableAlreadySheet(table, sheet): return "\(table) 表已经是工作表“\(sheet)”；只保留其中一个"
        case .emptySheet: return "工作表是空的；第一行应是列名"
        case let .sheetNotRead(names): return "未读取此工作表：它的名称不是任何一张表（\(names)）；要导入请重命名该工作表"
        case let .noSheetOfTable(table, names): return "工作簿中没有 \(table) 表的工作表（\(names)）"
        case let .noSheetNamed(sheet, has): return "工作簿中没有工作表“\(sheet)”（现有：\(has)）"
        case .sheetEmpty: return "工作表是空的"
        case let .notDate(t): return "“\(t)”不是日期；请写成 2019-09、2019/9/1、2019年9月 或 2019.09（或使用日期单元格）"
        case let .notSex(t): return "“\(t)”不是 男 或 女"
        case let .dateNotSlot(shown):
            return "“\(shown)”是日期而不是课时：Excel 会把输入的 1-3 变成日期；请在输入 1-3 之前把该列设为文本（设置单元格格式 › 文本），或写成 周一第3节"
        case let .dateSlotsRead(list):
            return "被 Excel 变成日期的课时已按 星期-节次 读取（月份为星期，日为节次；输入的 1-3 会变成 1月3日）：\(list)；要保留原样，请在输入前把该列设为文本（设置单元格格式 › 文本）"
        case let .datesDisagree(value, header, given): return "按日期算是 \(value) 年，但“\(header)”写的是 \(given)；采用“\(header)”单元格的值"
        case let .datesCountedTo(y, fromOption):
            let why = fromOption ? "来自 --year" : "本学年，因为没有给出 --year；要按其他学年计算请加 --year"
            return "日期按月计算到 \(y)-09，即 \(y)–\(String((y + 1) % 100)) 学年开始（\(why)）"
        case .statutoryRetirementAges:
            return "由出生年月和性别推算距退休年限，采用《国务院关于渐进式延迟法定退休年龄的办法》（2025-01-01 起）的法定年龄：男 60 岁逐步延至 63 岁，女专业技术人员 55 岁逐步延至 58 岁；1965-01（男）、1970-01（女）起每晚出生四个月推迟一个月"
        case let .retirementAges(men, women):
            return "由出生年月和性别推算距退休年限：男 \(men.map { "\($0) 岁" } ?? "按法定年龄")，女 \(women.map { "\($0) 岁" } ?? "按法定年龄")（--retirement-age）"
        }
    }
}
