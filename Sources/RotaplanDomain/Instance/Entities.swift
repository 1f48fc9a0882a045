/// The records of an instance (MODEL.md §2), validated and with every reference
/// resolved to an index into the instance's arrays.

/// Group types (MODEL.md §2).
public enum GroupType: String, Sendable, CaseIterable {
    /// 紧密型/融合型
    case tight
    /// 联盟型/聚合型
    case alliance
    /// 区域型
    case regional
    /// 合作型/联合型
    case cooperative
}

/// School stages (MODEL.md §2).
public enum Stage: String, Sendable, CaseIterable {
    case preschool, primary, junior, senior
    case nineYear = "nine-year"
    case twelveYear = "twelve-year"
}

/// School tags (MODEL.md §2).
public enum SchoolTag: String, Sendable, CaseIterable, Comparable {
    case core, new, weak, rural, `private`
    public static func < (a: SchoolTag, b: SchoolTag) -> Bool { a.rawValue < b.rawValue }
}

/// Professional titles with their quality score (MODEL.md §2: senior 3, first 2, second 1, none 0).
public enum Title: String, Sendable, CaseIterable {
    /// 高级
    case senior
    /// 一级
    case first
    /// 二级
    case second
    case none

    public var score: Int {
        switch self {
        case .senior: return 3
        case .first: return 2
        case .second: return 1
        case .none: return 0
        }
    }
}

public struct Location: Sendable, Equatable {
    public var lat: Double
    public var lon: Double
    public init(lat: Double, lon: Double) { self.lat = lat; self.lon = lon }
}

public struct School: Sendable {
    public var id: SchoolID
    public var name: String
    /// `nil` when absent; a missing district equals another missing one (MODEL.md §10).
    public var district: String?
    public var stage: Stage
    public var students: Int
    public var tags: Set<SchoolTag>
    public var location: Location?
    /// Minimum teachers by primary subject (编制).
    public var required: [Subject: Int]
    /// Index of the school's group, if it is in one.
    public var group: Int?

    public func has(_ tag: SchoolTag) -> Bool { tags.contains(tag) }

    public init(id: SchoolID, name: String, district: String? = nil, stage: Stage, students: Int, tags: Set<SchoolTag>, location: Location? = nil, required: [Subject: Int], group: Int? = nil) {
        self.id = id
        self.name = name
        self.district = district
        self.stage = stage
        self.students = students
        self.tags = tags
        self.location = location
        self.required = required
        self.group = group
    }
}

public struct Group: Sendable {
    public var id: GroupID
    public var name: String
    public var type: GroupType
    /// School index of the core.
    public var core: Int
    /// School indices of the members, in file order.
    public var members: [Int]
    /// Core first, then members.
    public var schools: [Int] { [core] + members }

    public init(id: GroupID, name: String, type: GroupType, core: Int, members: [Int]) {
        self.id = id
        self.name = name
        self.type = type
        self.core = core
        self.members = members
    }
}

public struct Itinerant: Sendable, Equatable {
    /// Overrides walking.maxPeriodsPerWeek when given.
    public var maxPeriodsPerWeek: Int?
    public var unavailable: Set<Slot>

    public init(maxPeriodsPerWeek: Int? = nil, unavailable: Set<Slot>) {
        self.maxPeriodsPerWeek = maxPeriodsPerWeek
        self.unavailable = unavailable
    }
}

public struct Teacher: Sendable {
    public var id: TeacherID
    public var name: String
    /// Home school index.
    public var school: Int
    /// Primary subject.
    public var subject: Subject
    public var otherSubjects: [Subject]
    public var title: Title
    public var backbone: Bool
    public var yearsAtSchool: Double
    /// `nil`: not near retirement.
    public var yearsToRetirement: Double?
    public var exempt: Bool
    /// School indices, most wanted first.
    public var preferences: [Int]
    public var seekingSeniorTitle: Bool
    /// `nil`: the policy default applies (training.mentorCapacity for backbone or senior
    /// teachers, else 0).
    public var mentorCapacity: Int?
    public var itinerant: Itinerant?
    /// In the middle of an exchange term (§11); such a teacher is not in E.
    public var onExchange: OnExchange? = nil

    /// v(t) = title score + 2 if backbone (MODEL.md §2).
    public var quality: Int { title.score + (backbone ? 2 : 0) }

