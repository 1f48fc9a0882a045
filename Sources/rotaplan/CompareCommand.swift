import ArgumentParser
import Foundation
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanPlan
import RotaplanReports
import RotaplanText
import RotaplanFormats

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "What if the policy changed? Solve the plan as given and with each --set, and compare.",
        discussion: """
            Solves the yearly plan (`rotaplan plan`: exchange, training, walking) of the \
            instance as given — the baseline — and of one variant per --set, and prints the \
            figures a bureau compares side by side: teachers and backbone teachers moved, the \
            spread of per-capita quality between schools before and after, subject \
            shortfalls, costs, travel, new hires placed and uncovered walking periods. A \
            figure that differs from the baseline is marked + (better), − (worse) or * \
            (different). Every plan is checked by the independent checker. See docs/plan.md.

            Example: rotaplan compare instances/zhengdong-2025.json \
            --set exchange.minRate=0.15 --set exchange.minRate=0.2,exchange.minBackboneShare=0.3

            With --time-limit, each plan gets an equal share of the time left when it starts. \
            A variant that has no plan (infeasible) is an answer: it is shown as such and \
            explained on stderr.

            Exit codes: 0 the comparison was written (also when some variant has no plan); \
            2 invalid input (an unknown key or a value out of range in --set is named); 64 usage \
            error; 70 internal error (a plan failed the independent check; nothing written, a \
            reproduction saved beside the report folder or in the working folder); 73 a report \
            file cannot be written (the file system refuses it: no permission, read-only or \
            full; nothing half-written is left); 130/143 interrupted by SIGINT/SIGTERM (the plans found so far compared and written).
            """)

    @Argument(help: "The instance file (rotaplan-instance/1 JSON).")
    var instance: String

    @Option(name: .customLong("set"), help: ArgumentHelp("""
        One variant: policy keys of MODEL.md §3 and their values, separated by commas \
        (exchange.minRate=0.15, cost.budgetPerGroup=50000, walking.maxSchoolsPerDay=3, \
        weights.exchange.balance=50, preset=luohe). Repeat --set for more variants.
        """, valueName: "KEY=VALUE[,KEY=VALUE…]"))
    var sets: [String] = []

    @Option(help: ArgumentHelp("""
        A pins file (CSV or JSON, docs/pins.md) whose hard rules every plan keeps, the \
        baseline's and each variant's.
        """, valueName: "FILE"))
    var pins: String?

    @OptionGroup var previous: NearOption

    @Option(help: ArgumentHelp("Also write the comparison to this folder: compare.csv (Excel), compare.md, compare.html (self-contained), every plan's solution file (baseline.plan.json, variant-N.plan.json), workbook (baseline.plan.xlsx, variant-N.plan.xlsx) and notices per school (baseline.notices/, variant-N.notices/), and each variant's instance (variant-N.instance.json: the instance with the variant's policy, so that `rotaplan check variant-N.instance.json variant-N.plan.json` re-checks it).", valueName: "DIR"))
    var report: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the table and the report: zh (default) or en; also of the messages (default: the locale).",
                               valueName: "zh|en"))
    var language: ReportLanguage?

    /// The table's and report's language: `--lang`, else Chinese.
    var lang: ReportLanguage { language ?? .zh }

    /// The messages' language: `--lang`, else the locale.
    var terminal: Language { TerminalLanguage.resolve(language) }

    @Option(help: ArgumentHelp("""
        Compare over a horizon of this many years (1…20): each policy's `rotaplan horizon` \
        (plan, check, roll over, year after year), side by side (docs/years.md). The instance \
        needs a "year". --report then writes compare-years.csv, .md and .html.
        """, valueName: "H"))
    var years: Int?

    @OptionGroup var limits: SolverLimits<CompareLimits>

    @Option(help: ArgumentHelp("glpk: the optimiser (default); greedy: every stage's baseline plan.", valueName: "glpk|greedy"))
    var solver: PlanPipeline.Solver = .glpk

    @Flag(help: "Print nothing on stdout (messages still go to stderr).")
    var quiet = false

    @Flag(help: "Overwrite report files that already exist.")
    var force = false

    @Flag(help: "Leave timing figures (seconds) out of the solution files, so that two runs give byte-identical files.")
    var noTiming = false

    /// Test hook: spoils the last variant's plan before it is checked, as
    /// ``SolveOptions/corruptSolution`` does, to show that the check stops it.
    @Flag(name: .customLong("debug-corrupt-solution"), help: .hidden)
    var corruptSolution = false

    func validate() throws {
        if sets.isEmpty { throw ValidationError("give at least one variant with --set KEY=VALUE (e.g. --set exchange.minRate=0.15)") }
        try InputPath.refuseStandardInput([("<instance>", instance), ("--pins", pins)])
    }

    /// Where a reproduction goes (``Reproduction/save(solution:findings:inputs:pins:solved:beside:)``):
    /// `compare.repro-N/` beside the report folder, or in the working folder without one.
    var reproductionStem: String {
        let base = report.map { URL(fileURLWithPath: $0).standardizedFileURL.deletingLastPathComponent().path } ?? "."
        return base + "/compare.json"
    }

    /// The report's files: the comparison, then one solution per plan.
    static func files(variants: Int) -> [String] {
        CompareReport.files + ["baseline.plan.json", "baseline." + ReportWorkbook.file]
            + (1...max(1, variants)).flatMap { ["variant-\($0).plan.json", "variant-\($0).instance.json", "variant-\($0)." + ReportWorkbook.file] }
    }

    func run() throws {
        _ = RunClock.started
        var variants: [[PolicySetting]] = []
        for text in sets {
            do { variants.append(try PolicySetting.list(text)) } catch {
                printError("--set \(text): \(DiagnosticMessage.policy(error.problem).text(terminal))")
                throw Exit.usage
            }
        }
        var reportPaths: [String] = []
        if let report, years == nil {
            do {
                reportPaths = try OutputFile.prepareReport(report, files: Self.files(variants: variants.count),
                                                           inputs: [instance] + [pins, previous.near].compactMap { $0 }, force: force)
            } catch let e as OutputFile.Refused {
                printError(e.text(terminal))
                throw e.code
            }
        }
        if let years { return try runYears(years, variants: variants) }
        Interrupts.install()
        var x = try SolveOptions.loadInstance(instance, pins: pins, terminal)
        SolveOptions.warnZeroCosts(x, instance, terminal)
        try previous.apply(to: &x, problem: .plan)
        let plans: [(name: String, settings: [PolicySetting], instance: Instance)]
        do { plans = try PlanComparison.instances(x, variants: variants) } catch {
            printDiagnostics(error.diagnostics, terminal)
            throw Exit.invalidInput
        }
        let printer = ProgressPrinter(stage: "compare", format: limits.progress)
        let o = limits.solverOptions()
        let names = plans.map(\.name)
        var results = try PlanPipeline.reportingInputErrors(of: instance, printer) {
            try PlanComparison.run(plans, solver: solver, options: o,
                                   progress: { k, stage, p in printer.report(p, stage: "compare · \(names[k]) · \(stage.rawValue)") },
                                   cancellation: Interrupts.cancellation)
        }
        if corruptSolution, let last = results.indices.last { SolveOptions.corrupt(&results[last].outcome.solution) }
        // Every plan is re-checked against its own variant of the instance.
        for v in results where v.outcome.solution.stages.contains(where: { $0.objective != nil }) {
            let report = SolutionChecker.check(v.outcome.solution, against: v.instance)
            if !report.passed {
                let findings = SolveOptions.findings(report, v.outcome.solution, v.instance)
                for line in findings { printError("\(instance): \(v.name): internal error: \(line)") }
                let saved = Reproduction.save(solution: v.outcome.solution, findings: findings,
                                               inputs: [instance] + [pins, previous.near].compactMap { $0 }, pins: pins,
                                               solved: v.settings.isEmpty ? nil : v.instance, beside: reproductionStem)
                printError("\(instance): internal error: the plan of \(v.name) fails the independent check; nothing written"
                           + (saved.map { "; reproduction saved in \($0)/ (please report it)" } ?? "; the reproduction could not be saved"))
                throw Exit.internalError
            }
        }
        for line in PlanComparison.notes(results, terminal) { printError("\(instance): \(line)") }
        let table = PlanComparison.table(results, lang)
        if !reportPaths.isEmpty, let report {
            try OutputFile.ending(.reportIncomplete(folder: report, planWrittenTo: nil), terminal) {
                try OutputFile.makeFolder(of: reportPaths[0])
                let texts = CompareFiles.texts(results, instance: x, lang: lang, timing: !noTiming)
                let textPaths = reportPaths.filter { !$0.hasSuffix(ReportWorkbook.file) }
                for (path, text) in zip(textPaths, texts) { try OutputFile.write(text, to: path, replace: force) }
                try CompareFiles.writePlanFiles(results, lang: lang, in: URL(fileURLWithPath: reportPaths[0]).deletingLastPathComponent(),
                                                replace: force)
            }
        }
        if !quiet { print(table, terminator: "") }
        if let code = Interrupts.exitCode {
            printError("\(instance): interrupted by \(Interrupts.name(Interrupts.received!)): compared the best plans found by then")
            throw code
        }
    }
}

