import GLPK
import RotaplanDomain

/// Exchange 交流轮岗 as an integer program: MODEL.md §4, rule by rule.
///
/// Decision: x[t,s] ∈ {0,1} for t ∈ E and s ≠ home(t) in the same group (same district if
/// allowCrossGroup) with τ(home(t), s) ≤ exchange.maxTravelMinutes. Every hard rule of §4
/// is one method below (`rule1…rule7`), every objective term one method (`term…`); rows
/// are named `exchange.4.N.rule[...]` so an LP export, a checker message and this file
/// can be matched by searching for the section number.
public struct ExchangeModel {
    /// How teachers become decision variables.
    public enum Formulation: String, Sendable, CaseIterable {
        /// x[t,s] ∈ {0,1} per teacher, exactly as §4 writes it.
        case plain
        /// Teachers the model cannot tell apart (same home school, primary subject,
        /// quality, backbone flag, preference list and title-seeking flag — everything
        /// §4's rules and objective read; all are eligible) form one class c, and
        /// y[c,s] ∈ {0…|c|} counts how many of them go to s. Σ_s y[c,s] ≤ |c| replaces
        /// §4.1; every other row and term is the same sum with y in place of x. A plan is
        /// expanded back to named teachers in id order, so both formulations have the
        /// same optimum and the same plans are written deterministically.
        case aggregated
    }

    /// One candidate move: x[t,s] (plain), or y[c,s] for the class of `teacher` (aggregated).
    public struct Move: Sendable {
        /// The teacher (plain) or the first teacher of the class (aggregated).
        public var teacher: Int
        /// Index into the model's classes (one teacher each when plain).
        public var unit: Int
        public var to: Int
        public var variable: Variable
        /// cost[t,s] of §4.7, yuan per year.
        public var cost: Double
        /// τ(home(t), s), minutes.
        public var minutes: Double
    }

    public let instance: Instance
    /// What the instance implies before any plan (E, E_g, n(s), F(s), move costs), read
    /// here rather than re-derived (§2, §4).
    public let facts: InstanceFacts
    public internal(set) var model: Model
    public internal(set) var moves: [Move] = []
    /// Moves of each teacher (indices into `moves`).
    var movesOfUnit: [[Int]] = []
    /// The classes of interchangeable eligible teachers (one teacher each when plain), in
    /// teacher order; members sorted by teacher index.
    public internal(set) var units: [[Int]] = []
    /// Classes of each group (their teachers form E_g).
    var unitsOfGroup: [[Int]]
    public let formulation: Formulation
    /// The groups this model plans (all of them unless built for one independent part,
    /// see ``ExchangeParts``), and whether it carries the constant of schools in no group.
    public let part: ExchangeParts.Part
    let balanceChords: Bool
    /// Elastic mode (for explaining infeasibility): every rule of §4.2–§4.7 gets a
    /// penalised slack, and the objective is the total slack.
    public let elastic: Bool
    /// Rule 4.8, the mentor reserve (§7 "Settled"): set by `plan`, never by `rotaplan
    /// exchange` (``rule8MentorReserve()``, ExchangeMentorReserve.swift).
    public let mentorReserve: Bool
    /// A rule family row with its slack (elastic mode only).
    public struct Relaxation: Sendable {
        public var row: String
        public var slack: [Variable]
        /// The slack's weight in the elastic objective: 1 per teacher; rules counted in
        /// yuan are scaled so that one average move's cost weighs as one teacher.
        public var weight: Double
        /// The rule the row states, with its group or school and figures (§4.2–§4.7).
        public var finding: Finding

        /// What a slack of size `s` means: the rule had to give way by `s`.
        public func explain(_ s: Double) -> Finding { finding.relaxed(by: s) }
    }
    public private(set) var relaxations: [Relaxation] = []
    /// Balance deviation variables (dp, dn) and the row's pieces, per school in a group with n(s) > 0.
    var balance: [(school: Int, dp: Variable, dn: Variable)] = []
    /// Shortage variables per (school, subject) with flows.
    var shortage: [(school: Int, subject: Subject, short: Variable, required: Int, count: Int)] = []
    var objective = LinearExpression()
    /// The instance's exchange pins (docs/pins.md), applied to the variables.
    let pins: ExchangePins
    /// in_k(s) − out_k(s) per (school, subject) with `required`, built once for §4.6 and
    /// the shortage term.
    var subjectFlows: [(school: Int, subject: Subject, required: Int, count: Int, flow: LinearExpression)] = []
    /// The previous plan's destinations per teacher (§12, ``termChange()``); empty without `--near`.
    let nearDestinations: [Int: Set<Int>]

