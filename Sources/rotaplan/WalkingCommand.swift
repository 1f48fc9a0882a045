import ArgumentParser
import Foundation
import GLPK
import RotaplanDomain
import RotaplanChecker
import RotaplanModels
import RotaplanReports
import RotaplanFormats
import RotaplanText

extension WalkingModel.Formulation: ExpressibleByArgument {}

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

            Exit codes: 0 a plan was written; 1 no plan (none within the time or memory limit); 2 invalid \
            input; 64 usage error; 70 internal error (the plan failed the independent check; \
            nothing written, a reproduction saved); 73 an output cannot be written (the file \
            system refuses it: no permission, read-only or full; nothing half-written is left); \
            130/143 interrupted by SIGINT/SIGTERM (the best plan found written, or nothing if \
            none).
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

    enum Solver: String, ExpressibleByArgument, CaseIterable { case glpk, greedy }

    @Option(help: ArgumentHelp("""
        glpk: the optimiser (default). greedy: first-fit by teacher and slot, every rule kept \
        (line by line, the first teacher within reach who can take the whole line, each \
        lesson in the first usable slot), as a baseline; checked by the same checker.
        """, valueName: "glpk|greedy"))
    var solver: Solver = .glpk

    func validate() throws { try InputPath.refuseStandardInput([("<instance>", instance)]) }

    func run() throws {
        let inputs = options.inputs(instance)
        let (output, reportPaths) = try options.prepareOutputs(
            instance: instance, problem: "walking", inputs: inputs, reportFiles: WalkingReport.files)
        Interrupts.install()
        let x = try options.loadPinnedInstance(instance)
        let printer = ProgressPrinter(stage: "walking")
        var s: Solution
        var explanation: StageExplanation = []
        do {
            let scope = try WalkingScope(x)
            // The whole instance as one model in the chosen formulation, for other solvers.
            try options.exportIfAsked { try WalkingModel(scope, formulation: formulation).model }
            switch solver {
            case .glpk:
                let outcome = try WalkingSolve.run(x, formulation: formulation,
                                                   options: options.solverOptions(WalkingSolve.defaultOptions),
                                                   progress: { printer.report($0) }, cancellation: Interrupts.cancellation)
                s = outcome.solution
                explanation = outcome.explanations
            case .greedy:
                let greedy = WalkingGreedy.run(scope)
                s = SolveOptions.checkedBaseline(greedy.solution, x, instance: instance)
                if s.objective != nil { explanation = WalkingExplanation.explain(scope, plan: greedy.plan) }
            }
        } catch let e as WalkingInputError {
            printError("\(instance): error: \(e)")
            throw Exit.invalidInput
        }
        printer.finish()
        let reasons = explanation.map { FindingText.sentence($0, in: x) }
        let lang = options.language(default: .en)
        try options.deliver(s, solved: x, command: "walking", inputs: inputs, output: output, reportPaths: reportPaths) {
            WalkingReport(instance: x, solution: $0, explanations: reasons.map { $0.text(lang) }).files(lang)
        }
        guard s.objective != nil else {
            let why = solver == .greedy ? "the greedy baseline found no timetable that keeps every rule" : "none found within the time or memory limit"
            printError("\(instance): no walking timetable: \(why) (\(s.status.rawValue)); wrote \(output)")
            throw Exit.noPlan
        }
        for line in reasons { printError("\(instance): \(line.en)") }
        if !options.quiet {
            let uncovered = s.uncovered.reduce(0) { $0 + $1.periods }
            var line = "walking\(solver == .greedy ? " greedy" : "") \(s.status.rawValue): objective \(JSONText.number(s.objective!)), \(s.lessons.count) lessons, \(uncovered) periods uncovered"
            if s.status == .feasible, let g = s.gap { line += ", gap \(String(format: "%.2f", g * 100))%" }
            print(line + "; wrote \(output)" + (options.report.map { " and the report in \($0)/" } ?? ""))
        }
        try options.endIfInterrupted(s, instance: instance, output: output)
    }
}
