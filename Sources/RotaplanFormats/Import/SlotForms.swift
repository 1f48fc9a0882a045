import Foundation
import RotaplanDomain

/// The further ways a slot is written in a bureau's sheets (docs/import.md, "Slots"; issue
/// 17 item 3): with the weekday (`周二第2节`, `星期二第2节`, `周二2`, `Tue P2`), and as the
/// date Excel made of a typed `1-3` (Chinese and US Excel read it as 1月3日: the month is
/// the day, the day of the month the period): `2025/1/3`, `2025-01-03`, `1月3日`, a date
/// cell or a date serial of a workbook.
extension CellValues {
    static let weekdays: [(names: [String], day: Int)] = [
        (["一", "mon", "monday"], 1), (["二", "tue", "tues", "tuesday"], 2), (["三", "wed", "wednesday"], 3),
        (["四", "thu", "thur", "thurs", "thursday"], 4), (["五", "fri", "friday"], 5),
        (["六", "sat", "saturday"], 6), (["日", "天", "sun", "sunday"], 7),
    ]

    /// `Tue P2` → `Tue-P2` before a cell's items are split at spaces.
    static func joinWeekdaySlots(_ text: String) -> String {
        guard let re = try? NSRegularExpression(pattern: "(?i)\\b(mon|tue|wed|thu|fri|sat|sun)([a-z]*)\\s+(p?\\d)") else { return text }
        return re.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "$1$2-$3")
    }

    /// A slot written with its weekday, or nil when `item` is not such a form.
    static func weekdaySlot(_ item: String) -> (day: Int, period: Int)? {
        var s = Substring(item.lowercased())
        for prefix in ["星期", "礼拜", "周"] where s.hasPrefix(prefix) {
            s = s.dropFirst(prefix.count)
            break
        }
        let letters = s.prefix { !($0.isASCII && $0.isNumber) && !"第-－–—~～ p".contains($0) }
        guard let day = weekdays.first(where: { $0.names.contains(String(letters)) })?.day,
              letters.count < item.count else { return nil }
        var rest = s.dropFirst(letters.count).drop { "第-－–—~～ p".contains($0) }
        if rest.hasSuffix("节") { rest = rest.dropLast() }
        guard (1...2).contains(rest.count), rest.allSatisfy({ $0.isASCII && $0.isNumber }), let p = Int(rest) else { return nil }
        return (day, p)
    }

    /// The month and day of a date written as text (`2025/1/3`, `2025-01-03`, `2025年1月3日`,
    /// `1月3日`, `1/3/2025` is not read), or nil.
    static func textDate(_ item: String) -> (month: Int, day: Int)? {
        if item.hasSuffix("日"), let m = item.firstIndex(of: "月") {
            let dayPart = item[item.index(after: m)..<item.index(before: item.endIndex)]
            var monthPart = item[..<m]
            if let y = monthPart.firstIndex(of: "年") { monthPart = monthPart[monthPart.index(after: y)...] }
            guard let month = Int(monthPart), let day = Int(dayPart) else { return nil }
            return (month, day)
        }
        let parts = item.split(whereSeparator: { $0 == "/" || $0 == "-" }).map(String.init)
        guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]), let day = Int(parts[2]), Int(parts[0]) != nil else { return nil }
        return (month, day)
    }

    /// The date of a workbook cell in a slot column: a date cell, or a whole number a date
    /// serial (from 1900-12-31 on, so never a count), or nil.
    static func excelDate(_ value: XLSXValue?) -> XLSXDate? {
        switch value {
        case .date(let d)?: return d
        case .number(let n)? where n >= 367 && n == n.rounded(): return ExcelDate.date(serial: n, date1904: false)
        default: return nil
        }
    }

    /// The slot of a date Excel made of a typed `day-period`; the error explains the fix.
    static func dateSlot(month: Int, day: Int, hasTime: Bool, shown: String, days: Int?, periods: Int?) -> Result<[Int], CellError> {
        guard !hasTime, (1...(days ?? 7)).contains(month), (1...(periods ?? 48)).contains(day) else {
            return .failure(CellError(.workbook(.dateNotSlot(shown))))
        }
        return .success([month, day])
    }
}
