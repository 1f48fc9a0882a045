import GLPK
import RotaplanDomain

extension ExchangeModel {
    /// The size of the model ``init(_:formulation:elastic:part:balanceChords:)`` would
    /// build for `part`, without building it, so that a model too large for memory is
    /// refused before it takes any (``ExchangeSolve/run(_:formulation:separateParts:balanceChords:options:progress:cancellation:)``).
    ///
    /// Columns are counted exactly as §4 "Decision" makes them (one per teacher, or class of
    /// interchangeable teachers, and destination within maxTravelMinutes); rows and
    /// nonzeros follow the rules' shapes: every column is in §4.1, §4.2, §4.3, §4.5 (twice),
    /// §4.6 and the shortage rows (up to twice), §4.7 and the balance rows of its two
    /// schools (twice each, with the chords), about ``nonzerosPerColumn`` in all, which
    /// `ExchangeModelSizeTests` checks against built models. O(units × destinations).
    /// `mentorReserve` (rule 4.8, §7): one row per reserved (core, subject) of the part, and
    /// a nonzero for each move of a teacher of that subject out of or into the core.
    public static func estimatedSize(_ x: Instance, formulation: Formulation = .aggregated, part: ExchangeParts.Part,
                                     mentorReserve: Bool = false) -> ModelSize {
        let planned = part.groupSet
        let pins = ExchangePins(x)
        let reserves = mentorReserve ? reserveRows(x, part: part) : []
        var reserved: [Int: Set<Subject>] = [:]
        for r in reserves { reserved[r.core, default: []].insert(r.subject) }
        var reserveNonzeros = 0
        var classes = Set<String>()
        var homesOfUnits: [(teacher: Int, home: Int)] = []
        for t in x.teachers.indices where x.isEligible(teacher: t) && planned.contains(x.schools[x.teachers[t].school].group!) {
            if formulation == .aggregated { guard classes.insert(classKey(x, t, pins, reserve: mentorReserve)).inserted else { continue } }
            homesOfUnits.append((t, x.teachers[t].school))
        }
        var destinationsOf: [Int: [Int]] = [:]
        var columns = 0
        for (t, home) in homesOfUnits {
            if destinationsOf[home] == nil {
                // A missing travel figure is a move the build reports; count it.
                destinationsOf[home] = x.exchangeDestinations(ofHome: home).filter {
                    (x.travel.minutes(home, $0) ?? 0) <= x.policy.exchange.maxTravelMinutes
                }
            }
            let open = destinationsOf[home]!.filter { pins.allows(t, to: $0) }
            columns += open.count
            guard !reserved.isEmpty else { continue }
            let k = x.teachers[t].subject
            if reserved[home]?.contains(k) == true { reserveNonzeros += open.count }
            reserveNonzeros += open.count { reserved[$0]?.contains(k) == true }
        }
        let schools = x.schools.filter { $0.group.map(planned.contains) ?? part.ungrouped }
        let subjectRows = schools.reduce(0) { $0 + $1.required.count }
        let rows = homesOfUnits.count + 4 * schools.count + 2 * subjectRows + 6 * part.groups.count + reserves.count
        let (perColumn, overflow) = columns.multipliedReportingOverflow(by: nonzerosPerColumn)
        let (nonzeros, over) = perColumn.addingReportingOverflow(reserveNonzeros)
        return ModelSize(rows: rows, columns: columns + 2 * schools.count + subjectRows,
                         nonzeros: overflow || over ? Int.max : nonzeros, integers: columns)
    }

    /// Nonzeros per move column, on the safe side of the bench models (10.2–12.1 per
    /// column; `ExchangeModelSizeTests`).
    static let nonzerosPerColumn = 13
}

extension ExchangeSolve {
    /// The first part whose model would not fit in the memory the solve may use
    /// (``MemoryBudget``), with what it would need, or nil when every part fits.
    public static func partTooLarge(_ x: Instance, _ parts: [ExchangeParts.Part], formulation: ExchangeModel.Formulation,
                                    options: SolverOptions, mentorReserve: Bool = false) -> (part: Int, size: ModelSize, needed: Int, budget: Int)? {
        for (i, part) in parts.enumerated() {
            let size = ExchangeModel.estimatedSize(x, formulation: formulation, part: part, mentorReserve: mentorReserve)
            if let s = MemoryBudget.shortfall(size, limit: options.memoryLimit) { return (i, size, s.needed, s.budget) }
        }
        return nil
    }

    /// Says that part `i` of `parts` is too large, in the user's terms: which groups, how
    /// much memory it would need and may use, and what to change.
    public static func tooLargeExplanation(_ x: Instance, _ parts: [ExchangeParts.Part], _ i: Int, size: ModelSize,
                                    needed: Int, budget: Int) -> Finding {
        let situation = Finding.Situation.tooLarge(part: i, parts: parts.count, needed: MemoryBudget.describe(needed),
                                                   budget: MemoryBudget.describe(budget), crossGroup: x.policy.exchange.allowCrossGroup)
        return Finding(.exchangeModel, situation, refs: parts[i].groups.map(EntityRef.group),
                       amounts: [Amount(.base, size.columns), Amount(.actual, size.nonzeros), Amount(.limit, x.policy.exchange.maxTravelMinutes)])
    }
}
