import RotaplanDomain

/// The figures a bureau compares between plans (MODEL.md §4–§7), computed from the
/// instance and a solution file alone — never from formulation code — so any plan
/// (rotaplan's, another solver's, a hand-edited one) gets the same numbers.
///
/// A figure is `nil` when the stage it depends on has no plan: the stage did not run
/// (an interrupted plan), was infeasible, or found no solution in time. Figures that
/// depend on the instance only (the "before" values, the demand) are always present.
/// A single-problem solution (`problem: exchange|training|walking`) is read as a plan
/// whose other stages did not run.
///
/// Definitions (docs/report.md, "Metrics"), with S* = the schools in a group with
/// n(s) > 0 and F(s) the sum of v(t) over the teachers at s (§2, §4):
/// - per-capita quality of s = F(s) / n(s), n(s) counted before any move (as §4's
///   balance term and §10 do), so a one-way move with `headcountTolerance > 0` shows
///   as a change of quality, not of the divisor;
/// - quality spread = max − min over S* of F(s)/n(s);
/// - quality imbalance = Σ_{s∈S*} |F(s)/n(s) − Q̄(g(s))|, the §4 balance term without
///   its weight (Q̄(g) = Σ_{s∈g} F(s) / Σ_{s∈g} n(s) before any move);
/// - subject shortfall = Σ over schools with `required` and their subjects k of
///   max(0, R − count of primary-subject-k teachers), i.e. Σ short(s,k) of §4;
/// - exchange cost = Σ cost[t,s] of §4 rule 7 (yuan a year, allowance + transport);
/// - exchange travel = Σ τ(home(t), s) over the moves (one-way minutes, per workday);
/// - walking figures use the homes after the exchange (`afterExchange`, §7): a visit
///   day is a (teacher, school ≠ home, day) with a lesson; travel = Σ τ(home, s) over
///   visit days (one way, as §6's objective counts it); transport = Σ transportPerKm ·
///   2 · km(home, s) over visit days (§6 "Money"), a year = the week × workdaysPerYear
///   / calendar.days.
public struct PlanMetrics: Sendable, Equatable {
    // Status
    public var status: Solution.Status
    public var interrupted: Bool
    public var exchangeStatus: Solution.Status?
    public var trainingStatus: Solution.Status?
    public var walkingStatus: Solution.Status?

    // Exchange (§4)
    /// Eligible teachers |E| and the policy's minimum number of movers Σ_g ⌈minRate·|E_g|⌉.
    public var eligibleTeachers: Int
    public var minimumMoves: Int
    public var teachersMoved: Int?
    public var backboneMoved: Int?
    public var qualitySpreadBefore: Double
    public var qualitySpreadAfter: Double?
    public var qualityImbalanceBefore: Double
    public var qualityImbalanceAfter: Double?
    public var shortfallBefore: Int
    public var shortfallAfter: Int?
    /// Yuan a year: allowance part, transport part and their sum.
    public var exchangeAllowanceYuan: Double?
    public var exchangeTransportYuan: Double?
    public var exchangeYuan: Double?
    public var exchangeTravelMinutes: Double?

    // Training (§5)
    public var newHires: Int
    public var hiresPlaced: Int?
    public var meanTrainingYears: Double?
    /// Hires placed at a school tagged new, weak or rural.
    public var hiresAtPrioritySchools: Int?

    // Walking (§6)
    public var demandPeriods: Int
    public var lessons: Int?
    public var uncoveredPeriods: Int?
    public var walkingTeachers: Int?
    public var visitDays: Int?
    public var walkingTravelMinutes: Double?
    public var walkingYuanPerWeek: Double?
    public var walkingYuanPerYear: Double?

    // Money and objectives
    /// Exchange cost + walking transport, yuan a year (nil when either is unknown).
    public var totalYuanPerYear: Double?
    public var exchangeObjective: Double?
    public var trainingObjective: Double?
    public var walkingObjective: Double?
    public var objective: Double?

    public init(instance x: Instance, solution s: Solution) { self.init(facts: InstanceFacts(x), solution: s) }

