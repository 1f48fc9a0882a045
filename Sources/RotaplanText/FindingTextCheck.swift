import RotaplanDomain

extension FindingText {
    /// The checker's situations (RotaplanChecker): what a solution file writes that breaks
    /// a rule of §4–§8; nil for `.broken` and a pin's situations.
    static func checked(_ r: FindingParts) -> Bilingual? {
        switch r.f.situation {
        case .broken, .pinGoesTo, .pinNotPlaced, .pinMentor, .pinSentThere, .pinLessonsOnDay, .relaxed, .underPins, .notExplained, .onlyTogether, .tooLarge, .pinsBlock, .pinsContradict, .moveImpossible,
             .hirePinConflict, .unplaceable, .leftUnplaced, .outnumbered, .greedyLeftOut, .uncovered, .observed:
            return nil
        case .unknownReference(let id):
            return Bilingual(en: "unknown id \(id)", zh: "未知编号 \(id)")
        case .contradicts, .impossible, .note:
            return Bilingual(en: "\(r.f.rule.name.en) does not hold", zh: "不满足\(r.f.rule.name.zh)")
        case let .listedWithoutPlan(status, list):
            return Bilingual(en: "a solution with status \(status.rawValue) lists \(list.rawValue)",
                             zh: "状态为 \(status.rawValue) 的方案列出了 \(list.rawValue)")
        case let .selfMove(teacher, from, to):
            return Bilingual(en: "\(teacher) 'moves' from \(from) to \(to), the same school", zh: "\(teacher) 从 \(from)“调往” \(to)，是同一所学校")
        case let .unknownEntity(kind, id):
            return Bilingual(en: "unknown \(name(kind).en) \(id)", zh: "未知\(name(kind).zh) \(id)")
        case let .wrongFrom(from):
            return Bilingual(en: "\(r.teacherID()) works at \(r.schoolID(0)), not \(from)", zh: "\(r.teacherID()) 在 \(r.schoolID(0)) 任教，不在 \(from)")
        case .toOwnSchool:
            return Bilingual(en: "\(r.teacherID()) is 'moved' to their own school \(r.schoolID(0))",
                             zh: "\(r.teacherID()) 被“调往”本校 \(r.schoolID(0))")
        case let .ineligible(reasons):
            let who = r.x.label(teacher: r.f.teachers()[0])
            return Bilingual.joined(reasons.map { because($0, teacher: r.f.teachers()[0], r.x) }).prefixed(en: "\(who.en) is not eligible: ", zh: "\(who.zh) 不符合交流条件：")
        case .outsideDistrictGroups:
            return Bilingual(en: "\(r.teacherID()) goes to \(r.schoolID(0)), which is not a grouped school of the home district",
                             zh: "\(r.teacherID()) 去向 \(r.schoolID(0))，它不是本区县集团内的学校")
        case .outsideHomeGroup:
            return Bilingual(en: "\(r.teacherID()) goes to \(r.schoolID(0)), outside the home group", zh: "\(r.teacherID()) 去向 \(r.schoolID(0))，在本集团之外")
        case .unknownTravel:
            let schools = r.f.schools(), (a, b) = (r.schoolID(schools.count - 2), r.schoolID(schools.count - 1))
            if r.f.rule == .walkingTravel {
                return Bilingual(en: "\(r.teacherID()), day \(r.int(.day)): no travel time known from \(a) to \(b)",
                                 zh: "\(r.teacherID())，第 \(r.int(.day)) 天：不知道从 \(a) 到 \(b) 的路程时间")
            }
            return Bilingual(en: "no travel time known between \(a) and \(b)", zh: "不知道 \(a) 与 \(b) 之间的路程时间")
        case .travelGap:
            let (t, d, a, b) = (r.teacherID(), r.int(.day), r.schoolID(0), r.schoolID(1))
            let (p, q, gap, tau) = (r.int(.period), r.int(.laterPeriod), r.int(.actual), r.dec(.required))
            return Bilingual(en: "\(t), day \(d): teaches at \(a) in period \(p) and at \(b) in period \(q), \(gap) minutes apart; the journey takes \(tau)",
                             zh: "\(t)，第 \(d) 天：第 \(p) 节在 \(a)、第 \(q) 节在 \(b) 上课，相隔 \(gap) 分钟；路程需要 \(tau) 分钟")
        case .notAHost:
            let hosts = r.f.schools().dropFirst().map { r.x.schools[$0].id.rawValue }
            return Bilingual(en: "\(r.hireID()) is trained at \(r.schoolID(0)), which is not a host of theirs (hosts: \(hosts.joined(separator: ", ")))",
                             zh: "\(r.hireID()) 在 \(r.schoolID(0)) 培育，但它不是其培育校（培育校：\(hosts.joined(separator: "、"))）")
        case .mentorElsewhere:
            let (n, m, at, host) = (r.hireID(), r.teacherID(), r.schoolID(0), r.schoolID(1))
            return Bilingual(en: "\(n)'s mentor \(m) works at \(at), not at the host \(host)", zh: "\(n) 的导师 \(m) 在 \(at) 任教，不在培育校 \(host)")
        case .mentorSubject:
            let (n, m, k, j) = (r.hireID(), r.teacherID(), r.subject(0), r.subject(1))
            return Bilingual(en: "\(n) teaches \(k) but the mentor \(m) teaches \(j)", zh: "\(n) 任教\(k.zh)，但导师 \(m) 任教\(j.zh)")
        case .noCapacity:
            let m = r.x.label(teacher: r.f.teachers()[0])
            return Bilingual(en: "\(m.en) has no mentoring capacity", zh: "\(m.zh) 没有带教名额")
        case .noCalendar:
            return Bilingual(en: "the instance has no calendar, so no lesson can be placed", zh: "实例没有课表日历，无法安排任何课")
        case let .noDemandLine(school, className, subject):
            if r.f.rule == .solutionFile {
                return Bilingual(en: "no demand line \(school)/\(className)/\(subject)", zh: "没有走教需求 \(school)/\(className)/\(subject)")
            }
            return Bilingual(en: "\(school) has no demand for class \(className) in \(subject)", zh: "\(school) \(className) 没有 \(subject) 的走教需求")
        case let .outsideCalendar(slot, days, periods):
            return Bilingual(en: "slot \(slot) is outside the calendar (\(days) days, \(periods) periods)",
                             zh: "时段 \(slot) 超出课表日历（\(days) 天、每天 \(periods) 节）")
        case .notItinerant:
            return Bilingual(en: "\(r.teacherID()) is not an itinerant teacher", zh: "\(r.teacherID()) 不是走教教师")
        case .notQualified:
            return Bilingual(en: "\(r.teacherID()) does not teach \(r.subject(0))", zh: "\(r.teacherID()) 不任教\(r.subject(0).zh)")
        case .notOffered:
            let line = r.line(), s = r.x.schools[line.school].id
            return Bilingual(en: "class \(line.className) at \(s) does not offer \(r.slot()) for \(line.subject)",
                             zh: "\(s) \(line.className) 的\(line.subject.zh)不在时段 \(r.slot())")
        case .unavailable:
            return Bilingual(en: "\(r.teacherID()) is unavailable in \(r.slot())", zh: "\(r.teacherID()) 在 \(r.slot()) 不能上课")
        case .falseInfeasible:
            return Bilingual(en: "status infeasible is false: an empty timetable, every period uncovered, keeps every rule of §6",
                             zh: "状态 infeasible 不成立：空课表（所有课时未排）满足 §6 的全部规则")
        case let .notFinite(field):
            return Bilingual(en: "\(field.rawValue) is not a finite number", zh: "\(field.rawValue) 不是有限数")
        case let .gapWithoutPlan(status):
            let gap = r.figure(.actual)
            return Bilingual(en: "a solution with status \(status.rawValue) states gap \(gap), but there is no plan to measure it",
                             zh: "状态为 \(status.rawValue) 的方案给出了 gap \(gap)，但没有可衡量的方案")
        case .optimalWithGap:
            return Bilingual(en: "status optimal with gap \(r.figure(.actual)): a proven optimum has gap 0",
                             zh: "状态 optimal 而 gap 为 \(r.figure(.actual))：已证明的最优解 gap 为 0")
        case .optimalWithBound:
            let (b, o) = (r.figure(.actual), r.figure(.base))
            return Bilingual(en: "status optimal with bound \(b): a proven optimum has bound = objective \(o)",
                             zh: "状态 optimal 而 bound 为 \(b)：已证明的最优解 bound 等于目标值 \(o)")
        case .boundAboveObjective:
            let (b, o) = (r.figure(.actual), r.figure(.base))
            return Bilingual(en: "bound \(b) is above the objective \(o): every problem minimises, so no bound exceeds a plan's objective",
                             zh: "bound \(b) 高于目标值 \(o)：各问题均为最小化，界不会超过方案的目标值")
        case .negativeGap:
            return Bilingual(en: "gap \(r.figure(.actual)) is negative", zh: "gap \(r.figure(.actual)) 为负数")
        case .gapMismatch:
            let (g, e) = (r.figure(.actual), r.figure(.required))
            return Bilingual(en: "gap \(g) does not match |objective − bound| / |objective| = \(e)",
                             zh: "gap \(g) 与 |objective − bound| / |objective| = \(e) 不符")
        case let .foreignSection(problem, holds, lists):
            let own = holds.map(\.rawValue), n = r.int(.actual), article = problem == .exchange ? "an" : "a"
            return Bilingual(en: "\(article) \(problem.rawValue) solution holds only \(own.joined(separator: " and ")), but this one lists \(n) \(lists.rawValue)",
                             zh: "\(problem.rawValue) 方案只含 \(own.joined(separator: "、"))，但此文件列出了 \(n) 条 \(lists.rawValue)")
        case let .stageOrder(found):
            let names = found.map(\.rawValue).joined(separator: ", ")
            return Bilingual(en: "a plan solution lists its stages exchange, training and walking, in that order (found: \(names))",
                             zh: "年度方案应依次列出 exchange、training、walking 三个阶段（实际：\(names)）")
        case .objectiveDiffers:
            let (d, c) = (r.figure(.before), r.figure(.actual))
            return Bilingual(en: "objective declared \(d), recomputed \(c)", zh: "目标值声明为 \(d)，重新计算为 \(c)")
        case let .planStatus(status, stages):
            let each = stages.map { $0?.rawValue ?? "not run" }
            return Bilingual(en: "the plan's status \(status.rawValue) does not agree with its stages' (\(each.joined(separator: ", ")))",
                             zh: "方案状态 \(status.rawValue) 与各阶段状态（\(each.joined(separator: "、"))）不一致")
        }
    }

