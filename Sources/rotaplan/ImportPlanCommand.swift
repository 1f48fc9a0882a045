import ArgumentParser
import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanText

/// `rotaplan import-plan`: a plan back from the report's own CSV files (docs/hand-edits.md),
/// so a plan edited in Excel becomes a solution file (MODEL.md §8) that `check` and
/// `report` read. (An `.xlsx` reader plugs in at ``ImportPlan/columns(_:file:_:)``.)
struct ImportPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-plan",
        abstract: "Read a plan back from the report's CSV files (exchanges.csv or placements.csv) into a solution file.",
        discussion: """
            Reads the report's exchanges.csv (an exchange plan) or placements.csv (a training \
            plan), English or Chinese headers, as Excel saves them (UTF-8 or UTF-16, BOM \
            optional, comma or tab). Only the id columns are read (teacher, from, to; new \
            hire, host, mentor, years, destination); names are for people. The solution is \
            written with status feasible and the objective recomputed by the independent \
            checker, then checked.

            Exit codes: 0 the plan was written and holds; 1 it was written but breaks a rule \
            (each violation printed); 2 invalid input (an unknown teacher or school, named by \
            file, row and column; nothing written); 64 usage error; 73 the file cannot be written.
            """)

    @Argument(help: "The instance file the plan is for.")
    var instance: String

    @Option(help: ArgumentHelp("The report's exchanges.csv (an exchange plan).", valueName: "FILE"))
    var exchanges: String?

    @Option(help: ArgumentHelp("The report's placements.csv (a training plan).", valueName: "FILE"))
    var placements: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The solution file to write.", valueName: "FILE"))
    var output: String

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (exchanges == nil) != (placements == nil) else {
            throw ValidationError("give one of --exchanges or --placements (a plan of both stages is not read yet)")
        }
        try InputPath.refuseStandardInput([("<instance>", instance), ("--exchanges", exchanges), ("--placements", placements)])
    }

    func run() throws {
        let x = try SolveOptions.loadInstance(instance, language.terminal)
        var s: Solution
        do {
            if let file = exchanges {
                s = Solution(problem: .exchange, of: x, status: .feasible)
                s.exchanges = try Self.exchanges(Self.columns(file, .exchangesCSV, [0, 5, 7]), x)
            } else {
                let file = placements!
                s = Solution(problem: .training, of: x, status: .feasible)
                s.placements = try Self.placements(Self.columns(file, .placementsCSV, [0, 3, 5, 7, 8]), x)
            }
        } catch {
            printDiagnostics(error.diagnostics, language.terminal)
            throw Exit.invalidInput
        }
        let report = SolutionChecker.check(s, against: x)
        s.objective = report.recomputedObjective
        try OutputFile.ending(.nothingHalfWritten, language.terminal) {
            try OutputFile.write(SolutionFile.json(s, timing: false), to: output, replace: force)
        }
        let held = SolutionChecker.check(s, against: x)
        for line in Check.findingLines(held, s, x, strictObjective: true, language.terminal) { printError("\(output): \(line)") }
        print(CommandText.importedPlan(output, problem: s.problem, rows: s.exchanges.count + s.placements.count,
                                       holds: held.verified).text(language.terminal))
        if !held.verified { throw Exit.noPlan }
    }

    /// The report table's columns `keep` (indices into its headers), found by their English
    /// or Chinese names. The seam for other readers (xlsx) of the same tables.
    static func columns(_ file: String, _ table: ReportColumns, _ keep: [Int]) throws(InstanceError) -> CSVColumns {
        let bytes = try InstanceLoader.readFile(file)
        let (en, zh) = table.both
        return try CSVColumns.read(bytes, file: file, wanted: keep.map { [en[$0], zh[$0]] })
    }

    /// An id that must name a record of the instance, or a diagnostic at its cell.
    static func known(_ c: CSVColumns.Cell, _ what: ImportProblem.PlanRecord, in ids: Set<String>, _ file: String, _ errors: inout [Diagnostic]) -> String {
        if !ids.contains(c.value) {
            errors.append(Diagnostic(file: file, line: c.line, column: c.column, path: "",
                                     .csv(c.value.isEmpty ? .noPlanID(what) : .unknownPlanID(what, c.value))))
        }
        return c.value
    }

    static func exchanges(_ t: CSVColumns, _ x: Instance) throws(InstanceError) -> [Solution.Exchange] {
        let teachers = Set(x.teachers.map(\.id.rawValue)), schools = Set(x.schools.map(\.id.rawValue))
        var errors: [Diagnostic] = []
        let moves = t.rows.map { r in
            Solution.Exchange(teacher: known(r[0], .teacher, in: teachers, t.file, &errors),
                              from: known(r[1], .school, in: schools, t.file, &errors),
                              to: known(r[2], .school, in: schools, t.file, &errors))
        }
        if !errors.isEmpty { throw InstanceError(errors) }
        return moves.sorted { $0.teacher < $1.teacher }
    }

    static func placements(_ t: CSVColumns, _ x: Instance) throws(InstanceError) -> [Solution.Placement] {
        let hires = Set(x.newHires.map(\.id.rawValue)), teachers = Set(x.teachers.map(\.id.rawValue))
        let schools = Set(x.schools.map(\.id.rawValue))
        var errors: [Diagnostic] = []
        let placed = t.rows.map { r in
            let years = Int(r[3].value)
            if years == nil { errors.append(Diagnostic(file: t.file, line: r[3].line, column: r[3].column, path: "", .csv(.yearsNotWhole(r[3].value)))) }
            return Solution.Placement(newHire: known(r[0], .newHire, in: hires, t.file, &errors),
                                      host: known(r[1], .school, in: schools, t.file, &errors),
                                      mentor: known(r[2], .teacher, in: teachers, t.file, &errors),
                                      years: years ?? 0, destination: known(r[4], .school, in: schools, t.file, &errors))
        }
        if !errors.isEmpty { throw InstanceError(errors) }
        return placed.sorted { $0.newHire < $1.newHire }
    }
}
