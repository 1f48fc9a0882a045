import ArgumentParser
import Foundation
import GLPK
import RotaplanDomain
import RotaplanChecker
import RotaplanModels
import RotaplanReports
import RotaplanText
import RotaplanFormats
import RotaplanPlan

struct TrainingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "training",
        abstract: "Plan first-station training 首站式培育 of new hires (MODEL.md §5).",
        discussion: """
            Places every new hire at a host (their group's core, or a group core of their \
            district) with a mentor of the same subject, for 1…training.maxYears years \
            (at least their minYears), then at a member school of the host's group where a \
            vacancy of their subject is open by then. Minimises mentor quality gaps, \
            unmet preferences and training years, and favours new, weak and rural schools. \
            Writes the solution JSON (MODEL.md §8) and prints a one-line summary; an \
            infeasible instance is explained in plain words on stderr.

            \(solvingExitCodes(noPlan: "no full plan: §5 cannot place every hire (the partial plan that places every hire who can be placed is written, status infeasible, with `unplaced`: each hire left out and the rule that stops them; docs/training.md), or none within the time or memory limit"))
            """)

    @Argument(help: "The instance file (rotaplan-instance/1 JSON).")
    var instance: String

    @OptionGroup var options: SolveOptions

    @Option(help: ArgumentHelp("""
        aggregated: hires per mentor class (same host, subject and quality) are counted, \
        with no variable per hire and mentor (default, far fewer columns); plain: one 0/1 \
        variable per hire and mentor, exactly as MODEL.md §5 writes it. Both have the same \
        optimum.
        """, valueName: "plain|aggregated"))
    var formulation: TrainingModel.Formulation = .aggregated

    @Option(help: ArgumentHelp("""
        glpk: the optimiser (default). greedy: each hire in id order to the first mentor \
        with free capacity and the first open vacancy in their preference order, as a \
        baseline; checked by the same checker.
        """, valueName: "glpk|greedy"))
    var solver: PlanPipeline.Solver = .glpk

    enum VacancySource: String, ExpressibleByArgument, CaseIterable { case given, derived }

    @Option(help: ArgumentHelp("""
        given: the instance's vacancies (default). derived: computed from current subject \
        shortfalls, retirements within training.maxYears and, with --exchange, the \
        exchange plan's outflows (docs/training.md), replacing the given ones.
        """, valueName: "given|derived"))
    var vacancies: VacancySource = .given

    @Option(help: ArgumentHelp("An exchange solution whose moves the derived vacancies take into account (needs --vacancies derived).", valueName: "SOLUTION.json"))
    var exchange: String?

    @Option(help: ArgumentHelp("Also write the instance with the derived vacancies, so that `rotaplan check` can re-check the plan (needs --vacancies derived).", valueName: "INSTANCE.json"))
    var derivedInstance: String?

    @Flag(help: "Solve one model of every hire instead of one per independent block (groups linked by district hires); same optimum, slower.")
    var noDecompose = false

    func validate() throws {
        if vacancies == .given && exchange != nil { throw ValidationError("--exchange needs --vacancies derived") }
        if vacancies == .given && derivedInstance != nil { throw ValidationError("--derived-instance needs --vacancies derived") }
        try InputPath.refuseStandardInput([("<instance>", instance), ("--exchange", exchange)])
    }

    func run() throws {
        try StageRun<TrainingSolve>(
            instance: instance, options: options, formulation: formulation, separateParts: !noDecompose, solver: solver,
            extraInputs: [exchange], extraOutputs: [("--derived-instance", derivedInstance)], reportFiles: ReportFiles.names(.training),
            prepare: { x in
                guard vacancies == .derived else { return false }
                x.vacancies = try derive(x)
                if let path = derivedInstance {
                    try OutputFile.ending(.notWritten(.derivedInstance), options.terminal) {
                        try OutputFile.write(InstanceWriter.json(x), to: path, replace: options.force)
                    }
                }
                return true
            },
            reports: { x, shown, _, lang in TrainingReport(instance: x, solution: shown).folder(lang) },
            counted: { SummaryText.placed($0.placements.count) }
        ).run()
    }

    /// The derived vacancies (docs/training.md), with the exchange plan's moves if given.
    private func derive(_ x: Instance) throws -> [Vacancy] {
        var moves: [Solution.Exchange] = []
        if let path = exchange {
            do {
                let plan = try SolutionFile.read(bytes: InstanceLoader.readFile(path), file: path)
                guard plan.problem == .exchange || plan.problem == .plan else {
                    printError("\(path): a \(plan.problem.rawValue) solution has no exchange plan; give an exchange or plan solution")
                    throw Exit.invalidInput
                }
                try Self.checkExchangeInput(plan, path: path, against: x, from: instance)
                moves = plan.exchanges
            } catch let e as InstanceError {
                printDiagnostics(e.diagnostics, options.terminal)
                throw Exit.invalidInput
            }
        }
        do { return try x.derivedVacancies(exchanges: moves) } catch {
            printError("\(exchange ?? instance): \(error)")
            throw Exit.invalidInput
        }
    }

    /// The exchange plan read with `--exchange` is input like the instance: the independent
    /// checker re-checks it against the instance as `rotaplan check INSTANCE FILE` would
    /// (without pins), and a plan with a violation or an objective that differs is invalid
    /// input (exit 2), every finding printed with the file named. It must hold an exchange
    /// plan: a file whose exchange says infeasible or no-solution gives no moves to derive
    /// vacancies from. (Other stages of a `plan` file that cannot be verified do not matter
    /// here: only its moves are read.)
    private static func checkExchangeInput(_ plan: Solution, path: String, against x: Instance, from instance: String) throws {
        var plain = x
        plain.pins = []
        let report = SolutionChecker.check(plan, against: plain)
        if !report.passed {
            for line in SolveOptions.findings(report, plan, plain) { printError("\(path): \(line)") }
            printError("\(path): the exchange plan fails the independent check against \(instance); give a plan that `rotaplan check` accepts")
            throw Exit.invalidInput
        }
        let status = plan.problem == .plan ? plan.stages.first { $0.problem == .exchange }?.status : plan.status
        guard status == .optimal || status == .feasible else {
            printError("\(path): holds no exchange plan (status \(status?.rawValue ?? "not run")); give an exchange plan with moves, or leave out --exchange")
            throw Exit.invalidInput
        }
    }
}
