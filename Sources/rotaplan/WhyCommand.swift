import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanPlan
import RotaplanReports
import RotaplanText

/// `rotaplan why INSTANCE PLAN WHO…` (docs/report.md "Why each teacher moves or stays"):
/// for each named teacher, moved or not in the exchange plan and why (MODEL.md §2, §4),
/// computed as the report's reasons table computes them.
struct Why: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say why named teachers move or stay in an exchange plan.",
        discussion: """
            Reads the instance and a solution file of the exchange (or a plan, whose exchange \
            stage is read) and, for each teacher named (an id such as T0007, or a name only \
            one teacher has), says whether the plan moves them and why: for a mover, the \
            best plan with them kept (a must-stay pin, docs/pins.md); for an eligible \
            teacher who stays, the best plan with them moved to the best of their \
            destinations (a must-move-to pin for each); for a teacher outside E, the \
            eligibility rules of MODEL.md §2. "Essential" / "cannot move" name the rules no \
            plan keeps otherwise. Each figure is the report's: movers, quality spread, \
            subject shortfall, yuan a year, and the objective change.

            Exit codes: 0 the reasons were printed; 2 invalid input: an unreadable file, a \
            solution of another problem, or a name that is no teacher's or several \
            teachers' (each named on stderr); 64 usage error.
            """)

    @Argument(help: "The instance file.")
    var instance: String

    @Argument(help: "The solution file (problem exchange or plan).")
    var plan: String

    @Argument(help: "The teachers: ids or names.")
    var who: [String]

    @Option(help: ArgumentHelp("The pins file the plan was made with (docs/pins.md).", valueName: "FILE"))
    var pins: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of the reasons: en or zh (中文, default); of the messages: default the locale.",
                                                        valueName: "en|zh"))
    var language: ReportLanguage?

    /// The reasons' language: `--lang`, else Chinese.
    var lang: ReportLanguage { language ?? .zh }

    /// The messages' language: `--lang`, else the locale.
    var terminal: Language { TerminalLanguage.resolve(language) }

    @Option(help: ArgumentHelp("Seconds for all the re-solves together (default 30).", valueName: "S"))
    var timeLimit: Double = ExchangeReasons.defaultBudget

    func validate() throws {
        try InputPath.refuseStandardInput([("<instance>", instance), ("<plan>", plan), ("--pins", pins)])
        guard timeLimit.isFinite, timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        let x = try SolveOptions.loadInstance(instance, pins: pins, terminal)
        let s: Solution
        do { s = try SolutionFile.read(bytes: InstanceLoader.readFile(plan), file: plan) } catch {
            printDiagnostics(error.diagnostics, terminal)
            throw Exit.invalidInput
        }
        guard s.problem == .exchange || s.problem == .plan else {
            printError(CommandText.noExchangePlan(plan, problem: s.problem).text(terminal))
            throw Exit.invalidInput
        }
        let teachers = try Self.resolve(who, in: x, file: instance, terminal)
        let status = s.problem == .plan ? s.stages.first { $0.problem == .exchange }?.status : s.status
        let reasons = try ExchangeReasons.compute(x, exchanges: s.exchanges, hasPlan: status == .optimal || status == .feasible,
                                                  teachers: teachers, quota: false, budget: timeLimit, mentorReserve: s.problem == .plan)
        for r in reasons.reasons {
            let school = x.label(school: x.teachers[r.teacher].school).text(lang)
            print(x.label(teacher: r.teacher).text(lang) + " · " + school + " · " + ReasonText.verdict(r.verdict, in: x).text(lang))
            print("  " + ReasonText.sentence(r, plan: reasons.plan, share: reasons.share, in: x).text(lang))
        }
    }

    /// The teachers named, in the order given (each once): an id, else a name exactly one
    /// teacher has. Every unknown or shared name is an error line; then exit 2.
    static func resolve(_ who: [String], in x: Instance, file: String, _ lang: Language) throws -> [Int] {
        var out: [Int] = [], bad = false
        for w in who {
            let name = w.trimmingCharacters(in: .whitespaces)
            if let t = x.teacherIndex[TeacherID(name)] {
                if !out.contains(t) { out.append(t) }
                continue
            }
            let named = x.teachers.indices.filter { x.teachers[$0].name == name }
            switch named.count {
            case 1: if !out.contains(named[0]) { out.append(named[0]) }
            case 0:
                printError(CommandText.unknownTeacher(file, name).text(lang))
                bad = true
            default:
                printError(CommandText.teachersNamed(file, name, ids: named.map { x.teachers[$0].id.rawValue }).text(lang))
                bad = true
            }
        }
        if bad { throw Exit.invalidInput }
        return out
    }
}
