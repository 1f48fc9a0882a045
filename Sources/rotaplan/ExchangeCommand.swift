import ArgumentParser
import Foundation
import GLPK
import RotaplanDomain
import RotaplanModels
import RotaplanReports
import RotaplanText
import RotaplanPlan

struct ExchangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exchange",
        abstract: "Plan the teacher exchange 交流轮岗 (MODEL.md §4).",
        discussion: """
            Chooses which eligible teachers rotate between the schools of each group so that \
            per-capita quality is balanced while volume and backbone quotas, core protection, \
            headcounts, subject floors and the budget hold. Writes the solution JSON \
            (MODEL.md §8) and prints a one-line summary.

            \(solvingExitCodes(noPlan: "no plan (infeasible, or none within the time or memory limit)"))
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

    @Option(help: ArgumentHelp("""
        glpk: the optimiser (default). greedy: the plan a careful principal would make by \
        hand (longest-serving teachers swapped with a same-subject colleague at the nearest \
        school while every rule holds), as a baseline; checked by the same checker.
        """, valueName: "glpk|greedy"))
    var solver: PlanPipeline.Solver = .glpk

    @OptionGroup var reasons: ReasonsOption

    func validate() throws { try InputPath.refuseStandardInput([("<instance>", instance)]) }

    func run() throws {
        try StageRun<ExchangeSolve>(
            instance: instance, options: options, formulation: formulation, separateParts: !singleModel, solver: solver,
            reportFiles: ReportFiles.names(.exchange),
            reports: { [reasons] x, shown, _, lang in ReportFiles.texts(x, shown, explanations: [], lang: lang, reasons: reasons) },
            counted: { SummaryText.moved(Int($0.metrics.first { $0.0 == "teachersMoved" }?.1 ?? 0)) }
        ).run()
    }
}
