import Foundation
import RotaplanDomain
import RotaplanModels
import RotaplanPlan

/// The plan of `x` as `rotaplan plan` makes it (``PlanPipeline``, MODEL.md §7), with the
/// pipeline's outcome (its explanations in either language).
func solvedPlan(_ x: Instance) throws -> (solution: Solution, outcome: PlanPipeline.Outcome) {
    let out = try PlanPipeline.run(x)
    return (out.solution, out)
}

/// instances/zhengdong-2025.json, loaded.
func zhengdong() throws -> Instance {
    try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
}
