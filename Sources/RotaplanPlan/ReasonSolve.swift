import GLPK
import RotaplanDomain
import RotaplanModels
import RotaplanReports

/// One independent part of the exchange (``ExchangeParts``) solved again with one decision
/// changed, for the reasons per teacher (MODEL.md §4; docs/report.md "Why each teacher
/// moves or stays"). A pin (docs/pins.md) turns a decision: `must-stay` keeps a mover,
/// `must-move-to S` sends a stayer to S, exactly as a principal's pin does; a cap row
/// Σ x ≤ ⌈minRate · |E_g| − 1e-9⌉ per group of the part keeps the movers at the §4.2
/// minimum. The rest of the plan (the other parts) is kept as it is: the parts share no
/// row and no objective term, so the best plan of the whole instance with that decision
/// is the plan outside the part together with the part's new optimum.
struct ReasonSolve {
    /// The answer of one re-solve.
    enum Answer {
        /// The best plan found: its moves in the part, its objective over the part, and
        /// whether GLPK proved it optimal.
        case plan(moves: [(teacher: Int, to: Int)], objective: Double, proven: Bool)
        /// No plan: the rules of §4 the elastic model had to relax (§4.1 when none).
        case impossible([RuleID])
        /// No plan within the time given.
        case unanswered
    }

    let facts: InstanceFacts
    let part: ExchangeParts.Part
    /// The plan's moves (all parts).
    let plan: [ResolvedMove]
    /// Rule 4.8 (MODEL.md §7): on for the exchange of a `plan`, which keeps it.
    var mentorReserve = false

    var instance: Instance { facts.instance }

    /// The groups of the part, as a set.
    var groups: Set<Int> { Set(part.groups) }

    /// Whether teacher t's home is in the part.
    func contains(teacher t: Int) -> Bool { instance.schools[instance.teachers[t].school].group.map(groups.contains) ?? false }

    /// The plan's objective over the part (§4 objective of the part's model, its
    /// auxiliary variables at their least values); nil when a move of the plan is not a
    /// move of the model (a plan breaking §4 "Decision" or a pin).
    func planObjective() throws -> Double? {
        let m = try ExchangeModel(instance, part: part, facts: facts, mentorReserve: mentorReserve)
        guard let v = m.startValues(plan.filter { contains(teacher: $0.teacher) }.map { ($0.teacher, $0.to) }) else { return nil }
        return m.model.objectiveValue(v)
    }

    /// The best plan of the part with `pin` added (a rule on one teacher) and, with
    /// `capped`, each group's movers at most its §4.2 minimum.
    func solve(pin: Pin.Rule?, teacher: Int? = nil, capped: [Int: Int]? = nil, options: SolverOptions) throws -> Answer {
        var y = instance
        if let pin, let teacher {
            let text = "\(instance.teachers[teacher].id) \(pin.word)"
            y.pins.append(Pin(person: .teacher(teacher), rule: pin,
                              origin: Pin.Origin(file: "why", line: nil, record: y.pins.count, text: text, isJSON: false)))
        }
        let built = try ExchangeModel(y, part: part, facts: facts, mentorReserve: mentorReserve)
        var model = built.model
        if let capped { try cap(&model, built, capped) }
        let r = try model.solve(options: options)
        if let objective = r.objective {
            return .plan(moves: built.chosenMoves(r.values).map { ($0.teacher, $0.to) }, objective: objective,
                         proven: r.termination == .optimal)
        }
        guard r.termination == .infeasible else { return .unanswered }
        return .impossible(try relaxedRules(y, capped: capped, options: options))
    }

