import RotaplanDomain
import RotaplanFormats
import RotaplanText

/// The exchange pins of an instance (docs/pins.md) in the form ``ExchangeModel`` and
/// ``ExchangeGreedy`` read them, and the pins that cannot hold whatever the other
/// teachers do, explained in the user's terms (MODEL.md §4).
///
/// - `must-move-to S`: x[t,S] = 1, so t's other destinations get no variable;
/// - `must-stay`: Σ_s x[t,s] = 0, so t gets no variable;
/// - `must-not-go-to S`: x[t,S] = 0, so x[t,S] gets no variable. It is about the
///   exchange only: walking teaching at S (§6) stays allowed.
public struct ExchangePins: Sendable {
    /// Teacher → the school a `must-move-to` pin sends them to (the first such pin).
    public private(set) var forced: [Int: (school: Int, pin: Pin)] = [:]
    /// Teachers pinned by `must-stay`.
    public private(set) var staying: Set<Int> = []
    /// Teacher → schools a `must-not-go-to` pin closes.
    public private(set) var closed: [Int: Set<Int>] = [:]
    /// Every teacher with an exchange pin: never merged with another teacher in the
    /// aggregated formulation.
    public private(set) var pinned: Set<Int> = []

    public init(_ x: Instance) {
        for pin in x.pins(of: .exchange) {
            guard let t = pin.teacher else { continue }
            pinned.insert(t)
            switch pin.rule {
            case let .mustMoveTo(s): if forced[t] == nil { forced[t] = (s, pin) }
            case .mustStay: staying.insert(t)
            case let .mustNotGoTo(s): closed[t, default: []].insert(s)
            case .mentor, .notOnDay: break
            }
        }
    }

    /// Whether the pins let teacher t move to school s.
    public func allows(_ t: Int, to s: Int) -> Bool {
        if staying.contains(t) || closed[t]?.contains(s) == true { return false }
        if let f = forced[t] { return f.school == s }
        return true
    }

    /// The pins that cannot hold whatever the other teachers do, one sentence each naming
    /// the pin: a must-move-to for a teacher outside E (§2), to their own school, outside
    /// their destinations (§4 "Decision": the home group, or the home district with
    /// allowCrossGroup) or beyond exchange.maxTravelMinutes, and pins of one teacher that
    /// contradict each other (§4.1: a teacher moves at most once).
    public static func conflicts(_ x: Instance) -> [Bilingual] {
        var out: [Bilingual] = []
        var byTeacher: [Int: [Pin]] = [:]
        for pin in x.pins(of: .exchange) { if let t = pin.teacher { byTeacher[t, default: []].append(pin) } }
        for t in byTeacher.keys.sorted() {
            let pins = byTeacher[t]!
            let (who, whoZh) = (x.label(teacher: t).en, x.label(teacher: t).zh)
            let moves = pins.compactMap { pin -> (Int, Pin)? in if case let .mustMoveTo(s) = pin.rule { return (s, pin) } else { return nil } }
            for (s, pin) in moves {
                if let other = moves.first(where: { $0.0 != s }), other.1.origin.record > pin.origin.record {
                    out.append(Bilingual(en: "\(pin.label) and \(other.1.label) contradict each other: \(who) can move to one school only (§4.1)",
                                         zh: "\(pin.labelZh)与\(other.1.labelZh)相互矛盾：\(whoZh) 只能交流到一所学校（§4.1）"))
                }
                if let stay = pins.first(where: { $0.rule == .mustStay }) {
                    out.append(Bilingual(en: "\(pin.label) and \(stay.label) contradict each other: \(who) cannot both move to \(x.label(school: s).en) and stay",
                                         zh: "\(pin.labelZh)与\(stay.labelZh)相互矛盾：\(whoZh) 不能既调往 \(x.label(school: s).zh) 又留任"))
                }
                if let closed = pins.first(where: { $0.rule == .mustNotGoTo(school: s) }) {
                    out.append(Bilingual(en: "\(pin.label) and \(closed.label) contradict each other: \(who) cannot both go and not go to \(x.label(school: s).en)",
                                         zh: "\(pin.labelZh)与\(closed.labelZh)相互矛盾：\(whoZh) 不能既调往又不调往 \(x.label(school: s).zh)"))
                }
                if let why = whyCannotMove(x, t, to: s) { out.append(why.prefixed(en: "\(pin.label): ", zh: "\(pin.labelZh)：")) }
            }
        }
        return out
    }

