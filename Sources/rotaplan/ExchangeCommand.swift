import ArgumentParser
import Foundation
import GLPK
import RotaplanDomain
import RotaplanChecker
import RotaplanModels
import RotaplanReports
import RotaplanFormats
import RotaplanText

extension ExchangeModel.Formulation: ExpressibleByArgument {}

struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: "Plan the teacher exchange 交流轮岗 (MODEL.md §4).",
        discussion: """
            Chooses which eligible teachers rotate between the schools of each group so that \
            per-capita quality is balanced while volume and backbone quotas, core protection, \
            headcounts, subject floors and the budget hold. Writes the solution JSON \
            (MODEL.md §8) and prints a one-line summary.

            Exit codes: 0 a plan was written; 1 no plan (infeasible, or none within the time \
            or memory limit); 2 invalid input; 64 usage error; 70 internal error (the plan failed the \
            independent check; nothing written, a reproduction saved); 73 an output cannot be \
            written (the file system refuses it: no permission, read-only or full; nothing \
            half-written is left); 130/143 interrupted by SIGINT/SIGTERM (the best plan found written, or nothing if none).
            """)

    @Argument(help: "The instance file (rotaplan-instance/1 JSON).")
    var instance: String

    @OptionGroup var options: SolveOptions

    @Option(help: ArgumentHelp("""
        aggregated: interchangeable teachers become integer counts (default, much faster); \
        plain: one 0/1 variable per teacher and school, exactly as MODEL.md §4 writes it. \
        Both have the same optimum.
        """, valueName: "plain|aggregated"))
    var formulation: ExchangeModel.Formulation = .aggregated

    @Flag(help: ArgumentHelp("""
        Solve every group in one model instead of one model per independent part (groups \
        no teacher can move between are solved separately by default; same optimum, much \
        faster). For comparison and benchmarks.
        """))
    var singleModel = false

    enum Solver: String, ExpressibleByArgument, CaseIterable { case glpk, greedy }

    @Option(help: ArgumentHelp("""
        glpk: the optimiser (default). greedy: the plan a careful principal would make by \
        hand (longest-serving teachers swapped with a same-subject colleague at the nearest \
        school while every rule holds), as a baseline; checked by the same checker.
        """, valueName: "glpk|greedy"))
    var solver: Solver = .glpk

    func validate() throws { try InputPath.refuseStandardInput([("<instance>", instance)]) }

    func run() throws {
        let inputs = options.inputs(instance)
        let (output, reportPaths) = try options.prepareOutputs(
            instance: instance, problem: "exchange", inputs: inputs, reportFiles: ["exchanges.csv", "summary.md", "report.html"])
        Interrupts.install()
        let x = try options.loadPinnedInstance(instance)
        let printer = ProgressPrinter(stage: "exchange")
        let s: Solution
        var explanation: [String] = []
        do {
            // The exported model is the whole exchange in one model (what other solvers compare on).
            // A model too large for memory is not built for the export either (the solve
            // below refuses it with the explanation).
            let whole = ExchangeParts.Part(groups: Array(x.groups.indices), ungrouped: true)
            if (options.writeLP != nil || options.writeMPS != nil),
               let big = ExchangeSolve.partTooLarge(x, [whole], formulation: formulation, options: options.solverOptions()) {
                printError("\(instance): the model was not exported: "
                           + FindingText.sentence(ExchangeSolve.tooLargeExplanation(x, [whole], 0, size: big.size, needed: big.needed, budget: big.budget), in: x).en)
            } else {
                try options.exportIfAsked { try ExchangeModel(x, formulation: formulation).model }
            }
            switch solver {
            case .glpk:
                let outcome = try ExchangeSolve.run(x, formulation: formulation, separateParts: !singleModel,
                                                    options: options.solverOptions(ExchangeSolve.defaultOptions),
                                                    progress: { printer.report($0) }, cancellation: Interrupts.cancellation)
                s = outcome.solution
                explanation = StageText.english(outcome.explanations, in: x)
            case .greedy:
                s = SolveOptions.checkedBaseline(try ExchangeGreedy.run(x), x, instance: instance)
            }
        } catch let e as ExchangeInputError {
            printError("\(instance): error: \(e)")
            throw Exit.invalidInput
        }
        printer.finish()
        try options.deliver(s, solved: x, command: "exchange", inputs: inputs, output: output, reportPaths: reportPaths) { shown in
            let report = ExchangeReport(instance: x, solution: shown)
            return [report.exchangesCSV(options.language(default: .en)), report.summaryMarkdown(), report.html()]
        }
        guard s.objective != nil else {
            let why = solver == .greedy ? "the greedy baseline found no plan that keeps every rule"
                : s.status == .infeasible ? "the rules cannot all hold together"
                : explanation.isEmpty ? "none found within the time limit" : "the model is too large for the memory this run may use"
            printError("\(instance): no exchange plan: \(why) (\(s.status.rawValue)); wrote \(output)")
            for line in explanation { printError("\(instance): \(line)") }
            throw Exit.noPlan
        }
        if !options.quiet {
            let moved = Int(s.metrics.first { $0.0 == "teachersMoved" }?.1 ?? 0)
            var line = "exchange\(solver == .greedy ? " greedy" : "") \(s.status.rawValue): objective \(JSONText.number(s.objective!)), \(moved) teachers move"
            if s.status == .feasible, let g = s.gap { line += ", gap \(String(format: "%.2f", g * 100))%" }
            print(line + "; wrote \(output)" + (options.report.map { " and the report in \($0)/" } ?? ""))
        }
        try options.endIfInterrupted(s, instance: instance, output: output)
    }
}
