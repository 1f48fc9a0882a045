/// Every rule and objective term of MODEL.md, once: its section, the prefix of the LP rows
/// that state it, the problem it belongs to and its name in English and Chinese.
///
/// Search a section number to land here, then follow the case name: the model writes its
/// rows under ``rowPrefix`` (`exchange.4.6.subject[S03,math]`), the checker reports a
/// broken rule as a ``Finding`` with the case, and RotaplanText renders that finding in
/// the user's language (`§4.6 subjects: …` / `§4.6 学科：…`).
///
/// The raw value is the rule's stable id in files and tests; it is the row prefix where
/// the rule has rows.
public enum RuleID: String, Sendable, CaseIterable, Hashable, Comparable {
    // MARK: §4 exchange 交流轮岗
    /// §4 the decision x[t,s]: the teacher and the schools a move names exist, and `from`
    /// is the teacher's school.
    case exchangeMove = "exchange.4.move"
    /// §4 E: only eligible teachers move (§2 eligibility, ``Eligibility``).
    case exchangeEligibility = "exchange.4.eligibility"
    /// §4 destinations: a school of the home group (of the home district's groups when
    /// allowCrossGroup), never the home school.
    case exchangeDestination = "exchange.4.destination"
    /// §4 τ(home(t), s) ≤ exchange.maxTravelMinutes, and the travel time is known.
    case exchangeTravel = "exchange.4.travel"
    /// §4 rule 1 (§4.1): at most one move per teacher.
    case exchangeOnce = "exchange.4.1.once"
    /// §4 rule 2 (§4.2): volume, ⌈minRate · |E_g| − 1e-9⌉ movers per group.
    case exchangeVolume = "exchange.4.2.volume"
    /// §4 rule 3 (§4.3): backbone share of the movers.
    case exchangeBackbone = "exchange.4.3.backbone"
    /// §4 rule 4 (§4.4): core protection.
    case exchangeCore = "exchange.4.4.core"
    /// §4 rule 5 (§4.5): headcount, |in(s) − out(s)| ≤ tol.
    case exchangeHeadcount = "exchange.4.5.headcount"
    /// §4 rule 6 (§4.6): subjects, final_k(s) ≥ min(R, count_k(s)).
    case exchangeSubject = "exchange.4.6.subject"
    /// §4 rule 7 (§4.7): budget per group, charged to the home group.
    case exchangeBudget = "exchange.4.7.budget"
    /// §7 rule 4.8: mentor reserve, inside `plan` only.
    case exchangeMentorReserve = "exchange.4.8.mentors"
    /// §4 the model as a whole: what an explanation says when it names no single rule (no
    /// explanation in time, a model too large for the memory).
    case exchangeModel = "exchange.4.model"

    // MARK: §4 objective terms (§8 objectiveTerms names)
    /// §4 objective: balance · Σ (dp + dn).
    case exchangeBalanceTerm = "exchange.4.obj.balance"
    /// §4 objective: travelHour · Σ x · τ / 60.
    case exchangeTravelTerm = "exchange.4.obj.travelHour"
    /// §4 objective: preferenceRank · Σ x · prefcost.
    case exchangePreferenceTerm = "exchange.4.obj.preferenceRank"
    /// §4 objective: shortage · Σ short(s,k).
    case exchangeShortageTerm = "exchange.4.obj.shortage"
    /// §4 objective: costPer10k · Σ cost · x / 10000.
    case exchangeCostTerm = "exchange.4.obj.costPer10k"
    /// §4 objective: − ruralForTitle · Σ x over title seekers sent to rural schools.
    case exchangeRuralTerm = "exchange.4.obj.ruralForTitle"

    // MARK: §5 first-station training 首站式培育
    /// §5 the decision p[n,m,s,L]: the new hire a placement names exists.
    case trainingPlacement = "training.5.placement"
    /// §5 hosts: the core of the hire's group, or the cores of the district's groups.
    case trainingHost = "training.5.hosts"
    /// §5 mentors at host c: same primary subject, capacity > 0.
    case trainingMentor = "training.5.mentors"
    /// §5 L ∈ {max(1, minYears) … training.maxYears}.
    case trainingYears = "training.5.years"
    /// §5 destinations: member schools of the host's group.
    case trainingDestination = "training.5.destinations"
    /// §5 rule 1 (§5.1): one mentor and one destination per hire.
    case trainingOnce = "training.5.1.once"
    /// §5 rule 2 (§5.2): the mentor's host and the destination's group agree.
    case trainingHostLink = "training.5.2.host"
    /// §5 rule 3 (§5.3): Σ_n p[n,m] ≤ capacity(m).
    case trainingCapacity = "training.5.3.capacity"
    /// §5 rule 4 (§5.4): vacancies by school, subject and year.
    case trainingVacancies = "training.5.4.vacancies"
    /// §5 the model as a whole (no explanation in time).
    case trainingModel = "training.5.model"

