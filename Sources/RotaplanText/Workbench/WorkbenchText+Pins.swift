import Foundation
import RotaplanText

/// The words of pins in the workbench (docs/pins.md): the dialog, the list, refusals.
extension WorkbenchText {
    public static let pins = Bilingual(en: "Pins (the principal's fixed rules)", zh: "固定规则")
    public static let noPins = Bilingual(en: "No pins: the solver decides every teacher and new hire.", zh: "没有固定规则：所有教师和新教师都由求解器决定。")
    public static let deletePin = Bilingual(en: "Remove", zh: "删除")
    public static let pinDialogTitle = Bilingual(en: "Pin a decision", zh: "固定一项安排")
    public static let pinRule = Bilingual(en: "Rule", zh: "规则")
    public static let pinTarget = Bilingual(en: "School, mentor or day", zh: "学校、导师或日期")
    public static let pinSave = Bilingual(en: "Save the pin", zh: "保存固定规则")
    public static let cancel = Bilingual(en: "Cancel", zh: "取消")
    public static let pinNextPlan = Bilingual(en: "Pins apply to the next plan of this year (re-plan to see them).",
                                              zh: "固定规则用于本学年下一次编制（重新编制后生效）。")

    /// The rule words of docs/pins.md, by their canonical English word.
    public static func pinRuleName(_ word: String) -> Bilingual {
        switch word {
        case "must-stay": Bilingual(en: "must stay", zh: "必须留任")
        case "must-move-to": Bilingual(en: "must move to", zh: "必须调往")
        case "must-not-go-to": Bilingual(en: "must not go to", zh: "不得调往")
        case "mentor": Bilingual(en: "mentor", zh: "导师")
        case "not-on-day": Bilingual(en: "no lessons on day", zh: "不排课")
        default: Bilingual(en: word, zh: word)
        }
    }

    public static func weekday(_ d: Int) -> Bilingual {
        let zh = ["一", "二", "三", "四", "五", "六", "日"]
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        guard (1...7).contains(d) else { return Bilingual(en: "day \(d)", zh: "第 \(d) 天") }
        return Bilingual(en: en[d - 1], zh: "周" + zh[d - 1])
    }

    /// One pin as the list shows it: `T0101 (秦春梅) must stay`, `N01 (李明) mentor T0102 (…)`.
    public static func pinLine(who: Bilingual, rule: String, target: Bilingual?) -> Bilingual {
        let r = pinRuleName(rule)
        var out = who.then(Bilingual(en: " ", zh: " ")).then(r)
        if let target { out = out.then(Bilingual(en: " ", zh: " ")).then(target) }
        return out
    }

    /// A pin the form gave that does not fit the year's roster: the form field and what
    /// the pins reader says about it (docs/pins.md), in both languages.
    public static func pinRefused(field: String, en: String, zh: String) -> Bilingual {
        Bilingual(en: "Form field “\(field)”: \(en)", zh: "表单项“\(pinFieldName(field).zh)”（\(field)）：\(zh)")
    }

    static func pinFieldName(_ field: String) -> Bilingual {
        switch field {
        case "who": Bilingual(en: "who", zh: "对象")
        case "rule": Bilingual(en: "rule", zh: "规则")
        default: Bilingual(en: "target", zh: "目标")
        }
    }

    public static let noRoster = Bilingual(en: "This year has no roster yet: upload one before pinning.",
                                           zh: "本学年还没有名册：请先上传名册再固定。")
}

extension WorkbenchText {
    /// A name or id that reads the same in both languages.
    public static func verbatim(_ s: String) -> Bilingual { Bilingual(en: s, zh: s) }
}
