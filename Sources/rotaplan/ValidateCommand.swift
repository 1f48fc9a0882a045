import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats

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

    func validate() throws { try InputPath.refuseStandardInput([("<instance>", instance)]) }

    func run() throws {
        let loaded: InstanceLoader.Loaded
        do {
            loaded = try InstanceLoader.load(path: instance)
        } catch {
            for d in error.diagnostics { printError(d.description) }
            printError("\(instance): \(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s"); the instance cannot be used")
            throw Exit.invalidInput
        }
        for w in loaded.warnings {
            var d = w
            if strict { d.severity = .error }
            printError(d.description)
        }
        let x = loaded.instance
        if strict && !loaded.warnings.isEmpty { throw Exit.invalidInput }
        if !quiet {
            print("\(instance): valid — \(x.groups.count) groups, \(x.schools.count) schools, \(x.teachers.count) teachers, "
                  + "\(x.newHires.count) new hires, \(x.walkingDemand.count) walking-demand lines; preset \(x.policy.preset.rawValue)"
                  + (loaded.warnings.isEmpty ? "" : "; \(loaded.warnings.count) policy finding\(loaded.warnings.count == 1 ? "" : "s")"))
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
