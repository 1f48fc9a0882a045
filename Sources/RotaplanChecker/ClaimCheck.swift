import RotaplanDomain
import RotaplanFormats

/// Re-checks what a solution file says about itself (MODEL.md §8, docs/solution.schema.json),
/// from the file alone: its status, objective, bound and gap, and that it lists only the
/// sections of its problem. A claim that is false is a violation of rule "8" (or "6" for
/// a walking timetable said to be infeasible); a claim that only a solver could confirm is
/// ``CheckReport/Unverified``.
enum ClaimCheck {
    /// The checker's tolerance for the header's figures: 1e-6 relative, or 1e-6 absolute
    /// below 1 (MODEL.md §10), as for the objective.
    static let tolerance = 1e-6

    /// The sections a problem's solution holds (docs/solution.schema.json); a plan holds
    /// all four.
    static func sections(of problem: Solution.Problem) -> Set<String> {
        switch problem {
        case .exchange: ["exchanges"]
        case .training: ["placements"]
        case .walking: ["lessons", "uncovered"]
        case .plan: ["exchanges", "placements", "lessons", "uncovered"]
        }
    }

    /// Every non-empty section that does not belong to `s.problem`, and every move from a
    /// school to itself in an `exchanges` list that does not belong either (a plan's or an
    /// exchange's own moves are judged by ``ExchangeCheck``).
    static func foreignSections(_ s: Solution) -> [CheckReport.Violation] {
        let own = sections(of: s.problem)
        let listed = [("exchanges", s.exchanges.count), ("placements", s.placements.count),
                      ("lessons", s.lessons.count), ("uncovered", s.uncovered.count)]
        var out: [CheckReport.Violation] = []
        for (section, count) in listed where count > 0 && !own.contains(section) {
            let holds = own.sorted().joined(separator: " and ")
            out.append(.init(rule: "8", message: "\(article(s.problem)) \(s.problem.rawValue) solution holds only \(holds), but this one lists \(count) \(section)"))
        }
        if !own.contains("exchanges") {
            for (k, e) in s.exchanges.enumerated() where e.from == e.to {
                out.append(.init(rule: "4", message: selfMove(k, e)))
            }
        }
        return out
    }

    /// The finding for a move from a school to itself.
    static func selfMove(_ k: Int, _ e: Solution.Exchange) -> String {
        "exchanges[\(k)]: \(e.teacher) 'moves' from \(e.from) to \(e.to), the same school"
    }

    /// The status, objective, bound and gap of a solution or of one stage of a plan.
    /// `problem` is the problem the figures are of (a plan's stage has its own).
    static func header(problem: Solution.Problem, status: Solution.Status, objective: Double?, bound: Double?, gap: Double?,
                       into report: inout CheckReport) {
        func violate(_ message: String) { report.violations.append(.init(rule: "8", message: message)) }
        func unverified(_ claim: String, _ message: String) { report.unverified.append(.init(claim: claim, message: message)) }
        var finite = true
        for (name, value) in [("objective", objective), ("bound", bound), ("gap", gap)] {
            if let value, !value.isFinite { violate("\(name) is not a finite number"); finite = false }
        }
        guard finite else { return }
        let n = JSONText.number
        switch status {
        case .infeasible, .noSolution:
            if problem == .walking && status == .infeasible {
                report.violations.append(.init(rule: "6", message: "status infeasible is false: an empty timetable, every period uncovered, keeps every rule of §6"))
            } else if problem != .plan {
                // A plan's own status is its stages' (``PlanCheck``), each judged here.
                unverified("status \(status.rawValue)", status == .infeasible
                           ? "the checker cannot verify that no plan exists; re-solve to confirm"
                           : "the file holds no plan, so there is nothing to verify; re-solve (with more time) to get one")
            }
            if let gap { violate("a solution with status \(status.rawValue) states gap \(n(gap)), but there is no plan to measure it") }
        case .optimal:
            if let gap, abs(gap) > tolerance { violate("status optimal with gap \(n(gap)): a proven optimum has gap 0") }
            if let bound, let objective, !CheckReport.close(bound, objective) {
                violate("status optimal with bound \(n(bound)): a proven optimum has bound = objective \(n(objective))")
            }
        case .feasible:
            if let bound, let objective, bound > objective, !CheckReport.close(bound, objective) {
                violate("bound \(n(bound)) is above the objective \(n(objective)): every problem minimises, so no bound exceeds a plan's objective")
            }
            guard let gap else { break }
            if gap < -tolerance {
                violate("gap \(n(gap)) is negative")
            } else if let bound, let objective {
                let expected = abs(objective - bound) / max(1e-10, abs(objective))
                if !CheckReport.close(gap, expected) {
                    violate("gap \(n(gap)) does not match |objective − bound| / |objective| = \(n(expected))")
                }
            } else if bound == nil {
                unverified("gap \(n(gap)) without a bound", "the checker cannot verify it; give the bound it was measured against")
            }
        }
    }

    private static func article(_ p: Solution.Problem) -> String { p == .exchange ? "an" : "a" }
}
