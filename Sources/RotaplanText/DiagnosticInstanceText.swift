import RotaplanFormats

/// The Chinese of the instance loader's messages (MODEL.md §2, docs/instance-format.md).
extension InstanceProblem {
    var zh: String {
        switch self {
        case let .topLevelNotObject(found): return "最外层应为一个包含实例的对象 {…}，实际是\(found.zh)"
        case let .unknownFormat(f, expected): return "“\(f)”不是 rotaplan 能读的格式；应为“\(expected)”"
        case .noSchools: return "实例中没有学校"
        case .noPeriods: return "作息表中没有节次"
        case let .periodEndsBeforeStart(end, start): return "这一节的结束时间（\(end)）不晚于开始时间（\(start)）"
        case let .periodOverlaps(start, previous, end):
            return "开始于 \(start)，早于第 \(previous) 节结束（\(end)）；节次须按时间顺序排列且不重叠"
        case let .notTimeOfDay(s): return "“\(s)”不是时刻；请写成 HH:MM，例如“08:00”"
        case let .slotNotPair(found): return "课时应为列表 [星期, 节次]，实际是\(found.zh)"
        case let .unknownStage(s, known): return "未知的学段“\(s)”；请用 \(known.joined(separator: "、")) 之一"
        case let .unknownTag(t, known): return "未知的标签“\(t)”；请用 \(known.joined(separator: "、"))"
        case let .unknownGroupType(t, known): return "未知的集团类型“\(t)”；请用 \(known.joined(separator: "、"))"
        case let .unknownTitle(t): return "未知的职称“\(t)”；请用 senior（高级）、first（一级）、second（二级）或 none（无）"
        case let .unknownSchool(s): return "未知的学校“\(s)”"
        case let .unknownGroup(g): return "未知的集团“\(g)”"
        case let .unknownTeacher(t): return "未知的教师“\(t)”"
        case let .subjectTwice(subject, key): return "学科 \(subject) 出现了两次（“\(key)”即 \(subject)）"
        case let .duplicateID(first): return "编号重复；\(first.zh) 已使用此编号"
        case .groupWithoutMembers: return "集团至少需要一所成员校"
        case let .coreAsMember(m): return "\(m) 是该集团的核心校，不能同时作为成员校"
        case let .listedTwice(m): return "\(m) 列出了两次"
        case let .schoolInTwoGroups(school, group, first):
            return "学校 \(school) 已属于集团 \(group)（\(first.zh)）；一所学校最多属于一个集团"
        case .travelSameSchool: return "交通行须连接两所不同的学校"
        case let .travelTwice(from, to): return "\(from) → \(to) 有第二行；每个方向只写一次"
        case let .travelMissing(km, a, aName, b, bName, need):
            return "\(a)（\(aName)）与 \(b)（\(bName)）之间缺少\(km ? "公里数" : "通勤分钟数")，\(need.zh)需要它；请添加交通行，或给两所学校都填上位置"
        case let .travelMissingMore(count, unlocated, schools, named):
            return "另有 \(count) 对学校缺少交通数据（不逐一列出）；\(schools) 所学校中有 \(unlocated) 所没有位置（\(named)）：请给每所学校填上位置，或添加交通行"
        case .demandWithoutCalendar: return "走教需求（walkingDemand）需要作息表（天数和节次）来安排课时"
        case let .demandTwice(c, school, subject, first):
            return "\(school) 的 \(c) 班 \(subject) 有第二行；walkingDemand[\(first)] 已有此行"
        case .exchangeFromOwnSchool: return "“from”（人事关系所在学校）就是该教师任教的学校；交流应到另一所学校"
        case let .termStartsAfterYear(since, year): return "交流期从 \(since) 年开始，晚于实例的学年 \(year)"
        case let .termOver(since, last, year, school):
            return "交流期 \(since)…\(last) 到 \(year) 年已结束：该教师应已回到 \(school)（请先把上一年结转过来）"
        case .termNeedsYear: return "交流期需要实例的“year”（规划的学年，例如 2025）"
        case .traineesNeedYear: return "培育对象（trainees）需要实例的“year”（规划的学年，例如 2025）"
        case let .trainingEnded(lastYear, year):
            return "培育已于 \(lastYear) 年结束，早于实例的学年 \(year)：该培育对象现在应是教师（请先把上一年结转过来）"
        }
    }
}

extension InstanceProblem.TravelNeed {
    var zh: String {
        switch self {
        case let .exchangeInGroup(g): return "集团 \(g) 内的交流"
        case .exchangeAcrossGroups: return "跨集团交流"
        case let .walking(t): return "\(t) 的走教"
        }
    }
}
