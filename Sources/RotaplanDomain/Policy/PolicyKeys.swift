/// Every key of MODEL.md §3, once, in the order the file, the schema and the writer use.
/// Search a key's dotted name to land here; its default per preset is `Policy(preset:)`.
extension PolicyKey {
    static let share: ClosedRange<Double> = 0...1
    static let nonNegative: ClosedRange<Double> = 0...1e12
    static let count: ClosedRange<Double> = 0...10_000_000
    static let finite: ClosedRange<Double> = -1e12...1e12

    public static let all: [PolicyKey] = exchange + cost + training + walking + groups + weights

    /// §3 exchange.* (the exchange of §4).
    static let exchange: [PolicyKey] = [
        PolicyKey("exchange.minRate", .number(\.exchange.minRate), range: share,
                  label: ("minimum exchange rate", "最低交流比例"),
                  help: ("Share of each group's eligible teachers who must move, 0…1 (national 县管校聘 practice).",
                         "每个集团符合条件的教师中须交流的比例，0…1（县管校聘）。")),
        PolicyKey("exchange.minBackboneShare", .number(\.exchange.minBackboneShare), range: share,
                  label: ("minimum backbone share", "骨干教师最低占比"),
                  help: ("Share of movers who must be backbone teachers, 0…1.", "交流教师中骨干教师的最低占比，0…1。")),
        PolicyKey("exchange.minYearsAtSchool", .number(\.exchange.minYearsAtSchool), range: 0...80, unit: "years",
                  label: ("years at school for eligibility", "任职年限要求"),
                  help: ("Eligibility: years at the present school, 0…80.", "交流资格：在本校任教年限，0…80。")),
        PolicyKey("exchange.retirementExemptYears", .number(\.exchange.retirementExemptYears), range: 0...80, unit: "years",
                  label: ("retirement exemption", "临近退休豁免年限"),
                  help: ("Teachers this close to retirement (years, 0…80) are exempt.", "距退休不足此年限（0…80）的教师免于交流。")),
        PolicyKey("exchange.maxTravelMinutes", .number(\.exchange.maxTravelMinutes), range: nonNegative, unit: "minutes",
                  label: ("longest exchange trip", "交流最长通勤"),
                  help: ("Longest school-to-school trip for an exchange, minutes.", "交流两校之间的最长通勤时间（分钟）。")),
        PolicyKey("exchange.headcountTolerance", .number(\.exchange.headcountTolerance), range: 0...1e7,
                  label: ("headcount tolerance", "人数增减容差"),
                  help: ("Allowed |in − out| per school; 0 makes every exchange two-way (Changsha 双向交流).",
                         "每校调入与调出人数之差的上限；0 即双向交流（长沙）。")),
        PolicyKey("exchange.maxCoreBackboneOutShare", .number(\.exchange.maxCoreBackboneOutShare), range: share,
                  label: ("core backbone out share", "核心校骨干调出上限"),
                  help: ("Backbone teachers leaving the core ≤ this share of the core's backbone teachers, 0…1 (Qingdao: 核心校质量不降低).",
                         "核心校调出的骨干教师不超过其骨干教师的此比例，0…1（青岛：核心校质量不降低）。")),
        PolicyKey("exchange.allowCrossGroup", .flag(\.exchange.allowCrossGroup), range: share,
                  label: ("exchange across groups", "跨集团交流"),
                  help: ("true: destinations may be any grouped school of the home district.", "为 true 时可交流到本区县任一集团学校。")),
        PolicyKey("exchange.termYears", .integer(\.exchange.termYears), range: 0...80, unit: "years",
                  label: ("exchange term", "交流期限"),
                  help: ("Years an exchange lasts before the teacher returns (rollover, §11); 0 = a transfer.",
                         "交流的年限，期满回原校（rollover，§11）；0 表示调动。")),
    ]

    /// §3 cost.* (the cost of §4.7).
    static let cost: [PolicyKey] = [
        PolicyKey("cost.allowancePerDay", .number(\.cost.allowancePerDay), range: nonNegative, unit: "yuan",
                  cites: [(.luohe, "Luohe 漯教〔2021〕56号: 80 yuan/day living subsidy")],
                  label: ("living allowance per day", "每日生活补助"),
                  help: ("Living allowance, yuan per day, for a move to a rural school or another district.",
                         "交流到乡村学校或外区县的每日生活补助（元）。")),
        PolicyKey("cost.transportPerKm", .number(\.cost.transportPerKm), range: nonNegative, unit: "yuan",
                  cites: [(.nanchang, "Nanchang 洪教义教字〔2021〕5号: member school pays transport"),
                          (.qingdao, "Qingdao 《关于推进中小学集团化办学的意见》: member school pays transport")],
                  label: ("transport per km", "每公里交通费"),
                  help: ("Transport cost, yuan per km, paid by the member school.", "成员校承担的交通费（元/公里）。")),
        PolicyKey("cost.workdaysPerYear", .number(\.cost.workdaysPerYear), range: 0...366, unit: "days",
                  label: ("working days per year", "年工作日"),
                  help: ("Working days per year, 0…366.", "每年工作日数，0…366。")),
        PolicyKey("cost.budgetPerGroup", .optionalNumber(\.cost.budgetPerGroup), range: nonNegative, unit: "yuan",
                  label: ("budget per group", "集团年度预算"),
                  help: ("Hard limit on each group's yearly exchange cost, yuan (Luohe's special fund); none = no limit.",
                         "每个集团每年交流费用的硬上限（元，漯河专项经费）；不填即不限。")),
    ]

