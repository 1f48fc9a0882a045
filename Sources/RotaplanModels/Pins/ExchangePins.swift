import RotaplanDomain

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

    /// The pins that cannot hold whatever the other teachers do, one finding each naming
    /// the pin: a must-move-to for a teacher outside E (§2), to their own school, outside
    /// their destinations (§4 "Decision": the home group, or the home district with
    /// allowCrossGroup) or beyond exchange.maxTravelMinutes, and pins of one teacher that
    /// contradict each other (§4.1: a teacher moves at most once).
    public static func conflicts(_ x: Instance) -> [StageExplanation] {
        var out: [StageExplanation] = []
        var byTeacher: [Int: [Int]] = [:]
        for (i, pin) in x.pins.enumerated() where pin.problem == .exchange {
            if let t = pin.teacher { byTeacher[t, default: []].append(i) }
        }
        for t in byTeacher.keys.sorted() {
            let pins = byTeacher[t]!
            let moves = pins.compactMap { i -> (Int, Int)? in if case let .mustMoveTo(s) = x.pins[i].rule { return (s, i) } else { return nil } }
            func contradiction(_ i: Int, _ j: Int, _ s: Int) -> Finding {
                Finding(.pin, .pinsContradict, refs: [.pin(i), .pin(j), .teacher(t), .school(s)])
            }
            for (s, i) in moves {
                if let other = moves.first(where: { $0.0 != s }), x.pins[other.1].origin.record > x.pins[i].origin.record {
                    out.append(contradiction(i, other.1, s))
                }
                if let stay = pins.first(where: { x.pins[$0].rule == .mustStay }) { out.append(contradiction(i, stay, s)) }
                if let closed = pins.first(where: { x.pins[$0].rule == .mustNotGoTo(school: s) }) { out.append(contradiction(i, closed, s)) }
                if let why = whyCannotMove(x, t, to: s) {
                    var refs: [EntityRef] = [.pin(i), .teacher(t), .school(s)]
                    if case .outsideGroup = why, let g = x.schools[s].group { refs.append(.group(g)) }
                    out.append(Finding(.pin, .moveImpossible(why), refs: refs))
                }
            }
        }
        return out
    }

    /// Why teacher t can never move to school s under §4, or nil if the move exists.
    static func whyCannotMove(_ x: Instance, _ t: Int, to s: Int) -> Finding.MoveObstacle? {
        let p = x.policy.exchange
        let teacher = x.teachers[t]
        let home = teacher.school
        if case let .ineligible(why) = x.eligibility(ofTeacher: t) { return .ineligible(why) }
        if s == home { return .alreadyThere }
        let g = x.schools[home].group!
        if p.allowCrossGroup {
            if x.schools[s].group == nil || !x.sameDistrict(s, home) { return .outsideDistrict(x.schools[home].district) }
        } else if x.schools[s].group != g {
            return .outsideGroup
        }
        if let m = x.travel.minutes(home, s), m > p.maxTravelMinutes { return .tooFar(minutes: m, limit: p.maxTravelMinutes) }
        return nil
    }
}
