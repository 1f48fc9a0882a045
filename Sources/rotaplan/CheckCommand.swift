import ArgumentParser
import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanReports
import RotaplanText

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Re-check a solution independently: every rule, and the objective recomputed.",
        discussion: """
            Reads the instance and a solution file (MODEL.md §8), verifies every hard rule of \
            the solution's problem (and, with --pins, every pin) without using the optimisation models, recomputes the \
            objective from the instance and the solution alone, and compares it with the \
            declared one (1e-6 relative, or 1e-6 absolute below 1).

            Every claim of the file is verified or reported: a status that says no plan \
            exists (infeasible, no-solution) cannot be verified without solving and is \
            reported as "not verified"; sections of another problem, self-moves and a \
            status, bound or gap that contradict each other are violations \
            (docs/reliability.md, "What check promises").

            A hand-edited plan (docs/hand-edits.md) whose rules hold is said to hold: a \
            declared objective that differs from the recomputed one is a note ("the file's \
            objective is stale"), and the distance from the optimum is given, from the \
            file's recorded bound, from the plan it was edited from (--from), or by solving \
            (--solve).

            Exit codes: 0 every claim verified: the solution holds (its declared objective \
            matches, or is stale and reported as a note); 1 a rule is broken, a claim cannot \
            be verified, or (with --strict-objective) the objective differs; 2 invalid input; \
            64 usage error.
            """)

    @Argument(help: "The instance file.")
    var instance: String

    @Argument(help: "The solution file to check.")
    var solution: String

    @Option(help: ArgumentHelp("""
        The pins file the plan was made with (CSV or JSON, docs/pins.md): every pin is \
        re-checked too, a broken one reported as a violation of rule "pins" naming it.
        """, valueName: "FILE"))
    var pins: String?

    @OptionGroup var previous: NearOption

    @Option(help: ArgumentHelp("""
        The solution the plan was edited from (an optimal one gives the optimum): the \
        distance is stated in the objective and the figures a principal reads.
        """, valueName: "ORIGINAL"))
    var from: String?

    @Flag(help: "Solve the solution's problem to give the distance from the optimum (the best found within --time-limit).")
    var solve = false

    @Option(help: ArgumentHelp("Seconds for --solve (default 60).", valueName: "S"))
    var timeLimit: Double = 60

    @Flag(help: "A declared objective that differs from the recomputed one fails the check (exit 1), as for scripts before hand edits.")
    var strictObjective = false

    @Flag(help: "Print nothing on stdout.")
    var quiet = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if solve && from != nil { throw ValidationError("give --from or --solve, not both: each gives the optimum to compare with") }
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
        try InputPath.refuseStandardInput([("<instance>", instance), ("<solution>", solution), ("--pins", pins), ("--from", from)])
    }

    func run() throws {
        var x: Instance
        let s: Solution
        var original: (label: String, solution: Solution)?
        do {
            x = try InstanceLoader.load(path: instance).instance
            if let pins { x.pins = try PinLoader.load(path: pins, for: x).pins }
            s = try SolutionFile.read(bytes: InstanceLoader.readFile(solution), file: solution)
            if let from { original = (from, try SolutionFile.read(bytes: InstanceLoader.readFile(from), file: from)) }
        } catch {
            printDiagnostics(error.diagnostics, language.terminal)
            throw Exit.invalidInput
        }
        try previous.apply(to: &x, problem: s.problem)
        let report = SolutionChecker.check(s, against: x)
        let said = language.terminal
        for line in Self.findingLines(report, s, x, strictObjective: strictObjective, said) { printError("\(solution): \(line)") }
        let holds = Self.holds(report, strictObjective: strictObjective)
        if holds && solve && !quiet { original = ("solved", try Self.solved(s.problem, x, timeLimit: timeLimit, instance: instance)) }
        if !quiet {
            print("\(solution): \(Self.summary(report, s, strictObjective: strictObjective, said))")
            for c in report.termComparisons { print("\(solution): \(CheckSummaryText.term(c, JSONText.number).text(said))") }
            // A near-solved plan checked without --near has no comparable objective to measure.
            if holds, !report.nearNotComparable, let line = try distance(report, s, x, original) { print("\(solution): \(line)") }
        }
        if !holds { throw Exit.noPlan }
    }

    /// The plan holds: no violation, no claim left unverified, and an objective that matches
    /// or (without --strict-objective) is only stale.
    static func holds(_ report: CheckReport, strictObjective: Bool) -> Bool {
        report.verified || (!strictObjective && report.violations.isEmpty && report.unverified.isEmpty && staleOnly(report))
    }

    /// The objective differs only because the file's is out of date: there is a recomputed one.
    static func staleOnly(_ report: CheckReport) -> Bool { !report.objectiveMatches && report.recomputedObjective != nil }

    /// What the checker found, one line each, in `language`: violations, the objective (a
    /// note when it is only stale and the objective is not strict), claims not verified.
    static func findingLines(_ report: CheckReport, _ s: Solution, _ x: Instance, strictObjective: Bool,
                             _ language: Language = .en) -> [String] {
        let all = CheckText.lines(report, x, language)
        var lines = Array(all.prefix(report.violations.count))
        let declared = s.objective.map(JSONText.number) ?? "none", recomputed = report.recomputedObjective.map(JSONText.number) ?? "none"
        if report.nearNotComparable, !report.objectiveMatches, let near = s.near {
            lines.append(NearText.notComparable(near).text(language))
        } else if !report.objectiveMatches {
            lines.append((strictObjective || !staleOnly(report)
                          ? CheckSummaryText.objectiveDiffers(declared: declared, recomputed: recomputed)
                          : CheckSummaryText.objectiveStale(declared: declared, recomputed: recomputed)).text(language))
        }
        let terms = report.termComparisons.filter { !$0.matches }.map { CheckSummaryText.term($0, JSONText.number).text(language) }
        return lines + terms + all.dropFirst(report.violations.count)
    }

    /// The summary line on stdout in `language`: "holds" only when every claim is verified,
    /// with the recomputed objective when the file's is only stale.
    static func summary(_ report: CheckReport, _ s: Solution, strictObjective: Bool, _ language: Language) -> String {
        let recomputed = report.recomputedObjective.map(JSONText.number) ?? "none"
        if report.verified && report.nearNotComparable && !report.objectiveMatches { return NearText.holdsNotComparable.text(language) }
        guard holds(report, strictObjective: strictObjective) && !report.objectiveMatches else {
            return CheckSummaryText.summary(report, recomputed: recomputed).text(language)
        }
        return CheckSummaryText.staleSummary(recomputed: recomputed, declared: s.objective.map(JSONText.number) ?? "none").text(language)
    }
}
