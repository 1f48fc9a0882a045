import Foundation
import RotaplanDomain
import RotaplanModels

/// A `.plan` solution built from the three solves in pipeline order (MODEL.md §7):
/// exchange, training, then walking on the homes after the exchange. Stage figures
/// come from each solve; `objective` is their sum.
func solvedPlan(_ x: Instance) throws -> (solution: Solution, walkingReasons: [String]) {
    let ex = try ExchangeSolve.run(x).solution
    let tr = try TrainingSolve.run(x).solution
    let walk = try WalkingSolve.run(x.afterExchange(ex.exchanges))
    let wa = walk.solution
    var s = Solution(problem: .plan, instance: x.name, status: .optimal)
    s.exchanges = ex.exchanges
    s.placements = tr.placements
    s.lessons = wa.lessons
    s.uncovered = wa.uncovered
    s.stages = [ex, tr, wa].map { one in
        var st = Solution.Stage(problem: one.problem, status: one.status)
        st.objective = one.objective; st.bound = one.bound; st.gap = one.gap; st.seconds = one.seconds; st.model = one.model
        return st
    }
    let statuses = [ex, tr, wa].map(\.status)
    s.status = statuses.first { $0 != .optimal } ?? .optimal
    s.objective = [ex, tr, wa].allSatisfy { $0.objective != nil } ? [ex, tr, wa].reduce(0) { $0 + $1.objective! } : nil
    return (s, walk.explanation.map(\.reason))
}

/// instances/zhengdong-2025.json, loaded.
func zhengdong() throws -> Instance {
    try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
}
