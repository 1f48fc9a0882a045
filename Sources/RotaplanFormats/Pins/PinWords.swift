import RotaplanDomain

/// The words a pins file may use (docs/pins.md): rule names in English and Chinese, the
/// CSV column headers, and the ways of writing a day. Matching ignores case, spaces,
/// hyphens and underscores, so `must-move-to`, `Must move to` and `MUST_MOVE_TO` are one.
public enum PinWords {
    /// The kinds of rule, before their target is resolved.
    public enum Kind: String, Sendable, CaseIterable {
        case mustMoveTo = "must-move-to"
        case mustStay = "must-stay"
        case mustNotGoTo = "must-not-go-to"
        case mentor
        case notOnDay = "not-on-day"

        /// What the target column holds for this rule (for messages), nil: no target.
        var target: PinProblem.Target? {
            switch self {
            case .mustMoveTo, .mustNotGoTo: return .school
            case .mustStay: return nil
            case .mentor: return .mentor
            case .notOnDay: return .day
            }
        }
    }

    /// Every accepted rule word, canonical English first, then Chinese (docs/pins.md).
    public static let rules: [(kind: Kind, words: [String])] = [
        (.mustMoveTo, ["must-move-to", "move-to", "must-go-to", "go-to", "必须调往", "调往", "必须交流到", "交流到", "去"]),
        (.mustStay, ["must-stay", "stay", "必须留任", "留任", "不交流", "不调动"]),
        (.mustNotGoTo, ["must-not-go-to", "not-go-to", "must-not-move-to", "not-to", "不得调往", "不调往", "不去"]),
        (.mentor, ["mentor", "mentored-by", "导师", "指定导师", "师傅"]),
        (.notOnDay, ["not-on-day", "not-on", "day-off", "不排课", "不上课", "不走教"]),
    ]

    /// Lower case without spaces, hyphens and underscores.
    static func normal(_ s: String) -> String {
        s.lowercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "_" }
    }

    private static let ruleByWord: [String: Kind] = {
        var map: [String: Kind] = [:]
        for (kind, words) in rules { for w in words { map[normal(w)] = kind } }
        return map
    }()

    /// The rule a word names, if any.
    public static func rule(_ word: String) -> Kind? { ruleByWord[normal(word)] }

    /// CSV columns: `who`, `rule`, `target`, with their accepted header names; columns named
    /// like a remark (备注, note…) or starting with `#` are ignored.
    static let columns: [(key: String, names: [String])] = [
        ("who", ["who", "person", "teacher", "id", "对象", "人员", "教师", "工号", "编号", "教师编号"]),
        ("rule", ["rule", "pin", "规则", "要求", "约束"]),
        ("target", ["target", "school", "mentor", "day", "目标", "学校", "导师", "日期", "星期", "参数"]),
    ]

    /// Headers accepted and ignored.
    static let ignored = ["序号", "备注", "说明", "注释", "no.", "note", "notes", "remark", "remarks", "comment", "comments", "姓名", "name"]

    /// The column a header names, if any.
    static func column(_ header: String) -> String? {
        let h = normal(header)
        return columns.first { $0.names.contains { normal($0) == h } }?.key
    }

    private static let chineseDigits: [Character: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7, "七": 7]
    private static let englishDays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// A day of the week as written in a pins file: `3`, `day 3`, `d3`, `周三`, `星期三`,
    /// `礼拜三`, `周3`, `第3天`, `wednesday`/`wed` (Monday/周一 is day 1, Sunday/周日 day 7).
    /// The number is plain ASCII digits, optionally followed by `.0` as a spreadsheet
    /// writes a whole number: a sign, a range, a fraction or an exponent (`-1`, `+2`,
    /// `0-1`, `1-2`, `1.`, `1.5`, `1e0`) is not a day, rather than another day made by
    /// dropping characters. nil when the text is not a day.
    public static func day(_ text: String) -> Int? {
        var s = text.lowercased().filter { !$0.isWhitespace }
        if let d = plainNumber(s) { return d }
        if let i = englishDays.firstIndex(where: { $0 == s || String($0.prefix(3)) == s }) { return i + 1 }
        for prefix in ["day", "d", "星期", "礼拜", "周", "第"] where s.hasPrefix(prefix) {
            s.removeFirst(prefix.count)
            if s.hasSuffix("天") && prefix == "第" { s.removeLast() }
            if let d = plainNumber(s) { return d }
            if s.count == 1, let d = chineseDigits[s.first!] { return d }
            return nil
        }
        return nil
    }

    /// `3`, `03` or `3.0`: ASCII digits (at most 9, so no overflow) and an optional
    /// fraction of zeros.
    private static func plainNumber(_ s: String) -> Int? {
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, (1...9).contains(whole.count), whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy({ $0 == "0" }) { return nil }
        return Int(whole)
    }
}
