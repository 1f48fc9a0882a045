/// Something found about a plan or an instance, as data: the rule it concerns, the
/// people, schools and other entities involved, and the amounts — never a sentence.
/// RotaplanText turns a finding into English or Chinese; the checker, the models'
/// explanations, the walking obstacles, the pin conflicts and the plan's notes all speak
/// in findings.
public struct Finding: Sendable, Hashable {
    public var rule: RuleID
    /// Which of the rule's situations this is (a rule of §4 can be broken by an unknown
    /// teacher or by a wrong `from` school).
    public var situation: Situation
    /// The entities involved, most important first.
    public var refs: [EntityRef]
    /// The amounts involved, by role.
    public var amounts: [Amount]

    public init(_ rule: RuleID, _ situation: Situation = .broken, refs: [EntityRef] = [], amounts: [Amount] = []) {
        self.rule = rule
        self.situation = situation
        self.refs = refs
        self.amounts = amounts
    }

    /// The first amount of `role`, if any.
    public func amount(_ role: Amount.Role) -> Double? { amounts.first { $0.role == role }?.value }

    /// The entities of one kind, in order.
    public func teachers() -> [Int] { refs.compactMap { if case let .teacher(t) = $0 { t } else { nil } } }
    public func schools() -> [Int] { refs.compactMap { if case let .school(s) = $0 { s } else { nil } } }
    public func groups() -> [Int] { refs.compactMap { if case let .group(g) = $0 { g } else { nil } } }
    public func newHires() -> [Int] { refs.compactMap { if case let .newHire(n) = $0 { n } else { nil } } }
    public func subjects() -> [Subject] { refs.compactMap { if case let .subject(k) = $0 { k } else { nil } } }
}

extension Finding {
    /// The situations a finding can describe. Add a case when a rule gains one; the text
    /// module's switch over them has no `default`, so the compiler asks for its sentence.
    public enum Situation: Sendable, Hashable {
        /// The rule does not hold (the checker's violation, an elastic row that had to give).
        case broken
        /// A record names an entity that does not exist (the id as written).
        case unknownReference(String)
        /// A record contradicts the instance (a move's `from` that is not the home school).
        case contradicts
        /// A model could not be built for this reason (no host, no mentor, no slot).
        case impossible
        /// A plan note: something the pipeline observed between stages.
        case note

        // MARK: what the models find when there is no plan (RotaplanModels)
        /// An elastic row had to give way by amount `.slack` (the smallest total violation
        /// that makes a plan possible).
        case relaxed
        /// What the model finds under the `count` pins named just before (`situation`).
        indirect case underPins(Int, Situation)
        /// The elastic re-solve found no answer within `.limit` seconds.
        case notExplained
        /// Every elastic rule can hold, but not together with this one (§4.1).
        case onlyTogether
        /// The model of part `part` (0-based) of `parts` would need `needed` of memory and
        /// may use `budget` (as written by the memory budget); refs: its groups; amounts:
        /// `.base` columns, `.actual` nonzeros, `.limit` the travel limit.
        case tooLarge(part: Int, parts: Int, needed: String, budget: String, crossGroup: Bool)
        /// These pins (refs, then the groups they concern) make the plan impossible: without
        /// them a plan exists.
        case pinsBlock
        /// Two pins (refs) contradict each other about a teacher (and a school).
        case pinsContradict
        /// A pin (ref) asks for a move §4 does not allow; refs: the pin, the teacher, the school.
        case moveImpossible(MoveObstacle)
        /// Training pins that cannot hold whatever the other hires do (refs: the pins first).
        case hirePinConflict(HirePinConflict)
        /// A new hire (ref) no plan can place, whatever the other hires do; refs after the
        /// hire: the schools the reason names, then the hire's pins.
        case unplaceable(Unplaceability)
        /// The hires of a subject in a group (refs) outnumber its places or its mentors
        /// (`.actual` hires, `.limit` places or capacity, `.year` training.maxYears).
        case outnumbered
        /// Periods of a walking line (ref) stay uncovered (`.actual`), and why (§6).
        case uncovered(UncoveredReason)

