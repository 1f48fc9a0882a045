import Foundation
import RotaplanDomain
import RotaplanModels
import RotaplanPlan

/// The plan of `x` as `rotaplan plan` makes it (``PlanPipeline``, MODEL.md §7), with the
/// pipeline's explanations (walking's uncovered lines among them).
func solvedPlan(_ x: Instance) throws -> (solution: Solution, walkingReasons: [String]) {
    let out = try PlanPipeline.run(x)
    return (out.solution, out.explanation)
}

/// instances/zhengdong-2025.json, loaded.
func zhengdong() throws -> Instance {
    try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
}