/// The files of `compare --report`: ``CompareReport/files``, then every plan's solution
/// file (baseline first) with each variant's instance after its plan, in
/// ``CompareCommand/files(variants:)`` order.
enum CompareFiles {
    /// Each plan's workbook and notices, as `plan --report` writes them (docs/report.md):
    /// `baseline.plan.xlsx` and `baseline.notices/SCHOOL.html`, then `variant-N.plan.xlsx`
    /// and `variant-N.notices/SCHOOL.html`, each of the plan on its variant's instance.
    static func writePlanFiles(_ results: [PlanComparison.Variant], lang: ReportLanguage, in dir: URL, replace: Bool) throws {
        for (k, v) in results.enumerated() {
            let stem = k == 0 ? "baseline" : "variant-\(k)"
            let plan = PlanReport(instance: v.instance, solution: v.outcome.solution)
            let workbook: Data
            do { workbook = try ReportWorkbook.bytes(plan.tables(lang)) } catch {
                throw OutputFile.Refused(problem: .cannotBuild(folder: dir.path, file: "\(stem).\(ReportWorkbook.file)", reason: "\(error)"), code: Exit.cannotWrite)
            }
            let files = [("\(stem).\(ReportWorkbook.file)", workbook)] + plan.notices(lang).map { ("\(stem).\($0.file)", Data($0.html.utf8)) }
            for (name, bytes) in files {
                let path = dir.appendingPathComponent(name).path
                try OutputFile.makeFolder(of: path)
                try OutputFile.write(bytes, to: path, replace: replace)
            }
        }
    }

    static func texts(_ results: [PlanComparison.Variant], instance x: Instance, lang: ReportLanguage, timing: Bool) -> [String] {
        let variants = results.map { CompareReport.Variant(name: $0.name, settings: $0.settings.map(\.description), metrics: $0.metrics) }
        let report = CompareReport(instance: x.name, variants: variants, notes: PlanComparison.notes(results, lang))
        var texts = report.files(lang) + [SolutionFile.json(results[0].outcome.solution, timing: timing)]
        for v in results.dropFirst() {
            texts += [SolutionFile.json(v.outcome.solution, timing: timing), InstanceWriter.json(v.instance)]
        }
        return texts
    }
}
