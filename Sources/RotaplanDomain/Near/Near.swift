/// The plan a re-plan stays near (MODEL.md §12, `--near PREVIOUS.json`): the previous
/// plan's decisions as sets, by id, so that they can be matched against an instance whose
/// data changed (a teacher gone, a pin added). Each stage's part is `nil` when PREVIOUS
/// does not hold it (a `walking` solution has no moves; a plan without `lessons` gives no
/// walking term): that stage then has no change term.
public struct Near: Sendable, Equatable {
    /// A previous move (teacher, destination) of §4.
    public struct Move: Sendable, Hashable, Comparable {
        public var teacher: String
        public var to: String
        public init(teacher: String, to: String) { self.teacher = teacher; self.to = to }
        public static func < (a: Move, b: Move) -> Bool { (a.teacher, a.to) < (b.teacher, b.to) }
    }

    /// A previous placement of one hire (m₀, s₀, L₀) of §5.
    public struct Placement: Sendable, Hashable {
        public var mentor: String
        public var destination: String
        public var years: Int
        public init(mentor: String, destination: String, years: Int) {
            self.mentor = mentor; self.destination = destination; self.years = years
        }
    }

    /// A previous lesson (t, l, d, p) of §6: a solution's lesson with its canonical
    /// subject key (``canonical(_:)``), so that lines match by school, class and subject.
    public typealias Lesson = Solution.Lesson

    /// `lesson` with its subject's canonical key (``Subject/key``).
    public static func canonical(_ lesson: Solution.Lesson) -> Lesson {
        var l = lesson
        l.subject = Subject(lesson.subject).key
        return l
    }

    /// What a solution records of the plan it was solved near (§12: `"near"`).
    public struct Record: Sendable, Equatable {
        public var instance: String
        public var objective: Double?
        public init(instance: String, objective: Double?) { self.instance = instance; self.objective = objective }
    }

    /// The previous plan's instance name and objective (what the new solution records).
    public var record: Record
    /// P of §12's exchange term; nil: PREVIOUS holds no exchange.
    public var moves: Set<Move>?
    /// Previous placements by new-hire id; nil: PREVIOUS holds no training.
    public var placements: [String: Placement]?
    /// Previous lessons; nil: PREVIOUS holds no walking timetable.
    public var lessons: Set<Lesson>?

    public init(record: Record, moves: Set<Move>? = nil, placements: [String: Placement]? = nil, lessons: Set<Lesson>? = nil) {
        self.record = record
        self.moves = moves
        self.placements = placements
        self.lessons = lessons
    }

    /// The parts of `previous` a re-plan reads: the stage it solved, or each stage of a plan
    /// that has a plan (a stage that did not run, or has no plan, gives no term).
    public init(previous s: Solution) {
        self.init(record: Record(instance: s.instance, objective: s.objective))
        func holds(_ p: Solution.Problem) -> Bool {
            if s.problem == p { return s.objective != nil }
            guard s.problem == .plan else { return false }
            guard let stage = s.stages.first(where: { $0.problem == p }) else { return s.objective != nil }
            return stage.status == .optimal || stage.status == .feasible
        }
        if holds(.exchange) { moves = Set(s.exchanges.map { Move(teacher: $0.teacher, to: $0.to) }) }
        if holds(.training) {
            placements = Dictionary(s.placements.map {
                ($0.newHire, Placement(mentor: $0.mentor, destination: $0.destination, years: $0.years))
            }, uniquingKeysWith: { a, _ in a })
        }
        if holds(.walking) {
            lessons = Set(s.lessons.map(Self.canonical))
        }
    }

    /// Whether this previous plan can guide `problem` (§12: a stand-alone problem needs a
    /// PREVIOUS of that problem or a plan; a plan takes whatever parts PREVIOUS holds).
    public static func fits(previous: Solution.Problem, problem: Solution.Problem) -> Bool {
        previous == problem || previous == .plan
    }
}

extension Solution.Lesson: Comparable {
    public static func < (a: Solution.Lesson, b: Solution.Lesson) -> Bool {
        (a.teacher, a.school, a.class, a.subject, a.day, a.period) < (b.teacher, b.school, b.class, b.subject, b.day, b.period)
    }
}

extension Solution {
    /// This solution's decisions as a previous plan would hold them (for comparing).
    public var asNear: Near { Near(previous: self) }
}
