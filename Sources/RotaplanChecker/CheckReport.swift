import RotaplanDomain

/// What `rotaplan check` found: every broken rule as a ``Finding``, every claim it
/// cannot verify without solving, the objective recomputed from the instance and the
/// solution alone, and whether it matches the declared one (1e-6 relative, or 1e-6
/// absolute below 1; MODEL.md §10). RotaplanText's `CheckText` renders it for people.
public struct CheckReport: Sendable {
    /// Something the file states that is false: a broken rule, a section that does not
    /// belong to the problem, header figures that contradict each other.
    public struct Violation: Sendable, Hashable {
        /// The broken rule, what was found and who is involved.
        public var finding: Finding
        /// The stage of a plan the finding is in (§7), nil for a single problem's solution.
        public var stage: Solution.Problem?

        public init(_ finding: Finding, stage: Solution.Problem? = nil) {
            self.finding = finding
            self.stage = stage
        }

        /// The MODEL.md rule the violation breaks.
        public var rule: RuleID { finding.rule }
    }

    /// Something the file states that a checker which does not solve cannot confirm: that
    /// no plan exists (`infeasible`), that none was found (`no-solution`), a gap without
    /// its bound, a plan's stage that did not run.
    public struct Unverified: Sendable, Hashable {
        public enum Claim: Sendable, Hashable {
            /// `status infeasible`: that no plan exists.
            case infeasible
            /// `status no-solution`: that the solver found none.
            case noSolution
            /// A gap stated without the bound it was measured against.
            case gapWithoutBound(Double)
            /// A plan's stage without a status: the plan has no such part.
            case notRun
            /// `status infeasible` with a partial training plan (docs/training.md): `placed`
            /// of `of` hires placed, every record holding; §5 rule 1 fails for `unplaced`
            /// (ids as written), which the checker cannot prove unavoidable.
            case partial(placed: Int, of: Int, unplaced: [String])
        }

        public var claim: Claim
        /// The stage of a plan the claim is in (§7), nil for a single problem's solution.
        public var stage: Solution.Problem?

        public init(_ claim: Claim, stage: Solution.Problem? = nil) {
            self.claim = claim
            self.stage = stage
        }
    }

    public var violations: [Violation] = []
    public var unverified: [Unverified] = []
    public var recomputedObjective: Double?
    public var declaredObjective: Double?
    /// The solution was solved near a previous plan (§12) and checked without it: its
    /// objective holds a change term this check cannot recompute, so it is not compared.
    public var nearNotComparable = false
    /// §8 rev 2: the objective terms recomputed, keyed by problem (a plan: by stage), in
    /// §8's order; `change` only when checked with the previous plan (§12).
    public var recomputedTerms: [Solution.Problem: [ObjectiveTerm]] = [:]
    /// The terms the file states (`metrics.objectiveTerms`; empty for an older file).
    public var declaredTerms: [Solution.Problem: [ObjectiveTerm]] = [:]

    public init() {}

    /// One term the file states beside its recomputed value (nil: the checker has none,
    /// e.g. `change` checked without `--near`, or no plan).
    public struct TermComparison: Sendable, Equatable {
        public var stage: Solution.Problem
        public var name: String
        public var declared: Double
        public var recomputed: Double?
        /// Within §10's tolerance, or not comparable (no recomputed value).
        public var matches: Bool { recomputed.map { CheckReport.close($0, declared) } ?? true }
    }

    /// Every term the file states, stage by stage (exchange, training, walking), in the
    /// file's order; only present terms are compared.
    public var termComparisons: [TermComparison] {
        let stages: [Solution.Problem] = [.exchange, .training, .walking]
        return stages.flatMap { p in
            (declaredTerms[p] ?? []).map { t in
                TermComparison(stage: p, name: t.name, declared: t.value,
                               recomputed: recomputedTerms[p]?.first { $0.name == t.name }?.value)
            }
        }
    }

    /// Every stated term matches its recomputed value.
    public var termsMatch: Bool { termComparisons.allSatisfy(\.matches) }

    public var objectiveMatches: Bool {
        guard let r = recomputedObjective else { return declaredObjective == nil }
        guard let d = declaredObjective else { return false }
        return Self.close(r, d)
    }

    /// Nothing the file states is false: no violation and the objective matches. Claims
    /// that cannot be verified may remain (a solver's own infeasible stage of a plan, which
    /// the solving commands' `--verify` accepts).
    public var passed: Bool { violations.isEmpty && (objectiveMatches || nearNotComparable) && termsMatch }

    /// Everything the file states is verified: ``passed`` and no ``unverified`` claim.
    /// `rotaplan check` exits 0 only then.
    public var verified: Bool { passed && unverified.isEmpty }

    public static func close(_ a: Double, _ b: Double) -> Bool {
        let scale = max(abs(a), abs(b))
        return scale < 1 ? abs(a - b) <= 1e-6 : abs(a - b) <= 1e-6 * scale
    }

    /// Records a broken rule (the checkers' one way to add a violation).
    mutating func violate(_ rule: RuleID, _ situation: Finding.Situation = .broken, _ refs: [EntityRef] = [],
                          _ amounts: [Amount] = []) {
        violations.append(Violation(Finding(rule, situation, refs: refs, amounts: amounts)))
    }
}

/// Checks a solution against its instance, the instance's pins included (``PinCheck``),
/// and what the file says about itself (``ClaimCheck``). Shares no code with the
/// formulations: it depends on the domain module only (enforced by the package graph).
public enum SolutionChecker {
    public static func check(_ solution: Solution, against instance: Instance) -> CheckReport {
        var report: CheckReport
        switch solution.problem {
        case .exchange:
            report = ExchangeCheck.check(solution, instance)
        case .training:
            report = TrainingCheck.check(solution, instance)
        case .walking:
            report = WalkingCheck.check(solution, instance)
        case .plan:
            report = PlanCheck.check(solution, instance)
        }
        // A plan's stages are checked above through this function, pins included.
        if solution.problem != .plan { report.violations += PinCheck.violations(solution, instance) }
        NearCheck.apply(solution, instance, to: &report)
        report.violations += ClaimCheck.foreignSections(solution)
        ClaimCheck.header(problem: solution.problem, status: solution.status, objective: solution.objective,
                          bound: solution.bound, gap: solution.gap, into: &report)
        report.declaredObjective = solution.objective
        report.declaredTerms = solution.objectiveTerms
        return report
    }
}