        // MARK: what the checker finds in a solution file (RotaplanChecker)
        /// A solution without a plan (`status`) still lists records of `list` (§8).
        case listedWithoutPlan(Solution.Status, EntityRef.SolutionList)
        /// A move from a school to itself, as the file writes it (§4 x[t,s]).
        case selfMove(teacher: String, from: String, to: String)
        /// A record names an entity of `kind` that does not exist (the id as written).
        case unknownEntity(EntityKind, String)
        /// A move's `from` (as written) is not the teacher's school; refs: the teacher, the
        /// home school.
        case wrongFrom(String)
        /// A move to the teacher's own school; refs: the teacher, the school.
        case toOwnSchool
        /// A moved teacher is not eligible (§2 E), for these reasons; refs: the teacher.
        case ineligible([Ineligibility])
        /// A destination outside the home district's groups (allowCrossGroup) or outside the
        /// home group; refs: the teacher, the destination.
        case outsideDistrictGroups, outsideHomeGroup
        /// No travel time is known between two schools; refs: the two schools.
        case unknownTravel
        /// A hire is trained at a school that is not one of their hosts; refs: the hire, the
        /// school, then the hosts.
        case notAHost
        /// The mentor works elsewhere; refs: the hire, the mentor, the mentor's school, the host.
        case mentorElsewhere
        /// The mentor teaches another subject; refs: the hire, the mentor, the two subjects.
        case mentorSubject
        /// The mentor has no mentoring capacity; refs: the mentor.
        case noCapacity
        /// The instance has no calendar (§6).
        case noCalendar
        /// A record names a walking demand line that does not exist (as written).
        case noDemandLine(school: String, class: String, subject: String)
        /// A lesson's slot is outside the calendar.
        case outsideCalendar(Slot, days: Int, periods: Int)
        /// The lesson's teacher is not itinerant / does not teach the line's subject;
        /// refs: the teacher (and the subject).
        case notItinerant, notQualified
        /// The class does not offer the slot; refs: the line, the slot.
        case notOffered
        /// The teacher is unavailable in the slot; refs: the teacher, the slot.
        case unavailable
        /// A walking timetable said to be infeasible: an empty one keeps every rule of §6.
        case falseInfeasible
        /// §6.6: refs the teacher and the two schools; amounts: day, the two periods
        /// (`.before`, `.actual`), the minutes between them (`.base`) and the journey
        /// (`.required`); without `.required` the travel time is unknown.
        case travelGap
        /// A header figure that is not a finite number (§8).
        case notFinite(HeaderField)
        /// A solution without a plan that states a gap (amount `.actual`).
        case gapWithoutPlan(Solution.Status)
        /// Header claims that contradict each other (§8): amounts `.actual` (gap or bound),
        /// `.base` (objective), `.required` (the gap the figures give).
        case optimalWithGap, optimalWithBound, boundAboveObjective, negativeGap, gapMismatch
        /// A section the problem does not hold (§8): the problem, its sections, the list
        /// found (amount `.actual` records).
        case foreignSection(Solution.Problem, holds: [EntityRef.SolutionList], lists: EntityRef.SolutionList)
        /// A plan's stages in another order (§7, docs/plan.md).
        case stageOrder([Solution.Problem])
        /// A stage's declared objective (`.before`) differs from the recomputed (`.actual`);
        /// a missing amount is a figure the file or the checker does not have.
        case objectiveDiffers
        /// The plan's status disagrees with its stages' (nil: not run).
        case planStatus(Solution.Status, stages: [Solution.Status?])

        // MARK: a broken pin (docs/pins.md); refs: the pin, then who it names
        /// The plan sends the pinned person to these schools (as written; empty: stays).
        case pinGoesTo([String])
        /// The pinned new hire is not placed.
        case pinNotPlaced
        /// The plan gives this mentor (as written).
        case pinMentor(String)
        /// The plan sends the person to the school the pin closes.
        case pinSentThere
        /// The pinned teacher has these lessons on the day (the first three, amount
        /// `.actual` all of them).
        case pinLessonsOnDay([LessonRef])
    }

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

    /// Why a teacher is not eligible for the exchange (§2 E): each test that fails, with
    /// the figures it compares.
    public enum Ineligibility: Sendable, Hashable {
        /// The teacher's school is in no group.
        case noGroup(school: Int)
        /// Fewer years at the school than exchange.minYearsAtSchool.
        case tooFewYears(years: Double, needed: Double, school: Int)
        /// The teacher is exempt.
        case exempt
        /// Within exchange.retirementExemptYears of retirement.
        case nearRetirement(years: Double, limit: Double)
    }
}

/// An entity a finding names, by index into the instance's arrays (or by what the file
/// wrote, for an id that does not resolve).
public enum EntityRef: Sendable, Hashable {
    case teacher(Int)
    case school(Int)
    case group(Int)
    case newHire(Int)
    case subject(Subject)
    /// A walking demand line (index into `walkingDemand`).
    case demandLine(Int)
    case slot(Slot)
    /// A pin (index into `pins`).
    case pin(Int)
    /// A record of a solution's list, by its 0-based index: `exchanges[3]`.
    case record(SolutionList, Int)
    /// An id as written that does not resolve.
    case unresolved(String)

    public enum SolutionList: String, Sendable, Hashable { case exchanges, placements, lessons, uncovered }
}

/// One amount a finding involves, by role: `moved 3`, `required 4`, `limit 0.3`.
public struct Amount: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// What the plan has (movers, final teachers, minutes, yuan).
        case actual
        /// The bound the rule sets (at most, at least).
        case limit
        /// What is needed (required movers, required teachers).
        case required
        /// What there was before the plan.
        case before
        /// A count the rule is taken over (eligible teachers |E_g|, backbone at the core).
        case base
        /// A policy value the rule reads (minRate, a share).
        case policy
        /// Into a school, out of a school.
        case inflow, outflow
        /// A year (of a vacancy, of training).
        case year
        /// The least the rule allows (the shortest training).
        case minimum
        /// How far an elastic row had to give way.
        case slack
        /// A day of the week, a period of the day, the later period of two (§6).
        case day, period, laterPeriod
    }
    public var role: Role
    public var value: Double
    public init(_ role: Role, _ value: Double) { self.role = role; self.value = value }
    public init(_ role: Role, _ value: Int) { self.role = role; self.value = Double(value) }
}
