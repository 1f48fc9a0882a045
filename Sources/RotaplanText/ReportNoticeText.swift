/// The words of a school's printable notice (`notices/SCHOOL.html`, issue 17 item 6), in
/// both languages: headings, table columns, the year line and the signature line.
public enum ReportNoticeText: Sendable, CaseIterable {
    case title, leaving, arriving, hires, visiting, costs, none
    case teacher, subject, toSchool, fromSchool, newHire, host, arrivalYear
    case home, className, day, period, time
    case allowance, transport, walkingWeekly, walkingYearly
    case signature, date

    public var text: Bilingual {
        switch self {
        case .title: return Bilingual(en: "Plan notice", zh: "方案通知")
        case .leaving: return Bilingual(en: "Teachers leaving", zh: "调出教师")
        case .arriving: return Bilingual(en: "Teachers arriving", zh: "调入教师")
        case .hires: return Bilingual(en: "New hires arriving", zh: "到岗新教师")
        case .visiting: return Bilingual(en: "Visiting teachers' timetable", zh: "走教教师课表")
        case .costs: return Bilingual(en: "Costs charged to the school (yuan)", zh: "本校承担费用（元）")
        case .none: return Bilingual(en: "None.", zh: "无。")
        case .teacher: return Bilingual(en: "Teacher", zh: "教师")
        case .subject: return Bilingual(en: "Subject", zh: "学科")
        case .toSchool: return Bilingual(en: "To", zh: "去向学校")
        case .fromSchool: return Bilingual(en: "From", zh: "原学校")
        case .newHire: return Bilingual(en: "New hire", zh: "新教师")
        case .host: return Bilingual(en: "Trained at", zh: "培育学校")
        case .arrivalYear: return Bilingual(en: "Arrives in school year", zh: "到岗学年")
        case .home: return Bilingual(en: "Home school", zh: "所属学校")
        case .className: return Bilingual(en: "Class", zh: "班级")
        case .day: return Bilingual(en: "Day", zh: "星期")
        case .period: return Bilingual(en: "Period", zh: "节次")
        case .time: return Bilingual(en: "Time", zh: "时间")
        case .allowance: return Bilingual(en: "Exchange allowance a year", zh: "交流补贴（每年）")
        case .transport: return Bilingual(en: "Exchange transport a year", zh: "交流交通费（每年）")
        case .walkingWeekly: return Bilingual(en: "Walking transport a week", zh: "走教交通费（每周）")
        case .walkingYearly: return Bilingual(en: "Walking transport a year", zh: "走教交通费（每年）")
        case .signature: return Bilingual(en: "Principal's signature", zh: "校长签字")
        case .date: return Bilingual(en: "Date", zh: "日期")
        }
    }

    /// The line naming the plan: its instance and, when known, its school year (§11).
    public static func planLine(instance: String, year: Int?) -> Bilingual {
        guard let y = year else { return Bilingual(en: "Plan: \(instance)", zh: "方案：\(instance)") }
        let next = String(format: "%02d", (y + 1) % 100)
        return Bilingual(en: "Plan: \(instance), school year \(y)–\(next)", zh: "方案：\(instance)，\(y)–\(next) 学年")
    }

    /// "Year 2 of training" style arrival: the school year the hire starts (§5).
    public static func arrival(years: Int, planYear: Int?) -> Bilingual {
        guard let y = planYear else { return Bilingual(en: "after \(years) year(s)", zh: "\(years) 年后") }
        let s = y + years, next = String(format: "%02d", (s + 1) % 100)
        return Bilingual(en: "\(s)–\(next)", zh: "\(s)–\(next) 学年")
    }
}
