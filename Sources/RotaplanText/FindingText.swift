import RotaplanDomain

/// Turns a ``Finding`` into a sentence in English and Chinese. The one place that words
/// what the checker, the models and the pipeline find: a switch over the situation and,
/// for a rule that simply does not hold, over the rule — neither with a `default`, so a
/// new case asks the compiler for its sentence.
public enum FindingText {
    /// The finding's sentence, without the rule's label (`§4.2 volume: `); a record the
    /// finding names comes first (`exchanges[3]: …`).
    public static func sentence(_ f: Finding, in x: Instance) -> Bilingual {
        let r = FindingParts(f, x)
        let body = modeled(r) ?? checked(r) ?? pinned(r) ?? broken(r)
        guard let (list, k) = r.record else { return body }
        return body.prefixed(en: "\(list.rawValue)[\(k)]: ", zh: "\(list.rawValue)[\(k)]：")
    }

    /// A rule that does not hold (`.broken`), or a situation no producer uses yet.
    static func broken(_ r: FindingParts) -> Bilingual {
        switch r.f.rule {
        case .exchangeOnce:
            return Bilingual(en: "\(r.teacherID()) is moved more than once", zh: "\(r.teacherID()) 被调动不止一次")
        case .exchangeTravel:
            let (home, to) = (r.schoolID(0), r.schoolID(1)), m = r.dec(.actual), limit = r.dec(.limit)
            return Bilingual(en: "\(r.teacherID()): \(home) → \(to) takes \(m) minutes, more than \(limit)",
                             zh: "\(r.teacherID())：\(home) → \(to) 路程 \(m) 分钟，超过 \(limit) 分钟")
        case .exchangeVolume:
            let (g, a, e, need, rate) = (r.groupID(), r.int(.actual), r.int(.base), r.int(.required), r.dec(.policy))
            return Bilingual(en: "group \(g) moves \(a) of \(e) eligible teachers; at least \(need) must move (minRate \(rate))",
                             zh: "集团 \(g) 在 \(e) 名符合条件的教师中交流 \(a) 名；至少须交流 \(need) 名（minRate \(rate)）")
        case .exchangeBackbone:
            let (g, a, n, share) = (r.groupID(), r.int(.actual), r.int(.base), r.percent(.policy))
            return Bilingual(en: "group \(g): \(a) of \(n) movers are backbone; at least \(share)% must be",
                             zh: "集团 \(g)：\(n) 名交流教师中骨干 \(a) 名；骨干至少须占 \(share)%")
        case .exchangeCore:
            let (g, a, n, share) = (r.groupID(), r.int(.actual), r.int(.base), r.percent(.policy))
            return Bilingual(en: "group \(g): \(a) of the core's \(n) backbone teachers leave; at most \(share)% may",
                             zh: "集团 \(g)：核心校 \(n) 名骨干教师中 \(a) 名调出；至多可调出 \(share)%")
        case .exchangeBudget:
            let (g, spent, budget) = (r.groupID(), r.dec(.actual), r.dec(.limit))
            return Bilingual(en: "group \(g) spends \(spent) yuan a year; the budget is \(budget)",
                             zh: "集团 \(g) 每年花费 \(spent) 元；经费为 \(budget) 元")
        case .exchangeHeadcount:
            let s = r.school(0), (i, o, tol) = (r.int(.inflow), r.int(.outflow), r.dec(.limit))
            return Bilingual(en: "\(s.en) receives \(i) and sends \(o); the difference may be at most \(tol)",
                             zh: "\(s.zh) 调入 \(i) 人、调出 \(o) 人；差额至多为 \(tol)")
        case .exchangeSubject:
            let s = r.school(0), k = r.subject(0), (final, need, had, keep) = (r.int(.actual), r.int(.required), r.int(.before), r.int(.limit))
            return Bilingual(en: "\(s.en) ends with \(final) \(k) teachers; it needs \(need) and had \(had), so at least \(keep) must stay",
                             zh: "\(s.zh) 最终有 \(final) 名\(k.zh)教师；需要 \(need) 名、原有 \(had) 名，至少须保留 \(keep) 名")
        case .trainingYears:
            let n = r.hireID(), (y, low, high, minYears) = (r.int(.actual), r.int(.minimum), r.int(.limit), r.int(.base))
            return Bilingual(en: "\(n) trains \(y) years; allowed \(low)…\(high) (minYears \(minYears), training.maxYears \(high))",
                             zh: "\(n) 培育 \(y) 年；允许 \(low)…\(high) 年（minYears \(minYears)，training.maxYears \(high)）")
        case .trainingHostLink:
            let (n, d, h) = (r.hireID(), r.schoolID(0), r.schoolID(1))
            return Bilingual(en: "\(n) goes to \(d), which is not a member school of the group whose core is \(h)",
                             zh: "\(n) 去向 \(d)，但它不是以 \(h) 为核心校的集团的成员校")
        case .trainingOnce:
            let n = r.f.newHires()[0], times = r.int(.actual), hire = r.x.newHires[n]
            if times == 0 {
                let who = r.x.label(newHire: n)
                return Bilingual(en: "\(who.en) has no placement", zh: "\(who.zh) 没有培育安排")
            }
            return Bilingual(en: "\(hire.id) is placed \(times) times", zh: "\(hire.id) 被安排了 \(times) 次")
        case .trainingCapacity:
            let m = r.x.label(teacher: r.f.teachers()[0]), (load, cap) = (r.int(.actual), r.int(.limit))
            return Bilingual(en: "\(m.en) mentors \(load) new hires; capacity \(cap)", zh: "\(m.zh) 带教 \(load) 名新教师；名额 \(cap) 名")
        case .trainingVacancies:
            let s = r.school(0), k = r.subject(0), (a, y, open) = (r.int(.actual), r.int(.year), r.int(.limit))
            return Bilingual(en: "\(a) \(k) hires arrive at \(s.en) by year \(y) but only \(open) \(k) vacancies are open by then",
                             zh: "到第 \(y) 年有 \(a) 名\(k.zh)新教师到 \(s.zh)，但届时只有 \(open) 个\(k.zh)空岗")
        case .walkingReach:
            let (s, home, m, limit) = (r.schoolID(0), r.schoolID(1), r.dec(.actual), r.dec(.limit))
            return Bilingual(en: "\(s) is \(m) minutes from \(r.teacherID())'s school \(home); at most \(limit)",
                             zh: "\(s) 距 \(r.teacherID()) 所在学校 \(home) \(m) 分钟；至多 \(limit) 分钟")
        case .walkingOneTeacher:
            let line = r.line(), teachers = r.f.teachers().map { r.x.teachers[$0].id.rawValue }
            let (c, s, k) = (line.className, r.x.schools[line.school].id, line.subject)
            return Bilingual(en: "class \(c) at \(s) has \(k) from \(teachers.count) teachers (\(teachers.joined(separator: ", ")))",
                             zh: "\(s) \(c) 的\(k.zh)由 \(teachers.count) 位教师任教（\(teachers.joined(separator: "、"))）")
        case .walkingDemand:
            let (id, a, h) = (r.lineID(), r.int(.actual), r.int(.limit))
            return Bilingual(en: "\(id) gets \(a) lessons for \(h) periods a week", zh: "\(id) 排了 \(a) 节课，每周只需 \(h) 节")
        case .solutionUncovered:
            let (id, listed, left) = (r.lineID(), r.int(.actual), r.int(.required))
            return Bilingual(en: "\(id): the solution lists \(listed) uncovered periods, its lessons leave \(left)",
                             zh: "\(id)：方案列出 \(listed) 节未排课时，按其课表应为 \(left) 节")
        case .walkingOnePlace:
            let (slot, n) = (r.slot(), r.int(.actual))
            return Bilingual(en: "\(r.teacherID()) has \(n) lessons in \(slot)", zh: "\(r.teacherID()) 在 \(slot) 有 \(n) 节课")
        case .walkingOneLesson:
            let line = r.line(), (slot, n) = (r.slot(), r.int(.actual)), s = r.x.schools[line.school].id
            return Bilingual(en: "class \(line.className) at \(s) has \(n) lessons in \(slot)", zh: "\(s) \(line.className) 在 \(slot) 有 \(n) 节课")
        case .walkingSpread:
            let line = r.line(), s = r.x.schools[line.school].id, (n, d, cap) = (r.int(.actual), r.int(.day), r.int(.limit))
            return Bilingual(en: "class \(line.className) at \(s) has \(n) \(line.subject) lessons on day \(d); at most \(cap)",
                             zh: "\(s) \(line.className) 第 \(d) 天有 \(n) 节\(line.subject.zh)；至多 \(cap) 节")
        case .walkingSchoolsPerDay:
            let (n, d, limit) = (r.int(.actual), r.int(.day), r.int(.limit))
            return Bilingual(en: "\(r.teacherID()) teaches at \(n) schools on day \(d); at most \(limit)",
                             zh: "\(r.teacherID()) 第 \(d) 天在 \(n) 所学校上课；至多 \(limit) 所")
        case .walkingLoad:
            let (n, limit) = (r.int(.actual), r.int(.limit))
            if let d = r.f.amount(.day) {
                return Bilingual(en: "\(r.teacherID()) teaches \(n) periods on day \(Int(d)); at most \(limit)",
                                 zh: "\(r.teacherID()) 第 \(Int(d)) 天上 \(n) 节课；至多 \(limit) 节")
            }
            return Bilingual(en: "\(r.teacherID()) teaches \(n) periods a week; at most \(limit)", zh: "\(r.teacherID()) 每周上 \(n) 节课；至多 \(limit) 节")
        case .exchangeMentorReserve:
            return mentorReserve(r, short: nil)
        case .exchangeMove, .exchangeEligibility, .exchangeDestination, .exchangeModel, .trainingModel,
             .exchangeBalanceTerm,
             .exchangeTravelTerm, .exchangePreferenceTerm, .exchangeShortageTerm, .exchangeCostTerm, .exchangeRuralTerm,
             .trainingPlacement, .trainingHost, .trainingMentor, .trainingDestination, .trainingMentorTerm,
             .trainingPreferenceTerm, .trainingPriorityTerm, .trainingYearTerm, .walkingTimetable, .walkingTravel,
             .walkingSlot, .walkingUncoveredTerm, .walkingVisitTerm, .walkingTravelTerm, .pin, .solutionFile,
             .groupsMaxSchools, .groupsMaxStudents, .groupsSameStage, .groupsOnePartnerPerDistrict, .groupsTermYears,
             .groupsNewSchoolsInGroup:
            return Bilingual(en: "\(r.f.rule.name.en) does not hold", zh: "不满足\(r.f.rule.name.zh)")
        }
    }
}

