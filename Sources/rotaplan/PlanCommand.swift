import ArgumentParser
import Foundation
import GLPK
import RotaplanDomain
import RotaplanModels
import RotaplanPlan
import RotaplanReports
import RotaplanText
import RotaplanFormats

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan next year: exchange, then training, then walking teaching (MODEL.md §7).",
        discussion: """
            Runs the three stages in order: the teacher exchange 交流轮岗 (§4), first-station \
            training 首站式培育 with the vacancies as given (§5), and the walking-teaching \
            timetable 走教 (§6) with every itinerant teacher's home taken after the exchange. \
            Each stage's plan is checked by the independent checker; one solution file holds \
            the three plans and each stage's solver figures, and its objective is their sum. \
            The report (--report) is one page for the bureau: summary, schools before and \
            after, the flows between schools, placements, timetables, costs and solver \
            figures (Chinese by default; --lang en for English). See docs/plan.md.

            When the exchange moves an itinerant teacher out of reach of a class that then \
            goes uncovered, the exchange is solved again with that teacher pinned to stay, \
            and that plan is taken if it is just as good for the exchange and better for \
            walking (a choice among the exchange's optima); otherwise the explanation names \
            the teacher and the pin that would keep them.

            With --time-limit, the exchange may use a third of the time, training half of \
            what is then left, and walking the rest. Ctrl-C stops the running stage; the \
            stages after it take their quickest plan, and the plan written is marked \
            "interrupted".

            \(solvingExitCodes(noPlan: "no plan for some stage (infeasible, or none within the time or memory limit; what the other stages found is still written, training's partial plan included, and why is explained on stderr)"))
            """)

    @Argument(help: "The instance file (rotaplan-instance/1 JSON).")
    var instance: String

    @OptionGroup var options: SolveOptions

    @Option(help: ArgumentHelp("""
        glpk: each stage's optimiser (default). greedy: each stage's baseline plan (the plans \
        `--solver greedy` of exchange, training and walking make), checked by the same checker.
        """, valueName: "glpk|greedy"))
    var solver: PlanPipeline.Solver = .glpk

    @OptionGroup var reasons: ReasonsOption

    func validate() throws {
        try InputPath.refuseStandardInput([("<instance>", instance)])
        if options.writeLP != nil || options.writeMPS != nil {
            throw ValidationError("--write-lp/--write-mps export one problem's model: use them with `rotaplan exchange`, `training` or `walking`")
        }
    }

    func run() throws {
        let inputs = options.inputs(instance)
        let (output, reportPaths) = try options.prepareOutputs(
            instance: instance, problem: "plan", inputs: inputs, reportFiles: ReportFiles.names(.plan))
        Interrupts.install()
        var x = try options.loadPinnedInstance(instance)
        try options.previous.apply(to: &x, problem: .plan)
        let printer = ProgressPrinter(stage: "plan", format: options.limits.progress)
        let outcome = try PlanPipeline.reportingInputErrors(of: instance, printer) {
            try PlanPipeline.run(x, solver: solver, options: options.limits.solverOptions(),
                                 progress: { printer.report($1, stage: "plan · \($0.rawValue)") },
                                 cancellation: Interrupts.cancellation)
        }
        let s = outcome.solution
        let lang = options.reportLanguage, said = options.terminal
        let written = s.stages.contains { $0.objective != nil }
        if written {
            try options.deliver(s, solved: x, command: "plan", inputs: inputs, output: output, reportPaths: reportPaths) {
                var folder = PlanReport(instance: x, solution: $0, explanations: outcome.explanation(lang), reasons: reasons.compute(x, $0)).folder(lang)
                folder.addNear(x, $0, names: ReportFiles.names(.plan), lang: lang)
                folder.addOnExchange(x, names: ReportFiles.names(.plan), lang: lang)
                return folder
            }
        } else if let code = Interrupts.exitCode {
            printError("\(instance): interrupted by \(Interrupts.name(Interrupts.received!)) before any plan was found; nothing written")
            throw code
        }
        // The stages' findings with the settings that drive them first (issue 17 item 4), then the notes.
        let stageLines = StageText.lines(outcome.stageExplanation, in: outcome.instance, walking: outcome.walkingInstance, set: options.setKeys)
        for line in stageLines.map({ $0.text(said) }) + outcome.notes.map({ $0.text(said) }) { printError("\(instance): \(line)") }
        // What the plan could not do, before its summary (issue 17 item 4).
        let shortfalls = ShortfallText.shortfalls(s, in: x)
        if !shortfalls.isEmpty {
            let rest = s.stages.allSatisfy { $0.status == .optimal || ($0.problem == .training && s.isPartial) }
            printError("\(instance): " + ShortfallText.sentence(shortfalls, restOptimal: rest).text(said))
        }
        guard s.objective != nil else {
            let missing = s.stages.filter { $0.objective == nil }.map { ($0.problem, $0.status) }
            printError("\(instance): " + SummaryText.incomplete(missing, wroteTo: written ? output : nil).text(said))
            throw Exit.noPlan
        }
        if !options.quiet {
            let counts = SummaryText.plan(moved: s.exchanges.count, placed: s.placements.count, lessons: s.lessons.count,
                                          uncovered: s.uncovered.reduce(0) { $0 + $1.periods })
            print(options.summary(SummaryText.head(.plan, greedy: solver == .greedy), s, options.withNear(counts, x, s), output: output))
        }
        try options.endIfInterrupted(s, instance: instance, output: output)
    }
}

extension PlanPipeline {
    /// Runs `body` (a plan or a comparison) and ends the progress line either way
    /// (``printError(_:)`` ends it before a message); a plan's ``InputError`` (an instance
    /// the stages cannot take) is invalid input, exit 2.
    static func reportingInputErrors<T>(of instance: String, _ printer: ProgressPrinter, _ body: () throws -> T) throws -> T {
        defer { printer.finish() }
        do { return try body() } catch let e as InputError {
            printError("\(instance): error: \(e)")
            throw Exit.invalidInput
        }
    }
}
