import RotaplanDomain

/// Re-checks what a solution file says about itself (MODEL.md §8, docs/solution.schema.json),
/// from the file alone: its status, objective, bound and gap, and that it lists only the
/// sections of its problem. A claim that is false is a violation of ``RuleID/solutionFile``
/// (or ``RuleID/walkingTimetable`` for a walking timetable said to be infeasible); a claim
/// that only a solver could confirm is ``CheckReport/Unverified``.
enum ClaimCheck {
    /// The checker's tolerance for the header's figures: 1e-6 relative, or 1e-6 absolute
    /// below 1 (MODEL.md §10), as for the objective.
    static let tolerance = 1e-6

    /// The sections a problem's solution holds (docs/solution.schema.json); a plan holds
    /// all four.
    static func sections(of problem: Solution.Problem) -> [EntityRef.SolutionList] {
        switch problem {
        case .exchange: [.exchanges]
        case .training: [.placements]
        case .walking: [.lessons, .uncovered]
        case .plan: [.exchanges, .lessons, .placements, .uncovered]
        }
    }

    /// A solution without a plan (infeasible, no-solution, §8) lists no records of `list`:
    /// the report for it, or nil when the solution has a plan to check.
    static func withoutPlan(_ s: Solution, _ list: EntityRef.SolutionList, count: Int) -> CheckReport? {
        guard s.status == .infeasible || s.status == .noSolution else { return nil }
        var report = CheckReport()
        if count > 0 { report.violate(.solutionFile, .listedWithoutPlan(s.status, list)) }
        return report
    }

    /// Every non-empty section that does not belong to `s.problem`, and every move from a
    /// school to itself in an `exchanges` list that does not belong either (a plan's or an
    /// exchange's own moves are judged by ``ExchangeCheck``).
    static func foreignSections(_ s: Solution) -> [CheckReport.Violation] {
        let own = sections(of: s.problem)
        let listed: [(EntityRef.SolutionList, Int)] = [(.exchanges, s.exchanges.count), (.placements, s.placements.count),
                                                       (.lessons, s.lessons.count), (.uncovered, s.uncovered.count)]
        var report = CheckReport()
        for (section, count) in listed where count > 0 && !own.contains(section) {
            report.violate(.solutionFile, .foreignSection(s.problem, holds: own, lists: section), [], [Amount(.actual, count)])
        }
        if !own.contains(.exchanges) {
            for (k, e) in s.exchanges.enumerated() where e.from == e.to { report.violations.append(selfMove(k, e)) }
        }
        return report.violations
    }

    /// The finding for a move from a school to itself.
    static func selfMove(_ k: Int, _ e: Solution.Exchange) -> CheckReport.Violation {
        .init(Finding(.exchangeMove, .selfMove(teacher: e.teacher, from: e.from, to: e.to), refs: [.record(.exchanges, k)]))
    }

    /// The status, objective, bound and gap of a solution or of one stage of a plan.
    /// `problem` is the problem the figures are of (a plan's stage has its own).
    static func header(problem: Solution.Problem, status: Solution.Status, objective: Double?, bound: Double?, gap: Double?,
                       into report: inout CheckReport) {
        func violate(_ situation: Finding.Situation, _ amounts: [Amount]) { report.violate(.solutionFile, situation, [], amounts) }
        var finite = true
        for (name, value) in [(Finding.HeaderField.objective, objective), (.bound, bound), (.gap, gap)] {
            if let value, !value.isFinite { violate(.notFinite(name), []); finite = false }
        }
        guard finite else { return }
        switch status {
        case .infeasible, .noSolution:
            if problem == .walking && status == .infeasible {
                report.violate(.walkingTimetable, .falseInfeasible)
            } else if problem != .plan {
                // A plan's own status is its stages' (``PlanCheck``), each judged here.
                report.unverified.append(.init(status == .infeasible ? .infeasible : .noSolution))
            }
            if let gap { violate(.gapWithoutPlan(status), [Amount(.actual, gap)]) }
        case .optimal:
            if let gap, abs(gap) > tolerance { violate(.optimalWithGap, [Amount(.actual, gap)]) }
            if let bound, let objective, !CheckReport.close(bound, objective) {
                violate(.optimalWithBound, [Amount(.actual, bound), Amount(.base, objective)])
            }
        case .feasible:
            if let bound, let objective, bound > objective, !CheckReport.close(bound, objective) {
                violate(.boundAboveObjective, [Amount(.actual, bound), Amount(.base, objective)])
            }
            guard let gap else { break }
            if gap < -tolerance {
                violate(.negativeGap, [Amount(.actual, gap)])
            } else if let bound, let objective {
                let expected = abs(objective - bound) / max(1e-10, abs(objective))
                if !CheckReport.close(gap, expected) { violate(.gapMismatch, [Amount(.actual, gap), Amount(.required, expected)]) }
            } else if bound == nil {
                report.unverified.append(.init(.gapWithoutBound(gap)))
            }
        }
    }
}
