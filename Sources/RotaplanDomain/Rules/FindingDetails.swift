/// The typed details a ``Finding/Situation`` carries: why a move or a hire is impossible,
/// what keeps a walking lesson out of a slot, what a solution file wrote (§2, §4–§6, §8).
extension Finding {
    /// Why §4 does not allow a move (a pinned one): the teacher is not eligible, already
    /// works there, or the school is outside their destinations or beyond the travel limit.
    public enum MoveObstacle: Sendable, Hashable {
        case ineligible([Ineligibility])
        case alreadyThere
        /// allowCrossGroup: not a grouped school of the home district (the district as written).
        case outsideDistrict(String?)
        /// Not a school of the home group (refs name the school's group, if any, after the school).
        case outsideGroup
        case tooFar(minutes: Double, limit: Double)
    }

    /// A training pin conflict (docs/pins.md, §5); the refs say who and where.
    public enum HirePinConflict: Sendable, Hashable {
        /// Two pins of a hire name two mentors / two destinations (§5 rule 1); refs: the
        /// pins, the hire.
        case twoMentors, twoDestinations
        /// A must-move-to and a must-not-go-to for one school; refs: the pins, the hire, the school.
        case goAndNotGo
        /// The mentor works at no host of the hire; refs: the pin, the hire, the mentor, the
        /// mentor's school, then the hire's hosts.
        case mentorNotAtHost
        /// The mentor teaches another subject; refs: the pin, the hire, the mentor.
        case mentorSubject
        /// The mentor has no mentoring capacity; refs: the pin, the mentor.
        case mentorNoCapacity
        /// The destination is no member school of the host groups; refs: the pin, the hire,
        /// the school, then the host groups.
        case destinationOutsideGroups
        /// No vacancy of the hire's subject at the destination within `.year` years; refs:
        /// the pin, the school, the subject.
        case noVacancyAt
        /// The mentor's host trains for another group than the destination's; refs: the
        /// mentor pin, the destination pin, the host, its group, the destination.
        case mentorAndDestination
        /// More hires pinned to a mentor (`.actual`) than their capacity (`.limit`); refs:
        /// the pins, the mentor.
        case mentorOverbooked
        /// More hires of a subject pinned to a school (`.actual`) than its vacancies within
        /// `.year` years (`.limit`); refs: the pins, the school, the subject.
        case schoolOverbooked
    }

    /// Why a new hire cannot be placed at all (§5).
    public enum Unplaceability: Sendable, Hashable {
        /// minYears (`.base`) above training.maxYears (`.limit`).
        case tooLong
        /// No group, and no group core in the hire's district.
        case noHostInDistrict(String)
        /// No group, no district, and no group core without a district.
        case noHost
        /// No mentor of the subject at the hosts (refs: the hosts).
        case noMentor
        /// No vacancy of the subject within `.limit` years at the host groups (refs: groups).
        case noVacancy
        /// No host has both (refs: the `withMentor` hosts, then the `withPlace` ones).
        case noHostWithBoth(withMentor: Int)
    }

    /// What the hires placed use up, so that one more cannot be placed (§5 rules 3, 4).
    public enum LeftUnplaced: Sendable, Hashable {
        /// The mentors of the subject at the hosts (refs: the hosts) mentor as many hires as
        /// they can (`.limit` their capacity).
        case mentorsTaken
        /// The vacancies of the subject at the destinations (refs: those schools) are taken
        /// by the year the hire could arrive (`.limit` training.maxYears).
        case vacanciesTaken
    }

    /// Why a walking line keeps periods uncovered, read off the final timetable (§6).
    public enum UncoveredReason: Sendable, Hashable {
        /// No itinerant teacher teaches the subject.
        case noTeacher
        /// The `qualified` itinerant teachers live beyond the limit; the nearest and minutes.
        case outOfReach(qualified: Int, nearest: Int, minutes: Int, limit: Int)
        /// Every teacher within reach is unavailable in all the class's slots; the pins that
        /// keep them free.
        case unavailable(room: ClassRoom?, teachers: [Int], pins: [Int])
        /// The slots are taken or limits reached: per teacher, what blocks each open slot.
        case blocked(room: ClassRoom?, teachers: [TeacherBlocks])
    }

    /// A class that offers room for fewer periods than it needs (§6 rule 5).
    public struct ClassRoom: Sendable, Hashable {
        public var room: Int, periods: Int, slots: Int, cap: Int
        public init(room: Int, periods: Int, slots: Int, cap: Int) {
            self.room = room
            self.periods = periods
            self.slots = slots
            self.cap = cap
        }
    }

    /// One qualified teacher's view of an uncovered line: the lessons they give it (when
    /// they have it) and the first rule each open slot would break.
    public struct TeacherBlocks: Sendable, Hashable {
        public var teacher: Int
        /// Lessons of the line the teacher gives, when the line is theirs (§6 rule 1).
        public var teaches: Int?
        public var blocks: [SlotBlock]
        public init(teacher: Int, teaches: Int?, blocks: [SlotBlock]) {
            self.teacher = teacher
            self.teaches = teaches
            self.blocks = blocks
        }
    }

    /// A slot and what keeps a lesson out of it.
    public struct SlotBlock: Sendable, Hashable {
        public var slot: Slot
        public var obstacle: WalkingObstacle
        public init(_ slot: Slot, _ obstacle: WalkingObstacle) {
            self.slot = slot
            self.obstacle = obstacle
        }
    }

    /// The first rule of §6 that a further lesson (teacher, line, slot) would break.
    public enum WalkingObstacle: Sendable, Hashable {
        case notQualified, outOfReach
        case notOffered, unavailable
        /// A `not-on-day` pin (index into the instance's pins) keeps the teacher free that day.
        case pinnedOff(pin: Int)
        case lineTaken(by: Int)
        case lineComplete
        case teacherBusy(line: Int)
        case classBusy(line: Int)
        case spread(cap: Int)
        case travel(school: Int, period: Int, after: Bool)
        case schoolsPerDay(limit: Int)
        case dayLoad(limit: Int)
        case weekLoad(limit: Int)
    }

    /// What kind of entity an unknown id was meant to name.
    public enum EntityKind: Sendable, Hashable { case teacher, school, newHire, hostSchool, mentor, destination }

    /// A header figure of a solution file (§8).
    public enum HeaderField: String, Sendable, Hashable { case objective, bound, gap }

    /// A lesson as a solution file writes it: school, class and period.
    public struct LessonRef: Sendable, Hashable {
        public var school: String, className: String, period: Int
        public init(school: String, className: String, period: Int) {
            self.school = school
            self.className = className
            self.period = period
        }
    }

    /// What the plan pipeline observed about how the stages fit together (§7; not a
    /// solver's explanation of one stage), with the ids as the stages' solutions write them.
    public enum PlanObservation: Sendable, Hashable {
        /// An uncovered walking line that `teacher` could have taught from their old home.
        case walkerMovedAway(school: String, class: String, subject: String, teacher: String, name: String,
                             from: String, near: Double, to: String, far: Double?)
        /// The exchange was solved again with these walking teachers staying: another optimum.
        case exchangeKeptWalkers([String])
        /// The exchange has no plan: walking starts from the homes as they are.
        case walkingWithoutExchange

        /// The observation as a finding: the rule of the stage it concerns.
        public var finding: Finding {
            switch self {
            case .walkerMovedAway: Finding(.walkingReach, .observed(self))
            case .exchangeKeptWalkers: Finding(.exchangeModel, .observed(self))
            case .walkingWithoutExchange: Finding(.walkingTimetable, .observed(self))
            }
        }
    }
}
