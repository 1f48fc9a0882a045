/// Why each teacher moves or stays in an exchange plan (MODEL.md §4; docs/report.md "Why
/// each teacher moves or stays"): data only. RotaplanPlan computes it (by re-solving the
/// teacher's part with the opposite decision pinned), RotaplanText words it, the reports
/// show it as a table and `rotaplan why` prints it.
public struct ExchangeReasons: Sendable, Equatable {
    /// The plan's own figures (nil when the exchange has no plan).
    public var plan: ExchangeFigures?
    /// One reason per teacher asked about, in teacher order.
    public var reasons: [TeacherReason]
    /// For each group with movers: its movers against the §4.2 minimum, and the best plan
    /// with the group's movers capped at that minimum (only computed for the whole report).
    public var quota: [QuotaReading]
    /// The time budget the re-solves shared (seconds) and the share each got.
    public var budget: Double
    public var share: Double

    public init(plan: ExchangeFigures?, reasons: [TeacherReason], quota: [QuotaReading], budget: Double, share: Double) {
        self.plan = plan
        self.reasons = reasons
        self.quota = quota
        self.budget = budget
        self.share = share
    }

    /// No reasons (a report whose reasons were not computed).
    public static let empty = ExchangeReasons(plan: nil, reasons: [], quota: [], budget: 0, share: 0)
}

/// The figures a principal reads of an exchange plan (the report's key figures, §10):
/// movers, the per-capita quality spread over S*, the subject shortfall and yuan a year.
public struct ExchangeFigures: Sendable, Equatable {
    public var movers: Int
    public var spread: Double
    public var shortfall: Int
    public var yuan: Double

    public init(movers: Int, spread: Double, shortfall: Int, yuan: Double) {
        self.movers = movers
        self.spread = spread
        self.shortfall = shortfall
        self.yuan = yuan
    }
}

/// The best plan with one decision turned the other way (a mover kept, a stayer moved).
public struct Alternative: Sendable, Equatable {
    /// A stayer's destination in that plan (the best of their destinations); nil for a mover kept.
    public var destination: Int?
    public var figures: ExchangeFigures
    /// That plan's objective minus the plan's, over the teacher's part (§4 objective;
    /// positive: the plan is better). Nil when the plan's own objective is not known.
    public var objectiveChange: Double?
    /// Whether the re-solve proved that plan optimal within its share of the budget.
    public var proven: Bool

    public init(destination: Int?, figures: ExchangeFigures, objectiveChange: Double?, proven: Bool) {
        self.destination = destination
        self.figures = figures
        self.objectiveChange = objectiveChange
        self.proven = proven
    }
}

/// Moved or not, and why, for one teacher.
public struct TeacherReason: Sendable, Equatable {
    public enum Verdict: Sendable, Equatable {
        case moved(to: Int)
        case stayed
        case ineligible
    }

    public enum Why: Sendable, Equatable {
        /// Not in E (§2): every reason.
        case ineligible([Ineligibility])
        /// The principal's pin decides (docs/pins.md).
        case pinned(Pin)
        /// The best plan with the opposite decision.
        case otherwise(Alternative)
        /// No plan holds with the opposite decision: the rules that would have to give way.
        case impossible([RuleID])
        /// The re-solves found no plan within their share of the budget.
        case unanswered
        /// The teacher's part needs more re-solves than the budget allows (`rotaplan why`).
        case beyondBudget
        /// The exchange has no plan, so there is nothing to explain.
        case noPlan
    }

    public var teacher: Int
    public var verdict: Verdict
    public var why: Why

    public init(teacher: Int, verdict: Verdict, why: Why) {
        self.teacher = teacher
        self.verdict = verdict
        self.why = why
    }
}

/// A group's movers against the §4.2 minimum, and what the minimum alone would give.
public struct QuotaReading: Sendable, Equatable {
    public enum AtMinimum: Sendable, Equatable {
        /// The best plan with the group's movers capped at the minimum, or, when no plan
        /// has so few, at `movers`: the fewest the other rules of §4 allow.
        case plan(Alternative, movers: Int?)
        /// No plan holds with only the minimum: the rules that need more movers.
        case impossible([RuleID])
        /// Not solved: no answer within its share, or beyond the budget.
        case unknown
    }

    public var group: Int
    public var movers: Int
    /// ⌈minRate · |E_g| − 1e-9⌉ (§4.2).
    public var minimum: Int
    public var atMinimum: AtMinimum
    /// max − min of F(s)/n(s) over the group's schools in S* (§10): in the plan, and in
    /// the plan of ``atMinimum`` when there is one.
    public var spread: Double
    public var spreadAtMinimum: Double?

    public init(group: Int, movers: Int, minimum: Int, atMinimum: AtMinimum, spread: Double, spreadAtMinimum: Double?) {
        self.group = group
        self.movers = movers
        self.minimum = minimum
        self.atMinimum = atMinimum
        self.spread = spread
        self.spreadAtMinimum = spreadAtMinimum
    }
}
