import ArgumentParser
import Foundation
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats

/// One problem's entry in `rotaplan-bench models`: how rotaplan solves it, the single
/// model other solvers are given, and the greedy baseline. Each problem registers one in
/// ``ProblemBench/all`` (its own file, e.g. `ExchangeBench.swift`).
struct ProblemBench: Sendable {
    /// `exchange`, `training` or `walking`.
    var problem: String
    /// Formulation names, rotaplan's default first.
    var formulations: [String]
    /// The formulation exported for HiGHS and CBC (the "plain model").
    var exported: String
    /// rotaplan's optimiser end to end as the CLI runs it (decomposition included), with
    /// the problem's default options and the given time limit.
    var solve: @Sendable (Instance, _ formulation: String, _ timeLimit: Double) throws -> Solution
    /// The whole problem as one model of one formulation, as `--write-mps` exports it.
    var model: @Sendable (Instance, _ formulation: String) throws -> Model
    /// The greedy baseline.
    var greedy: @Sendable (Instance) throws -> Solution

    static let all: [ProblemBench] = [.exchange, .training, .walking]
}

/// Runs every registered problem's optimiser (each formulation) and greedy baseline on
/// instance files, checks every plan with the independent checker, optionally exports
/// the single model as MPS for other solvers (`benchmarks/run-models.sh` runs them), and
/// prints one TSV row per instance and formulation.
struct ModelsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "models",
        abstract: "rotaplan's optimiser and greedy baseline on instance files; one TSV row per instance and formulation.")

    @Option(help: "The problem: \(ProblemBench.all.map(\.problem).joined(separator: ", ")).")
    var problem: String

    @Option(help: "Time limit per solve, seconds.")
    var timeLimit: Double = 120

    @Option(help: "Write the single model of the exported formulation as INSTANCE.PROBLEM.mps into this folder.")
    var export: String?

    @Flag(help: "Skip the formulations other than the default.")
    var defaultOnly = false

    @Argument(help: "Instance files.")
    var instances: [String]

    func run() throws {
        guard let bench = ProblemBench.all.first(where: { $0.problem == problem }) else {
            throw ValidationError("unknown problem \(problem); known: \(ProblemBench.all.map(\.problem).joined(separator: ", "))")
        }
        print(["instance", "problem", "formulation", "rows", "columns", "nonzeros", "integers", "build_s", "load_s", "solve_s",
               "total_s", "status", "objective", "bound", "gap", "checked", "greedy_objective", "greedy_s", "greedy_checked"]
            .joined(separator: "\t"))
        for path in instances {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let (loaded, load) = try Self.timed { try InstanceLoader.load(path: path) }
            let x = loaded.instance
            let (greedy, greedySeconds) = try Self.timed { try bench.greedy(x) }
            let greedyChecked = SolutionChecker.check(greedy, against: x).passed
            for formulation in defaultOnly ? [bench.formulations[0]] : bench.formulations {
                let (model, build) = try Self.timed { try bench.model(x, formulation) }
                if let dir = export, formulation == bench.exported {
                    try model.writeMPS(to: "\(dir)/\(name).\(problem).mps")
                }
                let (s, solve) = try Self.timed { try bench.solve(x, formulation, timeLimit) }
                let (_, write) = try Self.timed { _ = SolutionFile.json(s) }
                let checked = s.objective == nil ? "-" : SolutionChecker.check(s, against: x).passed ? "yes" : "NO"
                let size = model.size
                print([
                    name, problem, formulation, "\(size.rows)", "\(size.columns)", "\(size.nonzeros)", "\(size.integers)",
                    Self.f(build), Self.f(load), Self.f(solve), Self.f(load + solve + write), s.status.rawValue,
                    Self.g(s.objective), Self.g(s.bound), s.gap.map { String(format: "%.2e", $0) } ?? "-", checked,
                    Self.g(greedy.objective), Self.f(greedySeconds), greedy.objective == nil ? "-" : greedyChecked ? "yes" : "NO",
                ].joined(separator: "\t"))
                fflush(nil)
            }
        }
    }

    static func timed<T>(_ body: () throws -> T) throws -> (T, Double) {
        let t0 = DispatchTime.now().uptimeNanoseconds
        let v = try body()
        return (v, Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }

    static func f(_ x: Double) -> String { String(format: "%.3f", x) }
    static func g(_ x: Double?) -> String { x.map { String(format: "%.10g", $0) } ?? "-" }
}
