import GLPK
import RotaplanModels

extension ProblemBench {
    /// Exchange (MODEL.md §4): aggregated (default) and plain; HiGHS and CBC get the plain
    /// single model.
    static let exchange = ProblemBench(
        problem: "exchange", formulations: ["aggregated", "plain"], exported: "plain",
        solve: { x, formulation, limit in
            var o = ExchangeSolve.defaultOptions
            o.timeLimit = limit
            return try ExchangeSolve.run(x, formulation: ExchangeModel.Formulation(rawValue: formulation)!, options: o).solution
        },
        model: { x, formulation in try ExchangeModel(x, formulation: ExchangeModel.Formulation(rawValue: formulation)!).model },
        greedy: { x in try ExchangeGreedy.run(x) })
}