    /// Builds the model. Throws ``ModelError`` only on numbers GLPK could not take (never
    /// for a validated instance) and ``ExchangeInputError`` when a needed travel figure
    /// is missing.
    ///
    /// With `part`, only that part's groups are planned: the teachers whose home is in them,
    /// their rows and objective terms (the whole objective is the sum over the parts).
    /// `balanceChords: false` leaves out the valid inequalities of ``balanceChord`` (for
    /// measuring what they bring; the optimum is the same). `facts`, when given, must be
    /// `InstanceFacts(instance)` (built once for the models of several parts).
    /// `mentorReserve`: add rule 4.8 (§7, inside `plan` only).
    public init(_ instance: Instance, formulation: Formulation = .aggregated, elastic: Bool = false,
                part: ExchangeParts.Part? = nil, balanceChords: Bool = true, facts: InstanceFacts? = nil,
                mentorReserve: Bool = false) throws {
        self.balanceChords = balanceChords
        self.mentorReserve = mentorReserve
        self.instance = instance
        self.facts = facts ?? InstanceFacts(instance)
        self.formulation = formulation
        self.part = part ?? ExchangeParts.Part(groups: Array(instance.groups.indices), ungrouped: true)
        self.elastic = elastic
        model = Model(name: "exchange")
        unitsOfGroup = [[Int]](repeating: [], count: instance.groups.count)
        pins = ExchangePins(instance)
        nearDestinations = Self.nearDestinations(instance)
        try addMoveVariables()
        subjectFlows = requiredSubjectFlows()
        try rule1OneMovePerTeacher()
        try rulePinnedMoves()
        try rule2Volume()
        try rule3BackboneShare()
        try rule4CoreProtection()
        try rule5Headcount()
        try rule6SubjectFloors()
        try rule7Budget()
        if mentorReserve { try rule8MentorReserve() }
        if elastic {
            try model.minimize(LinearExpression(terms: relaxations.flatMap { r in r.slack.map { ($0, r.weight) } }))
            return
        }
        try termBalance()
        termTravel()
        termPreference()
        try termShortage()
        termCost()
        termRuralForTitle()
        termChange()
        try model.minimize(objective)
    }

    // MARK: Decision variables

    /// x[t,s] for t ∈ E and every allowed destination s (§4 "Decision"), or y[c,s] per
    /// class of interchangeable teachers (``Formulation/aggregated``).
    private mutating func addMoveVariables() throws {
        let x = instance
        let p = x.policy
        // Classes, in order of their first teacher.
        var classOfKey: [String: Int] = [:]
        let planned = part.groupSet
        for t in x.teachers.indices where facts.isEligible(t) && planned.contains(x.schools[x.teachers[t].school].group!) {
            if formulation == .plain {
                units.append([t])
                continue
            }
            let key = Self.classKey(x, t, pins, reserve: mentorReserve) + nearTag(t)
            if let c = classOfKey[key] { units[c].append(t) } else {
                classOfKey[key] = units.count
                units.append([t])
            }
        }
        movesOfUnit = [[Int]](repeating: [], count: units.count)
        for (u, members) in units.enumerated() {
            let t = members[0]
            let home = x.teachers[t].school
            unitsOfGroup[x.schools[home].group!].append(u)
            for s in x.exchangeDestinations(ofHome: home) where pins.allows(t, to: s) {
                guard let minutes = x.travel.minutes(home, s) else {
                    throw ExchangeInputError.missingTravel(from: x.schools[home].id.rawValue, to: x.schools[s].id.rawValue)
                }
                guard minutes <= p.exchange.maxTravelMinutes else { continue }
                let cost = try moveCost(teacher: t, to: s)
                let v: Variable
                if members.count == 1 {
                    v = try model.addVariable(.binary, name: "x[\(x.teachers[t].id),\(x.schools[s].id)]")
                } else {
                    v = try model.addVariable(.integer, lower: 0, upper: Double(members.count),
                                              name: "y[\(x.teachers[t].id)+\(members.count - 1),\(x.schools[s].id)]")
                }
                movesOfUnit[u].append(moves.count)
                moves.append(Move(teacher: t, unit: u, to: s, variable: v, cost: cost, minutes: minutes))
            }
        }
    }

