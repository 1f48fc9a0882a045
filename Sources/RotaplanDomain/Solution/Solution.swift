/// A `rotaplan-solution/1` file (MODEL.md §8): what a solve wrote, read back by `check`.
public struct Solution: Sendable, Equatable {
    public enum Problem: String, Sendable, CaseIterable { case exchange, training, walking, plan }
    public enum Status: String, Sendable, CaseIterable {
        case optimal, feasible, infeasible
        case noSolution = "no-solution"
    }

    public struct Size: Sendable, Equatable {
        public var rows = 0, columns = 0, nonzeros = 0, integers = 0
        public init(rows: Int = 0, columns: Int = 0, nonzeros: Int = 0, integers: Int = 0) {
            self.rows = rows; self.columns = columns; self.nonzeros = nonzeros; self.integers = integers
        }
    }

    /// One move of §4: `teacher` leaves `from` (their home) for `to`.
    public struct Exchange: Sendable, Equatable {
        public var teacher: String
        public var from: String
        public var to: String
        public init(teacher: String, from: String, to: String) { self.teacher = teacher; self.from = from; self.to = to }
    }

    /// One new hire of §5: trained `years` years at `host` with `mentor`, then placed at
    /// `destination` (arriving at the start of year `years`).
    public struct Placement: Sendable, Equatable {
        public var newHire: String
        public var host: String
        public var mentor: String
        public var years: Int
        public var destination: String
        public init(newHire: String, host: String, mentor: String, years: Int, destination: String) {
            self.newHire = newHire; self.host = host; self.mentor = mentor; self.years = years; self.destination = destination
        }
    }

    /// One weekly lesson of §6: `teacher` teaches `subject` to `class` at `school` on
    /// `day`, `period` (both 1-based, as in the calendar).
    public struct Lesson: Sendable, Hashable {
        public var teacher: String
        public var school: String
        public var `class`: String
        public var subject: String
        public var day: Int
        public var period: Int
        public init(teacher: String, school: String, class: String, subject: String, day: Int, period: Int) {
            self.teacher = teacher; self.school = school; self.class = `class`; self.subject = subject
            self.day = day; self.period = period
        }
    }

    /// A new hire a partial training plan leaves out (docs/training.md, "Partial plans"):
    /// §5 rule 1 fails for them, and `rule` (a ``RuleID`` raw value) is the rule that stops
    /// them: `training.5.4.vacancies`, `training.5.3.capacity`, `training.5.mentors`, ….
    public struct Unplaced: Sendable, Equatable {
        public var newHire: String
        public var rule: String
        public init(newHire: String, rule: String) { self.newHire = newHire; self.rule = rule }
    }

    /// Periods of a demand line (§6) that no lesson covers.
    public struct Uncovered: Sendable, Equatable {
        public var school: String
        public var `class`: String
        public var subject: String
        public var periods: Int
        public init(school: String, class: String, subject: String, periods: Int) {
            self.school = school; self.class = `class`; self.subject = subject; self.periods = periods
        }
    }

    /// One stage of a plan (`problem: plan`, MODEL.md §7; extension documented in
    /// docs/plan.md): what that stage's solve reported. `status` is `nil` for a stage that
    /// did not run (the plan was interrupted before it).
    public struct Stage: Sendable, Equatable {
        public var problem: Problem
        public var status: Status?
        public var objective: Double?
        public var bound: Double?
        public var gap: Double?
        public var seconds: Double?
        public var model: Size?
        public init(problem: Problem, status: Status?) { self.problem = problem; self.status = status }
    }

    public var problem: Problem
    public var instance: String
    /// The instance's school year (§11), when it has one: written beside `instance`.
    public var year: Int? = nil
    public var status: Status
    /// The objective of the plan written, every constant included (§8).
    public var objective: Double?
    public var bound: Double?
    public var gap: Double?
    public var seconds: Double?
    public var model: Size?
    public var exchanges: [Exchange] = []
    public var placements: [Placement] = []
    public var lessons: [Lesson] = []
    public var uncovered: [Uncovered] = []
    /// Training whose §5 model is infeasible (status `infeasible`): the hires the partial
    /// plan in `placements` leaves out (empty otherwise; docs/training.md).
    public var unplaced: [Unplaced] = []
    /// Named figures for reports, in insertion order.
    public var metrics: [(String, Double)] = []
    /// §8 rev 2 `metrics.objectiveTerms`: each problem's terms in §8's order, keyed by the
    /// problem (a single problem's solution: its own; a plan: each stage's). Empty when the
    /// file states none (an older file).
    public var objectiveTerms: [Problem: [ObjectiveTerm]] = [:]
    /// A plan's stages in order (exchange, training, walking); empty for one problem.
    public var stages: [Stage] = []
    /// A signal stopped the solve: this is the best plan found by then, not the end of
    /// the search (written as `"interrupted": true`; absent otherwise).
    public var interrupted = false
    /// The previous plan this one was solved near (§12: `"near"`); nil for a plain solve.
    public var near: Near.Record? = nil

    public init(problem: Problem, instance: String, status: Status) {
        self.problem = problem
        self.instance = instance
        self.status = status
    }

    /// A solution of `instance`: its name, and its `year` when it has one (§11).
    public init(problem: Problem, of instance: Instance, status: Status) {
        self.init(problem: problem, instance: instance.name, status: status)
        year = instance.year
        near = instance.near?.record
    }

    /// A training plan that places every hire who can be placed, not all of them: §5 is
    /// infeasible as stated, yet the file holds placements (docs/training.md).
    public var isPartial: Bool { !unplaced.isEmpty }

    public static func == (a: Solution, b: Solution) -> Bool {
        a.problem == b.problem && a.instance == b.instance && a.status == b.status && a.objective == b.objective
            && a.bound == b.bound && a.gap == b.gap && a.seconds == b.seconds && a.model == b.model
            && a.exchanges == b.exchanges && a.placements == b.placements && a.lessons == b.lessons
            && a.uncovered == b.uncovered && a.unplaced == b.unplaced && a.metrics.map(\.0) == b.metrics.map(\.0) && a.metrics.map(\.1) == b.metrics.map(\.1)
            && a.stages == b.stages && a.interrupted == b.interrupted && a.year == b.year && a.near == b.near
            && a.objectiveTerms == b.objectiveTerms
    }
}
