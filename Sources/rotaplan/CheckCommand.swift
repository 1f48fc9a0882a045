import ArgumentParser
import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
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

            Exit codes: 0 every claim verified: the solution holds and its objective \
            matches; 1 a rule is broken, the objective differs or a claim cannot be \
            verified; 2 invalid input; 64 usage error.
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

    @Flag(help: "Print nothing on stdout.")
    var quiet = false

    func validate() throws {
        try InputPath.refuseStandardInput([("<instance>", instance), ("<solution>", solution), ("--pins", pins)])
    }

    func run() throws {
        var x: Instance
        let s: Solution
        do {
            x = try InstanceLoader.load(path: instance).instance
            if let pins { x.pins = try PinLoader.load(path: pins, for: x).pins }
            s = try SolutionFile.read(bytes: InstanceLoader.readFile(solution), file: solution)
        } catch {
            for d in error.diagnostics { printError(d.description) }
            throw Exit.invalidInput
        }
        let report = SolutionChecker.check(s, against: x)
        for v in report.violations { printError("\(solution): violation: \(CheckText.line(v, in: x).en)") }
        if !report.objectiveMatches {
            printError("\(solution): objective: declared \(s.objective.map(JSONText.number) ?? "none"), recomputed \(report.recomputedObjective.map(JSONText.number) ?? "none")")
        }
        for u in report.unverified { printError("\(solution): not verified: \(CheckText.line(u).en)") }
        if !quiet { print("\(solution): \(Self.summary(report))") }
        if !report.verified { throw Exit.noPlan }
    }

    /// The summary line: "holds" only when every claim is verified.
    static func summary(_ report: CheckReport) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        if report.verified { return "holds; objective \(report.recomputedObjective.map(JSONText.number) ?? "none") matches" }
        let claims = report.unverified.count
        if report.passed {
            return "no violation found, but \(count(claims, "claim")) cannot be verified"
        }
        return count(report.violations.count, "violation") + (report.objectiveMatches ? "" : ", objective differs")
            + (claims == 0 ? "" : ", \(count(claims, "claim")) not verified")
    }
}
