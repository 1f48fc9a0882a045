import Foundation

/// Reads one worksheet part (ECMA-376 Part 1, §18.3): `<sheetData>`'s rows and cells into
/// typed values. Rows and cells may be sparse (`<c r="…">` skipping columns) or carry no
/// `r` at all (then each follows the one before); a cell with no value is left out, and
/// so is a row with none.
struct SheetReader {
    let file: String
    let sheet: String
    let part: String
    let sharedStrings: [String]
    let dateStyles: [Bool]
    let date1904: Bool

    func rows(_ bytes: [UInt8]) throws(XLSXError) -> [XLSXRow] {
        var rows: [XLSXRow] = []
        var rowNumber = 0, lastColumn = 0, cells: [XLSXCell] = []
        var cell: PendingCell?
        var inValue = false, inFormula = false
        try WorkbookParts.scan(bytes, part: part, file: file) { event throws(XLSXError) in
            switch event {
            case let .start("row", attributes, _):
                let number = try self.rowNumber(attributes["r"], after: rowNumber)
                rowNumber = number
                lastColumn = 0
                cells = []
            case .end("row"):
                if !cells.isEmpty { rows.append(XLSXRow(number: rowNumber, cells: cells)) }
                cells = []
            case let .start("c", attributes, _):
                if rowNumber == 0 { throw failure("a cell outside any row") }
                lastColumn = try column(attributes["r"], row: rowNumber, after: lastColumn)
                cell = PendingCell(column: lastColumn, type: attributes["t"] ?? "n",
                                   style: attributes["s"].flatMap { Int($0) } ?? 0)
            case .end("c"):
                if let pending = cell, let value = try value(of: pending, row: rowNumber) {
                    cells.append(XLSXCell(CellReference(row: rowNumber, column: pending.column), value))
                }
                cell = nil
            case .start("v", _, let selfClosing): inValue = !selfClosing
            case .end("v"): inValue = false
            case .start("f", _, let selfClosing): inFormula = !selfClosing
            case .end("f"): inFormula = false
            case let .text(s):
                if inValue, !inFormula { cell?.raw += s } else { cell?.inline.take(event) }
            default:
                cell?.inline.take(event)
            }
        }
        return rows
    }

    private struct PendingCell {
        let column: Int
        let type: String
        let style: Int
        var raw = ""
        var inline = TextCollector()
    }

    private func rowNumber(_ r: String?, after previous: Int) throws(XLSXError) -> Int {
        guard let r else {
            guard previous < CellReference.maxRow else { throw XLSXError(file: file, .tooManyRows(sheet: sheet, row: previous + 1)) }
            return previous + 1
        }
        guard let n = Int(r), n >= 1 else { throw failure("row number \"\(r)\" is not a number from 1") }
        guard n <= CellReference.maxRow else { throw XLSXError(file: file, .tooManyRows(sheet: sheet, row: n)) }
        guard n > previous else { throw failure("row \(n) comes after row \(previous)") }
        return n
    }

    private func column(_ r: String?, row: Int, after previous: Int) throws(XLSXError) -> Int {
        let column: Int
        if let r {
            guard let reference = CellReference(r), reference.row >= 1, reference.column >= 1 else {
                throw failure("row \(row): \"\(r)\" is not a cell reference")
            }
            guard reference.row == row else { throw failure("cell \(r) is inside row \(row)") }
            column = reference.column
        } else {
            column = previous + 1
        }
        guard column <= CellReference.maxColumn else {
            throw XLSXError(file: file, .tooManyColumns(sheet: sheet, row: row, column: column))
        }
        guard column > previous else {
            throw failure("cell \(CellReference(row: row, column: column)) comes after \(CellReference(row: row, column: previous))")
        }
        return column
    }

    private func value(of cell: PendingCell, row: Int) throws(XLSXError) -> XLSXValue? {
        let reference = CellReference(row: row, column: cell.column)
        func bad(_ type: String) -> XLSXError {
            XLSXError(file: file, .badCellValue(sheet: sheet, cell: reference, type: type, value: cell.raw))
        }
        switch cell.type {
        case "inlineStr":
            return .text(cell.inline.text)
        case "s":
            guard !cell.raw.isEmpty else { return nil }
            guard let index = Int(cell.raw.trimmed) else { throw bad("shared-string index") }
            guard sharedStrings.indices.contains(index) else {
                throw XLSXError(file: file, .sharedStringOutOfRange(sheet: sheet, cell: reference, index: index, count: sharedStrings.count))
            }
            return .text(sharedStrings[index])
        case "str":
            return .text(NumberFormat.unescape(cell.raw))
        case "b":
            switch cell.raw.trimmed {
            case "": return nil
            case "1", "true": return .bool(true)
            case "0", "false": return .bool(false)
            default: throw bad("boolean (0 or 1)")
            }
        case "e":
            return cell.raw.isEmpty ? nil : .error(cell.raw)
        case "d":
            guard !cell.raw.isEmpty else { return nil }
            guard let date = Self.isoDate(cell.raw.trimmed) else { throw bad("date (yyyy-mm-ddThh:mm:ss)") }
            return .date(date)
        case "n":
            let text = cell.raw.trimmed
            guard !text.isEmpty else { return nil }
            guard text.utf8.allSatisfy({ Self.numberBytes.contains($0) }), let number = Double(text), number.isFinite else {
                throw bad("number")
            }
            if dateStyles.indices.contains(cell.style), dateStyles[cell.style],
               let date = ExcelDate.date(serial: number, date1904: date1904) {
                return .date(date)
            }
            return .number(number)
        default:
            throw XLSXError(file: file, .badCellValue(sheet: sheet, cell: reference, type: "cell type (n, s, str, inlineStr, b, e, d)", value: cell.type))
        }
    }

    private static let numberBytes = Set("0123456789+-.eE".utf8)

    /// The ISO 8601 dates of `t="d"` cells: `2015-09-01`, `2015-09-01T08:30:00(.000)(Z)`.
    static func isoDate(_ text: String) -> XLSXDate? {
        let parts = text.split(separator: "T", maxSplits: 1)
        let ymd = parts[0].split(separator: "-").compactMap { Int($0) }
        guard ymd.count == 3 else { return nil }
        var hms = [0, 0, 0]
        if parts.count == 2 {
            let time = parts[1].prefix { $0 != "Z" && $0 != "." && $0 != "+" }.split(separator: ":").compactMap { Int($0) }
            guard (2...3).contains(time.count) else { return nil }
            for (k, v) in time.enumerated() { hms[k] = v }
        }
        let date = XLSXDate(year: ymd[0], month: ymd[1], day: ymd[2], hour: hms[0], minute: hms[1], second: hms[2])
        return ExcelDate.serial(of: date) == nil ? nil : date
    }

    private func failure(_ detail: String) -> XLSXError {
        XLSXError(file: file, .badCellReference(sheet: sheet, detail: detail))
    }
}

private extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