    /// Σ_{t∈E_g} Σ_s x[t,s] ≤ limit[g] for each group g of the part (its §4.2 minimum
    /// ⌈minRate · |E_g| − 1e-9⌉ when not given).
    private func cap(_ model: inout Model, _ built: ExchangeModel, _ limit: [Int: Int]) throws {
        for g in part.groups.sorted() {
            let vars = built.moves.filter { instance.schools[instance.teachers[$0.teacher].school].group == g }.map(\.variable)
            guard !vars.isEmpty else { continue }
            try model.add(LinearExpression.sum(vars) <= Double(limit[g] ?? facts.requiredMovers[g]), name: "reasons.cap[\(instance.groups[g].id)]")
        }
    }

    /// The movers of each group of the part in a plan with the fewest movers (Σ x
    /// minimised over every rule of §4); nil without a plan in the time given.
    func fewestMovers(options: SolverOptions) throws -> [Int: Int]? {
        let built = try ExchangeModel(instance, part: part, facts: facts, mentorReserve: mentorReserve)
        var model = built.model
        try model.minimize(LinearExpression.sum(built.moves.map(\.variable)))
        let r = try model.solve(options: options)
        guard r.hasSolution else { return nil }
        var out = Dictionary(uniqueKeysWithValues: part.groups.map { ($0, 0) })
        for m in built.chosenMoves(r.values) { out[instance.schools[instance.teachers[m.teacher].school].group!, default: 0] += 1 }
        return out
    }

    /// The rules of §4.2–§4.7 whose slack the elastic model of the part (the same pins,
    /// the same cap) needs, in RuleID order; §4.1 when none does (as
    /// ``ExchangeSolve/explainInfeasibility(_:formulation:part:options:)`` says).
    private func relaxedRules(_ y: Instance, capped: [Int: Int]?, options: SolverOptions) throws -> [RuleID] {
        let elastic = try ExchangeModel(y, elastic: true, part: part, facts: facts, mentorReserve: mentorReserve)
        var model = elastic.model
        if let capped { try cap(&model, elastic, capped) }
        let r = try model.solve(options: options)
        guard r.hasSolution else { return [] }
        var rules = Set<RuleID>()
        for relaxation in elastic.relaxations where relaxation.slack.reduce(0.0, { $0 + r.values[$1.index] }) > 1e-6 {
            if let rule = Self.rule(ofRow: relaxation.row) { rules.insert(rule) }
        }
        return rules.isEmpty ? [.exchangeOnce] : rules.sorted()
    }

    /// The rule whose LP rows are named `row` (`exchange.4.6.subject[S03,math]`).
    static func rule(ofRow row: String) -> RuleID? {
        let prefix = row.split(separator: "[", maxSplits: 1).first.map(String.init) ?? row
        return RuleID.allCases.first { $0.rowPrefix == prefix }
    }

    /// The plan's figures with the part's moves replaced by `moves` (§10, read by
    /// ``PlanMetrics``, as the report's key figures).
    func figures(withPartMoves moves: [(teacher: Int, to: Int)]) -> ExchangeFigures {
        let kept = plan.filter { !contains(teacher: $0.teacher) }.map { ($0.teacher, $0.to) }
        return Self.figures(facts, kept + moves)
    }

    /// The figures of a plan given as (teacher, destination) pairs.
    static func figures(_ facts: InstanceFacts, _ moves: [(teacher: Int, to: Int)]) -> ExchangeFigures {
        let x = facts.instance
        var s = Solution(problem: .exchange, of: x, status: .optimal)
        s.exchanges = moves.sorted { $0.teacher < $1.teacher }.map {
            Solution.Exchange(teacher: x.teachers[$0.teacher].id.rawValue, from: x.schools[x.teachers[$0.teacher].school].id.rawValue,
                              to: x.schools[$0.to].id.rawValue)
        }
        let m = PlanMetrics(facts: facts, solution: s)
        return ExchangeFigures(movers: m.teachersMoved ?? 0, spread: m.qualitySpreadAfter ?? m.qualitySpreadBefore,
                               shortfall: m.shortfallAfter ?? m.shortfallBefore, yuan: m.exchangeYuan ?? 0)
    }
}
