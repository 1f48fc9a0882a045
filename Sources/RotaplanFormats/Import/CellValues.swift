import Foundation
import RotaplanDomain

/// How the text of one CSV cell becomes a value (docs/import.md "Conventions"). Each
/// function returns the value or a message saying what is wrong, in the principal's terms.
enum CellValues {
    /// Separators between the items of a list in one cell. When a cell has none of them,
    /// white space separates the items.
    static let listSeparators: Set<Character> = [";", "；", "、", "，", ",", "|", "/", "\n"]

    static func list(_ text: String) -> [String] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return [] }
        let parts: [Substring]
        if trimmed.contains(where: { listSeparators.contains($0) }) {
            parts = trimmed.split(whereSeparator: { listSeparators.contains($0) })
        } else {
            parts = trimmed.split(whereSeparator: { $0.isWhitespace })
        }
        return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    static let trueWords: Set<String> = ["true", "yes", "y", "t", "1", "是", "有", "对", "√", "✓", "✔", "☑"]
    static let falseWords: Set<String> = ["false", "no", "n", "f", "0", "否", "无", "不是", "×", "✗", "✘", "☐"]

    static func bool(_ text: String) -> Result<Bool, CellError> {
        let t = text.lowercased()
        if trueWords.contains(t) { return .success(true) }
        if falseWords.contains(t) { return .success(false) }
        return .failure(CellError(.notYesNo(text)))
    }

    /// A decimal number: digits with an optional sign, point and exponent (no thousands
    /// separators, no NaN or infinity).
    static func number(_ text: String) -> Result<Double, CellError> {
        let ok = !text.isEmpty && text.unicodeScalars.allSatisfy { "0123456789+-.eE".unicodeScalars.contains($0) }
            && text.unicodeScalars.contains { ("0"..."9").contains($0) }
        guard ok, let x = Double(text), x.isFinite else {
            if text.contains(",") || text.contains("，") {
                return .failure(CellError(.notNumber(text, thousands: true, whole: false)))
            }
            return .failure(CellError(.notNumber(text, thousands: false, whole: false)))
        }
        return .success(x)
    }

    /// A whole number; beyond ±10^15 it is "too large (at most …)" / "too small (at least
    /// …)" with the bounds of `range` (the column's own limits) rather than "not a whole
    /// number". Within ±10^15 the caller checks `range` with its own message.
    static func integer(_ text: String, in range: ClosedRange<Int>) -> Result<Int, CellError> {
        switch wholeNumber(text) {
        case .failure(let e): return .failure(e)
        case .success(let x):
            guard abs(x) < 1e15 else {
                return .failure(CellError(x > 0 ? .tooLarge(text, most: range.upperBound) : .tooSmall(text, least: range.lowerBound)))
            }
            return .success(Int(x))
        }
    }

    /// A whole number as JSON for the loader, which checks the field's range: a huge one
    /// is passed on (`1e+20`) so that its message gives the field's limit.
    /// A whole number (written as a number, so the loader checks its range).
    static func wholeNumber(_ text: String) -> Result<Double, CellError> {
        switch number(text) {
        case .failure(let e):
            return .failure(CellError(e.asWholeNumber))
        case .success(let x):
            guard x == x.rounded() else { return .failure(CellError(.notWholeNumber(text))) }
            return .success(x)
        }
    }

    /// A time of day, `H:MM`, `HH:MM` or `HH:MM:SS` (seconds 00), also with a full-width
    /// colon; returned as `HH:MM`.
    static func time(_ text: String) -> Result<String, CellError> {
        let parts = text.replacingOccurrences(of: "：", with: ":").split(separator: ":", omittingEmptySubsequences: false)
        let fail = Result<String, CellError>.failure(CellError(.notTime(text)))
        guard parts.count == 2 || (parts.count == 3 && parts[2] == "00"),
              (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return fail }
        return .success((h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)")
    }

    /// Dashes accepted between the day and the period of a slot.
    static let slotDashes: Set<Character> = ["-", "－", "–", "—", "~", "～"]

    /// A list of `day-period` slots (`1-3;2-5`), both 1-based and plain digits, or with the
    /// weekday (`周二第2节`, `Tue P2`, ``weekdaySlot(_:)``); a cell that is a date as text
    /// (`2025/1/3`, `1月3日`) is the slot Excel made a date of (``dateSlot``). `days` and
    /// `periods` are the calendar's, when known.
    static func slots(_ text: String, days: Int?, periods: Int?) -> Result<[[Int]], CellError> {
        let whole = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let md = textDate(whole) {
            return dateSlot(month: md.month, day: md.day, hasTime: false, shown: whole, days: days, periods: periods).map { [$0] }
        }
        var out: [[Int]] = []
        for item in list(joinWeekdaySlots(text).replacingOccurrences(of: " ", with: ";")) {
            let d: Int, p: Int
            if let w = weekdaySlot(item) {
                (d, p) = w
            } else {
                // Exactly two runs of ASCII digits around one dash: a sign or a second dash
                // (-1-3, 1--3, 1-+3) is not dropped to make another slot.
                let pieces = item.split(omittingEmptySubsequences: false, whereSeparator: { slotDashes.contains($0) }).map(String.init)
                guard pieces.count == 2, pieces.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                      let day = Int(pieces[0]), let period = Int(pieces[1]) else {
                    return .failure(CellError(.notSlot(item)))
                }
                (d, p) = (day, period)
            }
            if d < 1 || d > (days ?? 7) {
                return .failure(CellError(.slotDayOutside(item, day: d, days: days ?? 7)))
            }
            if p < 1 || p > (periods ?? 48) {
                return .failure(CellError(.slotPeriodOutside(item, period: p, periods: periods ?? 48)))
            }
            out.append([d, p])
        }
        return .success(out)
    }

    /// Whether a slot cell was written as a date (``textDate(_:)``).
    static func looksLikeDate(_ text: String) -> Bool { textDate(text.trimmingCharacters(in: .whitespacesAndNewlines)) != nil }

    static func stage(_ text: String) -> Result<Stage, CellError> {
        if let s = Stage(rawValue: text.lowercased()) ?? InstanceReader.chineseStages[text] { return .success(s) }
        let names = InstanceReader.chineseStages.sorted { $0.value.rawValue < $1.value.rawValue }.map { "\($0.key) (\($0.value.rawValue))" }
        return .failure(CellError(.unknownStage(text, names: names)))
    }

    static func groupType(_ text: String) -> Result<GroupType, CellError> {
        if let g = GroupType(rawValue: text.lowercased()) ?? InstanceReader.chineseGroupTypes[text] { return .success(g) }
        return .failure(CellError(.unknownGroupType(text)))
    }

    static let chineseTags: [String: SchoolTag] = [
        "核心": .core, "核心校": .core, "新建": .new, "新建校": .new, "薄弱": .weak, "薄弱校": .weak,
        "乡村": .rural, "农村": .rural, "乡村学校": .rural, "民办": .private, "民办学校": .private,
    ]

    static func tag(_ text: String) -> Result<SchoolTag, CellError> {
        if let t = SchoolTag(rawValue: text.lowercased()) ?? chineseTags[text] { return .success(t) }
        return .failure(CellError(.unknownTag(text)))
    }
}