    /// What makes teacher t interchangeable with others in the aggregated formulation:
    /// home school, primary subject, quality, backbone flag, title-seeking flag and
    /// preference list; a pinned teacher is told apart from everyone (docs/pins.md); with
    /// `reserve` (rule 4.8, §7) also the mentoring capacity cap′.
    static func classKey(_ x: Instance, _ t: Int, _ pins: ExchangePins, reserve: Bool = false) -> String {
        let teacher = x.teachers[t]
        let key = pins.pinned.contains(t) ? "pinned|\(t)"
            : "\(teacher.school)|\(teacher.subject.key)|\(teacher.quality)|\(teacher.backbone)|\(teacher.seekingSeniorTitle)|\(teacher.preferences)"
        return reserve ? key + "|\(x.mentorCapacity(ofTeacher: t))" : key
    }

    /// cost[t,s] of §4.7 (``InstanceFacts/moveCost(teacher:to:)``); a km the cost needs
    /// and the instance does not give is an input error.
    private func moveCost(teacher t: Int, to s: Int) throws -> Double {
        let cost = facts.moveCost(teacher: t, to: s)
        guard let transport = cost.transport else {
            let x = instance
            throw ExchangeInputError.missingKm(from: x.schools[x.teachers[t].school].id.rawValue, to: x.schools[s].id.rawValue)
        }
        return cost.allowance + transport
    }

    /// Σ_s x[t,s] for one teacher, or Σ_s y[c,s] for one class.
    private func movesOut(ofUnit u: Int) -> LinearExpression {
        LinearExpression.sum(movesOfUnit[u].map { moves[$0].variable })
    }

    // MARK: Hard rules (§4, per group g)

    /// Adds a rule row; in elastic mode with a slack that lets it give way (≥ rows get
    /// +s, ≤ rows −s, ranges both).
    mutating func addRule(_ c: LinearConstraint, name: String, slackWeight: Double = 1, finding: Finding) throws {
        guard elastic else {
            try model.add(c, name: name)
            return
        }
        var e = c.expression
        var slack: [Variable] = []
        if c.lower.isFinite {
            let v = try model.addVariable(name: "slack.low[\(name)]")
            e.add(v)
            slack.append(v)
        }
        if c.upper.isFinite {
            let v = try model.addVariable(name: "slack.high[\(name)]")
            e.add(v, coefficient: -1)
            slack.append(v)
        }
        try model.add(LinearConstraint(e, lower: c.lower, upper: c.upper), name: name)
        relaxations.append(Relaxation(row: name, slack: slack, weight: slackWeight, finding: finding))
    }

    /// §4.1 A teacher moves at most once: Σ_s x[t,s] ≤ 1 (aggregated: Σ_s y[c,s] ≤ |c|).
    /// One row per teacher or class with two or more destinations.
    private mutating func rule1OneMovePerTeacher() throws {
        for (u, members) in units.enumerated() where movesOfUnit[u].count > 1 {
            let id = instance.teachers[members[0]].id
            try model.add(movesOut(ofUnit: u) <= Double(members.count),
                          name: members.count == 1 ? "\(RuleID.exchangeOnce.rawValue)[\(id)]" : "\(RuleID.exchangeOnce.rawValue)[\(id)+\(members.count - 1)]")
        }
    }

    /// Pins (docs/pins.md): a teacher pinned `must-move-to S` moves there, x[t,S] = 1.
    /// `must-stay` and `must-not-go-to` need no row: the closed moves have no variable
    /// (``ExchangePins/allows(_:to:)``). One row per must-move-to pin of a teacher of this
    /// part; a pinned move that §4 does not allow (``ExchangePins/conflicts(_:)``) gets a
    /// row no plan can meet, so the model is infeasible rather than the pin ignored.
    private mutating func rulePinnedMoves() throws {
        let planned = part.groupSet
        for t in pins.forced.keys.sorted() {
            let (s, _) = pins.forced[t]!
            guard let g = instance.schools[instance.teachers[t].school].group, planned.contains(g) else { continue }
            let id = instance.teachers[t].id, to = instance.schools[s].id
            if let m = moves.first(where: { $0.teacher == t && $0.to == s && units[$0.unit].count == 1 }) {
                try model.add(LinearExpression.sum([m.variable]) == 1, name: "\(RuleID.Row.exchangePinnedMove.rawValue)[\(id),\(to)]")
            } else {
                let never = try model.addVariable(.continuous, lower: 0, upper: 0, name: "pin.impossible[\(id),\(to)]")
                try model.add(LinearExpression.sum([never]) == 1, name: "\(RuleID.Row.exchangePinnedMove.rawValue)[\(id),\(to)]")
            }
        }
    }