    // MARK: §5 objective terms
    case trainingMentorTerm = "training.5.obj.mentor"
    case trainingPreferenceTerm = "training.5.obj.preferenceRank"
    case trainingPriorityTerm = "training.5.obj.priorityTag"
    case trainingYearTerm = "training.5.obj.year"

    // MARK: §6 walking teaching 走教
    /// §6 the decision y[t,l,d,p]: a lesson names a teacher, a school and a demand line
    /// that exist, taught by an itinerant teacher of the line's subject, on a calendar;
    /// an empty timetable keeps every rule of §6.
    case walkingTimetable = "walking.6.timetable"
    /// §6 who may serve a line: qualified, and within walking.maxTravelMinutes of home.
    case walkingReach = "walking.6.reach"
    /// §6 rule 1 (§6.1): one teacher per line, lessons only by that teacher.
    case walkingOneTeacher = "walking.6.1.one"
    /// §6 rule 2 (§6.2): lessons plus uncovered periods equal the demand.
    case walkingDemand = "walking.6.2.demand"
    /// §6 rule 3 (§6.3): a teacher is in one place per slot.
    case walkingOnePlace = "walking.6.3.place"
    /// §6 rule 4 (§6.4): a class has one lesson per slot.
    case walkingOneLesson = "walking.6.4.class"
    /// §6 rule 5 (§6.5): spread, ⌈h(l) / days⌉ per line and day.
    case walkingSpread = "walking.6.5.spread"
    /// §6 rule 6 (§6.6): travel between periods of one day.
    case walkingTravel = "walking.6.6.travel"
    /// §6 rule 7 (§6.7): visits and walking.maxSchoolsPerDay.
    case walkingSchoolsPerDay = "walking.6.7.schools"
    /// §6 rule 8 (§6.8): load per day and per week.
    case walkingLoad = "walking.6.8.load"
    /// §6 the slots: a lesson is in an allowed slot of its line, on a day and period of
    /// the calendar, not in the teacher's unavailable list.
    case walkingSlot = "walking.6.slot"

    // MARK: §6 objective terms
    case walkingUncoveredTerm = "walking.6.obj.uncovered"
    case walkingVisitTerm = "walking.6.obj.visit"
    case walkingTravelTerm = "walking.6.obj.travelHalfHour"

    // MARK: pins (docs/pins.md) and the files
    /// A principal's pin (docs/pins.md) on a named person.
    case pin = "pin"
    /// §8 what a solution file holds: sections, statuses, figures.
    case solutionFile = "solution.8"
    /// §10 walking: a solution's `uncovered` list agrees exactly with its lessons.
    case solutionUncovered = "solution.10.uncovered"

    // MARK: §3 groups.* policy rules (checked by `validate`)
    case groupsMaxSchools = "groups.maxSchools"
    case groupsMaxStudents = "groups.maxStudents"
    case groupsSameStage = "groups.sameStage"
    case groupsOnePartnerPerDistrict = "groups.onePartnerPerDistrict"
    case groupsTermYears = "groups.termYears"
    case groupsNewSchoolsInGroup = "groups.newSchoolsInGroup"

    /// The problem a rule belongs to.
    public enum Family: String, Sendable, CaseIterable {
        case exchange, training, walking, pins, solution, groups
    }

    /// Whether the rule is a hard constraint, an objective term, or a rule of the files.
    public enum Kind: Sendable { case constraint, objectiveTerm, file }

    public static func < (a: RuleID, b: RuleID) -> Bool { a.order < b.order }

