import GLPK
import RotaplanDomain

/// The exchange as a ``StageSolve`` (MODEL.md §4).
extension ExchangeSolve: StageSolve {
    public typealias Outcome = StageOutcome
    public static var problem: Solution.Problem { .exchange }
    public static var defaultFormulation: ExchangeModel.Formulation { .aggregated }

    public static func solve(
        _ x: Instance, formulation: ExchangeModel.Formulation, separateParts: Bool, options: SolverOptions,
        progress: ProgressHandler?, cancellation: SolveCancellation?
    ) throws -> StageOutcome {
        try run(x, formulation: formulation, separateParts: separateParts, options: options, progress: progress,
                cancellation: cancellation).withObjectiveTerms(x)
    }

    /// ``ExchangeGreedy``: longest-serving teachers swapped with a same-subject colleague.
    public static func baseline(_ x: Instance) throws -> StageOutcome {
        StageOutcome(solution: try ExchangeGreedy.run(x)).withObjectiveTerms(x)
    }

    public static func wholeModel(_ x: Instance, formulation: ExchangeModel.Formulation) throws -> Model {
        try ExchangeModel(x, formulation: formulation).model
    }

    /// The whole exchange in one model (what other solvers compare on) is not built when it
    /// would not fit in memory (the solve refuses it too, with the same explanation).
    public static func exportRefusal(_ x: Instance, formulation: ExchangeModel.Formulation, options: SolverOptions) -> StageExplanation? {
        let whole = [ExchangeParts.Part(groups: Array(x.groups.indices), ungrouped: true)]
        guard let big = partTooLarge(x, whole, formulation: formulation, options: options) else { return nil }
        return tooLargeExplanation(x, whole, 0, size: big.size, needed: big.needed, budget: big.budget)
    }
}

/// First-station training as a ``StageSolve`` (MODEL.md §5).
extension TrainingSolve: StageSolve {
    public typealias Outcome = StageOutcome
    public static var problem: Solution.Problem { .training }
    public static var defaultFormulation: TrainingModel.Formulation { .aggregated }
    /// The library's defaults (benchmarks/README.md, "Training": no other choice was faster).
    public static var defaultOptions: SolverOptions { SolverOptions() }

    /// The solve of the solving commands and the plan: when §5 is infeasible, the partial
    /// plan that places every hire who can be placed (docs/training.md, "Partial plans").
    public static func solve(
        _ x: Instance, formulation: TrainingModel.Formulation, separateParts: Bool, options: SolverOptions,
        progress: ProgressHandler?, cancellation: SolveCancellation?
    ) throws -> StageOutcome {
        try run(x, formulation: formulation, options: options, decompose: separateParts, partialPlan: true,
                progress: progress, cancellation: cancellation).withObjectiveTerms(x)
    }

    /// ``TrainingGreedy``: each hire to the first mentor with free capacity and the first
    /// open vacancy; the hires it cannot place are the explanation.
    public static func baseline(_ x: Instance) throws -> StageOutcome {
        let greedy = try TrainingGreedy.plan(x)
        guard !greedy.unplaced.isEmpty else { return StageOutcome(solution: greedy.solution).withObjectiveTerms(x) }
        return StageOutcome(solution: greedy.solution, explanations: [
            Finding(.trainingModel, .greedyLeftOut, refs: greedy.unplaced.map { .newHire($0) }),
        ]).withObjectiveTerms(x)
    }

    public static func wholeModel(_ x: Instance, formulation: TrainingModel.Formulation) throws -> Model {
        try TrainingModel(x, formulation: formulation).model
    }
}

/// Walking teaching as a ``StageSolve`` (MODEL.md §6).
extension WalkingSolve: StageSolve {
    public typealias Outcome = StageOutcome
    public static var problem: Solution.Problem { .walking }
    public static var defaultFormulation: WalkingModel.Formulation { .strong }

    /// ``run(_:formulation:options:progress:cancellation:)``; `separateParts` is the
    /// formulation's (strong: parts, plain: one model).
    public static func solve(
        _ x: Instance, formulation: WalkingModel.Formulation, separateParts: Bool, options: SolverOptions,
        progress: ProgressHandler?, cancellation: SolveCancellation?
    ) throws -> StageOutcome {
        try run(x, formulation: formulation, options: options, progress: progress, cancellation: cancellation).withObjectiveTerms(x)
    }

    /// ``WalkingGreedy``: first-fit by teacher and slot; its uncovered lines explained.
    public static func baseline(_ x: Instance) throws -> StageOutcome {
        let scope = try WalkingScope(x)
        let greedy = WalkingGreedy.run(scope)
        return StageOutcome(solution: greedy.solution, explanations: WalkingExplanation.explain(scope, plan: greedy.plan))
            .withObjectiveTerms(x)
    }

    public static func wholeModel(_ x: Instance, formulation: WalkingModel.Formulation) throws -> Model {
        try WalkingModel(WalkingScope(x), formulation: formulation).model
    }
}