    /// Why teacher t can never move to school s under §4, or nil if the move exists.
    static func whyCannotMove(_ x: Instance, _ t: Int, to s: Int) -> Bilingual? {
        let p = x.policy.exchange
        let teacher = x.teachers[t]
        let (who, whoZh) = (x.label(teacher: t).en, x.label(teacher: t).zh)
        let home = teacher.school
        let reasons = x.eligibility(ofTeacher: t).reasons
        if !reasons.isEmpty {
            let n = JSONText.number, id = x.schools[home].id
            let why = reasons.map { reason -> Bilingual in
                switch reason {
                case .schoolInNoGroup:
                    return Bilingual(en: "their school \(x.label(school: home).en) is in no group", zh: "所在学校 \(x.label(school: home).zh) 不属于任何集团")
                case let .tooFewYearsAtSchool(has, needs):
                    return Bilingual(en: "\(n(has)) years at \(id), fewer than the \(n(needs)) exchange.minYearsAtSchool asks",
                                     zh: "在 \(id) 任教 \(n(has)) 年，少于 exchange.minYearsAtSchool 要求的 \(n(needs)) 年")
                case .exempt: return Bilingual(en: "they are exempt", zh: "该教师免于交流")
                case let .nearRetirement(left, limit):
                    return Bilingual(en: "\(n(left)) years from retirement, within exchange.retirementExemptYears \(n(limit))",
                                     zh: "距退休 \(n(left)) 年，在 exchange.retirementExemptYears（\(n(limit)) 年）以内")
                case .onExchange: return Bilingual(en: "they are in the middle of an exchange term (§11)", zh: "该教师正在交流期内（§11）")
                }
            }
            return Bilingual.joined(why).prefixed(en: "\(who) is not eligible for the exchange (§2 E): ",
                                                  zh: "\(whoZh) 不符合交流条件（§2 E）：")
        }
        if s == home { return Bilingual(en: "\(who) already works at \(x.label(school: s).en)", zh: "\(whoZh) 已在 \(x.label(school: s).zh) 任教") }
        let g = x.schools[home].group!
        if p.allowCrossGroup {
            if x.schools[s].group == nil || !x.sameDistrict(s, home) {
                let district = x.schools[home].district
                return Bilingual(en: "\(x.label(school: s).en) is not a school of a group in \(who)'s district \(district ?? "(none)") (§4 destinations)",
                                 zh: "\(x.label(school: s).zh) 不是 \(whoZh) 所在区县\(district.map { " \($0) " } ?? "（未填写）")内集团的学校（§4 交流去向）")
            }
        } else if x.schools[s].group != g {
            let target = x.schools[s].group.map { "group \(x.groups[$0].id)" } ?? "no group"
            let targetZh = x.schools[s].group.map { "集团 \(x.groups[$0].id)" } ?? "任何集团之外"
            return Bilingual(en: "\(x.label(school: s).en) is in \(target), not in \(who)'s group \(x.groups[g].id) (§4 destinations; exchange.allowCrossGroup is off)",
                             zh: "\(x.label(school: s).zh) 在\(targetZh)，不在 \(whoZh) 所在的集团 \(x.groups[g].id)（§4 交流去向；未开启 exchange.allowCrossGroup）")
        }
        if let m = x.travel.minutes(home, s), m > p.maxTravelMinutes {
            let minutes = JSONText.number(m), limit = JSONText.number(p.maxTravelMinutes)
            return Bilingual(en: "\(x.label(school: s).en) is \(minutes) minutes from \(who)'s school \(x.schools[home].id), more than exchange.maxTravelMinutes \(limit) (§4 destinations)",
                             zh: "\(x.label(school: s).zh) 距 \(whoZh) 所在学校 \(x.schools[home].id) \(minutes) 分钟，超过 exchange.maxTravelMinutes（\(limit) 分钟）（§4 交流去向）")
        }
        return nil
    }
}
