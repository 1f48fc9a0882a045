import ArgumentParser
import GLPK

@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotaplan-bench",
        abstract: "rotaplan's benchmark harness (see benchmarks/README.md).",
        subcommands: [GAPCommand.self, ScalingCommand.self, LoadCommand.self, ModelsCommand.self, WalkingGapCommand.self])
}
