import GLPK
import RotaplanModels

extension ProblemBench {
    /// Training (MODEL.md §5): aggregated (default; mentor counts, solved block by block as
    /// the CLI does) and plain (p[n,m] exactly as §5 writes it, also block by block);
    /// HiGHS and CBC get the plain single model of every hire.
    static let training = ProblemBench(
        problem: "training", formulations: ["aggregated", "plain"], exported: "plain",
        solve: { x, formulation, limit in
            var o = SolverOptions()
            o.timeLimit = limit
            return try TrainingSolve.run(x, formulation: TrainingModel.Formulation(rawValue: formulation)!, options: o).solution
        },
        model: { x, formulation in try TrainingModel(x, formulation: TrainingModel.Formulation(rawValue: formulation)!).model },
        greedy: { x in try TrainingGreedy.run(x) })
}
