import RotaplanDomain

/// An infeasible solution of `problem` that nothing solved, when `conflicts` (the pins
/// that cannot hold whatever the rest of the plan does, docs/pins.md) is not empty.
func unsolved(_ problem: Solution.Problem, _ x: Instance, _ conflicts: [StageExplanation]) -> Solution? {
    guard !conflicts.isEmpty else { return nil }
    var solution = Solution(problem: problem, of: x, status: .infeasible)
    solution.seconds = 0
    return solution
}

/// The explanation when pins make a plan impossible (docs/pins.md), for the exchange and
/// the training alike: the pins (and the groups they concern), then what the model finds
/// with only those pins (`rules`, the elastic re-solve), each marked as under them.
func blockedBy(_ culprits: [Int], groups: [Int] = [], rules: () throws -> [StageExplanation]) rethrows -> [StageExplanation] {
    let named = Finding(.pin, .pinsBlock, refs: culprits.map(EntityRef.pin) + groups.map(EntityRef.group))
    return try [named] + rules().map { f in
        var under = f
        under.situation = .underPins(culprits.count, f.situation)
        return under
    }
}

/// A smallest set of `pins` that keeps a plan impossible: each pin dropped in file order,
/// kept only if the plan becomes possible without it (`feasible` is nil when a solve
/// cannot tell, which keeps the pin). One feasibility solve per pin.
func deletionFilter(_ pins: [Int], feasible: ([Int]) throws -> Bool?) rethrows -> [Int] {
    var culprits = pins
    var i = 0
    while i < culprits.count {
        var without = culprits
        without.remove(at: i)
        if try feasible(without) == false { culprits = without } else { i += 1 }
    }
    return culprits
}