/// What a finding's sentence reads: its entities by kind and its amounts by role.
struct FindingParts {
    let f: Finding
    let x: Instance

    init(_ f: Finding, _ x: Instance) {
        self.f = f
        self.x = x
    }

    /// The record of a solution's list the finding is about, if any.
    var record: (EntityRef.SolutionList, Int)? {
        for ref in f.refs { if case let .record(list, k) = ref { return (list, k) } }
        return nil
    }

    func teacherID(_ i: Int = 0) -> String { x.teachers[f.teachers()[i]].id.rawValue }
    func hireID() -> String { x.newHires[f.newHires()[0]].id.rawValue }
    func schoolID(_ i: Int) -> String { x.schools[f.schools()[i]].id.rawValue }
    func school(_ i: Int) -> Bilingual { x.label(school: f.schools()[i]) }
    func groupID() -> String { x.groups[f.groups()[0]].id.rawValue }
    func subject(_ i: Int) -> Subject { f.subjects()[i] }

    /// The walking demand line the finding names.
    func line() -> DemandLine {
        for ref in f.refs { if case let .demandLine(l) = ref { return x.walkingDemand[l] } }
        preconditionFailure("a finding of \(f.rule) names no demand line")
    }

    /// `S03/7A/math`: a demand line as the checker names it.
    func lineID() -> String {
        let line = line()
        return "\(x.schools[line.school].id)/\(line.className)/\(line.subject)"
    }

    func slot() -> Slot {
        for ref in f.refs { if case let .slot(s) = ref { return s } }
        preconditionFailure("a finding of \(f.rule) names no slot")
    }

    /// An amount that is a count, as a whole number.
    func int(_ role: Amount.Role) -> Int { Int(f.amount(role) ?? 0) }
    /// An amount that is a measure (minutes, yuan, a policy share), as Swift writes it.
    func dec(_ role: Amount.Role) -> String { "\(f.amount(role) ?? 0)" }
    /// A share as a percentage, as Swift writes it (`30.0`).
    func percent(_ role: Amount.Role) -> String { "\((f.amount(role) ?? 0) * 100)" }
    /// A figure of a solution file: integers without a fraction, others in Swift's
    /// shortest round-trip form (as the file writes it); `none` when absent.
    func figure(_ role: Amount.Role) -> String { f.amount(role).map(FindingParts.figure) ?? "none" }

    static func figure(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int64(v)) }
        return "\(v)"
    }
}
