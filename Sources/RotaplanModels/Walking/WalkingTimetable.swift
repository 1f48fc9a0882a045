import RotaplanDomain

/// A weekly timetable being built or read back, with the test of whether one more lesson
/// keeps every rule of MODEL.md §6. Used by the greedy baseline and to explain uncovered
/// demand; the checker has its own, independent test.
public struct WalkingTimetable: Sendable {
    public let scope: WalkingScope
    /// Teacher of each line (rule 1, continuity), by line.
    public private(set) var teacherOfLine: [Int: Int] = [:]
    /// Lessons of each line.
    public private(set) var taught: [Int: Int] = [:]
    /// What teacher t does in slot (d, p): the line taught.
    public private(set) var busy: [Int: [Slot: Int]] = [:]
    /// What class (school/class key) has in a slot: the line taught.
    private var classBusy: [String: [Slot: Int]] = [:]
    /// The lessons in the order they were added.
    public private(set) var lessons: WalkingModel.Plan = []

    public init(_ scope: WalkingScope) { self.scope = scope }

    /// Why a lesson cannot be added, in the user's terms.
    public typealias Obstacle = Finding.WalkingObstacle

    func classKey(_ l: Int) -> String {
        let line = scope.instance.walkingDemand[l]
        return "\(line.school)|\(line.className)"
    }

    /// Lessons of teacher t on day d: (period, school).
    func day(_ t: Int, _ d: Int) -> [(period: Int, school: Int)] {
        (busy[t] ?? [:]).compactMap { $0.key.day == d ? ($0.key.period, scope.instance.walkingDemand[$0.value].school) : nil }
    }

    /// The first rule that adding lesson (t, l, slot) would break, or `nil` when it keeps
    /// every rule of §6.
    public func obstacle(_ t: Int, _ l: Int, _ slot: Slot) -> Obstacle? {
        let x = scope.instance
        let line = x.walkingDemand[l]
        guard x.teachers[t].teaches(line.subject) else { return .notQualified }
        guard scope.candidates[l].contains(t) else { return .outOfReach }
        guard line.slots.contains(slot) else { return .notOffered }
        if x.teachers[t].itinerant?.unavailable.contains(slot) == true { return .unavailable }
        if let pin = scope.pin(keeping: t, offDay: slot.day) { return .pinnedOff(pin: pin) }
        if let other = teacherOfLine[l], other != t { return .lineTaken(by: other) }
        if taught[l, default: 0] >= line.periodsPerWeek { return .lineComplete }
        let week = scope.weekLimit(t)
        if (busy[t]?.count ?? 0) >= week { return .weekLoad(limit: week) }
        if let other = busy[t]?[slot] { return .teacherBusy(line: other) }
        if let other = classBusy[classKey(l)]?[slot] { return .classBusy(line: other) }
        let cap = scope.dailyCap(l)
        let sameDay = (busy[t] ?? [:]).filter { $0.key.day == slot.day }
        if sameDay.filter({ $0.value == l }).count >= cap { return .spread(cap: cap) }
        let s = line.school
        for (q, b) in day(t, slot.day).sorted(by: { $0.period < $1.period }) {
            if q < slot.period && scope.conflict(b, q, s, slot.period) { return .travel(school: b, period: q, after: false) }
            if q > slot.period && scope.conflict(s, slot.period, b, q) { return .travel(school: b, period: q, after: true) }
        }
        let schools = Set(day(t, slot.day).map(\.school)).union([s])
        let limit = x.policy.walking.maxSchoolsPerDay
        if schools.count > limit { return .schoolsPerDay(limit: limit) }
        let perDay = x.policy.walking.maxPeriodsPerDay
        if sameDay.count >= perDay { return .dayLoad(limit: perDay) }
        return nil
    }

    /// Adds a lesson (the caller has checked ``obstacle(_:_:_:)``).
    public mutating func add(_ t: Int, _ l: Int, _ slot: Slot) {
        teacherOfLine[l] = t
        taught[l, default: 0] += 1
        busy[t, default: [:]][slot] = l
        classBusy[classKey(l), default: [:]][slot] = l
        lessons.append((teacher: t, line: l, slot: slot))
    }

    /// Removes the lesson of teacher t in `slot` (if any); the line keeps its teacher only
    /// while it has lessons.
    public mutating func remove(_ t: Int, _ slot: Slot) {
        guard let l = busy[t]?[slot] else { return }
        busy[t]![slot] = nil
        classBusy[classKey(l)]?[slot] = nil
        taught[l, default: 1] -= 1
        if taught[l] == 0 { teacherOfLine[l] = nil }
        lessons.removeAll { $0.teacher == t && $0.slot == slot }
    }

    /// Whether teacher t already teaches at school s on day d (a further lesson there
    /// costs no visit).
    public func visits(_ t: Int, _ s: Int, _ d: Int) -> Bool { day(t, d).contains { $0.school == s } }
}