/// What is wrong with one cell.
struct CellError: Error, Sendable {
    var problem: ImportProblem
    init(_ problem: ImportProblem) { self.problem = problem }
    /// A message not yet a case of ``ImportProblem`` (``ImportProblem/unworded(_:)``).
    init(_ message: String) { problem = .unworded(message) }
    /// The problem in English.
    var message: String { problem.description }

    /// "is not a number" said of a cell that needs a whole number.
    var asWholeNumber: ImportProblem {
        if case let .notNumber(t, thousands, _) = problem { return .notNumber(t, thousands: thousands, whole: true) }
        return problem
    }
}

/// Edit distance for "did you mean" hints on headers.
enum HeaderHint {
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }

    /// The accepted name nearest to `name`, when it is close: at most 2 edits
    /// (``FieldReader/closest(_:in:)``) and at most 1 for names of up to 3 letters, so
    /// that 备注 does not suggest 姓名 but 姓明 does. `strict` (for ids, where S9 and S1
    /// are simply different schools) asks for fewer edits than half the letters.
    static func closest(_ name: String, in accepted: [String], strict: Bool = false) -> String? {
        guard let best = FieldReader.closest(name, in: accepted) else { return nil }
        let d = distance(name.lowercased(), best.lowercased())
        let longest = max(name.count, best.count)
        if strict { return d * 2 < longest ? best : nil }
        return d <= (longest <= 3 ? 1 : 2) && d < longest ? best : nil
    }
}