    /// The place of the rule in ``allCases`` (MODEL.md order).
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    public var family: Family {
        switch self {
        case .exchangeMove, .exchangeEligibility, .exchangeDestination, .exchangeTravel, .exchangeOnce, .exchangeVolume,
             .exchangeBackbone, .exchangeCore, .exchangeHeadcount, .exchangeSubject, .exchangeBudget, .exchangeMentorReserve,
             .exchangeModel, .exchangeBalanceTerm, .exchangeTravelTerm, .exchangePreferenceTerm, .exchangeShortageTerm, .exchangeCostTerm,
             .exchangeRuralTerm:
            return .exchange
        case .trainingPlacement, .trainingHost, .trainingMentor, .trainingYears, .trainingDestination, .trainingOnce, .trainingHostLink,
             .trainingCapacity, .trainingVacancies, .trainingModel, .trainingMentorTerm, .trainingPreferenceTerm, .trainingPriorityTerm,
             .trainingYearTerm:
            return .training
        case .walkingTimetable, .walkingReach, .walkingOneTeacher, .walkingDemand, .walkingOnePlace, .walkingOneLesson, .walkingSpread,
             .walkingTravel, .walkingSchoolsPerDay, .walkingLoad, .walkingSlot, .walkingUncoveredTerm, .walkingVisitTerm,
             .walkingTravelTerm:
            return .walking
        case .pin: return .pins
        case .solutionFile, .solutionUncovered: return .solution
        case .groupsMaxSchools, .groupsMaxStudents, .groupsSameStage, .groupsOnePartnerPerDistrict, .groupsTermYears,
             .groupsNewSchoolsInGroup:
            return .groups
        }
    }

    public var kind: Kind {
        switch self {
        case .exchangeBalanceTerm, .exchangeTravelTerm, .exchangePreferenceTerm, .exchangeShortageTerm, .exchangeCostTerm,
             .exchangeRuralTerm, .trainingMentorTerm, .trainingPreferenceTerm, .trainingPriorityTerm, .trainingYearTerm,
             .walkingUncoveredTerm, .walkingVisitTerm, .walkingTravelTerm:
            return .objectiveTerm
        case .solutionFile, .solutionUncovered: return .file
        default: return .constraint
        }
    }

    /// The MODEL.md section as users see it: `4.6`, `5.4`, `6.6`, `4` for a rule of §4
    /// without a number, `3` for the groups.* rules.
    public var section: String {
        switch self {
        case .exchangeMove, .exchangeEligibility, .exchangeDestination, .exchangeTravel: return "4"
        case .exchangeOnce: return "4.1"
        case .exchangeVolume: return "4.2"
        case .exchangeBackbone: return "4.3"
        case .exchangeCore: return "4.4"
        case .exchangeHeadcount: return "4.5"
        case .exchangeSubject: return "4.6"
        case .exchangeBudget: return "4.7"
        case .exchangeMentorReserve: return "4.8"
        case .exchangeModel: return "4"
        case .exchangeBalanceTerm, .exchangeTravelTerm, .exchangePreferenceTerm, .exchangeShortageTerm, .exchangeCostTerm,
             .exchangeRuralTerm:
            return "4"
        case .trainingPlacement, .trainingHost, .trainingMentor, .trainingYears, .trainingDestination: return "5"
        case .trainingOnce: return "5.1"
        case .trainingHostLink: return "5.2"
        case .trainingCapacity: return "5.3"
        case .trainingVacancies: return "5.4"
        case .trainingModel: return "5"
        case .trainingMentorTerm, .trainingPreferenceTerm, .trainingPriorityTerm, .trainingYearTerm: return "5"
        case .walkingTimetable, .walkingReach, .walkingSlot: return "6"
        case .walkingOneTeacher: return "6.1"
        case .walkingDemand: return "6.2"
        case .walkingOnePlace: return "6.3"
        case .walkingOneLesson: return "6.4"
        case .walkingSpread: return "6.5"
        case .walkingTravel: return "6.6"
        case .walkingSchoolsPerDay: return "6.7"
        case .walkingLoad: return "6.8"
        case .walkingUncoveredTerm, .walkingVisitTerm, .walkingTravelTerm: return "6"
        case .pin: return "pins"
        case .solutionFile: return "8"
        case .solutionUncovered: return "10"
        case .groupsMaxSchools, .groupsMaxStudents, .groupsSameStage, .groupsOnePartnerPerDistrict, .groupsTermYears,
             .groupsNewSchoolsInGroup:
            return "3"
        }
    }

    /// The prefix of the LP rows (or objective columns) that state the rule, e.g.
    /// `exchange.4.6.subject` for rows `exchange.4.6.subject[S03,math]`; `nil` for a rule
    /// the model states through the columns it creates (eligibility, destinations, travel,
    /// reach, slots) or that has no row (pins name their own rows, the files).
    public var rowPrefix: String? {
        switch self {
        case .exchangeMove, .exchangeEligibility, .exchangeDestination, .exchangeTravel, .exchangeModel, .trainingModel,
             .trainingPlacement, .trainingHost,
             .trainingMentor, .trainingYears, .trainingDestination, .walkingTimetable, .walkingReach, .walkingSlot, .pin, .solutionFile, .solutionUncovered,
             .groupsMaxSchools, .groupsMaxStudents, .groupsSameStage, .groupsOnePartnerPerDistrict, .groupsTermYears,
             .groupsNewSchoolsInGroup:
            return nil
        default:
            return rawValue
        }
    }

