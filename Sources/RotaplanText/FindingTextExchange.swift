import Foundation
import RotaplanDomain

extension FindingText {
    /// What the models find when there is no plan (elastic re-solves, model sizes, pins
    /// that cannot hold); nil for a situation of the checker.
    static func modeled(_ r: FindingParts) -> Bilingual? {
        switch r.f.situation {
        case let .underPins(n, inner):
            var f = r.f
            f.situation = inner
            let under = sentence(f, in: r.x), one = n == 1
            if r.f.rule.family == .training {
                return under.prefixed(en: "with \(one ? "this pin" : "these pins"): ", zh: "在\(one ? "该固定规则" : "这些固定规则")下：")
            }
            return under.prefixed(en: "with \(one ? "this pin" : "these pins"): ", zh: "在上述固定规则下：")
        case .relaxed:
            return relaxed(r)
        case .notExplained:
            let t = r.int(.limit)
            if r.f.rule.family == .training {
                return Bilingual(en: "no explanation found within \(t) s", zh: "未能在 \(t) 秒内找到无解原因")
            }
            return Bilingual(en: "no explanation found within \(t) s", zh: "在 \(t) 秒内未能找出冲突的规则")
        case .onlyTogether where r.f.rule.family == .training:
            return Bilingual(en: "§5 rule 2: each rule of §5 can hold, but no host gives every hire a mentor and a destination together",
                             zh: "§5 规则 2：§5 的各项规则均可满足，但无法让每名新教师在同一所核心校同时得到导师和去向学校")
        case .onlyTogether:
            return Bilingual(en: "§4.1: the rules of §4.2–§4.7 can each hold, but not with every teacher moving at most once",
                             zh: "§4.1：§4.2–§4.7 的规则各自都能满足，但在每名教师最多交流一次的前提下无法同时满足")
        case let .tooLarge(part, parts, needed, budget, crossGroup):
            return tooLarge(r, part: part, parts: parts, needed: needed, budget: budget, crossGroup: crossGroup)
        case .pinsBlock:
            return pinsBlock(r)
        case .pinsContradict:
            return contradiction(r)
        case let .moveImpossible(why):
            guard let pin = r.pin else { return nil }
            return moveImpossible(why, r).prefixed(en: "\(pin.label): ", zh: "\(pin.labelZh)：")
        case let .hirePinConflict(kind):
            return hirePinConflict(kind, r)
        case let .unplaceable(why):
            return unplaceable(why, r)
        case let .leftUnplaced(why):
            return leftUnplaced(why, r)
        case .outnumbered:
            return outnumbered(r)
        case .greedyLeftOut:
            return greedyLeftOut(r)
        case let .uncovered(why):
            return uncovered(why, r)
        case let .observed(o):
            return observed(o)
        case .broken, .unknownReference, .contradicts, .impossible, .note, .listedWithoutPlan, .selfMove, .unknownEntity,
             .wrongFrom, .toOwnSchool, .ineligible, .outsideDistrictGroups, .outsideHomeGroup, .unknownTravel, .notAHost,
             .mentorElsewhere, .mentorSubject, .noCapacity, .noCalendar, .noDemandLine, .outsideCalendar, .notItinerant,
             .notQualified, .notOffered, .unavailable, .falseInfeasible, .travelGap, .notFinite, .gapWithoutPlan,
             .optimalWithGap, .optimalWithBound, .boundAboveObjective, .negativeGap, .gapMismatch, .foreignSection,
             .stageOrder, .objectiveDiffers, .planStatus, .pinGoesTo, .pinNotPlaced, .pinMentor, .pinSentThere,
             .pinLessonsOnDay:
            return nil
        }
    }

