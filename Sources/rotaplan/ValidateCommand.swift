import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an instance: every input problem, then the policy findings of its preset.",
        discussion: """
            Input problems (bad JSON, wrong types, unknown or duplicate ids, numbers out of range, \
            missing travel, …) are listed one per line as FILE:LINE:COLUMN: error: LIST[INDEX] (ID).FIELD: \
            message, and make the exit code 2. Then the policy's groups.* rules (group size, students, \
            stage, partners per district, new schools in groups) are reported with the city document \
            they come from: warnings, unless --strict makes them errors (exit 2).
            """)

    @Argument(help: "The instance file (rotaplan-instance/1 JSON).")
    var instance: String

    @Flag(help: "Treat policy findings as errors (exit 2 when there are any).")
    var strict = false

    @Flag(help: "Print nothing on success.")
    var quiet = false

    @OptionGroup var language: LanguageOption

    func validate() throws { try InputPath.refuseStandardInput([("<instance>", instance)]) }

    func run() throws {
        let loaded: InstanceLoader.Loaded
        do {
            loaded = try InstanceLoader.load(path: instance)
        } catch {
            printDiagnostics(error.diagnostics, language.terminal)
            printError(CommandText.invalid(instance, problems: error.diagnostics.count).text(language.terminal))
            throw Exit.invalidInput
        }
        for w in loaded.warnings {
            var d = w
            if strict { d.severity = .error }
            printError(d.text(language.terminal))
        }
        let x = loaded.instance
        if let w = PolicyFindings.zeroCosts(x, file: instance) { printError(w.text(language.terminal)) }
        if strict && !loaded.warnings.isEmpty { throw Exit.invalidInput }
        if !quiet {
            print(CommandText.valid(instance, CommandText.Counts(x), findings: loaded.warnings.count).text(language.terminal))
        }
    }
}

/// Writes a line to standard error.
func printError(_ line: String) {
    // A progress line rewritten in place on a terminal is ended first, so the message
    // starts on a line of its own instead of being glued to it.
    let open = ProgressPrinter.lineOpen.withLock { open in defer { open = false }; return open }
    // Data quoted in the message (ids, names, file names) cannot steer the terminal, and a
    // newline inside a name cannot forge a second message: every message is one line
    // (TerminalText shows a newline in it as \n).
    FileHandle.standardError.write(Data(((open ? "\n" : "") + TerminalText.escaped(line, keepingNewlines: false) + "\n").utf8))
}
