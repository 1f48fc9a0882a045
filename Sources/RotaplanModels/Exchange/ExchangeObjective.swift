import GLPK
import RotaplanDomain

/// The objective of MODEL.md §4, one method per term (`term…`), and reading a solution
/// back (``ExchangeModel/chosenMoves(_:)``, ``ExchangeModel/tightened(_:)``). The hard
/// rules are in `ExchangeModel.swift`.
extension ExchangeModel {
    // MARK: Objective terms (§4 "Objective")

    /// Σ_{t: home=s} v(t) before any move (``InstanceFacts/qualitySum``).
    func qualitySum(_ s: Int) -> Double { Double(facts.qualitySum[s]) }

    /// Q̄(g) = Σ_{s∈g} Σ_{t: home=s} v(t) / Σ_{s∈g} n(s) (``InstanceFacts/groupMeanQuality(_:)``).
    func groupMean(_ g: Int) -> Double? { facts.groupMeanQuality(g) }

    /// balance · Σ_s (dp(s) + dn(s)) over schools in groups with n(s) > 0, where
    /// F(s)/n(s) − Q̄(g) = dp(s) − dn(s) and
    /// F(s) = Σ_{home=s} v(t) − Σ_{t∈E, home=s} v(t)·Σ_{s'} x[t,s'] + Σ_{t∈E} v(t)·x[t,s].
    /// n(s) is the headcount before any move (§10). Adds dp, dn and one row per school.
    mutating func termBalance() throws {
        let w = instance.policy.weights.exchange.balance
        var quality = [LinearExpression](repeating: LinearExpression(), count: instance.schools.count)
        for m in moves {
            let v = Double(instance.teachers[m.teacher].quality)
            guard v != 0 else { continue }
            quality[m.to].add(m.variable, coefficient: v)
            quality[instance.teachers[m.teacher].school].add(m.variable, coefficient: -v)
        }
        for g in part.groups {
            let group = instance.groups[g]
            guard let mean = groupMean(g) else { continue }
            for s in group.schools {
                let n = Double(facts.headcount[s])
                guard n > 0 else { continue }
                let id = instance.schools[s].id
                let dp = try model.addVariable(name: "dp[\(id)]"), dn = try model.addVariable(name: "dn[\(id)]")
                // (base + Δquality)/n − mean = dp − dn  ⇔  Δquality/n − dp + dn = mean − base/n
                try model.add(quality[s].scaled(by: 1 / n) - dp + dn == mean - qualitySum(s) / n,
                              name: "\(RuleID.exchangeBalanceTerm.rawValue)[\(id)]")
                if balanceChords { try balanceChord(school: s, change: quality[s], target: n * mean, n: n, dp: dp, dn: dn) }
                balance.append((s, dp, dn))
                objective.add(dp, coefficient: w)
                objective.add(dn, coefficient: w)
            }
        }
    }

    /// A valid inequality that tightens the balance term (it cuts off no integer plan).
    ///
    /// F(s) = base + Δquality is an integer (every v(t) is), while c = n(s)·Q̄(g) usually is
    /// not, so |F(s) − c| ≥ the chord of |F − c| between ⌊c⌋ and ⌈c⌉: with a = c − ⌊c⌋,
    /// |F − c| ≥ a + (F − ⌊c⌋)(1 − 2a) at every integer F (the chord of a convex function
    /// lies below it outside its interval, and no integer lies inside). Since
    /// n(s)·(dp + dn) ≥ |F(s) − c|, the row n·(dp + dn) − (1 − 2a)·Δquality ≥ a + (base −
    /// ⌊c⌋)(1 − 2a) holds for every plan, but the LP relaxation can no longer balance a
    /// school exactly with fractional moves: measured, it closes most of the root gap.
    mutating func balanceChord(school s: Int, change: LinearExpression, target c: Double, n: Double,
                                       dp: Variable, dn: Variable) throws {
        let floor = c.rounded(.down), a = c - floor
        guard a > 1e-9, a < 1 - 1e-9 else { return }
        let base = qualitySum(s)
        let lhs = LinearExpression.sum([dp, dn]).scaled(by: n) - change.scaled(by: 1 - 2 * a)
        try model.add(lhs >= a + (base - floor) * (1 - 2 * a), name: "\(RuleID.Row.exchangeBalanceChord.rawValue)[\(instance.schools[s].id)]")
    }

    /// travelHour · Σ x[t,s] · τ(home(t), s) / 60.
    mutating func termTravel() {
        let w = instance.policy.weights.exchange.travelHour
        for m in moves where m.minutes != 0 { objective.add(m.variable, coefficient: w * m.minutes / 60) }
    }

    /// preferenceRank · Σ x[t,s] · prefcost(t, s).
    mutating func termPreference() {
        let w = instance.policy.weights.exchange.preferenceRank
        for m in moves {
            let c = Instance.preferenceCost(instance.teachers[m.teacher].preferences, school: m.to)
            if c != 0 { objective.add(m.variable, coefficient: w * c) }
        }
    }

