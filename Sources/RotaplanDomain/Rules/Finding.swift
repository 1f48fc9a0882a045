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

    /// The finding of an elastic row that had to give way by `s` (amount `.slack`).
    public func relaxed(by s: Double) -> Finding {
        var f = self
        f.amounts.append(Amount(.slack, s))
        return f
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
        /// A new hire (first ref) that a plan could place alone, left out of the partial
        /// plan that places the most hires (docs/training.md); refs after the hire: the
        /// subject, the schools whose mentors or vacancies are used up, then the hires who
        /// use them.
        case leftUnplaced(LeftUnplaced)
        /// The greedy baseline (`--solver greedy`) left these hires (refs, in the order it
        /// tried them) without a mentor with free capacity and an open vacancy (§5).
        case greedyLeftOut
        /// The hires of a subject in a group (refs) outnumber its places or its mentors
        /// (`.actual` hires, `.limit` places or capacity, `.year` training.maxYears).
        case outnumbered
        /// Periods of a walking line (ref) stay uncovered (`.actual`), and why (§6).
        case uncovered(UncoveredReason)
        /// What the plan pipeline observed about how the stages fit together (§7).
        case observed(PlanObservation)

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
