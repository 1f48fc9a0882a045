import ArgumentParser
import Foundation
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanReports
import RotaplanText
import Synchronization
import RotaplanFormats

extension ReportLanguage: ExpressibleByArgument {}

/// Options shared by every command that solves (MODEL.md §9).
struct SolveOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Where to write the solution JSON.", valueName: "SOLUTION.json"))
    var output: String?

    @Option(help: ArgumentHelp("Also write a report folder: CSV for Excel (UTF-8 with BOM), summary.md and a self-contained report.html.", valueName: "DIR"))
    var report: String?

    @Option(help: ArgumentHelp("""
        Language of what the terminal says (the summary, the explanations, every message) \
        and of the report: en or zh (中文). Without it the terminal follows the locale \
        (LC_ALL, LC_MESSAGES or LANG starting with zh: Chinese; else English) and the report \
        is Chinese.
        """, valueName: "en|zh"))
    var lang: ReportLanguage?

    /// The report's language: `--lang`, else Chinese (every solving command, like `plan`).
    var reportLanguage: ReportLanguage { lang ?? .zh }

    /// The terminal's language: `--lang`, else the locale.
    var terminal: Language { TerminalLanguage.resolve(lang) }

    @OptionGroup var limits: SolverLimits<PlanLimits>

    @Option(help: ArgumentHelp("Also write the model in CPLEX LP format (for other solvers; exchange, training and walking only).", valueName: "FILE"))
    var writeLP: String?

    @Option(help: ArgumentHelp("Also write the model in free MPS format (for other solvers; exchange, training and walking only).", valueName: "FILE"))
    var writeMPS: String?

    @Option(help: ArgumentHelp("""
        A pins file (CSV or JSON, docs/pins.md): a principal's hard rules on named people, \
        one per row `who,rule,target`, e.g. `T0007,must-move-to,S3`, `T0010,must-stay`, \
        `T0012,must-not-go-to,S2`, `N03,mentor,T0001`, `T0100,not-on-day,3` (Chinese rule \
        words too: 必须调往, 必须留任, 不得调往, 导师, 不排课). Every plan keeps them; \
        a pin that makes the plan impossible is named in the explanation (exit 1); a \
        malformed file or unknown name is invalid input (exit 2).
        """, valueName: "FILE"))
    var pins: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("""
        Change policy keys of MODEL.md §3 for this run, KEY=VALUE separated by commas         (exchange.minRate=0.2,walking.maxSchoolsPerDay=3); repeatable. The instance file is         not changed; an explanation names a setting given here as yours.
        """, valueName: "KEY=VALUE[,KEY=VALUE…]"))
    var sets: [String] = []

    /// The `--set` keys, in order (a malformed one was refused when the instance loaded).
    var setKeys: Set<String> { Set(sets.flatMap { (try? PolicySetting.list($0)) ?? [] }.map(\.key)) }

    @OptionGroup var previous: NearOption

    @Flag(help: "Print nothing on stdout (messages still go to stderr).")
    var quiet = false

    @Flag(help: "Overwrite output files that already exist.")
    var force = false

    @Flag(help: "Leave timing figures (seconds) out of the solution, so that two runs give byte-identical files.")
    var noTiming = false

    @Flag(inversion: .prefixedNo, help: ArgumentHelp("""
        Re-check every plan with the independent checker before writing it (default). A plan \
        that fails is an internal error (exit 70): nothing is written and a reproduction \
        folder is saved beside the output (docs/reliability.md).
        """))
    var verify = true

    /// Test hook: spoils the plan before it is verified (drops its first move, placement
    /// or lesson and shifts its objective by 1), to show that --verify stops it.
    @Flag(name: .customLong("debug-corrupt-solution"), help: .hidden)
    var corruptSolution = false

    func validate() throws { try InputPath.refuseStandardInput([("--pins", pins)]) }

    /// Writes the model `build` makes to --write-lp / --write-mps; builds it only when
    /// one of them is given.
    func exportIfAsked(_ build: () throws -> Model) throws {
        guard writeLP != nil || writeMPS != nil else { return }
        let model = try build()
        try OutputFile.ending(.notWritten(.model), terminal) {
            if let lp = writeLP { try OutputFile.write(to: lp, replace: force) { try model.writeLP(to: $0) } }
            if let mps = writeMPS { try OutputFile.write(to: mps, replace: force) { try model.writeMPS(to: $0) } }
        }
    }
}

