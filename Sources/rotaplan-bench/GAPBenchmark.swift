import ArgumentParser
import Foundation
import GLPK
import ORLibrary

/// Named solver configurations compared in benchmarks/README.md ("Default options").
enum SolverConfiguration: String, CaseIterable, ExpressibleByArgument {
    case glpkDefault = "glpk-default"      // GLPK's own defaults: no cuts, DTH, BPH
    case rotaplanDefault = "rotaplan-default"  // SolverOptions(): MIR + cover + clique, PCH, BLB
    case allCutsPchBlb = "all-cuts-pch-blb"    // all four cut families, PCH, BLB
    case allCuts = "all-cuts"              // all cuts, GLPK's branching/backtracking
    case gomory, mir, cover, clique        // one family, GLPK's branching/backtracking
    case pchBlb = "pch-blb"                // no cuts, pseudocost, best local bound
    case withPump = "default+fp"           // rotaplan-default + feasibility pump
    case withProximity = "default+ps"      // rotaplan-default + proximity search
    case dfs = "default+dfs"               // rotaplan-default with depth-first backtracking

    var options: SolverOptions {
        var o = SolverOptions()
        let glpk = SolverOptions.glpkDefaults
        switch self {
        case .glpkDefault: o = glpk
        case .rotaplanDefault: break
        case .allCuts: o = glpk; o.cuts = .all
        case .gomory: o = glpk; o.cuts = .gomory
        case .mir: o = glpk; o.cuts = .mir
        case .cover: o = glpk; o.cuts = .cover
        case .clique: o = glpk; o.cuts = .clique
        case .allCutsPchBlb: o.cuts = .all
        case .pchBlb: o.cuts = .none
        case .withPump: o.feasibilityPump = true
        case .withProximity: o.proximitySearch = true; o.proximitySearchTimeLimit = 10
        case .dfs: o.backtracking = .depthFirst
        }
        return o
    }
}

struct GAPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gap",
        abstract: "Solve OR-Library GAP files with named solver configurations; one TSV row per run.")

    @Argument(help: "GAP files (e.g. ../shared/data/gap/gap1.txt).")
    var files: [String]

    @Option(name: .customLong("config"), help: "Configuration(s) to run: \(SolverConfiguration.allCases.map(\.rawValue).joined(separator: ", ")). Repeatable.")
    var configs: [SolverConfiguration] = [.rotaplanDefault]

    @Option(help: "Time limit per problem, seconds.")
    var timeLimit: Double = 60

    @Option(help: "OPTIMA.tsv with the known optima (default: beside the first file).")
    var optima: String?

    @Option(help: "Only these problem numbers (1-based) of each file.")
    var problem: [Int] = []

    @Option(help: "Write each problem as NAME-P.lp and NAME-P.mps into this folder.")
    var export: String?

    func run() throws {
        let optimaPath = optima ?? ((files.first.map { ($0 as NSString).deletingLastPathComponent } ?? ".") + "/OPTIMA.tsv")
        let known = (try? String(contentsOfFile: optimaPath, encoding: .utf8)).map(GAPOptimum.parse) ?? []
        print(["file", "problem", "size", "config", "status", "objective", "bound", "gap", "seconds", "best_known", "reached"].joined(separator: "\t"))
        for path in files {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let problems = try GAPFile.parse(text, file: path, sense: GAPFile.sense(forFile: name))
            for (k, instance) in problems.enumerated() where problem.isEmpty || problem.contains(k + 1) {
                let (model, _) = try instance.model(name: "\(name)-\(k + 1)")
                if let dir = export {
                    try model.writeLP(to: "\(dir)/\(name)-\(k + 1).lp")
                    try model.writeMPS(to: "\(dir)/\(name)-\(k + 1).mps")
                }
                let best = known.first { $0.file == name && $0.problem == k + 1 }
                for config in configs {
                    var o = config.options
                    o.timeLimit = timeLimit
                    let r = try model.solve(options: o)
                    let reached = best.map { b in r.objective.map { abs($0 - Double(b.best)) < 0.5 } ?? false }
                    print([name, "\(k + 1)", "\(instance.agents)x\(instance.jobs)", config.rawValue, r.status.rawValue,
                           r.objective.map { fmt($0) } ?? "-", r.bestBound.map { fmt($0) } ?? "-",
                           r.gap.map { String(format: "%.4f", $0) } ?? "-", String(format: "%.2f", r.seconds),
                           best.map { "\($0.best)" } ?? "-", reached.map { $0 ? "yes" : "no" } ?? "-"].joined(separator: "\t"))
                    fflush(nil)
                }
            }
        }
    }

    private func fmt(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(format: "%.4f", x) }
}
