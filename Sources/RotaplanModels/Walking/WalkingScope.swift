import RotaplanDomain

/// Who may serve what in walking teaching 走教 (MODEL.md §6), computed once from an
/// instance and shared by the integer program (``WalkingModel``), the greedy baseline
/// (``WalkingGreedy``) and the explanation of uncovered demand (``WalkingExplanation``).
///
/// - Itinerant teachers: those with `itinerant`.
/// - Teacher t may serve line l if l's subject is t's subject or in otherSubjects, and
///   τ(home(t), school(l)) ≤ walking.maxTravelMinutes.
/// - Usable slots of (t, l): A(l) without t's unavailable slots.
public struct WalkingScope: Sendable {
    public let instance: Instance
    /// Days of the week (calendar.days) and the periods with their times; empty without a calendar.
    public let days: Int
    public let periods: [WeekCalendar.Period]
    /// Itinerant teachers, in instance order.
    public let teachers: [Int]
    /// Demand lines served by this scope, in instance order.
    public let lines: [Int]
    /// For every line of the instance: teachers of this scope who may serve it, in order.
    public let candidates: [[Int]]
    /// For every teacher of the instance: the lines of this scope they may serve, in order.
    public let linesOfTeacher: [[Int]]
    /// Teacher → day → the `not-on-day` pin (index into `instance.pins`) that keeps the
    /// day free (docs/pins.md): no lesson of t on day D, applied through ``usableSlots(_:_:)``.
    public let pinnedOff: [Int: [Int: Int]]

    /// The whole instance. Throws ``WalkingInputError`` when the instance has demand but
    /// no calendar or a travel time the rules need is unknown.
    public init(_ x: Instance) throws(WalkingInputError) {
        try self.init(x, teachers: x.teachers.indices.filter { x.teachers[$0].itinerant != nil },
                      lines: Array(x.walkingDemand.indices))
    }

    /// A part of the instance: the given itinerant teachers and demand lines only.
    public init(_ x: Instance, teachers: [Int], lines: [Int]) throws(WalkingInputError) {
        instance = x
        var off: [Int: [Int: Int]] = [:]
        for (i, pin) in x.pins.enumerated() {
            if let t = pin.teacher, case let .notOnDay(d) = pin.rule, off[t]?[d] == nil { off[t, default: [:]][d] = i }
        }
        pinnedOff = off
        guard let c = x.calendar else {
            guard x.walkingDemand.isEmpty else { throw .missingCalendar }
            days = 1
            periods = []
            self.teachers = []
            self.lines = []
            candidates = Array(repeating: [], count: x.walkingDemand.count)
            linesOfTeacher = Array(repeating: [], count: x.teachers.count)
            return
        }
        days = c.days
        periods = c.periods
        self.teachers = teachers
        self.lines = lines
        var cand = [[Int]](repeating: [], count: x.walkingDemand.count)
        var ofTeacher = [[Int]](repeating: [], count: x.teachers.count)
        let limit = x.policy.walking.maxTravelMinutes
        for t in teachers {
            let teacher = x.teachers[t]
            for l in lines where teacher.teaches(x.walkingDemand[l].subject) {
                let s = x.walkingDemand[l].school
                guard let minutes = x.travel.minutes(teacher.school, s) else {
                    throw .missingTravel(from: x.schools[teacher.school].id.rawValue, to: x.schools[s].id.rawValue)
                }
                guard minutes <= limit else { continue }
                cand[l].append(t)
                ofTeacher[t].append(l)
            }
            // Rule 6 needs τ between every two schools the teacher may teach at.
            let schools = Set(ofTeacher[t].map { x.walkingDemand[$0].school }).sorted()
            for a in schools {
                for b in schools where a != b && x.travel.minutes(a, b) == nil {
                    throw .missingTravel(from: x.schools[a].id.rawValue, to: x.schools[b].id.rawValue)
                }
            }
        }
        candidates = cand
        linesOfTeacher = ofTeacher
    }

    /// The teacher's weekly maximum: `itinerant.maxPeriodsPerWeek`, else walking.maxPeriodsPerWeek.
    public func weekLimit(_ t: Int) -> Int {
        instance.teachers[t].itinerant?.maxPeriodsPerWeek ?? instance.policy.walking.maxPeriodsPerWeek
    }

    /// A(l) without t's unavailable slots and without the days a pin keeps free
    /// (docs/pins.md): every model, the greedy and the explanations go through here.
    public func usableSlots(_ t: Int, _ l: Int) -> [Slot] {
        let off = instance.teachers[t].itinerant?.unavailable ?? []
        let days = pinnedOff[t] ?? [:]
        return instance.walkingDemand[l].slots.filter { !off.contains($0) && days[$0.day] == nil }
    }

