import GLPK
import RotaplanDomain

/// What a stage says about a plan it could not make whole: why there is no plan (the rules
/// that cannot hold together, the pins that cannot hold, a model too large), or why a part
/// of the plan is uncovered. The one place that names its type: a ``Finding`` (a RuleID, a
/// situation, refs and amounts), never a sentence — models return findings, and
/// RotaplanText's `FindingText` words them in English or Chinese (`StageText` puts the
/// stage's name before each, `exchange: …`).
public typealias StageExplanation = Finding

/// One of the three problems of the yearly plan — the exchange (MODEL.md §4), first-station
/// training (§5), walking teaching (§6) — seen the same way by the pipeline (§7), the
/// solving commands and the benchmarks (§9): solved by GLPK or by its greedy baseline, into
/// one ``StageOutcome``. Checking a stage's plan is the independent checker's
/// (`RotaplanChecker`), which this module does not see: the checked baseline is
/// `RotaplanPlan`'s (`StageSolve.checkedBaseline`).
public protocol StageSolve: SendableMetatype {
    /// The formulations of the stage's model (each with the same optimum).
    associatedtype Formulation: RawRepresentable & CaseIterable & Sendable where Formulation.RawValue == String

    /// The problem the stage's solutions state (§8).
    static var problem: Solution.Problem { get }
    /// The formulation solved unless another is asked for.
    static var defaultFormulation: Formulation { get }
    /// GLPK options measured best on the stage (benchmarks/README.md).
    static var defaultOptions: SolverOptions { get }

    /// Solves the stage. `separateParts`: solve independent parts as models of their own
    /// (the same optimum; exchange and training; walking's strong formulation always
    /// does, its plain one never). The instance's pins hold in every plan.
    static func solve(
        _ x: Instance, formulation: Formulation, separateParts: Bool, options: SolverOptions,
        progress: ProgressHandler?, cancellation: SolveCancellation?
    ) throws -> StageOutcome

    /// The greedy baseline (`--solver greedy`): the plan made by hand, not yet checked.
    static func baseline(_ x: Instance) throws -> StageOutcome

    /// The whole stage as one model in `formulation`, for `--write-lp` and `--write-mps`.
    static func wholeModel(_ x: Instance, formulation: Formulation) throws -> Model

    /// Why the whole model is not built for an export, when it would not fit in the
    /// memory `options` allow (nil: it is built).
    static func exportRefusal(_ x: Instance, formulation: Formulation, options: SolverOptions) -> StageExplanation?
}

extension StageSolve {
    public static func exportRefusal(_ x: Instance, formulation: Formulation, options: SolverOptions) -> StageExplanation? { nil }
}

/// What solving a stage produced, the same for every stage (§8, §9).
public struct StageOutcome: Sendable {
    /// The stage's solution: status, objective, bound, gap, the model's size, the plan.
    public var solution: Solution
    /// Everything to tell the user about it, whenever there is something, most important
    /// first: without a plan, why (the rules that cannot hold together, the pins that
    /// cannot hold, a model too large); with a plan, each part left uncovered and why
    /// (walking: one finding per uncovered demand line, which names the line and its
    /// uncovered periods).
    public var explanations: [StageExplanation]
    /// Independent parts (exchange, walking) or blocks (training) solved; 1 for one model.
    public var parts: Int
    /// The model was refused before it was built: it would not fit in the memory this run
    /// may use (the explanation says what to change).
    public var tooLarge: Bool

    public init(solution: Solution, explanations: [StageExplanation] = [], parts: Int = 1, tooLarge: Bool = false) {
        self.solution = solution
        self.explanations = explanations
        self.parts = parts
        self.tooLarge = tooLarge
    }
}

/// An instance a stage cannot take (a travel figure or calendar its model needs): invalid
/// input (exit 2), whichever stage says it.
public protocol StageInputError: Error, CustomStringConvertible {}

extension ExchangeInputError: StageInputError {}
extension WalkingInputError: StageInputError {}
