import ArgumentParser
import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanText

/// `rotaplan import-plan`: a plan back from the report's own files (docs/hand-edits.md):
/// exchanges.csv, placements.csv, lessons.csv (several at once make a `plan` of the three
/// stages, MODEL.md §7) or the report's plan.xlsx, so a plan edited in Excel becomes a
/// solution file (MODEL.md §8) that `check` and `report` read.
struct ImportPlan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-plan",
        abstract: "Read a plan back from the report's files (exchanges.csv, placements.csv, lessons.csv or plan.xlsx) into a solution file.",
        discussion: """
            Reads the report's exchanges.csv (an exchange plan), placements.csv (a training \
            plan) and lessons.csv (a walking timetable), English or Chinese headers, as Excel \
            saves them (UTF-8 or UTF-16, BOM optional, comma or tab); or the sheets of the same \
            names in the report's plan.xlsx (--workbook). One table gives a plan of that stage; \
            several give a yearly plan (problem plan) of the three stages, a stage not given \
            being empty. Only the id columns are read (teacher, from, to; new hire, host, \
            mentor, years, destination; teacher, school, class, subject, day, period); names \
            are for people. Walking periods no lesson covers are written as uncovered. The \
            solution is written with status feasible and the objective recomputed by the \
            independent checker, then checked.

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

    @Option(help: ArgumentHelp("The report's lessons.csv (a walking timetable).", valueName: "FILE"))
    var lessons: String?

    @Option(help: ArgumentHelp("The report's plan.xlsx: its exchanges, placements and lessons sheets.", valueName: "FILE"))
    var workbook: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The solution file to write.", valueName: "FILE"))
    var output: String

    @Flag(help: "Overwrite an existing output file.")
    var force = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard workbook != nil || exchanges != nil || placements != nil || lessons != nil else {
            throw ValidationError("give --exchanges, --placements, --lessons (one or several) or --workbook plan.xlsx")
        }
        if workbook != nil && (exchanges != nil || placements != nil || lessons != nil) {
            throw ValidationError("give --workbook alone, or the CSV files")
        }
        try InputPath.refuseStandardInput([("<instance>", instance), ("--exchanges", exchanges), ("--placements", placements),
                                           ("--lessons", lessons), ("--workbook", workbook)])
    }

    /// Where a table is read from: a CSV file, or a workbook's sheet.
    enum Source { case csv(String), sheet(String, String) }

    func run() throws {
        let x = try SolveOptions.loadInstance(instance, language.terminal)
        var sources: [Solution.Problem: Source] = [:]
        var s: Solution
        do throws(InstanceError) {
            if let workbook {
                let names = Set(try CSVColumns.sheets(ofWorkbook: workbook))
                for (problem, sheet) in [(Solution.Problem.exchange, "exchanges"), (.training, "placements"), (.walking, "lessons")] where names.contains(sheet) {
                    sources[problem] = .sheet(workbook, sheet)
                }
                if sources.isEmpty {
                    throw InstanceError([Diagnostic(file: workbook, path: "", .csv(.noPlanSheets))])
                }
            } else {
                sources[.exchange] = exchanges.map(Source.csv)
                sources[.training] = placements.map(Source.csv)
                sources[.walking] = lessons.map(Source.csv)
            }
            let problem = sources.count == 1 ? sources.keys.first! : .plan
            s = Solution(problem: problem, of: x, status: .feasible)
            if let from = sources[.exchange] { s.exchanges = try Self.exchanges(Self.columns(from, .exchangesCSV, [0, 5, 7]), x) }
            if let from = sources[.training] { s.placements = try Self.placements(Self.columns(from, .placementsCSV, [0, 3, 5, 7, 8]), x) }
            if let from = sources[.walking] {
                s.lessons = try Self.lessons(Self.columns(from, .lessonsCSV, [0, 3, 5, 6, 7, 8]), x)
                s.uncovered = Self.uncovered(s.lessons, x)
            }
        } catch {
            printDiagnostics(error.diagnostics, language.terminal)
            throw Exit.invalidInput
        }
        let report = SolutionChecker.check(s, against: x)
        s.objective = report.recomputedObjective
        // §8 rev 2: the terms of that objective, as the checker recomputes them.
        if s.objective != nil { s.objectiveTerms = report.recomputedTerms }
        try OutputFile.ending(.nothingHalfWritten, language.terminal) {
            try OutputFile.write(SolutionFile.json(s, timing: false), to: output, replace: force)
        }
        let held = SolutionChecker.check(s, against: x)
        for line in Check.findingLines(held, s, x, strictObjective: true, language.terminal) { printError("\(output): \(line)") }
        print(CommandText.importedPlan(output, problem: s.problem, rows: s.exchanges.count + s.placements.count + s.lessons.count,
                                       holds: held.verified).text(language.terminal))
        if !held.verified { throw Exit.noPlan }
    }

    /// The report table's columns `keep` (indices into its headers), found by their English
    /// or Chinese names, from a CSV file or a workbook's sheet.
    static func columns(_ source: Source, _ table: ReportColumns, _ keep: [Int]) throws(InstanceError) -> CSVColumns {
        let (en, zh) = table.both
        let wanted = keep.map { [en[$0], zh[$0]] }
        switch source {
        case .csv(let file): return try CSVColumns.read(try InstanceLoader.readFile(file), file: file, wanted: wanted)
        case let .sheet(book, sheet): return try CSVColumns.read(workbook: book, sheet: sheet, wanted: wanted)
        }
    }

    /// Lessons of lessons.csv: teacher, school, class, subject (a name or key), day, period.
    static func lessons(_ t: CSVColumns, _ x: Instance) throws(InstanceError) -> [Solution.Lesson] {
        let teachers = Set(x.teachers.map(\.id.rawValue)), schools = Set(x.schools.map(\.id.rawValue))
        var errors: [Diagnostic] = []
        func number(_ c: CSVColumns.Cell, _ what: String) -> Int {
            guard let n = Int(c.value) else {
                errors.append(Diagnostic(file: t.file, line: c.line, column: c.column, path: "", .csv(.lessonNotWhole(what, c.value))))
                return 0
            }
            return n
        }
        let lessons = t.rows.map { r in
            Solution.Lesson(teacher: known(r[0], .teacher, in: teachers, t.file, &errors), school: known(r[1], .school, in: schools, t.file, &errors),
                            class: r[2].value, subject: Subject(r[3].value).key, day: number(r[4], "day"), period: number(r[5], "period"))
        }
        if !errors.isEmpty { throw InstanceError(errors) }
        return lessons
    }

    /// The periods of each demand line (§6) that no lesson covers, as the solution lists them.
    static func uncovered(_ lessons: [Solution.Lesson], _ x: Instance) -> [Solution.Uncovered] {
        var taught: [String: Int] = [:]
        for l in lessons { taught["\(l.school)|\(l.class)|\(l.subject)", default: 0] += 1 }
        return x.walkingDemand.compactMap { d in
            let school = x.schools[d.school].id.rawValue
            let missing = d.periodsPerWeek - (taught["\(school)|\(d.className)|\(d.subject.key)"] ?? 0)
            return missing > 0 ? Solution.Uncovered(school: school, class: d.className, subject: d.subject.key, periods: missing) : nil
        }
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