    /// The pin (index into `instance.pins`) that keeps teacher t from teaching on day d.
    public func pin(keeping t: Int, offDay d: Int) -> Int? { pinnedOff[t]?[d] }

    /// The number of columns ``WalkingModel`` makes for this scope (a, y, v and u), counted
    /// without building it: the solve uses it to share its time and to leave city-size
    /// parts, whose model alone takes seconds to build, to the neighbourhood search.
    public var columnCount: Int {
        var count = lines.count
        for t in teachers {
            var visits = Set<Int>()
            for l in linesOfTeacher[t] {
                let slots = usableSlots(t, l)
                guard !slots.isEmpty else { continue }
                count += 1 + slots.count
                let s = instance.walkingDemand[l].school
                for slot in slots { visits.insert(s * (days + 1) + slot.day) }
            }
            count += visits.count
        }
        return count
    }

    /// ⌈h(l) / days⌉, the most periods of line l on one day (rule 5).
    public func dailyCap(_ l: Int) -> Int {
        let h = instance.walkingDemand[l].periodsPerWeek
        return (h + days - 1) / days
    }

    /// τ(a, b) in minutes (0 for a = b); the scope checked that every pair it uses is known.
    public func minutes(_ a: Int, _ b: Int) -> Double { instance.travel.minutes(a, b) ?? .infinity }

    /// Minutes between the end of period p and the start of period q (1-based).
    public func gap(_ p: Int, _ q: Int) -> Int { periods[q - 1].start - periods[p - 1].end }

    /// Rule 6: teaching at school a in period p and at school b in a later period q of the
    /// same day leaves too little time for the journey: start(q) − end(p) < τ(a, b), a ≠ b.
    public func conflict(_ a: Int, _ p: Int, _ b: Int, _ q: Int) -> Bool {
        a != b && p < q && Double(gap(p, q)) < minutes(a, b)
    }

    /// Cost of one visit day of teacher t at school s (§6 objective): visit +
    /// travelHalfHour · τ(home(t), s) / 30, and 0 at the home school (§10).
    public func visitCost(_ t: Int, _ s: Int) -> Double {
        let home = instance.teachers[t].school
        guard s != home else { return 0 }
        let w = instance.policy.weights.walking
        return w.visit + w.travelHalfHour * minutes(home, s) / 30
    }

    /// Splits the scope into parts that share no decision: teachers are joined to the
    /// lines they may serve, and lines of one class are joined (rule 4). The optimum of
    /// the whole is the sum of the parts' optima. Lines nobody may serve are left out
    /// (they are uncovered in every plan). Parts come in order of their first line.
    public func components() throws(WalkingInputError) -> [WalkingScope] {
        let x = instance
        var sets = DisjointSets(count: x.walkingDemand.count)  // over lines
        for t in teachers { for l in linesOfTeacher[t].dropFirst() { sets.union(linesOfTeacher[t][0], l) } }
        var firstOfClass: [String: Int] = [:]
        for l in lines {
            let key = "\(x.walkingDemand[l].school)|\(x.walkingDemand[l].className)"
            if let f = firstOfClass[key] { sets.union(f, l) } else { firstOfClass[key] = l }
        }
        var linesOfRoot: [Int: [Int]] = [:]
        var order: [Int] = []
        for l in lines where !candidates[l].isEmpty {
            let r = sets.find(l)
            if linesOfRoot[r] == nil { order.append(r) }
            linesOfRoot[r, default: []].append(l)
        }
        // Lines of a class nobody serves still share rule 4 with the served ones; keep them.
        for l in lines where candidates[l].isEmpty {
            let r = sets.find(l)
            if linesOfRoot[r] != nil { linesOfRoot[r]!.append(l) }
        }
        var teachersOfRoot: [Int: [Int]] = [:]
        for t in teachers where !linesOfTeacher[t].isEmpty { teachersOfRoot[sets.find(linesOfTeacher[t][0]), default: []].append(t) }
        var out: [WalkingScope] = []
        for r in order {
            out.append(try WalkingScope(x, teachers: teachersOfRoot[r] ?? [], lines: linesOfRoot[r]!.sorted()))
        }
        return out
    }
}

/// A fact walking teaching needs that the instance does not give.
public enum WalkingInputError: Error, Equatable, CustomStringConvertible {
    case missingCalendar
    case missingTravel(from: String, to: String)
    public var description: String {
        switch self {
        case .missingCalendar:
            return "calendar: the instance has walkingDemand but no calendar; walking teaching (MODEL.md §6) needs the days and the start and end of every period"
        case let .missingTravel(a, b):
            return "travel: no minutes between \(a) and \(b), needed for walking teaching; add a travel row or give both schools a location"
        }
    }
}