    /// An elastic row of §4 that had to give way by `.slack`.
    static func relaxed(_ r: FindingParts) -> Bilingual? {
        let s = r.f.amount(.slack) ?? 0
        switch r.f.rule {
        case .exchangeVolume:
            let (g, need, eligible, rate) = (r.groupID(), r.int(.required), r.int(.base), r.dec(.policy))
            let most = need - Int(s.rounded())
            return Bilingual(en: "§4.2 volume: group \(g) must move at least \(need) of its \(eligible) eligible teachers (minRate \(rate)), but with the other rules at most \(most) can move",
                             zh: "§4.2 交流比例：集团 \(g) 的 \(eligible) 名符合条件教师中至少应交流 \(need) 名（比例 \(rate)），但在其他规则下最多只能交流 \(most) 名")
        case .exchangeBackbone:
            let (g, share, short) = (r.groupID(), Int((r.f.amount(.policy) ?? 0) * 100), String(format: "%.1f", s))
            return Bilingual(en: "§4.3 backbone: in group \(g) too few of the movers are backbone teachers for the \(share)% share (short by \(short) teacher-equivalents)",
                             zh: "§4.3 骨干比例：集团 \(g) 交流教师中骨干教师不足 \(share)%（还差 \(short) 人）")
        case .exchangeCore:
            let (g, core, share) = (r.groupID(), r.schoolID(0), Int((r.f.amount(.policy) ?? 0) * 100))
            let (more, atCore, allowed) = (Int(s.rounded(.up)), r.int(.base), r.int(.limit))
            return Bilingual(en: "§4.4 core protection: group \(g) would need \(more) more backbone teachers to leave its core \(core) than the \(share)% of its \(atCore) allowed (\(allowed))",
                             zh: "§4.4 核心校保护：集团 \(g) 需要从核心校 \(core) 多调出 \(more) 名骨干教师，超过其 \(atCore) 名骨干的 \(share)%（上限 \(allowed) 名）")
        case .exchangeHeadcount:
            let (place, by, tol) = (r.school(0), Int(s.rounded()), r.int(.limit))
            return Bilingual(en: "§4.5 headcount: \(place.en) would receive and send teachers differing by \(by) beyond the tolerance \(tol) (two-way exchange)",
                             zh: "§4.5 编制人数：\(place.zh)调入与调出人数之差超出允许差额（\(tol) 人）\(by) 人（双向交流）")
        case .exchangeSubject:
            let (id, k, more, need, has) = (r.schoolID(0), r.subject(0), Int(s.rounded()), r.int(.required), r.int(.before))
            return Bilingual(en: "§4.6 subjects: \(id) would lose \(more) more \(k) teachers than its requirement allows (needs \(need), has \(has))",
                             zh: "§4.6 学科配备：\(id) 调出的\(k.zh)教师比学科要求允许的多 \(more) 名（要求 \(need) 名，现有 \(has) 名）")
        case .exchangeBudget:
            let (g, more, budget) = (r.groupID(), Int(s.rounded()), r.int(.limit))
            return Bilingual(en: "§4.7 budget: group \(g) would need \(more) yuan a year more than its budget of \(budget)",
                             zh: "§4.7 经费：集团 \(g) 每年需要的经费比预算 \(budget) 元多 \(more) 元")
        case .exchangeMentorReserve:
            return mentorReserve(r, short: Int(s.rounded(.up)))
        case .trainingCapacity:
            let (host, k, total, more) = (r.school(0), r.subject(0), r.int(.limit), Int(s.rounded()))
            return Bilingual(en: "§5 rule 3 mentors: no \(k) mentor with free capacity at \(host.en): its \(k) mentors can take \(total) new hires, \(more) more would need one",
                             zh: "§5 规则 3 导师：\(host.zh)没有尚有带教余量的\(k.zh)导师：该校\(k.zh)导师可带教 \(total) 名新教师，另有 \(more) 名新教师需要导师")
        case .trainingVacancies:
            let (at, k, open, y) = (r.school(0), r.subject(0), r.int(.limit), r.int(.year))
            let arriving = Int(s.rounded()) + open, opens = open == 1 ? "y opens" : "ies open"
            return Bilingual(en: "§5 rule 4 vacancies: \(arriving) \(k) hires would arrive at \(at.en) by year \(y) but only \(open) \(k) vacanc\(opens) there by then",
                             zh: "§5 规则 4 空缺岗位：截至第 \(y) 年将有 \(arriving) 名\(k.zh)新教师调往 \(at.zh)，但该校届时只有 \(open) 个\(k.zh)空缺岗位")
        case .exchangeMove, .exchangeEligibility, .exchangeDestination, .exchangeTravel, .exchangeOnce,
             .exchangeModel, .exchangeBalanceTerm, .exchangeTravelTerm, .exchangePreferenceTerm, .exchangeShortageTerm,
             .exchangeCostTerm, .exchangeRuralTerm, .trainingPlacement, .trainingHost, .trainingMentor, .trainingYears,
             .trainingDestination, .trainingOnce, .trainingHostLink, .trainingModel, .trainingMentorTerm,
             .trainingPreferenceTerm, .trainingPriorityTerm, .trainingYearTerm, .walkingTimetable, .walkingReach,
             .walkingOneTeacher, .walkingDemand, .walkingOnePlace, .walkingOneLesson, .walkingSpread, .walkingTravel,
             .walkingSchoolsPerDay, .walkingLoad, .walkingSlot, .walkingUncoveredTerm, .walkingVisitTerm,
             .walkingTravelTerm, .pin, .solutionFile, .solutionUncovered, .groupsMaxSchools, .groupsMaxStudents,
             .groupsSameStage, .groupsOnePartnerPerDistrict, .groupsTermYears, .groupsNewSchoolsInGroup:
            return nil
        }
    }

