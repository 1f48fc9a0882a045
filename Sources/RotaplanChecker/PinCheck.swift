import RotaplanDomain

/// Re-checks a principal's pins (docs/pins.md) on a solution, from the instance and the
/// solution alone: exchange pins on exchange solutions (MODEL.md §4), training pins on
/// training solutions (§5), walking pins on walking solutions (§6); a plan solution (§7)
/// has each list checked by its stage (``PlanCheck`` checks every stage through
/// ``SolutionChecker/check(_:against:)``), and a plan given here directly has all three.
/// Each broken pin is a violation of rule "pins" that names the pin by its place in the
/// pins file and its text.
enum PinCheck {
    static func violations(_ solution: Solution, _ x: Instance) -> [CheckReport.Violation] {
        guard !x.pins.isEmpty, solution.status == .optimal || solution.status == .feasible else { return [] }
        var out: [CheckReport.Violation] = []
        func violate(_ pin: Pin, _ message: String) { out.append(.init(rule: "pins", message: "\(pin.label): \(message)")) }
        func school(_ s: Int) -> String { "\(x.schools[s].id) (\(x.schools[s].name))" }
        func schoolText(_ id: String) -> String { x.schoolIndex[SchoolID(id)].map(school) ?? id }
        let problem = solution.problem
        if problem == .exchange || problem == .plan {
            var movesOf: [String: [String]] = [:]
            for e in solution.exchanges { movesOf[e.teacher, default: []].append(e.to) }
            for pin in x.pins(of: .exchange) {
                guard let t = pin.teacher else { continue }
                let teacher = x.teachers[t]
                let who = "\(teacher.id) (\(teacher.name))"
                let moves = movesOf[teacher.id.rawValue] ?? []
                switch pin.rule {
                case let .mustMoveTo(s):
                    if !moves.contains(x.schools[s].id.rawValue) {
                        violate(pin, moves.isEmpty ? "\(who) must move to \(school(s)) but stays at \(school(teacher.school))"
                                                   : "\(who) must move to \(school(s)) but goes to \(moves.map(schoolText).joined(separator: ", "))")
                    }
                case .mustStay:
                    if !moves.isEmpty { violate(pin, "\(who) must stay at \(school(teacher.school)) but goes to \(moves.map(schoolText).joined(separator: ", "))") }
                case let .mustNotGoTo(s):
                    if moves.contains(x.schools[s].id.rawValue) { violate(pin, "\(who) must not go to \(school(s)) but the plan sends them there") }
                case .mentor, .notOnDay:
                    break
                }
            }
        }
        if problem == .training || problem == .plan {
            var placement: [String: Solution.Placement] = [:]
            for p in solution.placements where placement[p.newHire] == nil { placement[p.newHire] = p }
            for pin in x.pins(of: .training) {
                guard let n = pin.newHire else { continue }
                let hire = x.newHires[n]
                let who = "\(hire.id) (\(hire.name))"
                guard let p = placement[hire.id.rawValue] else {
                    // An unplaced hire breaks §5 rule 1 (reported there); a positive pin is broken too.
                    if case .mustNotGoTo = pin.rule {} else { violate(pin, "\(who) is not placed") }
                    continue
                }
                switch pin.rule {
                case let .mentor(m):
                    let mentor = x.teachers[m]
                    if p.mentor != mentor.id.rawValue {
                        violate(pin, "\(who) must be mentored by \(mentor.id) (\(mentor.name)) but the plan gives mentor \(p.mentor)")
                    }
                case let .mustMoveTo(s):
                    if p.destination != x.schools[s].id.rawValue {
                        violate(pin, "\(who) must go to \(school(s)) after training but the plan sends them to \(schoolText(p.destination))")
                    }
                case let .mustNotGoTo(s):
                    if p.destination == x.schools[s].id.rawValue { violate(pin, "\(who) must not go to \(school(s)) but the plan sends them there") }
                case .mustStay, .notOnDay:
                    break
                }
            }
        }
        if problem == .walking || problem == .plan {
            for pin in x.pins(of: .walking) {
                guard let t = pin.teacher, case let .notOnDay(d) = pin.rule else { continue }
                let id = x.teachers[t].id.rawValue
                let on = solution.lessons.filter { $0.teacher == id && $0.day == d }
                if !on.isEmpty {
                    let shown = on.prefix(3).map { "\($0.school) \($0.class) period \($0.period)" }.joined(separator: "; ")
                    violate(pin, "\(id) (\(x.teachers[t].name)) must have no lesson on day \(d) but teaches \(on.count) there (\(shown)\(on.count > 3 ? "; …" : ""))")
                }
            }
        }
        return out
    }
}