    /// The name of an objective term as §8 `objectiveTerms` keys it (`balance`,
    /// `travelHalfHour`); `nil` for a rule that is not a term.
    public var termName: String? {
        guard kind == .objectiveTerm, let dot = rawValue.lastIndex(of: ".") else { return nil }
        return String(rawValue[rawValue.index(after: dot)...])
    }

    /// The objective terms of a problem, in §4–§6 order.
    public static func objectiveTerms(of family: Family) -> [RuleID] {
        allCases.filter { $0.family == family && $0.kind == .objectiveTerm }
    }

    /// The rule's short name: `subjects` / `学科`.
    public var name: (en: String, zh: String) {
        switch self {
        case .exchangeMove: return ("move", "调动")
        case .exchangeEligibility: return ("eligibility", "交流资格")
        case .exchangeDestination: return ("destinations", "去向")
        case .exchangeTravel: return ("travel", "路程")
        case .exchangeOnce: return ("once", "每人至多一次")
        case .exchangeVolume: return ("volume", "交流比例")
        case .exchangeBackbone: return ("backbone", "骨干比例")
        case .exchangeCore: return ("core", "核心校骨干保护")
        case .exchangeHeadcount: return ("headcount", "编制人数平衡")
        case .exchangeSubject: return ("subjects", "学科")
        case .exchangeBudget: return ("budget", "经费")
        case .exchangeMentorReserve: return ("mentor reserve", "导师保留")
        case .exchangeModel: return ("exchange model", "交流轮岗模型")
        case .exchangeBalanceTerm: return ("balance", "均衡")
        case .exchangeTravelTerm: return ("travel hours", "路程时间")
        case .exchangePreferenceTerm: return ("preferences", "志愿")
        case .exchangeShortageTerm: return ("shortage", "学科缺额")
        case .exchangeCostTerm: return ("cost", "费用")
        case .exchangeRuralTerm: return ("rural service for the senior title", "乡村支教评职称")
        case .trainingPlacement: return ("placement", "培育安排")
        case .trainingHost: return ("hosts", "培育校")
        case .trainingMentor: return ("mentors", "导师")
        case .trainingYears: return ("years", "培育年限")
        case .trainingDestination: return ("destinations", "去向")
        case .trainingOnce: return ("one mentor, one destination", "一位导师、一个去向")
        case .trainingHostLink: return ("host", "培育校与去向")
        case .trainingCapacity: return ("capacity", "导师带教名额")
        case .trainingVacancies: return ("vacancies", "空岗")
        case .trainingModel: return ("training model", "首站式培育模型")
        case .trainingMentorTerm: return ("mentor quality", "导师水平")
        case .trainingPreferenceTerm: return ("preferences", "志愿")
        case .trainingPriorityTerm: return ("priority schools", "优先学校")
        case .trainingYearTerm: return ("training years", "培育年数")
        case .walkingTimetable: return ("timetable", "走教课表")
        case .walkingReach: return ("reach", "可走教范围")
        case .walkingOneTeacher: return ("one teacher", "一位教师")
        case .walkingDemand: return ("demand", "课时需求")
        case .walkingOnePlace: return ("one place", "同一时段一处")
        case .walkingOneLesson: return ("one lesson", "同一时段一节课")
        case .walkingSpread: return ("spread", "分散")
        case .walkingTravel: return ("travel", "路程")
        case .walkingSchoolsPerDay: return ("schools per day", "每天学校数")
        case .walkingLoad: return ("load", "课时量")
        case .walkingSlot: return ("slots", "时段")
        case .walkingUncoveredTerm: return ("uncovered periods", "未排课时")
        case .walkingVisitTerm: return ("visits", "走教次数")
        case .walkingTravelTerm: return ("travel", "路程")
        case .pin: return ("pins", "固定安排")
        case .solutionFile: return ("solution file", "方案文件")
        case .solutionUncovered: return ("uncovered", "未排课时")
        case .groupsMaxSchools: return ("schools per group", "集团学校数")
        case .groupsMaxStudents: return ("students per group", "集团学生规模")
        case .groupsSameStage: return ("one stage per group", "同一学段")
        case .groupsOnePartnerPerDistrict: return ("one partner per district", "同一区县一所合作学校")
        case .groupsTermYears: return ("term", "办学周期")
        case .groupsNewSchoolsInGroup: return ("new schools in a group", "新建学校纳入集团")
        }
    }
}
