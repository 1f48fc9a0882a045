import ArgumentParser
import Foundation
import GLPK
import RotaplanDomain
import RotaplanModels
import RotaplanReports
import RotaplanPlan
import RotaplanText

struct WalkingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walking",
        abstract: "Plan the weekly timetables of walking teachers 走教 (MODEL.md §6).",
        discussion: """
            Gives each class's demand line (school, class, subject, periods a week, allowed \
            slots) to one itinerant teacher for the whole week and places its lessons so that \
            no teacher is in two places, no class has two lessons at once, lessons spread over \
            the week, every journey between schools fits between the periods (calendar times), \
            and the limits on schools per day and periods per day and week hold. Minimises \
            uncovered periods first, then visit days weighted by travel time. Writes the \
            solution JSON (MODEL.md §8) and prints a one-line summary; every uncovered line is \
            explained on stderr.

            \(solvingExitCodes(noPlan: "no plan (none within the time or memory limit)"))
            """)

    @Argument(help: "The instance file (rotaplan-instance/1 JSON) with a calendar, itinerant teachers and walkingDemand.")
    var instance: String

    @OptionGroup var options: SolveOptions

    @Option(help: ArgumentHelp("""
        strong: clique travel rows, tighter links, identical teachers' symmetry broken, \
        independent parts solved apart with the greedy plan as first incumbent (default, much \
        faster); plain: every rule exactly as MODEL.md §6 writes it, one model. Both have the \
        same optimum.
        """, valueName: "plain|strong"))
    var formulation: WalkingModel.Formulation = .strong

    @Option(help: ArgumentHelp("""
        glpk: the optimiser (default). greedy: first-fit by teacher and slot, every rule kept \
        (line by line, the first teacher within reach who can take the whole line, each \
        lesson in the first usable slot), as a baseline; checked by the same checker.
        """, valueName: "glpk|greedy"))
    var solver: PlanPipeline.Solver = .glpk

    func validate() throws { try InputPath.refuseStandardInput([("<instance>", instance)]) }

    func run() throws {
        try StageRun<WalkingSolve>(
            instance: instance, options: options, formulation: formulation, solver: solver,
            reportFiles: ReportFiles.names(.walking),
            reports: { x, shown, explanations, lang in
                WalkingReport(instance: x, solution: shown, explanations: explanations.map { $0.text(lang) }).folder(lang)
            },
            counted: { s in SummaryText.lessons(s.lessons.count, uncovered: s.uncovered.reduce(0) { $0 + $1.periods }) }
        ).run()
    }
}