    /// Whether the teacher can teach `subject` (primary or other).
    public func teaches(_ s: Subject) -> Bool { subject == s || otherSubjects.contains(s) }

    public init(id: TeacherID, name: String, school: Int, subject: Subject, otherSubjects: [Subject], title: Title, backbone: Bool, yearsAtSchool: Double, yearsToRetirement: Double? = nil, exempt: Bool, preferences: [Int], seekingSeniorTitle: Bool, mentorCapacity: Int? = nil, itinerant: Itinerant? = nil) {
        self.id = id
        self.name = name
        self.school = school
        self.subject = subject
        self.otherSubjects = otherSubjects
        self.title = title
        self.backbone = backbone
        self.yearsAtSchool = yearsAtSchool
        self.yearsToRetirement = yearsToRetirement
        self.exempt = exempt
        self.preferences = preferences
        self.seekingSeniorTitle = seekingSeniorTitle
        self.mentorCapacity = mentorCapacity
        self.itinerant = itinerant
    }
}

/// A teacher's exchange term in progress (MODEL.md §11): personnel school `from` (人事关系),
/// teaching at their `school` for the years `since` … `since + termYears − 1`.
public struct OnExchange: Sendable, Equatable {
    /// School index of the personnel school.
    public var from: Int
    public var since: Int
    public var termYears: Int

    public init(from: Int, since: Int, termYears: Int) { self.from = from; self.since = since; self.termYears = termYears }
}

/// A hire still in first-station training (MODEL.md §11): at `host` with `mentor`, going to
/// `destination` after `lastYear`. Not a teacher: no model counts them in n(s), quality,
/// subjects or eligibility; §5 rule 3 reduces their mentor's capacity.
public struct Trainee: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var subject: Subject
    /// School indices.
    public var host: Int
    public var destination: Int
    /// Teacher index of the mentor, when there is one.
    public var mentor: Int?
    public var lastYear: Int

    public init(id: String, name: String? = nil, subject: Subject, host: Int, destination: Int, mentor: Int? = nil, lastYear: Int) {
        self.id = id
        self.name = name
        self.subject = subject
        self.host = host
        self.destination = destination
        self.mentor = mentor
        self.lastYear = lastYear
    }
}

public struct NewHire: Sendable {
    public var id: NewHireID
    public var name: String
    /// Group index; wins over `district` when both are given.
    public var group: Int?
    public var district: String?
    public var subject: Subject
    public var minYears: Int
    /// School indices, most wanted first.
    public var preferences: [Int]

    public init(id: NewHireID, name: String, group: Int? = nil, district: String? = nil, subject: Subject, minYears: Int, preferences: [Int]) {
        self.id = id
        self.name = name
        self.group = group
        self.district = district
        self.subject = subject
        self.minYears = minYears
        self.preferences = preferences
    }
}

public struct Vacancy: Sendable {
    public var school: Int
    public var subject: Subject
    /// Year the place opens (0 = open from the start).
    public var year: Int
    public var count: Int

    public init(school: Int, subject: Subject, year: Int, count: Int) {
        self.school = school
        self.subject = subject
        self.year = year
        self.count = count
    }
}

/// A teaching slot `[day, period]`, both 1-based.
public struct Slot: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var day: Int
    public var period: Int
    public init(day: Int, period: Int) { self.day = day; self.period = period }
    public static func < (a: Slot, b: Slot) -> Bool { (a.day, a.period) < (b.day, b.period) }
    public var description: String { "[\(day), \(period)]" }
}

public struct DemandLine: Sendable {
    public var school: Int
    public var className: String
    public var subject: Subject
    public var periodsPerWeek: Int
    /// Allowed slots, sorted, without repeats.
    public var slots: [Slot]

    public init(school: Int, className: String, subject: Subject, periodsPerWeek: Int, slots: [Slot]) {
        self.school = school
        self.className = className
        self.subject = subject
        self.periodsPerWeek = periodsPerWeek
        self.slots = slots
    }
}

/// The weekly calendar: days 1…7 and periods with start and end times (minutes after
/// midnight).
public struct WeekCalendar: Sendable, Equatable {
    public struct Period: Sendable, Equatable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }
    }
    public var days: Int
    public var periods: [Period]

    public init(days: Int, periods: [Period]) {
        self.days = days
        self.periods = periods
    }
}
