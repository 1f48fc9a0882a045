extension RuleID {
    /// The LP rows that state a part of a rule under a prefix of their own: the forms a
    /// model splits a rule of MODEL.md into (per lesson, per day, per week), the rows that
    /// keep the principal's pins (docs/pins.md) and the rows that only cut the search
    /// (symmetry, a chord of the balance term). Each names the ``RuleID`` it belongs to.
    /// A model names every row through ``RuleID/rowPrefix`` or a `Row`
    /// (`"\(RuleID.Row.walkingLink.rawValue)[T01,S2_3_1_music,d1,p2]"`); the names are
    /// stable (LP and MPS exports, tests).
    public enum Row: String, Sendable, CaseIterable {
        /// §4 objective: the chord of |F(s) − c| below the balance term (a cut).
        case exchangeBalanceChord = "exchange.4.obj.balance-chord"
        /// A must-move-to pin: the pinned move is made.
        case exchangePinnedMove = "exchange.pin.move"
        /// §5 rule 1, plain formulation: one mentor per hire.
        case trainingOneMentor = "training.5.1.mentor"
        /// §5 rule 1: one destination per hire.
        case trainingOneDestination = "training.5.1.destination"
        /// §5 rule 1 as far as it can hold (docs/training.md, "Partial plans"): the number
        /// of hires placed, fixed at the most that can be placed.
        case trainingPlacedCount = "training.5.1.placed"
        /// §5 rules 2 and 3, aggregated formulation: the hires sent to a host's group are
        /// mentored at the host, within capacity (one row per host and subject).
        case trainingMentorCounts = "training.5.3.mentors"
        /// A mentor pin, aggregated formulation: the pinned mentor takes their pinned hires.
        case trainingPinnedMentor = "training.pin.mentor"
        /// §6 rule 1: a lesson only by the line's teacher, y ≤ a.
        case walkingLink = "walking.6.1.link"
        /// §6 rules 1 and 5, strong formulation: a line's lessons of a day only by its
        /// teacher, at most its daily share.
        case walkingLineDay = "walking.6.1.day"
        /// §6 rules 1 and 2, strong formulation: a line's lessons of the week only by its
        /// teacher, at most its demand.
        case walkingLineWeek = "walking.6.2.week"
        /// §6 rule 7: a lesson at a school means a visit there that day.
        case walkingVisit = "walking.6.7.visit"
        /// §6 rule 7, strong formulation: a line taught once a day needs the visit for all
        /// its slots of the day.
        case walkingVisitLine = "walking.6.7.line"
        /// §6 rule 8: walking.maxPeriodsPerDay.
        case walkingLoadDay = "walking.6.8.day"
        /// §6 rule 8: the weekly limit.
        case walkingLoadWeek = "walking.6.8.week"
        /// §6, strong formulation: identical teachers ordered by their first line (a cut;
        /// the optimum is unchanged).
        case walkingSymmetry = "walking.sym"

        /// The rule the row states (a part of).
        public var rule: RuleID {
            switch self {
            case .exchangeBalanceChord: return .exchangeBalanceTerm
            case .exchangePinnedMove, .trainingPinnedMentor: return .pin
            case .trainingOneMentor, .trainingOneDestination, .trainingPlacedCount: return .trainingOnce
            case .trainingMentorCounts: return .trainingCapacity
            case .walkingLink, .walkingLineDay: return .walkingOneTeacher
            case .walkingLineWeek: return .walkingDemand
            case .walkingVisit, .walkingVisitLine: return .walkingSchoolsPerDay
            case .walkingLoadDay, .walkingLoadWeek: return .walkingLoad
            case .walkingSymmetry: return .walkingTimetable
            }
        }
    }
}
