/// Why the solver stopped. Separate from whether a solution exists
/// (``SolveResult/hasSolution``): a time limit can stop a search with or without one.
public enum Termination: String, Sendable, Equatable {
    /// Optimality proven (to GLPK's tolerances).
    case optimal
    /// The relative gap reached ``SolverOptions/relativeGap``.
    case gapLimit
    /// ``SolverOptions/timeLimit`` reached.
    case timeLimit
    /// Stopped through ``SolveCancellation`` (e.g. Ctrl-C).
    case stoppedByUser
    /// No solution satisfies the constraints (proven).
    case infeasible
    /// The objective can improve without limit.
    case unbounded
    /// The model would not fit in the memory the solve may use (``MemoryBudget``):
    /// GLPK was not called.
    case memoryLimit
    /// The search ran to its end with a solution whose optimality GLPK did not prove
    /// (`glp_intopt` returned 0 with `GLP_FEAS`): reported as feasible, with its bound.
    case unproven
}

/// The answer a user reads: one of seven outcomes.
public enum SolveStatus: String, Sendable, Equatable {
    /// Proven optimal.
    case optimal
    /// A solution with a stated gap (gap or time limit, or stopped by the user).
    case feasible
    /// Proven infeasible.
    case infeasible
    /// Unbounded objective.
    case unbounded
    /// No solution was found within the time limit.
    case noSolutionWithinTimeLimit = "no-solution"
    /// Stopped by the user before any solution was found.
    case stoppedWithoutSolution = "stopped"
    /// Not solved: the model would not fit in memory (``SolveResult/memory``).
    case tooLarge = "too-large"
}

/// What a solve returns. Infeasible and unbounded are results, not errors.
public struct SolveResult: Sendable {
    public var termination: Termination
    /// Variable values indexed by ``Variable/index``, integers rounded; empty without a solution.
    public var values: [Double]
    /// Objective value of ``values`` (including the constant); `nil` without a solution.
    public var objective: Double?
    /// Best proven bound on the optimum (lower when minimising); `nil` when unknown.
    public var bestBound: Double?
    /// Wall-clock seconds spent in GLPK (loading excluded).
    public var seconds: Double
    /// Seconds spent handing the model to GLPK.
    public var loadSeconds: Double
    /// Branch-and-bound nodes created (0 for LPs).
    public var nodes: Int
    public var size: ModelSize
    public var sense: Model.Sense
    /// With ``Termination/memoryLimit``: the bytes the solve would need and the bytes it
    /// may use.
    public var memory: (needed: Int, budget: Int)?

    public var hasSolution: Bool { objective != nil }

    public var status: SolveStatus {
        switch termination {
        case .optimal: return .optimal
        case .infeasible: return .infeasible
        case .unbounded: return .unbounded
        case .gapLimit: return .feasible
        case .timeLimit: return hasSolution ? .feasible : .noSolutionWithinTimeLimit
        case .stoppedByUser: return hasSolution ? .feasible : .stoppedWithoutSolution
        case .memoryLimit: return .tooLarge
        case .unproven: return .feasible
        }
    }

    /// Relative gap `|objective − bound| / max(1e-10, |objective|)` (GLPK's definition);
    /// 0 when optimal, `nil` when either side is unknown.
    public var gap: Double? {
        if termination == .optimal { return 0 }
        guard let o = objective, let b = bestBound else { return nil }
        return Self.relativeGap(objective: o, bound: b)
    }

    static func relativeGap(objective o: Double, bound b: Double) -> Double {
        abs(o - b) / max(1e-10, abs(o))
    }

    /// The value of `v` in the solution (`nil` without one).
    public func value(_ v: Variable) -> Double? { values.isEmpty ? nil : values[v.index] }

    /// The value of `e` in the solution (`nil` without one).
    public func value(_ e: LinearExpression) -> Double? { values.isEmpty ? nil : e.value(values) }
}