    /// The figures of `s`, reading what the instance implies from `facts` (E, the required
    /// movers, the §4.7 cost, quality per capita with §10's divisor).
    public init(facts: InstanceFacts, solution s: Solution) {
        let x = facts.instance
        status = s.status
        interrupted = s.interrupted
        let ex = Self.stage(.exchange, of: s), tr = Self.stage(.training, of: s), wa = Self.stage(.walking, of: s)
        exchangeStatus = ex?.status
        trainingStatus = tr?.status
        walkingStatus = wa?.status
        exchangeObjective = ex?.objective
        trainingObjective = tr?.objective
        walkingObjective = wa?.objective
        objective = s.objective

        // Exchange.
        eligibleTeachers = facts.eligibleCount
        minimumMoves = facts.minimumMoves
        let moves = facts.moves(s.exchanges)
        let quality = facts.quality(after: moves)
        qualitySpreadBefore = quality.spread.before
        qualityImbalanceBefore = Self.imbalance(facts, quality.sumBefore)
        shortfallBefore = Self.shortfall(x, Self.counts(x, moves: []))
        if Self.hasPlan(ex) {
            teachersMoved = moves.count
            backboneMoved = moves.filter { x.teachers[$0.teacher].backbone }.count
            qualitySpreadAfter = quality.spread.after
            qualityImbalanceAfter = Self.imbalance(facts, quality.sumAfter)
            shortfallAfter = Self.shortfall(x, Self.counts(x, moves: moves))
            let costs = moves.map { facts.moveCost(from: $0.from, to: $0.to) }
            exchangeAllowanceYuan = costs.reduce(0) { $0 + $1.allowance }
            exchangeTransportYuan = costs.reduce(0) { $0 + ($1.transport ?? 0) }
            exchangeYuan = costs.reduce(0) { $0 + $1.yearly }
            exchangeTravelMinutes = moves.reduce(0) { $0 + (x.travel.minutes($1.from, $1.to) ?? 0) }
        }

        // Training.
        newHires = x.newHires.count
        // A partial training plan (docs/training.md) counts the hires it places.
        if Self.hasPlan(tr) || (tr != nil && s.isPartial) {
            var hireIndex: [String: Int] = [:]
            for (n, h) in x.newHires.enumerated() { hireIndex[h.id.rawValue] = n }
            let placed = s.placements.filter { hireIndex[$0.newHire] != nil }
            hiresPlaced = placed.count
            meanTrainingYears = placed.isEmpty ? 0 : Double(placed.reduce(0) { $0 + $1.years }) / Double(placed.count)
            hiresAtPrioritySchools = placed.filter { p in
                x.schoolIndex[SchoolID(p.destination)].map { !x.schools[$0].tags.isDisjoint(with: [.new, .weak, .rural]) } ?? false
            }.count
        }

        // Walking, from the homes after the exchange.
        demandPeriods = x.walkingDemand.reduce(0) { $0 + $1.periodsPerWeek }
        if Self.hasPlan(wa) {
            let w = Self.walking(x.afterExchange(s.exchanges), s)
            lessons = w.lessons
            uncoveredPeriods = s.uncovered.reduce(0) { $0 + $1.periods }
            walkingTeachers = w.teachers
            visitDays = w.visitDays
            walkingTravelMinutes = w.minutes
            walkingYuanPerWeek = w.yuan
            walkingYuanPerYear = w.yuan * x.policy.cost.workdaysPerYear / Double(x.calendar?.days ?? 5)
        }
        if let a = exchangeYuan, let b = walkingYuanPerYear { totalYuanPerYear = a + b }
    }

    // MARK: Pieces (internal: the report shows them per school)

    /// The solution's stage `p`: its `stages` entry for a plan, the solution itself for a
    /// single-problem file of that problem, else nil (did not run).
    static func stage(_ p: Solution.Problem, of s: Solution) -> Solution.Stage? {
        if s.problem == .plan { return s.stages.first { $0.problem == p } }
        guard s.problem == p else { return nil }
        var st = Solution.Stage(problem: p, status: s.status)
        st.objective = s.objective; st.bound = s.bound; st.gap = s.gap; st.seconds = s.seconds; st.model = s.model
        return st
    }

    static func hasPlan(_ st: Solution.Stage?) -> Bool { st?.status == .optimal || st?.status == .feasible }

    /// counts[s][k]: teachers of primary subject k at s after `moves`.
    static func counts(_ x: Instance, moves: [ResolvedMove]) -> [[Subject: Int]] {
        var home = x.teachers.map(\.school)
        for m in moves { home[m.teacher] = m.to }
        var out = [[Subject: Int]](repeating: [:], count: x.schools.count)
        for (t, s) in home.enumerated() { out[s][x.teachers[t].subject, default: 0] += 1 }
        return out
    }

    /// Σ_{s, k with R} max(0, R − count_k(s)).
    static func shortfall(_ x: Instance, _ counts: [[Subject: Int]]) -> Int {
        x.schools.indices.reduce(0) { acc, s in acc + shortfall(x, s, counts[s]) }
    }

    static func shortfall(_ x: Instance, _ s: Int, _ counts: [Subject: Int]) -> Int {
        x.schools[s].required.reduce(0) { $0 + max(0, $1.value - (counts[$1.key] ?? 0)) }
    }

    /// Σ_{s∈S*} |F(s)/n(s) − Q̄(g(s))| for quality sums `quality` (the §4 balance term
    /// without its weight; n(s) and Q̄ before any move).
    static func imbalance(_ f: InstanceFacts, _ quality: [Int]) -> Double {
        f.groupedSchools.reduce(0) { acc, s in
            acc + abs(Double(quality[s]) / Double(f.headcount[s]) - f.groupMeanQuality(f.instance.schools[s].group!)!)
        }
    }

    /// Lessons, teachers teaching, visit days, one-way minutes and yuan of a week, with
    /// `x` the instance after the exchange.
    static func walking(_ x: Instance, _ s: Solution) -> (lessons: Int, teachers: Int, visitDays: Int, minutes: Double, yuan: Double) {
        var lessons = 0, teachers = Set<Int>(), visits = Set<[Int]>(), minutes = 0.0, yuan = 0.0
        for l in s.lessons {
            guard let t = x.teacherIndex[TeacherID(l.teacher)], let school = x.schoolIndex[SchoolID(l.school)] else { continue }
            lessons += 1
            teachers.insert(t)
            let home = x.teachers[t].school
            guard school != home, visits.insert([t, school, l.day]).inserted else { continue }
            minutes += x.travel.minutes(home, school) ?? 0
            yuan += x.walkingTransport(km: x.travel.km(home, school) ?? 0)
        }
        return (lessons, teachers.count, visits.count, minutes, yuan)
    }
}