    /// How a message names the kind of an unknown id.
    static func name(_ kind: Finding.EntityKind) -> (en: String, zh: String) {
        switch kind {
        case .teacher: ("teacher", "教师")
        case .school: ("school", "学校")
        case .newHire: ("new hire", "新教师")
        case .hostSchool: ("host school", "培育校")
        case .mentor: ("mentor", "导师")
        case .destination: ("destination", "去向")
        }
    }

    /// One reason teacher t is not eligible (§2 E); the school it names is the teacher's.
    public static func because(_ reason: Ineligibility, teacher t: Int, _ x: Instance) -> Bilingual {
        let n = FindingParts.figure, school = x.teachers[t].school
        switch reason {
        case .schoolInNoGroup:
            return Bilingual(en: "their school \(x.label(school: school).en) is in no group", zh: "所在学校 \(x.label(school: school).zh) 不属于任何集团")
        case let .tooFewYearsAtSchool(years, needed):
            let at = x.schools[school].id
            return Bilingual(en: "\(n(years)) years at \(at), fewer than the \(n(needed)) exchange.minYearsAtSchool asks",
                             zh: "在 \(at) 任教 \(n(years)) 年，少于 exchange.minYearsAtSchool 要求的 \(n(needed)) 年")
        case .exempt:
            return Bilingual(en: "they are exempt", zh: "该教师免于交流")
        case let .nearRetirement(years, limit):
            return Bilingual(en: "\(n(years)) years from retirement, within exchange.retirementExemptYears \(n(limit))",
                             zh: "距退休 \(n(years)) 年，在 exchange.retirementExemptYears（\(n(limit)) 年）以内")
        case .onExchange:
            return Bilingual(en: "they are in the middle of an exchange term (§11)", zh: "该教师正在交流期内（§11）")
        }
    }
}