    /// §3 training.* (§5).
    static let training: [PolicyKey] = [
        PolicyKey("training.maxYears", .integer(\.training.maxYears), range: 1...80,
                  label: ("longest training", "培育最长年限"),
                  help: ("Longest first-station training, years, 1…80 (Luohe, Zhengzhou: 1–2 years).",
                         "首站式培育最长年限，1…80（漯河、郑州：1–2 年）。")),
        PolicyKey("training.mentorCapacity", .integer(\.training.mentorCapacity), range: count,
                  label: ("mentor capacity", "导师带教人数"),
                  help: ("Default mentoring capacity of backbone or senior teachers.", "骨干或高级教师默认可带教的新教师人数。")),
    ]

    /// §3 walking.* (§6).
    static let walking: [PolicyKey] = [
        PolicyKey("walking.maxSchoolsPerDay", .integer(\.walking.maxSchoolsPerDay), range: 0...10_000,
                  label: ("schools per day", "每日走教学校数"),
                  help: ("Schools an itinerant teacher visits per day at most.", "走教教师每天最多去的学校数。")),
        PolicyKey("walking.maxPeriodsPerDay", .integer(\.walking.maxPeriodsPerDay), range: 0...48,
                  label: ("lessons per day", "每日走教课时"),
                  help: ("Walking lessons per day at most, 0…48.", "每天最多走教课时，0…48。")),
        PolicyKey("walking.maxPeriodsPerWeek", .integer(\.walking.maxPeriodsPerWeek), range: 0...336,
                  label: ("lessons per week", "每周走教课时"),
                  help: ("Walking lessons per week at most, 0…336 (a teacher's itinerant.maxPeriodsPerWeek overrides).",
                         "每周最多走教课时，0…336（教师的 itinerant.maxPeriodsPerWeek 优先）。")),
        PolicyKey("walking.maxTravelMinutes", .number(\.walking.maxTravelMinutes), range: nonNegative, unit: "minutes",
                  label: ("longest walking trip", "走教最长通勤"),
                  help: ("Longest trip from the teacher's home school, minutes.", "从教师本校出发的最长通勤时间（分钟）。")),
    ]

    /// §3 groups.*: checked by `validate` (``RuleID`` `groups*`), cited with their city.
    static let groups: [PolicyKey] = [
        PolicyKey("groups.maxSchools", .optionalInteger(\.groups.maxSchools), range: 1...100_000,
                  cites: [(.luohe, "Luohe 漯教〔2021〕56号: 每个集团原则上不超过3所学校"),
                          (.changsha, "Changsha 长教通〔2020〕97号: 控制在10所左右")],
                  label: ("schools per group", "集团学校数上限"),
                  help: ("Most schools in a group (core included).", "每个集团最多学校数（含核心校）。")),
        PolicyKey("groups.maxStudents", .studentLimits(\.groups.maxStudents), range: count,
                  cites: [(.luohe, "Luohe 漯教〔2021〕56号: 集团学生规模 (高中 15000, 义务教育 6000, 幼儿园 3000)")],
                  label: ("students per group", "集团学生规模上限"),
                  help: ("Most students in a group, one number or by the core's stage family.",
                         "每个集团最多学生数，一个数或按核心校学段分别给出。")),
        PolicyKey("groups.sameStage", .flag(\.groups.sameStage), range: share,
                  cites: [(.changsha, "Changsha 长教通〔2020〕97号: 同一学段组建集团")],
                  label: ("one stage per group", "同一学段组建"),
                  help: ("All schools of a group must be of one stage.", "一个集团的学校须为同一学段。")),
        PolicyKey("groups.onePartnerPerDistrict", .flag(\.groups.onePartnerPerDistrict), range: share,
                  cites: [(.changsha, "Changsha 长教通〔2020〕97号: 同一区县限设一所合作学校")],
                  label: ("one partner per district", "同一区县限一所合作校"),
                  help: ("At most one member school per district.", "每个区县最多一所成员校。")),
        PolicyKey("groups.termYears", .optionalInteger(\.groups.termYears), range: 1...80,
                  cites: [(.changsha, "Changsha 长教通〔2020〕97号: 集团办学周期 6 年, 可续期一次")],
                  label: ("group term", "集团办学周期"),
                  help: ("Term of a group, years (one extension of at most the same).", "集团办学周期（年），可续期一次。")),
        PolicyKey("groups.newSchoolsInGroup", .flag(\.groups.newSchoolsInGroup), range: share,
                  cites: [(.zhengzhou, "Zhengzhou bulletin 2022-07-20 (No. 56): 原则上新建公办学校全部纳入集团化管理")],
                  label: ("new schools in a group", "新建学校纳入集团"),
                  help: ("Every school tagged new must be in a group (rotaplan extension).", "标记为新建的学校须纳入集团（rotaplan 扩展）。")),
    ]

