/// What a rollover did (MODEL.md §11), as data for the summary on stderr and
/// `rollover.md` (RotaplanText renders it in English or Chinese). Never written into the
/// next year's instance. Ids are as written in the files.
public struct RolloverSummary: Sendable, Equatable {
    /// The year rolled over (Y) and the year written (Y + 1).
    public var year: Int
    public var nextYear: Int { year + 1 }

    /// Step 1: a move of the plan; `term` nil for a transfer (exchange.termYears 0).
    public struct Move: Sendable, Equatable {
        public var teacher: String, from: String, to: String
        public var term: Int?
        public init(teacher: String, from: String, to: String, term: Int?) {
            self.teacher = teacher; self.from = from; self.to = to; self.term = term
        }
    }
    /// Step 3: a teacher back at their personnel school `to` from `from`.
    public struct Return: Sendable, Equatable {
        public var teacher: String, from: String, to: String
        public init(teacher: String, from: String, to: String) { self.teacher = teacher; self.from = from; self.to = to }
    }
    /// Steps 4 and 5: a trainee or hire who is now a teacher at `school`.
    public struct NewTeacher: Sendable, Equatable {
        public var id: String, school: String
        public init(id: String, school: String) { self.id = id; self.school = school }
    }
    /// Step 5: a hire who trains on until `lastYear`.
    public struct NewTrainee: Sendable, Equatable {
        public var id: String, host: String, destination: String, lastYear: Int
        public init(id: String, host: String, destination: String, lastYear: Int) {
            self.id = id; self.host = host; self.destination = destination; self.lastYear = lastYear
        }
    }
    /// Step 6: `used` places taken from the vacancy row `row` (0-based, file order).
    public struct VacancyUse: Sendable, Equatable {
        public var row: Int, school: String, subject: String, year: Int, used: Int
        public init(row: Int, school: String, subject: String, year: Int, used: Int) {
            self.row = row; self.school = school; self.subject = subject; self.year = year; self.used = used
        }
    }
    /// Step 2: something that named a teacher who retired.
    public struct Orphan: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A trainee (existing or new) whose mentor retired: written without `mentor`.
            case traineeMentor(trainee: String)
            /// Lessons of the plan's timetable taught by the retired teacher.
            case lessons(count: Int)
            /// A pin naming them (rule word, e.g. "must-stay").
            case pin(rule: String)
        }
        public var teacher: String
        public var kind: Kind
        public init(teacher: String, kind: Kind) { self.teacher = teacher; self.kind = kind }
    }

    public var moves: [Move] = []
    public var retired: [String] = []
    public var returned: [Return] = []
    public var finishedTraining: [NewTeacher] = []
    public var placedAsTeachers: [NewTeacher] = []
    public var newTrainees: [NewTrainee] = []
    public var vacanciesUsed: [VacancyUse] = []
    /// Vacancy rows removed because they were at 0 before any place was taken.
    public var emptyVacancyRowsRemoved = 0
    public var orphans: [Orphan] = []
    /// New hires the plan did not place: they stay in `newHires`.
    public var unplacedHires: [String] = []

    public init(year: Int) { self.year = year }
}
