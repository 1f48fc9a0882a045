import ArgumentParser
import Foundation
import GLPK
import RotaplanDomain
import RotaplanFormats
import RotaplanModels
import RotaplanPlan
import RotaplanReports
import RotaplanText

extension PlanPipeline.Solver: ExpressibleByArgument {}
extension ExchangeModel.Formulation: ExpressibleByArgument {}
extension TrainingModel.Formulation: ExpressibleByArgument {}
extension WalkingModel.Formulation: ExpressibleByArgument {}

/// `rotaplan exchange`, `training` and `walking` (MODEL.md §9): one implementation over
/// ``StageSolve``. In order: the outputs checked before any work, the instance loaded (then
/// `prepare`d), the model exported if asked, the stage solved (or its checked greedy
/// baseline), the plan checked and written with its report, then stderr and stdout:
/// without a plan, why, then every explanation line, exit 1; with a plan, every
/// explanation line (uncovered walking lines), then the summary line, exit 0.
struct StageRun<S: StageSolve> {
    var instance: String
    var options: SolveOptions
    var formulation: S.Formulation
    var separateParts = true
    var solver: PlanPipeline.Solver
    /// Files read besides the instance and the pins (training's `--exchange`).
    var extraInputs: [String?] = []
    /// Files written besides the solution and exports (training's `--derived-instance`).
    var extraOutputs: [(option: String, path: String?)] = []
    var reportFiles: [String]
    /// Changes the instance after it is loaded; true when it then differs from the file
    /// (training's derived vacancies).
    var prepare: (inout Instance) throws -> Bool = { _ in false }
    /// The report files for a solution as shown, in ``reportFiles`` order, with the
    /// stage's explanation in words.
    var reports: (Instance, Solution, [Bilingual], ReportLanguage) -> ReportFolder
    /// What the summary line counts, after the objective (`, 3 teachers move`).
    var counted: (Solution) -> Bilingual

    func run() throws {
        let problem = S.problem.rawValue
        let inputs = options.inputs(instance, extraInputs)
        let (output, reportPaths) = try options.prepareOutputs(
            instance: instance, problem: problem, inputs: inputs, extra: extraOutputs, reportFiles: reportFiles)
        Interrupts.install()
        var x = try options.loadPinnedInstance(instance)
        try options.previous.apply(to: &x, problem: S.problem)
        let derived = try prepare(&x)
        let printer = ProgressPrinter(stage: problem, format: options.limits.progress)
        let outcome: StageOutcome
        do {
            try export(x)
            outcome = solver == .greedy ? try baseline(x)
                : try S.solve(x, formulation: formulation, separateParts: separateParts,
                              options: options.limits.solverOptions(S.defaultOptions),
                              progress: { printer.report($0) }, cancellation: Interrupts.cancellation)
        } catch let e as any StageInputError {
            printError("\(instance): error: \(e)")
            throw Exit.invalidInput
        }
        printer.finish()
        let s = outcome.solution
        // A finding a policy key drives is said with the setting first (issue 17 item 4).
        let lang = options.reportLanguage, said = FindingText.lines(outcome.explanations, in: x, set: options.setKeys)
        try options.deliver(s, solved: x, derived: derived, command: problem, inputs: inputs, output: output,
                            reportPaths: reportPaths) { shown in
            var folder = reports(x, shown, said, lang)
            folder.addNear(x, shown, names: reportFiles, lang: lang)
            folder.addOnExchange(x, names: reportFiles, lang: lang)
            return folder
        }
        if s.objective == nil {
            let line = s.isPartial ? SummaryText.partialTraining(placed: s.placements.count, of: x.newHires.count, output: output)
                : SummaryText.noPlan(S.problem, whyNoPlan(outcome), status: s.status, output: output)
            printError("\(instance): " + line.text(options.terminal))
        }
        for line in said { printError("\(instance): \(line.text(options.terminal))") }
        // What the plan could not do, before its summary (issue 17 item 4).
        let shortfalls = ShortfallText.shortfalls(s, in: x)
        if !shortfalls.isEmpty {
            printError("\(instance): " + ShortfallText.sentence(shortfalls, restOptimal: s.status == .optimal || s.isPartial).text(options.terminal))
        }
        guard s.objective != nil else { throw Exit.noPlan }
        // What the gap of a plan not proven optimal means (the summary line keeps its wording).
        if s.status == .feasible, solver != .greedy, let meaning = GapText.meaning(s) { printError("\(instance): " + meaning.text(options.terminal)) }
        if !options.quiet {
            print(options.summary(SummaryText.head(S.problem, greedy: solver == .greedy), s, options.withNear(counted(s), x, s), output: output))
        }
        try options.endIfInterrupted(s, instance: instance, output: output)
    }

    /// The whole stage as one model to --write-lp / --write-mps (what other solvers
    /// compare on); a model too large for memory is not built for the export either (the
    /// solve refuses it too, with the explanation).
    func export(_ x: Instance) throws {
        guard options.writeLP != nil || options.writeMPS != nil else { return }
        if let why = S.exportRefusal(x, formulation: formulation, options: options.limits.solverOptions()) {
            printError("\(instance): " + SummaryText.notExported(FindingText.sentence(why, in: x)).text(options.terminal))
            return
        }
        try options.exportIfAsked { try S.wholeModel(x, formulation: formulation) }
    }

    /// The checked greedy baseline; the checker's violations of a baseline it rejects are
    /// printed.
    func baseline(_ x: Instance) throws -> StageOutcome {
        let checked = try S.checkedBaseline(x)
        if !checked.accepted {
            for v in checked.report.violations { printError("\(instance): greedy: \(CheckText.line(v, in: x).text(options.terminal))") }
        }
        return checked.outcome
    }

    /// Why an outcome has no plan.
    func whyNoPlan(_ outcome: StageOutcome) -> SummaryText.NoPlan {
        if solver == .greedy { return .greedy }
        if outcome.solution.status == .infeasible { return .infeasible }
        return outcome.tooLarge ? .tooLarge : .notFound
    }
}

extension SolveOptions {
    /// A summary line's counts followed by the decisions kept and changed (with --near).
    func withNear(_ counts: Bilingual, _ x: Instance, _ s: Solution) -> Bilingual { previous.counts(counts, x, s) }

    /// The summary line on stdout: `HEAD STATUS: objective X` then `counts`, the gap of a
    /// plan not proven optimal, and where it was written.
    func summary(_ head: Bilingual, _ s: Solution, _ counts: Bilingual, output: String) -> String {
        let gap = s.status == .feasible ? s.gap.map { String(format: "%.2f", $0 * 100) } : nil
        return SummaryText.line(head: head, status: s.status, objective: JSONText.number(s.objective!), counts: counts,
                                gap: gap, output: output, report: report).text(terminal)
    }
}

/// The exit codes of a command that writes a plan (MODEL.md §9), for its help; `noPlan`
/// says what exit 1 means for it.
func solvingExitCodes(noPlan: String) -> String {
    """
    Exit codes: 0 a plan was written; 1 \(noPlan); 2 invalid input; 64 usage error; 70 internal \
    error (the plan failed the independent check; nothing written, a reproduction saved); 73 an \
    output cannot be written (the file system refuses it: no permission, read-only or full; \
    nothing half-written is left); 130/143 interrupted by SIGINT/SIGTERM (the best plan found \
    written, or nothing if none).
    """
}
