import RotaplanFormats

/// Why a workbook could not be read (docs/import.md), in either language: English is the
/// reader's own `description`; Chinese is worded here from the same case.
extension XLSXError {
    /// `FILE: …` in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return description
        case .zh: return "\(file)：" + zh
        }
    }

    var zh: String {
        switch problem {
        case .notAZip: return "这不是 Excel 工作簿（.xlsx）：它不是 zip 压缩包；旧的 .xls 工作簿请先另存为 .xlsx"
        case let .unsupportedZip(what): return "这个 zip 压缩包无法作为工作簿读取：\(what)"
        case .noWorkbook: return "zip 压缩包里没有 Excel 工作簿（没有 xl/workbook.xml）"
        case let .missingPart(part): return "工作簿缺少部件 \(part)"
        case let .damagedPart(part): return "部件 \(part) 已损坏（无法解压或校验失败）"
        case let .badXML(part, detail): return "部件 \(part) 不是格式正确的 XML：\(detail)"
        case let .pathEscapes(part, target): return "部件 \(part) 指向工作簿之外的 \(target)；不予读取"
        case let .partTooLarge(part, limit): return "部件 \(part) 解压后超过 \(Self.size(limit))；不予读取（文件损坏或有恶意？）"
        case let .workbookTooLarge(limit): return "工作簿解压后超过 \(Self.size(limit))；不予读取（文件损坏或有恶意？）"
        case let .tooManyEntries(count, limit): return "zip 压缩包有 \(count) 个条目，超过工作簿允许的 \(limit) 个"
        case let .fileTooLarge(size, limit): return "文件有 \(Self.size(size))，超过工作簿允许的 \(Self.size(limit))"
        case let .unreadableFile(reason): return "无法读取文件：\(reason)"
        case let .tooManyRows(sheet, row): return "工作表 \(sheet) 第 \(row) 行：超出 Excel 的最后一行 \(CellReference.maxRow)"
        case let .tooManyColumns(sheet, row, column):
            return "工作表 \(sheet) 第 \(row) 行：第 \(column) 列超出 Excel 的最后一列 XFD（\(CellReference.maxColumn)）"
        case let .badCellReference(sheet, detail): return "工作表 \(sheet)：\(detail)"
        case let .sharedStringOutOfRange(sheet, cell, index, count):
            return "工作表 \(sheet) 单元格 \(cell)：共享字符串 \(index) 不存在（工作簿只有 \(count) 个）"
        case let .badCellValue(sheet, cell, type, value): return "工作表 \(sheet) 单元格 \(cell)：“\(value)”不是 \(type)"
        }
    }

    static func size(_ bytes: Int) -> String { bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) 字节" }
}
