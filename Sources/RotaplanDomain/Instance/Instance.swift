import Foundation

/// A validated `rotaplan-instance/1` (MODEL.md §2): value types with every reference
/// resolved to an index, and the derived values of §2 computed in one place.
public struct Instance: Sendable {
    public var name: String
    public var policy: Policy
    public var calendar: WeekCalendar?
    public var groups: [Group]
    public var schools: [School]
    public var teachers: [Teacher]
    public var newHires: [NewHire]
    public var vacancies: [Vacancy]
    public var walkingDemand: [DemandLine]
    public var travel: TravelTable
    /// A principal's hard rules on named people (docs/pins.md), read from a pins file
    /// after the instance (``PinLoader``); every model, greedy baseline and the checker
    /// honours them. Empty unless a pins file was given.
    public var pins: [Pin] = []
    /// The school year planned (§11: 2025 = 2025–26 学年); `nil` when not given.
    public var year: Int? = nil
    /// Hires still in first-station training (§11), in file order.
    public var trainees: [Trainee] = []
    /// The previous plan to stay near (`--near`, §12): each stage's change term; nil without.
    public var near: Near? = nil

    /// School index by id.
    public let schoolIndex: [SchoolID: Int]
    /// Group index by id.
    public let groupIndex: [GroupID: Int]
    /// Teacher index by id.
    public let teacherIndex: [TeacherID: Int]
    /// Teacher indices by home school.
    public let teachersBySchool: [[Int]]