    /// §4.2 Volume: Σ_{t∈E_g} Σ_s x[t,s] ≥ ⌈minRate · |E_g| − 1e-9⌉. One row per group.
    private mutating func rule2Volume() throws {
        for (g, classes) in unitsOfGroup.enumerated() {
            let eligible = classes.reduce(0) { $0 + units[$1].count }
            let need = Self.requiredMovers(eligible: eligible, minRate: instance.policy.exchange.minRate)
            guard need > 0 else { continue }
            let group = instance.groups[g].id, rate = instance.policy.exchange.minRate
            let amounts = [Amount(.required, need), Amount(.base, eligible), Amount(.policy, rate)]
            try addRule(LinearExpression.sum(classes.map { movesOut(ofUnit: $0) }) >= Double(need),
                        name: "\(RuleID.exchangeVolume.rawValue)[\(group)]",
                        finding: Finding(.exchangeVolume, .relaxed, refs: [.group(g)], amounts: amounts))
        }
    }

    /// ⌈minRate · |E_g| − 1e-9⌉ (§4.2): ``InstanceFacts/requiredMovers(eligible:minRate:)``.
    public static func requiredMovers(eligible: Int, minRate: Double) -> Int {
        InstanceFacts.requiredMovers(eligible: eligible, minRate: minRate)
    }

    /// §4.3 Backbone share: Σ_{t∈E_g, backbone} Σ_s x ≥ minBackboneShare · Σ_{t∈E_g} Σ_s x,
    /// written Σ_{t∈E_g} (b_t − share) Σ_s x[t,s] ≥ 0. One row per group with moves.
    private mutating func rule3BackboneShare() throws {
        let share = instance.policy.exchange.minBackboneShare
        guard share > 0 else { return }
        for (g, classes) in unitsOfGroup.enumerated() {
            var e = LinearExpression()
            for u in classes {
                let c = (instance.teachers[units[u][0]].backbone ? 1 : 0) - share
                for m in movesOfUnit[u] where c != 0 { e.add(moves[m].variable, coefficient: c) }
            }
            guard e.termCount > 0 else { continue }
            let group = instance.groups[g].id
            try addRule(e >= 0, name: "\(RuleID.exchangeBackbone.rawValue)[\(group)]",
                        finding: Finding(.exchangeBackbone, .relaxed, refs: [.group(g)], amounts: [Amount(.policy, share)]))
        }
    }

    /// §4.4 Core protection: backbone teachers leaving the core ≤ maxCoreBackboneOutShare ·
    /// (backbone teachers at the core, eligible or not, §10). One row per group.
    private mutating func rule4CoreProtection() throws {
        let share = instance.policy.exchange.maxCoreBackboneOutShare
        for (g, group) in instance.groups.enumerated() {
            let core = group.core
            let atCore = instance.teachersBySchool[core].filter { instance.teachers[$0].backbone }
            let leaving = unitsOfGroup[g].filter {
                let t = instance.teachers[units[$0][0]]
                return t.school == core && t.backbone && !movesOfUnit[$0].isEmpty
            }
            guard !leaving.isEmpty else { continue }
            let group = instance.groups[g].id, allowed = share * Double(atCore.count)
            let amounts = [Amount(.policy, share), Amount(.base, atCore.count), Amount(.limit, allowed)]
            try addRule(LinearExpression.sum(leaving.map { movesOut(ofUnit: $0) }) <= allowed,
                        name: "\(RuleID.exchangeCore.rawValue)[\(group)]",
                        finding: Finding(.exchangeCore, .relaxed, refs: [.group(g), .school(core)], amounts: amounts))
        }
    }

    /// in(s) − out(s) for every school, as expressions (built once).
    private func flows() -> (inflow: [LinearExpression], outflow: [LinearExpression]) {
        var inflow = [LinearExpression](repeating: LinearExpression(), count: instance.schools.count)
        var outflow = inflow
        for m in moves {
            inflow[m.to].add(m.variable)
            outflow[instance.teachers[m.teacher].school].add(m.variable)
        }
        return (inflow, outflow)
    }

