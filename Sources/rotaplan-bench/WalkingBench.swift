import GLPK
import RotaplanModels

extension ProblemBench {
    /// Walking teaching (MODEL.md §6): strong (default; clique travel rows, symmetry
    /// broken, independent parts solved apart from the greedy incumbent, as the CLI does)
    /// and plain (every rule as §6 writes it, one model); HiGHS and CBC get the plain
    /// single model.
    static let walking = ProblemBench(
        problem: "walking", formulations: ["strong", "plain"], exported: "plain",
        solve: { x, formulation, limit in
            var o = WalkingSolve.defaultOptions
            o.timeLimit = limit
            return try WalkingSolve.run(x, formulation: WalkingModel.Formulation(rawValue: formulation)!, options: o).solution
        },
        model: { x, formulation in try WalkingModel(WalkingScope(x), formulation: WalkingModel.Formulation(rawValue: formulation)!).model },
        greedy: { x in try WalkingGreedy.run(x) })
}
