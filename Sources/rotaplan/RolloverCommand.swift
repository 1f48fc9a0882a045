import ArgumentParser
import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanReports
import RotaplanText

/// `rotaplan rollover INSTANCE PLAN -o NEXT.json [--report DIR]` (MODEL.md §11).
struct RolloverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollover",
        abstract: "Write next year's instance from this year's instance and its checked plan (MODEL.md §11).",
        discussion: """
            Applies the plan's moves, lets a year pass (years at school, retirements), brings \
            back teachers whose exchange term is over, turns trainees who finish and one-year \
            hires into teachers, keeps two-year hires as trainees, takes the vacancies the \
            placements use (earliest year first) and sets "year" to the next year. Everything \
            else in the file is kept as it is. What happened is said on stderr and, with \
            --report, in DIR/rollover.md; docs/years.md explains the cycle.

            PLAN is a plan, exchange or training solution of INSTANCE that passes `check`: \
            its rules hold and its objective matches (a stage the solver found infeasible, \
            which `check` cannot verify, is said and rolled over as it is: nobody moves, or \
            nobody is placed). \
            Exit codes: 0 NEXT was written; 2 invalid input (an instance that does not \
            validate or has no "year", a plan that fails the check, is of another instance or \
            is a walking solution, or a next year that would break an input bound); 64 usage \
            error; 73 NEXT cannot be written.
            """)

    @Argument(help: "This year's instance (rotaplan-instance/1 JSON with \"year\").")
    var instance: String

    @Argument(help: "A checked plan, exchange or training solution of the instance.")
    var plan: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write next year's instance.", valueName: "NEXT.json"))
    var output: String

    @Option(help: ArgumentHelp("Also write DIR/rollover.md, the summary of what happened.", valueName: "DIR"))
    var report: String?

    @Option(help: ArgumentHelp("""
        The pins file of this year (CSV or JSON, docs/pins.md): pins naming a teacher who \
        retires are reported (pins live in their own files; NEXT does not hold them).
        """, valueName: "FILE"))
    var pins: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the messages, the summary on stderr and rollover.md: en or zh (中文). Default: the locale.", valueName: "en|zh"))
    var language: ReportLanguage?

    /// `--lang`, else the locale.
    var lang: Language { TerminalLanguage.resolve(language) }

    @Flag(help: "Replace NEXT.json (and rollover.md) if they exist.")
    var force = false

    @Flag(help: "Print nothing on stdout.")
    var quiet = false

    func validate() throws {
        try InputPath.refuseStandardInput([("<instance>", instance), ("<plan>", plan), ("--pins", pins)])
    }

    func run() throws {
        let reportPaths: [String]
        do {
            reportPaths = try OutputFile.checkAll([Output(option: "-o", path: output)], report: report, reportFiles: ["rollover.md"],
                                                  inputs: [instance, plan] + (pins.map { [$0] } ?? []), force: force)
        } catch let e as OutputFile.Refused {
            printError("rotaplan rollover: " + e.text(lang))
            throw e.code
        }
        let (document, x, solution) = try readInputs()
        let result: Rollover.Result
        do { result = try Rollover.next(document: document, instance: x, plan: solution) } catch {
            for m in error.problems { printError(m.line(plan: plan, lang)) }
            throw Exit.invalidInput
        }
        try OutputFile.ending(.notWritten(.nextYear), lang) {
            try OutputFile.write(result.text, to: output, replace: force)
        }
        if let md = reportPaths.first {
            try OutputFile.ending(.summaryNotWritten(written: output), lang) {
                try OutputFile.makeFolder(of: md)
                try OutputFile.write(result.summary.markdown(lang), to: md, replace: force)
            }
        }
        for line in result.summary.lines { printError(line.text(lang)) }
        if !quiet {
            let s = result.summary
            print(RolloverCommandText.written(output, s).text(lang))
        }
    }

    /// The instance (its document and its validated reading) and the plan, refused with
    /// exit 2 when the instance does not validate or has no year, or the plan fails `check`.
    func readInputs() throws -> (JSONNode, Instance, Solution) {
        let bytes: [UInt8], solution: Solution
        var x: Instance
        do {
            bytes = try InstanceLoader.readFile(instance)
            x = try InstanceLoader.load(bytes: bytes, file: instance).instance
            if let pins { x.pins = try PinLoader.load(path: pins, for: x).pins }
            solution = try SolutionFile.read(bytes: InstanceLoader.readFile(plan), file: plan)
        } catch {
            printDiagnostics(error.diagnostics, lang)
            throw Exit.invalidInput
        }
        guard x.year != nil else {
            printError("\(instance): " + RolloverCommandText.noYear.text(lang))
            throw Exit.invalidInput
        }
        if solution.problem != .walking && solution.instance == x.name {
            let report = SolutionChecker.check(solution, against: x)
            // §11: the plan's hard rules and its objective must hold; a claim the checker
            // cannot verify (a stage the solver found infeasible: nobody moves, or nobody is
            // placed) is said and accepted.
            if !report.passed {
                for line in Check.findingLines(report, solution, x, strictObjective: true, lang) { printError("\(plan): \(line)") }
                printError("\(plan): " + RolloverCommandText.doesNotPass(instance).text(lang))
                throw Exit.invalidInput
            }
            for u in report.unverified { printError("\(plan): " + RolloverCommandText.rolledOverAsItIs("\(u)").text(lang)) }
        }
        // The loader read these bytes already: they parse.
        guard let document = try? JSONParser.parse(bytes) else { throw Exit.internalError }
        return (document, x, solution)
    }
}
