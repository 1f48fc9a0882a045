import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanPlan
import RotaplanReports
import RotaplanText

/// `rotaplan horizon INSTANCE --years H [--hires FILE] -o DIR [--report DIR]` (MODEL.md §13).
struct HorizonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "horizon",
        abstract: "Plan several years ahead: plan a year, roll it over, plan the next (MODEL.md §13).",
        discussion: """
            For each of H years from the instance's "year" Y: runs `plan` (exchange, training, \
            walking) on the year's instance, checks the plan with the independent checker, and \
            rolls it over (`rotaplan rollover`, §11) to the next year, then adds that year's new \
            hires and vacancies from --hires. Each year's plan is optimal for its year; nothing \
            looks ahead. DIR receives year-YYYY.instance.json (Y … Y+H) and year-YYYY.plan.json \
            (Y … Y+H−1), so every year can be checked again with `rotaplan check`. --report \
            writes the years side by side (horizon.csv, horizon.md, horizon.html with a chart of \
            the share of eligible teachers rotated so far and of the quality spread). \
            docs/years.md explains the cycle.

            --hires FILE is JSON: {"2026": {"newHires": […], "vacancies": […]}, …}, records as \
            in the instance file; only the years Y+1 … Y+H may appear. --set changes the first \
            year's policy (and so every year's: rollover keeps the policy). --time-limit applies \
            to each year's plan, shared among its stages as `plan` shares it.

            A year in which a stage has no plan (an infeasible exchange, say) is that year's \
            answer: nobody moves (or nobody is placed) that year, why is said on stderr and in \
            the report, and the years after it are planned as usual.

            Exit codes: 0 every year was planned and written; 1 every year was written but some \
            year has a stage without a plan; 2 invalid input (the instance, --hires or --set; or a year's instance \
            made invalid by a --hires entry, named by year, list and record); 64 usage error; \
            70 internal error (a year's plan fails the independent check); 73 a file cannot be \
            written; 130/143 interrupted (the years planned so far are written).
            """)

    @Argument(help: "The first year's instance (rotaplan-instance/1 JSON with \"year\").")
    var instance: String

    @Option(help: ArgumentHelp("How many years to plan (1…20).", valueName: "H"))
    var years: Int

    @Option(help: ArgumentHelp("New hires and vacancies of later years (JSON, see above).", valueName: "FILE"))
    var hires: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The folder for every year's instance and plan.", valueName: "DIR"))
    var output: String

    @Option(help: ArgumentHelp("Also write the years side by side to this folder: horizon.csv, horizon.md, horizon.html.", valueName: "DIR"))
    var report: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Policy keys of MODEL.md §3 for the first year (and so every year), separated by commas.", valueName: "KEY=VALUE[,…]"))
    var sets: [String] = []

    @Option(help: ArgumentHelp("Language of the report (zh, the default, or en) and of the messages (default: the locale).", valueName: "zh|en"))
    var lang: ReportLanguage?

    @OptionGroup var limits: SolverLimits<PlanLimits>

    @Option(help: ArgumentHelp("glpk: each stage's optimiser (default); greedy: each stage's baseline plan.", valueName: "glpk|greedy"))
    var solver: PlanPipeline.Solver = .glpk

    @Flag(help: "Replace files in DIR (and the report's) that exist.")
    var force = false

    @Flag(help: "Print nothing on stdout.")
    var quiet = false

    @Flag(help: "Leave timing figures (seconds) out of the plans, so that two runs give byte-identical files.")
    var noTiming = false

    func validate() throws {
        guard (1...20).contains(years) else { throw ValidationError("--years must be 1…20 (MODEL.md §13), not \(years)") }
        try InputPath.refuseStandardInput([("<instance>", instance), ("--hires", hires)])
    }

    /// The files of DIR for a horizon from `first`.
    static func files(first: Int, years: Int) -> [String] {
        (0...years).map { Horizon.fileName(first + $0) } + (0..<years).map { Horizon.planName(first + $0) }
    }

    func run() throws {
        _ = RunClock.started
        let said = TerminalLanguage.resolve(lang), shown = lang ?? .zh
        let (x, text, entries) = try readInputs()
        guard let first = x.year else {
            printError("\(instance): " + HorizonText.stopped(.noYear, said))
            throw Exit.invalidInput
        }
        let inputs = [instance] + (hires.map { [$0] } ?? [])
        let paths: [String], reportPaths: [String]
        do {
            paths = try OutputFile.prepareReport(output, files: Self.files(first: first, years: years), inputs: inputs, force: force)
            reportPaths = try report.map { try OutputFile.prepareReport($0, files: HorizonReport.files, inputs: inputs, force: force) } ?? []
        } catch let e as OutputFile.Refused {
            printError("rotaplan horizon: " + e.text(said))
            throw e.code
        }
        Interrupts.install()
        let printer = ProgressPrinter(stage: "horizon", format: limits.progress)
        let result = try PlanPipeline.reportingInputErrors(of: instance, printer) {
            try Horizon.run(first: x, text: text, years: years, entries: entries, solver: solver, options: limits.solverOptions(),
                            progress: { year, stage, p in printer.report(p, stage: "horizon · \(year) · \(stage.rawValue)") },
                            cancellation: Interrupts.cancellation)
        }
        let folder = URL(fileURLWithPath: output)
        try OutputFile.ending(.reportIncomplete(folder: output, planWrittenTo: nil), said) {
            if !result.years.isEmpty { try OutputFile.makeFolder(of: paths[0]) }
            for y in result.years {
                try OutputFile.write(y.instanceText, to: folder.appendingPathComponent(Horizon.fileName(y.year)).path, replace: force)
                try OutputFile.write(SolutionFile.json(y.outcome.solution, timing: !noTiming),
                                     to: folder.appendingPathComponent(Horizon.planName(y.year)).path, replace: force)
            }
            if let (year, last) = result.finalInstance {
                try OutputFile.write(last, to: folder.appendingPathComponent(Horizon.fileName(year)).path, replace: force)
            }
        }
        let figures = HorizonFigures(result.years.map { ($0.instance, $0.outcome.solution) })
        if let dir = report {
            let texts = HorizonReport(instance: x.name, figures: figures, stop: result.stop).files(shown)
            try OutputFile.ending(.reportIncomplete(folder: dir, planWrittenTo: nil), said) {
                try OutputFile.makeFolder(of: reportPaths[0])
                for (path, t) in zip(reportPaths, texts) { try OutputFile.write(t, to: path, replace: force) }
            }
        }
        for y in result.years {
            for line in y.outcome.explanation(said) { printError("\(Horizon.fileName(y.year)): \(line)") }
        }
        if !quiet, let last = figures.rows.last {
            print(HorizonText.summary(folder: output, years: figures.rows.count, first: first, last: last.year,
                                      rotated: last.rotatedSoFar, share: last.shareRotated, said))
        }
        let partial = result.years.filter { !$0.withoutPlan.isEmpty }
        for y in partial { printError("\(instance): " + HorizonText.withoutPlan(year: y.year, y.withoutPlan, said)) }
        if let stop = result.stop {
            printError("\(instance): " + HorizonText.stopped(stop, said))
            switch stop {
            case .noYear, .invalidInstance, .rolloverRefused: throw Exit.invalidInput
            case .checkFailed: throw Exit.internalError
            case .interrupted: throw Interrupts.exitCode ?? Exit.noPlan
            }
        }
        if !partial.isEmpty { throw Exit.noPlan }
    }

    /// The first instance (with --set applied), its text (the file's, or the instance as
    /// written when --set changed it) and the hires file; exit 2 naming every problem.
    func readInputs() throws -> (Instance, String, HorizonEntries) {
        let said = TerminalLanguage.resolve(lang)
        var settings: [PolicySetting] = []
        for s in sets {
            do { settings += try PolicySetting.list(s) } catch {
                printError("--set \(s): \(DiagnosticMessage.policy(error.problem).text(said))")
                throw Exit.usage
            }
        }
        do {
            let bytes = try InstanceLoader.readFile(instance)
            var x = try InstanceLoader.load(bytes: bytes, file: instance).instance
            var text = Horizon.text(ofFile: bytes)
            if !settings.isEmpty {
                let source = "--set " + settings.map(\.description).joined(separator: ",")
                x.policy = try x.policy.applying(settings, source: source)
                try InstanceLoader.validate(x, source: source)
                text = InstanceWriter.json(x)
            }
            var entries = HorizonEntries()
            if let hires, let first = x.year {
                entries = try HorizonEntries.read(bytes: InstanceLoader.readFile(hires), file: hires, first: first, count: years)
            }
            return (x, text, entries)
        } catch {
            printDiagnostics(error.diagnostics, said)
            throw Exit.invalidInput
        }
    }
}
