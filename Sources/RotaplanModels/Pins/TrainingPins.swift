import RotaplanDomain
import RotaplanText

/// The training pins of an instance (docs/pins.md) in the form ``TrainingModel`` and
/// ``TrainingGreedy`` read them, and the pins that cannot hold whatever the other hires
/// do, explained in the user's terms (MODEL.md §5).
///
/// - `N mentor T`: p[N,T] = 1, so N trains at T's school and no other mentor is offered;
/// - `N must-move-to S`: Σ_L z[N,S,L] = 1, so N's other destinations get no variable;
/// - `N must-not-go-to S`: Σ_L z[N,S,L] = 0, so z[N,S,·] get no variable.
public struct TrainingPins: Sendable {
    /// Hire → the mentor a `mentor` pin names (the first such pin).
    public private(set) var mentor: [Int: (teacher: Int, pin: Pin)] = [:]
    /// Hire → the school a `must-move-to` pin sends them to (the first such pin).
    public private(set) var forced: [Int: (school: Int, pin: Pin)] = [:]
    /// Hire → schools a `must-not-go-to` pin closes.
    public private(set) var closed: [Int: Set<Int>] = [:]
    /// Teachers named as mentors: a class of their own in the aggregated formulation.
    public private(set) var pinnedMentors: Set<Int> = []

    public init(_ x: Instance) {
        for pin in x.pins(of: .training) {
            guard let n = pin.newHire else { continue }
            switch pin.rule {
            case let .mentor(t):
                pinnedMentors.insert(t)
                if mentor[n] == nil { mentor[n] = (t, pin) }
            case let .mustMoveTo(s): if forced[n] == nil { forced[n] = (s, pin) }
            case let .mustNotGoTo(s): closed[n, default: []].insert(s)
            case .mustStay, .notOnDay: break
            }
        }
    }

    /// Whether the pins let hire n train at host c (a mentor pin names c's teacher).
    public func allows(_ n: Int, host c: Int, in x: Instance) -> Bool {
        guard let m = mentor[n] else { return true }
        return x.teachers[m.teacher].school == c
    }

    /// Whether the pins let hire n go to school s after training.
    public func allows(_ n: Int, destination s: Int) -> Bool {
        if closed[n]?.contains(s) == true { return false }
        if let f = forced[n] { return f.school == s }
        return true
    }