    /// shortage · Σ_{s,k with R} short(s,k), short ≥ R − final_k(s), short ≥ 0, over every
    /// school with `required` (§10: a school without flows adds the constant max(0, R − count)).
    mutating func termShortage() throws {
        let w = instance.policy.weights.exchange.shortage
        for f in subjectFlows {
            if f.flow.termCount == 0 {
                objective.constant += w * Double(max(0, f.required - f.count))
                continue
            }
            let id = instance.schools[f.school].id
            let short = try model.addVariable(name: "short[\(id),\(f.subject)]")
            // short ≥ R − (count + flow)  ⇔  short + flow ≥ R − count
            try model.add(f.flow + short >= Double(f.required - f.count), name: "\(RuleID.exchangeShortageTerm.rawValue)[\(id),\(f.subject)]")
            shortage.append((f.school, f.subject, short, f.required, f.count))
            objective.add(short, coefficient: w)
        }
    }

    /// costPer10k · Σ cost[t,s] · x[t,s] / 10000.
    mutating func termCost() {
        let w = instance.policy.weights.exchange.costPer10k
        for m in moves where m.cost != 0 { objective.add(m.variable, coefficient: w * m.cost / 10000) }
    }

    /// − ruralForTitle · Σ x[t,s] over t seekingSeniorTitle and s tagged rural (Luohe).
    mutating func termRuralForTitle() {
        let w = instance.policy.weights.exchange.ruralForTitle
        for m in moves where instance.teachers[m.teacher].seekingSeniorTitle && instance.schools[m.to].has(.rural) {
            objective.add(m.variable, coefficient: -w)
        }
    }

    // MARK: Reading a solution

    /// The moves chosen in `values`, one per named teacher, in teacher order. A class's
    /// y[c,s] are filled with its teachers in id order, destinations in school order.
    public func chosenMoves(_ values: [Double]) -> [Move] {
        var out: [Move] = []
        for (u, members) in units.enumerated() {
            var next = 0
            for m in movesOfUnit[u] {
                let n = Int(values[moves[m].variable.index].rounded())
                for _ in 0..<max(0, n) where next < members.count {
                    var move = moves[m]
                    move.teacher = members[next]
                    out.append(move)
                    next += 1
                }
            }
        }
        return out.sorted { $0.teacher < $1.teacher }
    }

    /// Values of this model's variables for a plan given as (teacher, destination) pairs
    /// (e.g. the greedy plan), auxiliary variables tightened; pairs of teachers outside
    /// this model's part are ignored. `nil` if a pair is not a move of the model. The
    /// caller checks feasibility (``GLPK/Model/isFeasible(_:tolerance:)``).
    public func startValues(_ plan: [(teacher: Int, to: Int)]) -> [Double]? {
        var unitOf: [Int: Int] = [:]
        for (u, members) in units.enumerated() { for t in members { unitOf[t] = u } }
        var values = [Double](repeating: 0, count: model.variableCount)
        for (t, to) in plan {
            guard let u = unitOf[t] else {
                if part.groupSet.contains(instance.schools[instance.teachers[t].school].group ?? -1) { return nil }
                continue
            }
            guard let m = movesOfUnit[u].first(where: { moves[$0].to == to }) else { return nil }
            values[moves[m].variable.index] += 1
        }
        return tightened(values)
    }

    /// `values` with the auxiliary variables set to their least feasible values for the
    /// chosen moves (dp + dn = |deviation|, short = max(0, R − final)), so that the
    /// objective is the value of §4's formula for the plan, also for a plan stopped by a
    /// time limit.
    public func tightened(_ values: [Double]) -> [Double] {
        var v = values
        var qualityDelta = [Double](repeating: 0, count: instance.schools.count)
        var subjectDelta: [Int: [Subject: Int]] = [:]
        for m in moves {
            let n = v[m.variable.index].rounded()
            v[m.variable.index] = n
            guard n > 0 else { continue }
            let t = instance.teachers[m.teacher]
            qualityDelta[m.to] += Double(t.quality) * n
            qualityDelta[t.school] -= Double(t.quality) * n
            subjectDelta[m.to, default: [:]][t.subject, default: 0] += Int(n)
            subjectDelta[t.school, default: [:]][t.subject, default: 0] -= Int(n)
        }
        for b in balance {
            let n = Double(facts.headcount[b.school])
            let dev = (qualitySum(b.school) + qualityDelta[b.school]) / n - groupMean(instance.schools[b.school].group!)!
            v[b.dp.index] = max(0, dev)
            v[b.dn.index] = max(0, -dev)
        }
        for f in shortage {
            let final = f.count + (subjectDelta[f.school]?[f.subject] ?? 0)
            v[f.short.index] = Double(max(0, f.required - final))
        }
        return v
    }
}
