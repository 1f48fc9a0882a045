import GLPK
import RotaplanDomain
import RotaplanModels

/// Reasons per teacher for an exchange plan (MODEL.md §2, §4; docs/report.md "Why each
/// teacher moves or stays"):
/// - an ineligible teacher: the §2 rules that keep them out of E (no solve);
/// - a teacher with an exchange pin: the pin (the principal decided);
/// - a mover: the best plan with them kept (a `must-stay` pin);
/// - a stayer: the best plan with them moved — each of their destinations pinned in turn
///   (`must-move-to S`), the best of these plans (lowest objective, the first destination
///   in school order on a tie); no plan for any destination is "impossible", with the rules;
/// - each group with movers: movers against the §4.2 minimum and the best plan with the
///   group's movers capped at that minimum (what the extra moves bring).
///
/// Time: `budget` seconds over all re-solves. Which parts are explained is decided before
/// any solve, from counts alone: parts in order while their re-solves number at most
/// budget / ``minimumShare``; each re-solve then gets the same time limit, budget / (the
/// re-solves of the parts taken). So the same instance, plan and budget give the same
/// reasons whenever every re-solve finishes within its limit (GLPK is deterministic);
/// only a re-solve stopped by its limit (marked unproven, or unanswered) depends on the
/// machine. The teachers of the parts left out are `beyondBudget` (ask `rotaplan why`).
extension ExchangeReasons {
    /// The budget of `--reasons-time-limit` when not given: 30 s over all re-solves.
    public static let defaultBudget = 30.0
    /// The shortest time limit a re-solve is given (seconds).
    public static let minimumShare = 0.2