    /// The pins that cannot hold whatever the other hires do, one sentence each naming the
    /// pin: a mentor at no host of the hire (§5 hosts), of another subject or with no
    /// mentoring capacity, or pinned to more hires than their capacity (§5 rule 3); a
    /// destination outside the host groups' member schools or without a vacancy of the
    /// hire's subject within training.maxYears (§5 rule 4), or more hires pinned to a
    /// school than its vacancies; and pins of one hire that contradict each other. Each
    /// sentence in English and Chinese.
    public static func conflicts(_ x: Instance) -> [Bilingual] {
        var out: [Bilingual] = []
        let maxYears = x.policy.training.maxYears
        let cumulative = TrainingModel.cumulativeVacancies(x)
        var byHire: [Int: [Pin]] = [:]
        var mentorPins: [Int: [Pin]] = [:]
        var schoolPins: [String: [Pin]] = [:]
        for pin in x.pins(of: .training) {
            guard let n = pin.newHire else { continue }
            byHire[n, default: []].append(pin)
            if case let .mentor(t) = pin.rule { mentorPins[t, default: []].append(pin) }
            if case let .mustMoveTo(s) = pin.rule { schoolPins["\(s)|\(x.newHires[n].subject.key)", default: []].append(pin) }
        }
        for n in byHire.keys.sorted() {
            let pins = byHire[n]!
            let hire = x.newHires[n]
            let (who, whoZh) = (x.label(newHire: n).en, x.label(newHire: n).zh)
            let hosts = TrainingModel.hosts(ofHire: n, in: x)
            let hostText = hosts.isEmpty ? "no host school" : "host school\(hosts.count == 1 ? "" : "s") " + hosts.map { x.label(school: $0).en }.joined(separator: ", ")
            let hostTextZh = hosts.isEmpty ? "\(whoZh)没有培育学校" : "\(whoZh)的培育学校是 " + hosts.map { x.label(school: $0).zh }.joined(separator: "、")
            let k = hire.subject
            var mentorHost: Int?
            for (i, pin) in pins.enumerated() {
                for other in pins[(i + 1)...] {
                    switch (pin.rule, other.rule) {
                    case let (.mentor(a), .mentor(b)) where a != b:
                        out.append(Bilingual(
                            en: "\(pin.label) and \(other.label) contradict each other: \(who) has one mentor (§5 rule 1)",
                            zh: "\(pin.labelZh)与\(other.labelZh)相互矛盾：\(whoZh)只能有一名导师（§5 规则 1）"))
                    case let (.mustMoveTo(a), .mustMoveTo(b)) where a != b:
                        out.append(Bilingual(
                            en: "\(pin.label) and \(other.label) contradict each other: \(who) goes to one school (§5 rule 1)",
                            zh: "\(pin.labelZh)与\(other.labelZh)相互矛盾：\(whoZh)只能去往一所学校（§5 规则 1）"))
                    case let (.mustMoveTo(a), .mustNotGoTo(b)) where a == b, let (.mustNotGoTo(b), .mustMoveTo(a)) where a == b:
                        out.append(Bilingual(
                            en: "\(pin.label) and \(other.label) contradict each other: \(who) cannot both go and not go to \(x.label(school: a).en)",
                            zh: "\(pin.labelZh)与\(other.labelZh)相互矛盾：\(whoZh)不能既调往又不调往 \(x.label(school: a).zh)"))
                    default: break
                    }
                }
                switch pin.rule {
                case let .mentor(t):
                    let m = x.teachers[t]
                    if !hosts.contains(m.school) {
                        out.append(Bilingual(
                            en: "\(pin.label): \(x.label(teacher: t).en) works at \(x.label(school: m.school).en), but \(who) trains at \(hostText) (§5 hosts: the core of the hire's group)",
                            zh: "\(pin.labelZh)：\(x.label(teacher: t).zh)任职于 \(x.label(school: m.school).zh)，但 \(hostTextZh)（§5 培育学校：新教师所在集团的核心校）"))
                    } else {
                        mentorHost = m.school
                    }
                    if m.subject != k {
                        out.append(Bilingual(
                            en: "\(pin.label): \(x.label(teacher: t).en) teaches \(m.subject) as primary subject, \(who) is a \(k) teacher (§5: a mentor teaches the hire's subject)",
                            zh: "\(pin.labelZh)：\(x.label(teacher: t).zh)的主教学科是\(m.subject.zh)，而 \(whoZh)是\(k.zh)教师（§5：导师须与新教师学科相同）"))
                    }
                    if x.mentorCapacity(ofTeacher: t) <= 0 {
                        out.append(Bilingual(
                            en: "\(pin.label): \(x.label(teacher: t).en) has mentoring capacity 0 (neither backbone nor senior, and no mentorCapacity given; §5)",
                            zh: "\(pin.labelZh)：\(x.label(teacher: t).zh)的带教人数为 0（既非骨干教师也非高级教师，且未填写带教人数 mentorCapacity；§5）"))
                    }
                case let .mustMoveTo(s):
                    let groups = hosts.compactMap { x.schools[$0].group }
                    if !groups.contains(where: { x.groups[$0].members.contains(s) }) {
                        let ids = groups.map { x.groups[$0].id.rawValue }
                        let names = ids.joined(separator: ", ")
                        out.append(Bilingual(
                            en: "\(pin.label): \(x.label(school: s).en) is not a member school of \(who)'s host group\(groups.count == 1 ? "" : "s") \(names.isEmpty ? "(none)" : names) (§5 destinations)",
                            zh: ids.isEmpty
                                ? "\(pin.labelZh)：\(whoZh)没有培育集团，\(x.label(school: s).zh)不能作为其去向学校（§5 去向学校）"
                                : "\(pin.labelZh)：\(x.label(school: s).zh)不是 \(whoZh)的培育集团 \(ids.joined(separator: "、")) 的成员校（§5 去向学校）"))
                    } else if TrainingModel.shortest(ofHire: n, in: x) <= maxYears,
                              (cumulative[s]?[k]?[maxYears] ?? 0) == 0 {
                        out.append(Bilingual(
                            en: "\(pin.label): no \(k) vacancy opens at \(x.label(school: s).en) within \(maxYears) years (training.maxYears; §5 rule 4)",
                            zh: "\(pin.labelZh)：\(x.label(school: s).zh)在 \(maxYears) 年内没有\(k.zh)空缺岗位（training.maxYears；§5 规则 4）"))
                    }
                default: break
                }
            }
            if let c = mentorHost, let g = x.schools[c].group, let f = pins.first(where: { if case .mustMoveTo = $0.rule { return true } else { return false } }),
               case let .mustMoveTo(s) = f.rule, !x.groups[g].members.contains(s),
               let m = pins.first(where: { if case .mentor = $0.rule { return true } else { return false } }),
               x.groups.contains(where: { $0.members.contains(s) && hosts.contains($0.core) }) {
                out.append(Bilingual(
                    en: "\(m.label) and \(f.label) contradict each other: a mentor at \(x.label(school: c).en) trains hires for \(x.groups[g].id)'s member schools, and \(x.label(school: s).en) is not one of them (§5 rule 2)",
                    zh: "\(m.labelZh)与\(f.labelZh)相互矛盾：\(x.label(school: c).zh)的导师只为 \(x.groups[g].id) 的成员校培育新教师，而 \(x.label(school: s).zh)不是其成员校（§5 规则 2）"))
            }
        }
        for t in mentorPins.keys.sorted() {
            let pins = mentorPins[t]!
            let hires = Set(pins.compactMap(\.newHire)).count
            let capacity = x.mentorCapacity(ofTeacher: t)
            if hires > capacity && capacity > 0 {
                out.append(Bilingual(
                    en: "\(pins.map(\.label).joined(separator: ", ")): \(x.label(teacher: t).en) is pinned as mentor of \(hires) new hires but can mentor \(capacity) (§5 rule 3)",
                    zh: "\(pins.map(\.labelZh).joined(separator: "、"))：\(x.label(teacher: t).zh)被指定为 \(hires) 名新教师的导师，但最多只能带教 \(capacity) 名（§5 规则 3）"))
            }
        }
        for key in schoolPins.keys.sorted() {
            let pins = schoolPins[key]!
            let hires = Set(pins.compactMap(\.newHire)).count
            guard hires > 1, case let .mustMoveTo(s) = pins[0].rule, let k = pins[0].newHire.map({ x.newHires[$0].subject }) else { continue }
            let open = cumulative[s]?[k]?[maxYears] ?? 0
            if open > 0 && hires > open {
                out.append(Bilingual(
                    en: "\(pins.map(\.label).joined(separator: ", ")): \(hires) \(k) hires are pinned to \(x.label(school: s).en) but only \(open) \(k) vacanc\(open == 1 ? "y opens" : "ies open") there within \(maxYears) years (§5 rule 4)",
                    zh: "\(pins.map(\.labelZh).joined(separator: "、"))：\(hires) 名\(k.zh)新教师被指定调往 \(x.label(school: s).zh)，但该校 \(maxYears) 年内只有 \(open) 个\(k.zh)空缺岗位（§5 规则 4）"))
            }
        }
        return out
    }
}
