import RotaplanDomain

/// Re-checks a principal's pins (docs/pins.md) on a solution, from the instance and the
/// solution alone: exchange pins on exchange solutions (MODEL.md §4), training pins on
/// training solutions (§5), walking pins on walking solutions (§6); a plan solution (§7)
/// has each list checked by its stage (``PlanCheck`` checks every stage through
/// ``SolutionChecker/check(_:against:)``), and a plan given here directly has all three.
/// Each broken pin is a violation of ``RuleID/pin`` whose first reference is the pin (its
/// place in the pins file and its text), then the person it names.
enum PinCheck {
    static func violations(_ solution: Solution, _ x: Instance) -> [CheckReport.Violation] {
        guard !x.pins.isEmpty, solution.status == .optimal || solution.status == .feasible else { return [] }
        var out = CheckReport()
        func violate(_ i: Int, _ situation: Finding.Situation, _ who: EntityRef, _ amounts: [Amount] = []) {
            out.violate(.pin, situation, [.pin(i), who], amounts)
        }
        func pins(of problem: Pin.Problem) -> [(Int, Pin)] { x.pins.enumerated().filter { $0.element.problem == problem } }
        let problem = solution.problem
        if problem == .exchange || problem == .plan {
            var movesOf: [String: [String]] = [:]
            for e in solution.exchanges { movesOf[e.teacher, default: []].append(e.to) }
            for (i, pin) in pins(of: .exchange) {
                guard let t = pin.teacher else { continue }
                let moves = movesOf[x.teachers[t].id.rawValue] ?? []
                switch pin.rule {
                case let .mustMoveTo(s):
                    if !moves.contains(x.schools[s].id.rawValue) { violate(i, .pinGoesTo(moves), .teacher(t)) }
                case .mustStay:
                    if !moves.isEmpty { violate(i, .pinGoesTo(moves), .teacher(t)) }
                case let .mustNotGoTo(s):
                    if moves.contains(x.schools[s].id.rawValue) { violate(i, .pinSentThere, .teacher(t)) }
                case .mentor, .notOnDay:
                    break
                }
            }
        }
        if problem == .training || problem == .plan {
            var placement: [String: Solution.Placement] = [:]
            for p in solution.placements where placement[p.newHire] == nil { placement[p.newHire] = p }
            for (i, pin) in pins(of: .training) {
                guard let n = pin.newHire else { continue }
                guard let p = placement[x.newHires[n].id.rawValue] else {
                    // An unplaced hire breaks §5 rule 1 (reported there); a positive pin is broken too.
                    if case .mustNotGoTo = pin.rule {} else { violate(i, .pinNotPlaced, .newHire(n)) }
                    continue
                }
                switch pin.rule {
                case let .mentor(m):
                    if p.mentor != x.teachers[m].id.rawValue { violate(i, .pinMentor(p.mentor), .newHire(n)) }
                case let .mustMoveTo(s):
                    if p.destination != x.schools[s].id.rawValue { violate(i, .pinGoesTo([p.destination]), .newHire(n)) }
                case let .mustNotGoTo(s):
                    if p.destination == x.schools[s].id.rawValue { violate(i, .pinSentThere, .newHire(n)) }
                case .mustStay, .notOnDay:
                    break
                }
            }
        }
        if problem == .walking || problem == .plan {
            for (i, pin) in pins(of: .walking) {
                guard let t = pin.teacher, case let .notOnDay(d) = pin.rule else { continue }
                let id = x.teachers[t].id.rawValue
                let on = solution.lessons.filter { $0.teacher == id && $0.day == d }
                if !on.isEmpty {
                    let shown = on.prefix(3).map { Finding.LessonRef(school: $0.school, className: $0.class, period: $0.period) }
                    violate(i, .pinLessonsOnDay(shown), .teacher(t), [Amount(.actual, on.count)])
                }
            }
        }
        return out.violations
    }
}