    public init(
        name: String, policy: Policy, calendar: WeekCalendar?, groups: [Group], schools: [School],
        teachers: [Teacher], newHires: [NewHire], vacancies: [Vacancy], walkingDemand: [DemandLine],
        travel: TravelTable
    ) {
        self.name = name
        self.policy = policy
        self.calendar = calendar
        self.groups = groups
        self.schools = schools
        self.teachers = teachers
        self.newHires = newHires
        self.vacancies = vacancies
        self.walkingDemand = walkingDemand
        self.travel = travel
        schoolIndex = Dictionary(schools.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        groupIndex = Dictionary(groups.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        teacherIndex = Dictionary(teachers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var bySchool = [[Int]](repeating: [], count: schools.count)
        for (t, teacher) in teachers.enumerated() { bySchool[teacher.school].append(t) }
        teachersBySchool = bySchool
    }

    // MARK: Derived values (MODEL.md §2)

    /// n(s): teachers whose school is s, before any move.
    public func headcount(ofSchool s: Int) -> Int { teachersBySchool[s].count }

    // Whether teacher t is in E: ``eligibility(ofTeacher:)`` (Facts/Eligibility.swift).

    /// The mentoring capacity left for this year's hires of teacher t (§5 rule 3 with §11's
    /// trainees): max(0, capacity(t) − |{trainees naming t}|), where capacity(t) is their
    /// own `mentorCapacity`, else training.mentorCapacity for backbone or senior teachers
    /// and 0 otherwise. Every trainee naming t counts, wherever t teaches now.
    public func mentorCapacity(ofTeacher t: Int) -> Int {
        let x = teachers[t]
        let own = x.mentorCapacity ?? ((x.backbone || x.title == .senior) ? policy.training.mentorCapacity : 0)
        return max(0, own - trainees.count { $0.mentor == t })
    }

    /// Whether two schools are in the same district (two missing districts are equal, §10).
    public func sameDistrict(_ a: Int, _ b: Int) -> Bool { schools[a].district == schools[b].district }

    /// Preference cost of sending a person with list `preferences` to school s (§3):
    /// the 0-based rank r if s is in the list, |P| + 1 if not, 0 for an empty list.
    public static func preferenceCost(_ preferences: [Int], school s: Int) -> Double {
        if preferences.isEmpty { return 0 }
        if let r = preferences.firstIndex(of: s) { return Double(r) }
        return Double(preferences.count + 1)
    }
}

/// Minutes and km between schools (MODEL.md §2, §10): given rows (symmetric unless both
/// directions are given), else derived from the two locations (km = haversine × 1.3,
/// minutes = km / 30 × 60), else unknown. τ(a, a) = 0.
///
/// Up to ``denseSchools`` schools every pair is also held in two flat arrays, so the
/// models' hot loops (walking rule 6, the exchange's destinations) read an array. Past
/// that only the given rows are stored and a derived pair is computed when asked for, so
/// the table takes memory in proportion to the travel rows and the schools, not to the
/// square of the schools (a 10,000-school instance without travel rows would otherwise
/// hold 10^8 pairs, docs/reliability.md "Scale").
public struct TravelTable: Sendable {
    public let count: Int
    /// One given direction: minutes, and km when the row gave it (else derived from the
    /// locations when both exist).
    private struct Row: Sendable { var minutes: Double; var km: Double? }
    /// Given rows by `a * count + b`.
    private var rows: [Int: Row] = [:]
    /// Each school's location, for derived pairs (empty: none known).
    private let locations: [Location?]
    /// Minutes and km of every pair, row-major, NaN when unknown; empty past
    /// ``denseSchools`` schools.
    private var denseMinutes: [Double] = []
    private var denseKm: [Double] = []
    /// Schools up to which every pair is kept in arrays (16 MB at 1,024 schools).
    public static let denseSchools = 1_024
    /// Where each pair's figures came from (for reports and messages).
    public enum Source: UInt8, Sendable { case given, derived, unknown }

    /// Earth radius (§10).
    public static let earthRadiusKm = 6371.0

    /// A table of `count` schools with no rows; pairs of two schools with `locations`
    /// (by school index; empty for none) are derived.
    public init(count: Int, locations: [Location?] = []) {
        precondition(locations.isEmpty || locations.count == count, "one location (or nil) per school")
        self.count = count
        self.locations = locations
        guard count <= Self.denseSchools else { return }
        denseMinutes = [Double](repeating: .nan, count: count * count)
        denseKm = denseMinutes
        for a in 0..<count {
            for b in 0..<count {
                let km = a == b ? 0 : derivedKm(a, b)
                denseKm[a * count + b] = km ?? .nan
                denseMinutes[a * count + b] = km.map(Self.derivedMinutes(km:)) ?? .nan
            }
        }
    }

    private func location(_ a: Int) -> Location? { locations.isEmpty ? nil : locations[a] }

    /// km derived from the two locations, when both are known.
    private func derivedKm(_ a: Int, _ b: Int) -> Double? {
        guard let p = location(a), let q = location(b) else { return nil }
        return Self.derivedKm(p, q)
    }

    public func minutes(_ a: Int, _ b: Int) -> Double? {
        if !denseMinutes.isEmpty {
            let v = denseMinutes[a * count + b]
            return v.isNaN ? nil : v
        }
        if a == b { return 0 }
        if let r = rows[a * count + b] { return r.minutes }
        return derivedKm(a, b).map(Self.derivedMinutes(km:))
    }

    public func km(_ a: Int, _ b: Int) -> Double? {
        if !denseKm.isEmpty {
            let v = denseKm[a * count + b]
            return v.isNaN ? nil : v
        }
        if a == b { return 0 }
        if let r = rows[a * count + b] { return r.km ?? derivedKm(a, b) }
        return derivedKm(a, b)
    }

    public func source(_ a: Int, _ b: Int) -> Source {
        if a == b || rows[a * count + b] != nil { return .given }
        return location(a) != nil && location(b) != nil ? .derived : .unknown
    }

    /// Sets one given direction; `km` nil: derived from the locations when both exist.
    public mutating func setGiven(_ a: Int, _ b: Int, minutes: Double, km: Double?) {
        rows[a * count + b] = Row(minutes: minutes, km: km)
        if !denseMinutes.isEmpty {
            denseMinutes[a * count + b] = minutes
            denseKm[a * count + b] = km ?? derivedKm(a, b) ?? .nan
        }
    }

    /// Whether the km of a pair with given minutes came from the locations.
    public func kmWasDerived(_ a: Int, _ b: Int) -> Bool { a != b && rows[a * count + b].map { $0.km == nil } ?? false }

    /// The given directions (a ≠ b), in order of a, then b.
    public var givenPairs: [(a: Int, b: Int)] {
        rows.keys.sorted().map { (a: $0 / count, b: $0 % count) }
    }

    /// Great-circle distance × 1.3 (road factor), in km.
    public static func derivedKm(_ p: Location, _ q: Location) -> Double {
        let rad = Double.pi / 180
        let dLat = (q.lat - p.lat) * rad, dLon = (q.lon - p.lon) * rad
        let h = sin(dLat / 2) * sin(dLat / 2) + cos(p.lat * rad) * cos(q.lat * rad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * earthRadiusKm * asin(min(1, sqrt(h))) * 1.3
    }

    /// Minutes at 30 km/h.
    public static func derivedMinutes(km: Double) -> Double { km / 30 * 60 }
}