    /// The reasons for `teachers` (all, when nil) of the exchange plan `exchanges` of `x`;
    /// `hasPlan` false: the exchange has no plan (only the ineligible are explained).
    /// `quota`: also the groups' readings against the §4.2 minimum. `mentorReserve`: the
    /// plan is a `plan`'s exchange, which keeps rule 4.8 (MODEL.md §7), and so do the re-solves.
    public static func compute(
        _ x: Instance, exchanges: [Solution.Exchange], hasPlan: Bool = true, teachers: [Int]? = nil,
        quota: Bool = true, budget: Double = defaultBudget, mentorReserve: Bool = false
    ) throws -> ExchangeReasons {
        let facts = InstanceFacts(x)
        let moves = facts.moves(exchanges)
        var destination = [Int?](repeating: nil, count: x.teachers.count)
        for m in moves { destination[m.teacher] = m.to }
        let asked = teachers ?? Array(x.teachers.indices)
        func verdict(_ t: Int) -> TeacherReason.Verdict {
            facts.isEligible(t) ? destination[t].map { .moved(to: $0) } ?? .stayed : .ineligible
        }
        guard hasPlan else {
            let reasons = asked.map { t in
                TeacherReason(teacher: t, verdict: verdict(t), why: facts.isEligible(t) ? .noPlan : .ineligible(facts.eligibility[t].reasons))
            }
            return ExchangeReasons(plan: nil, reasons: reasons, quota: [], budget: budget, share: 0)
        }
        let pinOf = Dictionary(x.pins(of: .exchange).compactMap { p in p.teacher.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let parts = ExchangeParts.of(x)
        let groupMovers = moveCounts(x, moves)

        // The re-solves of each part, counted before any solve.
        let solving = asked.filter { facts.isEligible($0) && pinOf[$0] == nil }
        var work = [(teachers: [Int], quota: Bool, count: Int)](repeating: ([], false, 0), count: parts.count)
        for (p, part) in parts.enumerated() {
            let rs = ReasonSolve(facts: facts, part: part, plan: moves, mentorReserve: mentorReserve)
            let mine = solving.filter(rs.contains(teacher:))
            let q = quota && part.groups.contains { groupMovers[$0] > facts.requiredMovers[$0] }
            let count = mine.reduce(q ? 1 : 0) { $0 + (destination[$1] == nil ? Self.destinations(x, of: $1).count : 1) }
            work[p] = (mine, q, count)
        }
        let most = Int((budget / minimumShare).rounded(.down))
        var taken = Set<Int>(), total = 0
        for p in parts.indices where total + work[p].count <= most || work[p].count == 0 {
            taken.insert(p)
            total += work[p].count
        }
        let share = total > 0 ? budget / Double(total) : budget
        var options = ExchangeSolve.defaultOptions
        options.timeLimit = share

        var why: [Int: TeacherReason.Why] = [:]
        var atMinimum: [Int: QuotaReading.AtMinimum] = [:]
        var minimumMoves: [Int: [(teacher: Int, to: Int)]] = [:]
        for p in parts.indices.sorted() where taken.contains(p) && work[p].count > 0 {
            let rs = ReasonSolve(facts: facts, part: parts[p], plan: moves, mentorReserve: mentorReserve)
            let planObjective = try rs.planObjective()
            func alternative(_ a: ReasonSolve.Answer, to s: Int?) -> Alternative? {
                guard case let .plan(m, objective, proven) = a else { return nil }
                return Alternative(destination: s, figures: rs.figures(withPartMoves: m),
                                   objectiveChange: planObjective.map { objective - $0 }, proven: proven)
            }
            for t in work[p].teachers {
                if destination[t] != nil {
                    why[t] = reason(try rs.solve(pin: .mustStay, teacher: t, options: options), alternative(_:to:))
                } else {
                    let tries = try Self.destinations(x, of: t).map { s in (s, try rs.solve(pin: .mustMoveTo(school: s), teacher: t, options: options)) }
                    why[t] = best(tries, alternative(_:to:))
                }
            }
            if work[p].quota {
                // Capped at the §4.2 minimum; when no plan has so few movers, at the fewest any plan has.
                var capped = try rs.solve(pin: nil, capped: [:], options: options)
                var limit: [Int: Int]?
                if case .impossible = capped, let fewest = try rs.fewestMovers(options: options) {
                    limit = fewest
                    capped = try rs.solve(pin: nil, capped: fewest, options: options)
                }
                if case let .plan(m, _, _) = capped {
                    let kept = moves.filter { !rs.contains(teacher: $0.teacher) }.map { ($0.teacher, $0.to) }
                    for g in parts[p].groups { minimumMoves[g] = kept + m }
                }
                for g in parts[p].groups {
                    switch capped {
                    case .plan: atMinimum[g] = .plan(alternative(capped, to: nil)!, movers: limit?[g])
                    case let .impossible(rules): atMinimum[g] = .impossible(rules)
                    case .unanswered: atMinimum[g] = .unknown
                    }
                }
            }
        }
        let reasons = asked.map { t -> TeacherReason in
            if !facts.isEligible(t) { return TeacherReason(teacher: t, verdict: .ineligible, why: .ineligible(facts.eligibility[t].reasons)) }
            if let pin = pinOf[t] { return TeacherReason(teacher: t, verdict: verdict(t), why: .pinned(pin)) }
            return TeacherReason(teacher: t, verdict: verdict(t), why: why[t] ?? .beyondBudget)
        }
        let readings = quota ? x.groups.indices.filter { groupMovers[$0] > 0 }.map { g in
            QuotaReading(group: g, movers: groupMovers[g], minimum: facts.requiredMovers[g], atMinimum: atMinimum[g] ?? .unknown,
                         spread: groupSpread(facts, g, moves.map { ($0.teacher, $0.to) }),
                         spreadAtMinimum: minimumMoves[g].map { groupSpread(facts, g, $0) })
        } : []
        return ExchangeReasons(plan: ReasonSolve.figures(facts, moves.map { ($0.teacher, $0.to) }), reasons: reasons,
                               quota: readings, budget: budget, share: total > 0 ? share : 0)
    }

    /// A stayer's destinations: §4 "Decision" (``Instance/exchangeDestinations(ofHome:)``)
    /// within exchange.maxTravelMinutes, in school order.
    static func destinations(_ x: Instance, of t: Int) -> [Int] {
        let home = x.teachers[t].school
        return x.exchangeDestinations(ofHome: home).filter { s in
            x.travel.minutes(home, s).map { $0 <= x.policy.exchange.maxTravelMinutes } ?? false
        }
    }

    /// max − min of F(s)/n(s) over the schools of group g in S* after `moves` (§10).
    static func groupSpread(_ facts: InstanceFacts, _ g: Int, _ moves: [(teacher: Int, to: Int)]) -> Double {
        let q = facts.quality(afterMoving: moves)
        let values = facts.groupedSchools.filter { facts.instance.schools[$0].group == g }.map(q.perCapitaAfter)
        return (values.max() ?? 0) - (values.min() ?? 0)
    }

    /// Movers of each group in `moves` (by the home school's group).
    static func moveCounts(_ x: Instance, _ moves: [ResolvedMove]) -> [Int] {
        var out = [Int](repeating: 0, count: x.groups.count)
        for m in moves { if let g = x.schools[m.from].group { out[g] += 1 } }
        return out
    }

    /// A mover's reason from the re-solve with them kept.
    static func reason(_ a: ReasonSolve.Answer, _ alternative: (ReasonSolve.Answer, Int?) -> Alternative?) -> TeacherReason.Why {
        switch a {
        case .plan: return .otherwise(alternative(a, nil)!)
        case let .impossible(rules): return .impossible(rules)
        case .unanswered: return .unanswered
        }
    }

    /// A stayer's reason from the re-solves with each destination pinned: the best plan
    /// (lowest objective, the first on a tie); else impossible with every rule named, when
    /// every destination is proven impossible; else unanswered.
    static func best(_ tries: [(Int, ReasonSolve.Answer)], _ alternative: (ReasonSolve.Answer, Int?) -> Alternative?) -> TeacherReason.Why {
        var bestPlan: (objective: Double, why: Alternative)?
        var rules = Set<RuleID>(), unanswered = false
        for (s, a) in tries {
            switch a {
            case let .plan(_, objective, _):
                if bestPlan == nil || objective < bestPlan!.objective - 1e-9 { bestPlan = (objective, alternative(a, s)!) }
            case let .impossible(r): rules.formUnion(r)
            case .unanswered: unanswered = true
            }
        }
        if let bestPlan { return .otherwise(bestPlan.why) }
        if tries.isEmpty { return .impossible([.exchangeDestination]) }
        return unanswered ? .unanswered : .impossible(rules.sorted())
    }
}
