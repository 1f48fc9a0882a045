import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanGenerator

extension GeneratorProfile: ExpressibleByArgument {}
extension GeneratorSize: ExpressibleByArgument {}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a seeded, realistic instance shaped by a city's group rules.",
        discussion: """
            The same profile, size and seed give a byte-identical file on every run and platform \
            (SplitMix64, no system randomness). Every instance passes `rotaplan validate` without \
            errors or policy findings; see docs/generator.md for what is realistic about them and \
            where the proportions come from.

            Profiles (--profile):
            \(GeneratorProfile.allCases.map { "  \($0.rawValue): \($0.summary)" }.joined(separator: "\n"))

            Sizes (--size):
            \(GeneratorSize.allCases.map { "  \($0.rawValue): \($0.summary)" }.joined(separator: "\n"))

            The output is written atomically (a temporary file beside it, then a rename); an \
            existing file is kept unless --force. `-o -` writes to standard output.

            Exit codes: 0 written; 64 usage error (unknown profile or size, the output exists \
            without --force or is not a regular file, the folder is missing); 70 internal \
            error (the generated instance did not validate: a bug, please report the \
            command); 73 an output cannot be written (the file system refuses it: no \
            permission, read-only or full; nothing half-written is left).
            """)

    @Option(help: ArgumentHelp("The city whose group rules and policy preset shape the instance (see the profiles above).",
                               valueName: "city"))
    var profile: GeneratorProfile

    @Option(help: ArgumentHelp("How big: schools and teachers (see the sizes above).", valueName: "size"))
    var size: GeneratorSize

    @Option(help: ArgumentHelp("The random seed (0 … 2^64−1); the same seed gives the same file.", valueName: "n"))
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("output")],
            help: ArgumentHelp("The instance file to write (rotaplan-instance/1 JSON); - for standard output.", valueName: "instance"))
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Flag(help: "Print no summary line.")
    var quiet = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let toStdout = output == "-"
        if !toStdout { try checkOutput() }
        let started = Date()
        let generated: InstanceGenerator.Generated
        do {
            generated = try InstanceGenerator.generate(profile: profile, size: size, seed: seed)
        } catch {
            printError("rotaplan generate: \(error)")
            throw Exit.internalError
        }
        printDiagnostics(generated.warnings, language.terminal)
        if toStdout {
            FileHandle.standardOutput.write(Data(generated.json.utf8))
        } else {
            try writeAtomically(generated.json)
        }
        let x = generated.instance
        if !quiet {
            let line = CommandText.generated(toStdout ? "(stdout)" : output, profile: profile.rawValue, size: size.rawValue, seed: seed,
                                             CommandText.Counts(x), seconds: String(format: "%.2f", Date().timeIntervalSince(started)))
                .text(language.terminal)
            // With -o - standard output carries the instance, so the summary goes to stderr.
            if toStdout { printError(line) } else { print(line) }
        }
    }

    func usage(_ message: String) -> Error {
        printError("rotaplan generate: \(message)")
        return Exit.usage
    }

    /// The output is checked as every output is (``OutputFile/checkAll(_:report:reportFiles:inputs:force:)``):
    /// a regular file or nothing, not existing unless --force, in a folder that exists and
    /// can be written.
    func checkOutput() throws {
        do { _ = try OutputFile.checkAll([Output(option: "-o", path: output)], inputs: [], force: force) } catch let e as OutputFile.Refused {
            printError("rotaplan generate: " + e.text(language.terminal))
            throw e.code
        }
    }

    /// Written through `OutputFile.write`: a temporary file beside the output, then moved
    /// into place; without --force a file that appeared meanwhile is kept. A write that
    /// fails is exit 73.
    func writeAtomically(_ text: String) throws {
        do {
            try OutputFile.write(text, to: output, replace: force)
        } catch let e as OutputFile.Refused {
            printError("rotaplan generate: " + WriteConsequence.instanceNotWritten.after(e.text(language.terminal), language.terminal))
            throw e.code
        }
    }
}
