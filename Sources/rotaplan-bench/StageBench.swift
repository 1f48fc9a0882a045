import GLPK
import RotaplanDomain
import RotaplanModels

extension ProblemBench {
    /// Exchange (MODEL.md §4): aggregated (default) and plain. Training (§5): aggregated
    /// (default; mentor counts) and plain (p[n,m] exactly as §5 writes it), both block by
    /// block as the CLI solves them. Walking (§6): strong (default; clique travel rows,
    /// symmetry broken, independent parts solved apart from the greedy incumbent) and
    /// plain (every rule as §6 writes it, one model). HiGHS and CBC get the plain single
    /// model of each.
    static let exchange = ProblemBench(ExchangeSolve.self, exported: .plain)
    static let training = ProblemBench(TrainingSolve.self, exported: .plain)
    static let walking = ProblemBench(WalkingSolve.self, exported: .plain)

    /// A stage as the CLI runs it (``StageSolve``): every formulation, its default first; its
    /// default options with the bench's time limit; its greedy baseline.
    init<S: StageSolve>(_ stage: S.Type, exported: S.Formulation) {
        let others = S.Formulation.allCases.filter { $0.rawValue != S.defaultFormulation.rawValue }
        self.init(
            problem: S.problem.rawValue, formulations: ([S.defaultFormulation] + others).map(\.rawValue), exported: exported.rawValue,
            solve: { x, formulation, limit in
                var o = S.defaultOptions
                o.timeLimit = limit
                return try S.solve(x, formulation: S.Formulation(rawValue: formulation)!, separateParts: true, options: o,
                                   progress: nil, cancellation: nil).solution
            },
            model: { x, formulation in try S.wholeModel(x, formulation: S.Formulation(rawValue: formulation)!) },
            greedy: { x in try S.baseline(x).solution })
    }
}
