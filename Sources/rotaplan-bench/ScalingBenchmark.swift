import ArgumentParser
import Foundation
import GLPK
import RotaplanGenerator  // SplitMix64

/// Build and solve time of generated models of growing size: shows that building a
/// `Model` and loading it into GLPK are linear in the number of nonzeros.
///
/// The model is a capacitated semi-assignment (a transportation problem): n jobs, each
/// allowed on 5 of m = n/50 agents chosen at random, Σ_a x[j,a] = 1 per job,
/// Σ_j x[j,a] ≤ capacity per agent, minimise a random cost. Its matrix is totally
/// unimodular, so GLPK solves it at the root and the solve figure measures GLPK's simplex
/// on a model of that size rather than branching luck. 10 nonzeros per job.
struct ScalingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling",
        abstract: "Build, load and solve time of generated models with 10^3 … 10^6 nonzeros; one TSV row each.")

    @Option(parsing: .upToNextOption, help: "Target numbers of nonzeros.")
    var nonzeros: [Int] = [1_000, 10_000, 100_000, 1_000_000]

    @Option(help: "Time limit per solve, seconds.")
    var timeLimit: Double = 300

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Flag(help: "Build and load only; do not solve.")
    var noSolve = false

    @Option(help: "Solve only models with at most this many nonzeros (larger ones: build and load only).")
    var solveUpTo: Int = 1_000_000

    @Option(help: "Write each model as semi-assignment-NZ.mps into this folder (for other solvers).")
    var export: String?

    func run() throws {
        print(["nonzeros", "rows", "columns", "build_s", "load_s", "build_us_per_nz", "load_us_per_nz", "solve_s", "status", "objective"].joined(separator: "\t"))
        for target in nonzeros {
            let t0 = Date()
            let model = try Self.semiAssignment(jobs: max(10, target / 10), seed: seed)
            let build = Date().timeIntervalSince(t0)
            if let dir = export { try model.writeMPS(to: "\(dir)/semi-assignment-\(target).mps") }
            let noSolve = self.noSolve || target > solveUpTo
            var o = SolverOptions()
            o.timeLimit = noSolve ? 0 : timeLimit
            let r = try model.solve(options: o)
            let nz = Double(model.nonzeroCount)
            print([
                "\(model.nonzeroCount)", "\(model.constraintCount)", "\(model.variableCount)",
                String(format: "%.3f", build), String(format: "%.3f", r.loadSeconds),
                String(format: "%.3f", build / nz * 1e6), String(format: "%.3f", r.loadSeconds / nz * 1e6),
                noSolve ? "-" : String(format: "%.2f", r.seconds), noSolve ? "-" : r.status.rawValue,
                noSolve ? "-" : r.objective.map { String(format: "%.0f", $0) } ?? "-",
            ].joined(separator: "\t"))
            fflush(nil)
        }
    }

    static func semiAssignment(jobs n: Int, seed: UInt64) throws -> Model {
        var rng = SplitMix64(seed: seed)
        let agents = max(5, n / 50)
        let choices = 5
        var m = Model(name: "semi-assignment-\(n)")
        m.reserveCapacity(variables: n * choices, constraints: n + agents, nonzeros: 2 * n * choices)
        var byAgent = [[(Variable, Double)]](repeating: [], count: agents)
        var objective = LinearExpression()
        objective.reserveCapacity(n * choices)
        for j in 0..<n {
            var row = LinearExpression()
            row.reserveCapacity(choices)
            var picked = Set<Int>()
            while picked.count < choices { picked.insert(Int.random(in: 0..<agents, using: &rng)) }
            for a in picked.sorted() {
                let x = try m.addVariable(.binary, name: "x[\(j + 1),\(a + 1)]")
                row.add(x)
                byAgent[a].append((x, 1))
                objective.add(x, coefficient: Double(Int.random(in: 1...100, using: &rng)))
            }
            try m.add(row == 1, name: "job[\(j + 1)]")
        }
        let capacity = Double((n * 6 / 5) / agents + 1)
        for a in 0..<agents {
            try m.add(LinearExpression(terms: byAgent[a]) <= capacity, name: "agent[\(a + 1)]")
        }
        try m.minimize(objective)
        return m
    }
}
