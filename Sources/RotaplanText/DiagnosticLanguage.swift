import RotaplanDomain
import RotaplanFormats

/// Diagnostics in the user's language (issue 17 item 5): the frame `FILE:LINE:COL:
/// SEVERITY: PATH: message [source]` stays, the record path stays as the file spells it,
/// the severity word and the message are English or Chinese. English is the text the
/// formats give (`description`, byte for byte); Chinese is rendered here, case by case.
extension Diagnostic {
    /// The one line in `language`.
    public func text(_ language: Language) -> String {
        framed(severity: severity.word(language), message: text.text(language))
    }
}

extension Diagnostic.Severity {
    /// `error` / `错误`, `warning` / `警告`, `note` / `提示`.
    public func word(_ language: Language) -> String {
        switch (self, language) {
        case (_, .en): return rawValue
        case (.error, .zh): return "错误"
        case (.warning, .zh): return "警告"
        case (.note, .zh): return "提示"
        }
    }
}

extension InstanceError {
    /// Every diagnostic, one line each, in `language`.
    public func text(_ language: Language) -> String { diagnostics.map { $0.text(language) }.joined(separator: "\n") }
}

extension DiagnosticText {
    /// The message in `language`; quoted words stay as they are.
    public func text(_ language: Language) -> String {
        parts.map { part in
            switch part {
            case let .words(w): return w
            case let .message(m): return m.text(language)
            }
        }.joined()
    }
}

extension DiagnosticMessage {
    /// The message in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return description
        case .zh: return zh
        }
    }

    /// The message in Chinese: one rendering per case (a new case without one does not compile).
    public var zh: String {
        switch self {
        case let .field(p): return p.zh
        case let .json(p): return "JSON 格式错误：\(p.zh)"
        case let .instance(p): return p.zh
        case let .policy(p): return p.zh
        case let .csv(p): return p.zh
        case let .pins(p): return p.zh
        case let .solution(p): return p.zh
        case let .file(p): return p.zh
        case let .horizon(p): return p.zh
        }
    }
}

extension RecordRef {
    /// `teachers[3] (T0004)` as it is; a CSV row as `groups.csv 第 2 行 (G1)`.
    var zh: String {
        switch self {
        case let .record(r): return r.description
        case let .row(file, line, id): return "\(file) 第 \(line) 行" + (id.map { " (\($0))" } ?? "")
        }
    }
}

extension JSONKind {
    var zh: String {
        switch self {
        case .null: return "null（空值）"
        case .bool: return "true/false（是否值）"
        case .number: return "数字"
        case .string: return "字符串"
        case .list: return "列表 […]"
        case .object: return "对象 {…}"
        }
    }
}

extension JSONExpected {
    var zh: String {
        switch self {
        case .object: return "对象 {…}"
        case .list: return "列表 […]"
        case .string: return "字符串"
        case .bool: return "true 或 false"
        case .number: return "数字"
        case .wholeNumber: return "整数"
        case .nonEmptyString: return "非空字符串"
        case .subjectCounts: return "对象 {学科: 人数}"
        }
    }
}

/// A unit of the key table (`years`, `yuan`) in Chinese; other units as they are.
func chineseUnit(_ unit: String) -> String {
    switch unit {
    case "": return ""
    case "years": return "年"
    case "yuan": return "元"
    case "minutes": return "分钟"
    case "km": return "公里"
    case "days": return "天"
    case "students": return "名学生"
    case "schools": return "所学校"
    case "teachers": return "名教师"
    default: return unit
    }
}
