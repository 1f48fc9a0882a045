import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// A stage's greedy baseline after the independent checker has read it (MODEL.md §8,
/// §10): the step of a ``StageSolve`` that needs the checker, which the formulations' module
/// does not see.
public struct CheckedBaseline: Sendable {
    /// The baseline as made when the checker accepts it; otherwise no plan (status
    /// `no-solution`, the model's size kept, no explanation).
    public var outcome: StageOutcome
    /// The checker's findings on the baseline as made.
    public var report: CheckReport
    /// Whether the checker accepts the baseline: no violation and, for a plan, the
    /// objective it states.
    public var accepted: Bool
}

extension StageSolve {
    /// The greedy baseline (``StageSolve/baseline(_:)``), re-checked: a baseline the checker
    /// rejects is no plan (`--solver greedy` and the pipeline's quickest plan).
    public static func checkedBaseline(_ x: Instance) throws -> CheckedBaseline {
        let made = try baseline(x)
        let plan = made.solution
        let report = SolutionChecker.check(plan, against: x)
        if report.violations.isEmpty && (plan.objective == nil || report.objectiveMatches) {
            return CheckedBaseline(outcome: made, report: report, accepted: true)
        }
        var none = Solution(problem: plan.problem, instance: plan.instance, status: .noSolution)
        none.model = plan.model
        return CheckedBaseline(outcome: StageOutcome(solution: none, parts: made.parts), report: report, accepted: false)
    }
}

extension PlanPipeline {
    /// One stage of the plan: its checked baseline with the greedy solver or once the run
    /// is interrupted, else its solve with its default formulation (parts apart), and the
    /// checked baseline when an interrupt left the solve without a plan. An instance the
    /// stage cannot take is an ``InputError`` naming the stage.
    static func solveStage<S: StageSolve>(
        _ stage: S.Type, _ x: Instance, solver: Solver, options: SolverOptions,
        progress: (@Sendable (Stage, SolveProgress) -> Void)?, cancellation: SolveCancellation?
    ) throws -> StageOutcome {
        let name = Stage(S.problem)
        var interrupted: Bool { cancellation?.isCancelled ?? false }
        do {
            if solver == .greedy || interrupted { return try S.checkedBaseline(x).outcome }
            let solved = try S.solve(x, formulation: S.defaultFormulation, separateParts: true, options: options,
                                     progress: tell(progress, name), cancellation: cancellation)
            if solved.solution.objective == nil && interrupted { return try S.checkedBaseline(x).outcome }
            return solved
        } catch let e as any StageInputError {
            throw InputError(stage: name, message: e.description)
        }
    }
}

extension PlanPipeline.Stage {
    /// The plan's stage that solves `problem` (exchange, training or walking).
    init(_ problem: Solution.Problem) {
        self = Self.allCases.first { $0.problem == problem }!
    }
}