    /// Rule 4.8, the mentor reserve (§7): refs the core and the subject; amounts `.required`
    /// H (hires hosted only at the core), `.base` C (their mentoring before the exchange),
    /// `.limit` min(H, C); `short`: the elastic row's slack, else the checker's `.actual`
    /// (the mentoring left after the plan's exchange).
    static func mentorReserve(_ r: FindingParts, short: Int?) -> Bilingual {
        let core = r.school(0), k = r.subject(0), (h, c, need) = (r.int(.required), r.int(.base), r.int(.limit))
        let hires = Bilingual(en: "\(h) \(k) new hire\(h == 1 ? "" : "s") can train only at the core \(core.en), whose \(k) mentors can take \(c)",
                              zh: "有 \(h) 名\(k.zh)新教师只能在核心校 \(core.zh)培育，该校\(k.zh)导师可带教 \(c) 名")
        if let short {
            let most = max(0, need - short)
            return Bilingual(en: "§4.8 mentor reserve: \(hires.en); the exchange must leave mentoring for \(need) there, but with the other rules at most \(most) can stay",
                             zh: "§4.8 导师保留：\(hires.zh)；交流后须保留 \(need) 个带教名额，但在其他规则下最多只能保留 \(most) 个")
        }
        let left = r.int(.actual)
        return Bilingual(en: "\(hires.en); after the exchange its \(k) mentors can take \(left), at least \(need) must stay",
                         zh: "\(hires.zh)；交流后该校\(k.zh)导师只能带教 \(left) 名，至少须保留 \(need) 个带教名额")
    }

    /// The exchange model of a part is too large for the memory this run may use.
    static func tooLarge(_ r: FindingParts, part i: Int, parts: Int, needed: String, budget: String, crossGroup: Bool) -> Bilingual {
        let groups = r.f.groups().map { r.x.groups[$0].id.rawValue }
        let named = groups.prefix(5).joined(separator: ", ") + (groups.count > 5 ? ", … (\(groups.count) groups)" : "")
        let partEn = parts > 1 ? " (part \(i + 1) of \(parts))" : ""
        let partZh = parts > 1 ? "（共 \(parts) 部分中的第 \(i + 1) 部分）" : ""
        let travel = FindingParts.figure(r.f.amount(.limit) ?? 0), (columns, nonzeros) = (r.int(.base), r.int(.actual))
        let fixEn = (crossGroup ? "set exchange.allowCrossGroup to false (every school of the district now receives teachers), or " : "")
            + "lower exchange.maxTravelMinutes (now \(travel)), plan fewer groups at once, or run --solver greedy"
        let fixZh = (crossGroup ? "将 exchange.allowCrossGroup 设为 false（目前全区学校都可接收教师），或" : "")
            + "降低 exchange.maxTravelMinutes（目前为 \(travel)），或分批编制，或使用 --solver greedy"
        return Bilingual(
            en: "the exchange model of groups \(named)\(partEn) would need about \(needed) "
                + "(\(columns) variables, about \(nonzeros) nonzeros) and this run may use \(budget); "
                + "no exchange plan was made. To make it smaller, \(fixEn)",
            zh: "集团 \(named)\(partZh)的交流轮岗模型约需 \(needed) 内存（\(columns) 个变量，约 \(nonzeros) 个非零元），"
                + "本次运行最多可用 \(budget)，未编制交流方案。缩小模型的办法：\(fixZh)")
    }