    /// §3 policy.weights (the objective terms of §4, §5, §6).
    static let weights: [PolicyKey] = [
        weight("exchange.balance", \.weights.exchange.balance, nonNegativeBecause: balanceReason,
               ("balance weight", "均衡权重"), ("Weight of the quality-balance deviation.", "质量均衡偏差的权重。")),
        weight("exchange.travelHour", \.weights.exchange.travelHour,
               ("travel weight", "交流通勤权重"), ("Weight per hour of travel.", "每小时通勤的权重。")),
        weight("exchange.preferenceRank", \.weights.exchange.preferenceRank,
               ("preference weight", "交流志愿权重"), ("Weight per preference rank.", "每个志愿名次的权重。")),
        weight("exchange.shortage", \.weights.exchange.shortage, nonNegativeBecause: shortageReason,
               ("shortage weight", "缺编权重"), ("Weight per missing required teacher.", "每缺一名所需学科教师的权重。")),
        weight("exchange.costPer10k", \.weights.exchange.costPer10k,
               ("cost weight", "费用权重"), ("Weight per 10,000 yuan of cost.", "每万元费用的权重。")),
        weight("exchange.ruralForTitle", \.weights.exchange.ruralForTitle,
               ("rural-for-title bonus", "评职称下乡奖励"), ("Bonus per senior-title seeker sent to a rural school.",
                                                          "每名申报高级职称者交流到乡村学校的奖励。")),
        weight("exchange.change", \.weights.exchange.change,
               ("change weight", "交流变动权重"), ("Weight per move changed from the earlier plan (only with --near, §12).",
                                            "每处与先前方案不同的交流的权重（仅 --near，§12）。")),
        weight("training.mentor", \.weights.training.mentor,
               ("mentor weight", "导师权重"), ("Weight of (5 − mentor quality).", "（5 − 导师质量）的权重。")),
        weight("training.preferenceRank", \.weights.training.preferenceRank,
               ("preference weight", "培育志愿权重"), ("Weight per preference rank.", "每个志愿名次的权重。")),
        weight("training.priorityTag", \.weights.training.priorityTag,
               ("priority-school bonus", "优先学校奖励"), ("Bonus per new/weak/rural tag of the destination.",
                                                        "去向学校每个新建/薄弱/乡村标记的奖励。")),
        weight("training.year", \.weights.training.year,
               ("year weight", "年限权重"), ("Weight per training year.", "每个培育年的权重。")),
        weight("training.change", \.weights.training.change,
               ("change weight", "培育变动权重"), ("Weight per mentor or destination changed from the earlier plan (only with --near, §12).",
                                            "每处与先前方案不同的导师或去向的权重（仅 --near，§12）。")),
        weight("walking.uncovered", \.weights.walking.uncovered,
               ("uncovered weight", "未排课权重"), ("Weight per uncovered lesson.", "每节未安排课的权重。")),
        weight("walking.visit", \.weights.walking.visit, nonNegativeBecause: visitReason,
               ("visit weight", "走校权重"), ("Weight per day visit to another school.", "每次到外校走教一天的权重。")),
        weight("walking.travelHalfHour", \.weights.walking.travelHalfHour, nonNegativeBecause: visitReason,
               ("travel weight", "走教通勤权重"), ("Weight per half hour of travel from the home school.", "从本校出发每半小时通勤的权重。")),
        weight("walking.change", \.weights.walking.change,
               ("change weight", "走教变动权重"), ("Weight per lesson of the earlier plan not kept (only with --near, §12).",
                                            "每节未保留的先前方案课时的权重（仅 --near，§12）。")),
    ]

    static func weight(_ name: String, _ path: any WritableKeyPath<Policy, Double> & Sendable, nonNegativeBecause: String? = nil,
                       _ label: (String, String), _ help: (String, String)) -> PolicyKey {
        PolicyKey("weights." + name, .number(path), range: finite, nonNegativeBecause: nonNegativeBecause,
                  label: (label.0, label.1), help: (help.0, help.1))
    }

    // Why four weights must be 0 or more (docs/instance-format.md, "Weights"; the
    // reading of MODEL.md §10 written down in RotaplanFormats' BoundedWeights.swift).
    static let balanceReason = "the balance term is each school's distance from its group's average quality, and a negative weight would reward that distance without limit (the exchange would have no optimum)"
    static let shortageReason = "the shortage term counts the teachers a school lacks in a required subject, and a negative weight would reward a shortage without limit (the exchange would have no optimum)"
    static let visitReason = "visit days are priced by visit + travelHalfHour × minutes / 30, and a negative price would reward visit days with no lessons, which no timetable has (the walking model's optimum would not be a timetable's)"
}