/// A progress line on stderr for solves longer than a second: rewritten in place on a
/// terminal, one line every 5 seconds otherwise (so logs stay readable). With
/// `--progress json`: one JSON object per line instead (``ProgressJSON``), for every
/// callback (at most 4 a second), when a stage starts and ends, and at least once a second.
final class ProgressPrinter: @unchecked Sendable {
    private let stage: String
    private let isTerminal = isatty(2) == 1
    private var lastLine = -Double.infinity
    private let lock = NSLock()
    private let json: ProgressJSON?

    /// Whether a progress line is on screen without its newline (terminal only):
    /// ``printError(_:)`` and ``finish()`` end it.
    static let lineOpen = Mutex(false)

    init(stage: String, format: ProgressFormat = .text) {
        self.stage = stage
        json = format == .json ? ProgressJSON(command: stage) : nil
    }

    /// Shows `p` under `stage` (default: the printer's); the time shown is the command's
    /// (``RunClock/elapsed``), so it keeps counting across stages and parts.
    func report(_ p: SolveProgress, stage: String? = nil) {
        if let json { json.report(p, stage: stage ?? self.stage); return }
        lock.lock(); defer { lock.unlock() }
        let elapsed = RunClock.elapsed
        guard elapsed >= 1 else { return }
        if !isTerminal && elapsed - lastLine < 5 { return }
        lastLine = elapsed
        var line = "\(stage ?? self.stage): \(String(format: "%.1f", elapsed)) s"
        if let i = p.incumbent { line += ", plan \(String(format: "%.4f", i))" } else { line += ", no plan yet" }
        // GLPK reports ±DBL_MAX before the first bound is known.
        if let b = p.bound, abs(b) < 1e300 { line += ", bound \(String(format: "%.4f", b))" }
        if let g = p.gap { line += ", gap \(String(format: "%.2f", g * 100))%" }
        line += ", \(p.totalNodes) nodes"
        if isTerminal {
            Self.lineOpen.withLock { open in
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
                open = true
            }
        } else {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    func finish() {
        if let json { json.endStage(); return }
        lock.lock(); defer { lock.unlock() }
        Self.lineOpen.withLock { open in
            if open { FileHandle.standardError.write(Data("\n".utf8)) }
            open = false
        }
    }
}

/// The steps every solving command shares, in order: outputs checked before any work,
/// the instance loaded, the solution and report written, a baseline plan re-checked.
extension SolveOptions {
    /// The solution path (`-o`, else `INSTANCE-STEM.PROBLEM.json` in the current folder),
    /// after checking it, the exports and `extra` outputs (option and path) and the report
    /// folder with `reportFiles` together (``OutputFile/checkAll(_:report:reportFiles:inputs:force:)``):
    /// never an input, never two on one file, never anything but a regular file replaced,
    /// never an existing file without --force, in a folder the file system lets us write.
    /// Refusals are usage errors (exit 64), or exit 73 when the file system refuses.
    func prepareOutputs(instance: String, problem: String, inputs: [String], extra: [(option: String, path: String?)] = [],
                        reportFiles: [String]) throws -> (output: String, reportPaths: [String]) {
        _ = RunClock.started
        let output = self.output ?? (((instance as NSString).lastPathComponent as NSString).deletingPathExtension + ".\(problem).json")
        let named = [(self.output == nil ? "the default -o" : "-o", output), ("--write-lp", writeLP), ("--write-mps", writeMPS)] + extra
        let outputs = named.compactMap { o in o.1.map { Output(option: o.0, path: $0) } }
        do {
            let reportPaths = try OutputFile.checkAll(outputs, report: report, reportFiles: reportFiles, inputs: inputs, force: force)
            return (output, reportPaths)
        } catch let e as OutputFile.Refused {
            printError(e.text(terminal))
            throw e.code
        }
    }

    /// The files a solving command reads: the instance, the `extra` inputs given, and the
    /// pins file (never overwritten; copied into a reproduction folder).
    func inputs(_ instance: String, _ extra: [String?] = []) -> [String] {
        [instance] + extra.compactMap { $0 } + [pins, previous.near].compactMap { $0 }
    }

    /// Loads and validates the instance, then the `--pins` file against it (docs/pins.md):
    /// every problem of either file is printed and the exit is 2; warnings are printed.
    func loadPinnedInstance(_ path: String) throws -> Instance {
        var x = try Self.loadInstance(path, pins: pins, terminal)
        if !sets.isEmpty {
            var settings: [PolicySetting] = []
            for text in sets {
                do { settings += try PolicySetting.list(text) } catch {
                    printError("--set \(text): \(DiagnosticMessage.policy(error.problem).text(terminal))")
                    throw Exit.usage
                }
            }
            // `--set` changes the policy of this run only; the result must still be an instance.
            do {
                let source = "--set " + settings.map(\.description).joined(separator: ",")
                x.policy = try x.policy.applying(settings, source: source)
                try InstanceLoader.validate(x, source: source)
            } catch {
                printDiagnostics(error.diagnostics, terminal)
                throw Exit.invalidInput
            }
        }
        Self.warnZeroCosts(x, path, terminal)
        return x
    }

    /// Says once when every cost is 0 yuan although the budget or cost weight matters.
    static func warnZeroCosts(_ x: Instance, _ path: String, _ language: Language) {
        if let w = PolicyFindings.zeroCosts(x, file: path) { printError(w.text(language)) }
    }

    /// ``loadPinnedInstance(_:)`` for a command without these options (`compare`).
    static func loadInstance(_ path: String, pins: String?, _ language: Language) throws -> Instance {
        var x = try loadInstance(path, language)
        guard let file = pins else { return x }
        do {
            let loaded = try PinLoader.load(path: file, for: x)
            printDiagnostics(loaded.warnings, language)
            x.pins = loaded.pins
            return x
        } catch {
            printDiagnostics(error.diagnostics, language)
            throw Exit.invalidInput
        }
    }

    /// Loads and validates the instance; every problem is printed and the exit is 2.
    static func loadInstance(_ path: String, _ language: Language) throws -> Instance {
        do { return try InstanceLoader.load(path: path).instance } catch {
            printDiagnostics(error.diagnostics, language)
            throw Exit.invalidInput
        }
    }

    /// Writes the solution (without timing with --no-timing) and, when a report folder was
    /// asked for, the report files `texts` makes for the solution as shown.
    /// A write that fails ends the command with exit 73 and says what was written.
    func write(_ s: Solution, to output: String, reportPaths: [String], texts: (Solution) -> ReportFolder) throws {
        try OutputFile.ending(.notWritten(.plan), terminal) {
            try OutputFile.write(SolutionFile.json(s, timing: !noTiming), to: output, replace: force)
        }
        guard let first = reportPaths.first else { return }
        var shown = s
        if noTiming {
            shown.seconds = nil
            for k in shown.stages.indices { shown.stages[k].seconds = nil }
        }
        let folder = URL(fileURLWithPath: first).deletingLastPathComponent().path
        try OutputFile.ending(.reportIncomplete(folder: report ?? folder, planWrittenTo: output), terminal) {
            try OutputFile.makeFolder(of: first)
            try ReportFiles.write(texts(shown), to: reportPaths, replace: force)
        }
    }}