    /// The pins (refs) that make the exchange of their groups, or the training, impossible.
    static func pinsBlock(_ r: FindingParts) -> Bilingual {
        let pins = r.f.refs.compactMap { ref -> Pin? in if case let .pin(i) = ref { r.x.pins[i] } else { nil } }
        let them = pins.count == 1 ? "it" : "them"
        let en = pins.map(\.label).joined(separator: "; "), zh = pins.map(\.labelZh).joined(separator: "；")
        guard pins.first?.problem == .exchange else {
            return Bilingual(en: "the pins make the training plan impossible (without \(them) a plan exists): " + en,
                             zh: "固定规则使首站式培育无可行方案（去掉\(pins.count == 1 ? "该规则" : "这些规则")即有可行方案）：" + zh)
        }
        let groups = r.f.groups().map { r.x.groups[$0].id.rawValue }
        let whose = groups.count == 1 ? "group \(groups[0])" : "groups \(groups.joined(separator: ", "))"
        return Bilingual(en: "the pins make the exchange of \(whose) impossible (without \(them) a plan exists): " + en,
                         zh: "固定规则使集团 \(groups.joined(separator: "、")) 的交流轮岗无法实现（去掉后即有可行方案）：" + zh)
    }

    /// Two exchange pins of one teacher that contradict each other.
    static func contradiction(_ r: FindingParts) -> Bilingual? {
        let pins = r.f.refs.compactMap { ref -> Pin? in if case let .pin(i) = ref { r.x.pins[i] } else { nil } }
        guard pins.count == 2, let t = r.f.teachers().first, let s = r.f.schools().first else { return nil }
        let (a, b, who, school) = (pins[0], pins[1], r.x.label(teacher: t), r.x.label(school: s))
        let head = Bilingual(en: "\(a.label) and \(b.label) contradict each other: ", zh: "\(a.labelZh)与\(b.labelZh)相互矛盾：")
        let why: Bilingual
        switch b.rule {
        case .mustMoveTo:
            why = Bilingual(en: "\(who.en) can move to one school only (§4.1)", zh: "\(who.zh) 只能交流到一所学校（§4.1）")
        case .mustStay:
            why = Bilingual(en: "\(who.en) cannot both move to \(school.en) and stay", zh: "\(who.zh) 不能既调往 \(school.zh) 又留任")
        case .mustNotGoTo:
            why = Bilingual(en: "\(who.en) cannot both go and not go to \(school.en)", zh: "\(who.zh) 不能既调往又不调往 \(school.zh)")
        case .mentor, .notOnDay:
            return nil
        }
        return Bilingual(en: head.en + why.en, zh: head.zh + why.zh)
    }

    /// Why §4 does not allow the pinned move of teacher (refs) to school (refs).
    static func moveImpossible(_ why: Finding.MoveObstacle, _ r: FindingParts) -> Bilingual {
        let x = r.x, t = r.f.teachers()[0], s = r.f.schools()[0], home = x.teachers[t].school
        let (who, school) = (x.label(teacher: t), x.label(school: s))
        switch why {
        case let .ineligible(reasons):
            return Bilingual.joined(reasons.map { because($0, teacher: t, x) })
                .prefixed(en: "\(who.en) is not eligible for the exchange (§2 E): ", zh: "\(who.zh) 不符合交流条件（§2 E）：")
        case .alreadyThere:
            return Bilingual(en: "\(who.en) already works at \(school.en)", zh: "\(who.zh) 已在 \(school.zh) 任教")
        case let .outsideDistrict(district):
            return Bilingual(en: "\(school.en) is not a school of a group in \(who.en)'s district \(district ?? "(none)") (§4 destinations)",
                             zh: "\(school.zh) 不是 \(who.zh) 所在区县\(district.map { " \($0) " } ?? "（未填写）")内集团的学校（§4 交流去向）")
        case .outsideGroup:
            let target = r.f.groups().first.map { x.groups[$0].id }
            let own = x.schools[home].group.map { x.groups[$0].id.rawValue } ?? "?"
            return Bilingual(en: "\(school.en) is in \(target.map { "group \($0)" } ?? "no group"), not in \(who.en)'s group \(own) (§4 destinations; exchange.allowCrossGroup is off)",
                             zh: "\(school.zh) 在\(target.map { "集团 \($0)" } ?? "任何集团之外")，不在 \(who.zh) 所在的集团 \(own)（§4 交流去向；未开启 exchange.allowCrossGroup）")
        case let .tooFar(minutes, limit):
            let (m, l, at) = (FindingParts.figure(minutes), FindingParts.figure(limit), x.schools[home].id)
            return Bilingual(en: "\(school.en) is \(m) minutes from \(who.en)'s school \(at), more than exchange.maxTravelMinutes \(l) (§4 destinations)",
                             zh: "\(school.zh) 距 \(who.zh) 所在学校 \(at) \(m) 分钟，超过 exchange.maxTravelMinutes（\(l) 分钟）（§4 交流去向）")
        }
    }
}