    /// §4.5 Headcount: −tol ≤ in(s) − out(s) ≤ tol for every school of a group.
    private mutating func rule5Headcount() throws {
        let tol = instance.policy.exchange.headcountTolerance
        let (inflow, outflow) = flows()
        for (s, school) in instance.schools.enumerated() where school.group != nil {
            let e = inflow[s] - outflow[s]
            guard e.termCount > 0 else { continue }
            try addRule(LinearConstraint(e, in: -tol...tol), name: "\(RuleID.exchangeHeadcount.rawValue)[\(school.id)]",
                        finding: Finding(.exchangeHeadcount, .relaxed, refs: [.school(s)], amounts: [Amount(.limit, tol)]))
        }
    }

    /// Teachers of school s whose primary subject is k (before any move).
    func count(_ s: Int, _ k: Subject) -> Int {
        instance.teachersBySchool[s].reduce(0) { $0 + (instance.teachers[$1].subject == k ? 1 : 0) }
    }

    /// Flow expressions per (school, subject) with `required`, computed in one pass.
    private func requiredSubjectFlows() -> [(school: Int, subject: Subject, required: Int, count: Int, flow: LinearExpression)] {
        var index: [Int: [Subject: Int]] = [:]
        var out: [(school: Int, subject: Subject, required: Int, count: Int, flow: LinearExpression)] = []
        let planned = part.groupSet
        for (s, school) in instance.schools.enumerated() where school.group.map(planned.contains) ?? part.ungrouped {
            for (k, r) in school.required.sorted(by: { $0.key < $1.key }) {
                index[s, default: [:]][k] = out.count
                out.append((s, k, r, count(s, k), LinearExpression()))
            }
        }
        for m in moves {
            let k = instance.teachers[m.teacher].subject
            if let i = index[m.to]?[k] { out[i].flow.add(m.variable) }
            if let i = index[instance.teachers[m.teacher].school]?[k] { out[i].flow.add(m.variable, coefficient: -1) }
        }
        return out
    }

    /// §4.6 Subjects: final_k(s) = count_k(s) − out_k(s) + in_k(s) ≥ min(R, count_k(s)) for
    /// every school s and subject k with required[k] = R; written
    /// in_k − out_k ≥ min(R, count) − count.
    private mutating func rule6SubjectFloors() throws {
        for f in subjectFlows where f.flow.termCount > 0 {
            let id = instance.schools[f.school].id
            try addRule(f.flow >= Double(min(f.required, f.count) - f.count),
                        name: "\(RuleID.exchangeSubject.rawValue)[\(id),\(f.subject)]",
                        finding: Finding(.exchangeSubject, .relaxed, refs: [.school(f.school), .subject(f.subject)],
                                         amounts: [Amount(.required, f.required), Amount(.before, f.count)]))
        }
    }

    /// §4.7 Budget (if set): Σ_{t∈E_g, s} cost[t,s] · x[t,s] ≤ budgetPerGroup, charged to the
    /// teacher's home group (§10).
    private mutating func rule7Budget() throws {
        guard let budget = instance.policy.cost.budgetPerGroup else { return }
        for (g, classes) in unitsOfGroup.enumerated() {
            var e = LinearExpression()
            for u in classes { for m in movesOfUnit[u] where moves[m].cost != 0 { e.add(moves[m].variable, coefficient: moves[m].cost) } }
            guard e.termCount > 0 else { continue }
            let group = instance.groups[g].id
            // One yuan of slack weighs 1 / (average cost of a paid move): a teacher-equivalent.
            let paid = moves.filter { $0.cost > 0 }
            let perMove = paid.isEmpty ? 1 : paid.reduce(0) { $0 + $1.cost } / Double(paid.count)
            try addRule(e <= budget, name: "\(RuleID.exchangeBudget.rawValue)[\(group)]", slackWeight: 1 / max(1, perMove),
                        finding: Finding(.exchangeBudget, .relaxed, refs: [.group(g)], amounts: [Amount(.limit, budget)]))
        }
    }

}

/// A travel figure the exchange needs and the instance does not give.
public enum ExchangeInputError: Error, Equatable, CustomStringConvertible {
    case missingTravel(from: String, to: String)
    case missingKm(from: String, to: String)
    public var description: String {
        switch self {
        case let .missingTravel(a, b): return "no travel minutes between \(a) and \(b); add a travel row or locations"
        case let .missingKm(a, b): return "no km between \(a) and \(b), needed for the transport cost; add km to the travel row or locations"
        }
    }
}
