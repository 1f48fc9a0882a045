import ArgumentParser
import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanReports
import RotaplanText

/// `rotaplan report INSTANCE PLAN --report DIR`: the report of any plan that holds (a
/// hand-edited one, another solver's), written by the same writers as the solving
/// commands (docs/hand-edits.md, docs/report.md).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report of a plan that holds (exchange, training, walking or plan), as the solving commands do.",
        discussion: """
            The plan is checked first (as `rotaplan check` does; a stale objective is replaced \
            by the recomputed one and the plan shown as feasible). A plan that does not hold \
            is refused with its violations.

            Exit codes: 0 the report was written; 1 the plan does not hold (nothing written); \
            2 invalid input; 64 usage error; 73 a report file cannot be written.
            """)

    @Argument(help: "The instance file.")
    var instance: String

    @Argument(help: "The solution file to report on.")
    var solution: String

    @Option(help: ArgumentHelp("The report folder to write.", valueName: "DIR"))
    var report: String

    @Option(help: ArgumentHelp("The report's language (default zh).", valueName: "en|zh"))
    var lang: ReportLanguage?

    @Flag(help: "Overwrite existing report files.")
    var force = false

    @OptionGroup var reasons: ReasonsOption

    func validate() throws { try InputPath.refuseStandardInput([("<instance>", instance), ("<solution>", solution)]) }

    func run() throws {
        let x = try SolveOptions.loadInstance(instance, TerminalLanguage.resolve(lang))
        var s: Solution
        do { s = try SolutionFile.read(bytes: InstanceLoader.readFile(solution), file: solution) } catch {
            printDiagnostics(error.diagnostics, TerminalLanguage.resolve(lang))
            throw Exit.invalidInput
        }
        let checked = SolutionChecker.check(s, against: x)
        guard Check.holds(checked, strictObjective: false) else {
            for line in Check.findingLines(checked, s, x, strictObjective: false, TerminalLanguage.resolve(lang)) { printError("\(solution): \(line)") }
            printError(CommandText.noReport(solution).text(TerminalLanguage.resolve(lang)))
            throw Exit.noPlan
        }
        if !checked.objectiveMatches {
            s.objective = checked.recomputedObjective
            if s.status == .optimal { s.status = .feasible }
            s.gap = nil
        }
        let files = ReportFiles.names(s.problem)
        let paths: [String]
        do {
            paths = try OutputFile.checkAll([], report: report, reportFiles: files, inputs: [instance, solution], force: force)
        } catch let e as OutputFile.Refused {
            printError(e.text(TerminalLanguage.resolve(lang)))
            throw e.code
        }
        var texts = ReportFiles.texts(x, s, explanations: [], lang: lang ?? .zh, reasons: reasons)
        texts.addOnExchange(x, names: files, lang: lang ?? .zh)
        try OutputFile.ending(.reportIncomplete(folder: report, planWrittenTo: nil), TerminalLanguage.resolve(lang)) {
            try OutputFile.makeFolder(of: paths[0])
            try ReportFiles.write(texts, to: paths, replace: force)
        }
        print(CommandText.reportWritten(solution, problem: s.problem, folder: report).text(TerminalLanguage.resolve(lang)))
    }
}

/// The report files of each problem, names and texts, as every command writes them.
enum ReportFiles {
    static func names(_ p: Solution.Problem) -> [String] {
        switch p {
        case .exchange: return ["exchanges.csv", ReasonsTable.file, "summary.md", "report.html", ReportWorkbook.file]
        case .training: return TrainingReport.files + [ReportWorkbook.file]
        case .walking: return WalkingReport.files + [ReportWorkbook.file]
        case .plan: return PlanReport.files + [ReportWorkbook.file]
        }
    }

    /// The texts of ``names(_:)`` for `shown` (the solution as shown), in that order.
    static func texts(_ x: Instance, _ shown: Solution, explanations: [String], lang: ReportLanguage, reasons: ReasonsOption) -> ReportFolder {
        switch shown.problem {
        case .exchange:
            let report = ExchangeReport(instance: x, solution: shown)
            let table = ReasonsTable(instance: x, reasons: reasons.compute(x, shown))
            return ReportFolder(texts: [report.exchangesCSV(lang), table.csv(lang), report.summaryMarkdown() + table.markdown(lang),
                                        report.html(appending: table.html(lang))],
                                tables: [("exchanges", report.exchangesTable(lang)), ("reasons", table.table(lang))],
                                instance: x, solution: shown, lang: lang)
        case .training: return TrainingReport(instance: x, solution: shown).folder(lang)
        case .walking: return WalkingReport(instance: x, solution: shown, explanations: explanations).folder(lang)
        case .plan: return PlanReport(instance: x, solution: shown, explanations: explanations, reasons: reasons.compute(x, shown)).folder(lang)
        }
    }

    /// Writes `folder` to the report files at `paths` (``names(_:)`` order: the texts, then
    /// plan.xlsx), then the notices beside them in `notices/`.
    static func write(_ folder: ReportFolder, to paths: [String], replace: Bool) throws {
        for (path, text) in zip(paths, folder.texts) { try OutputFile.write(text, to: path, replace: replace) }
        let dir = URL(fileURLWithPath: paths[0]).deletingLastPathComponent()
        let binary: [(path: String, bytes: Data)]
        do { binary = try folder.binaryFiles() } catch {
            throw OutputFile.Refused(problem: .cannotBuild(folder: dir.path, file: ReportWorkbook.file, reason: "\(error)"), code: Exit.cannotWrite)
        }
        for f in binary {
            let path = dir.appendingPathComponent(f.path).path
            try OutputFile.makeFolder(of: path)
            try OutputFile.write(f.bytes, to: path, replace: replace)
        }
    }
}
