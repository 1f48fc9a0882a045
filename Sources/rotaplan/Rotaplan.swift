import ArgumentParser
import GLPK

@main
struct Rotaplan: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "rotaplan",
        abstract: "Plan teacher rotations for education groups (集团化办学) with integer programming.",
        discussion: """
            rotaplan plans the three rotations of a school group: teacher exchange (交流轮岗), \
            first-station training of new hires (首站式培育) and walking teaching (走教). \
            Each is an integer program solved with GLPK; see docs/ and MODEL.md.

            Exit codes: 0 a plan was written; 1 no plan (infeasible, or none within the \
            time or memory limit); 2 invalid input; 64 usage error; 70 internal error (a plan failed the \
            independent check: nothing written, a reproduction saved; or an error the command \
            did not expect); 73 an output cannot be \
            written (the file system refuses it: no permission, read-only or full; nothing \
            half-written is left); 130/143 interrupted by \
            SIGINT/SIGTERM (the best plan found written, or nothing if none).
            """,
        version: "rotaplan \(version) (GLPK \(GLPKLibrary.version))",
        subcommands: [Validate.self, ExchangeCommand.self, TrainingCommand.self, WalkingCommand.self, PlanCommand.self, CompareCommand.self, Check.self, RolloverCommand.self, HorizonCommand.self, ReportCommand.self, Why.self, Import.self, ImportPlan.self, Template.self, Generate.self, Serve.self, Accounts.self]
    )

    /// Parses and runs the command. An error no command turned into an exit code is a bug:
    /// it is reported as an internal error (exit 70), never as the generic exit 1, which
    /// means "no plan" (MODEL.md §9).
    static func main() {
        var command: ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do {
            try command.run()
        } catch {
            // The parser's own errors (help, usage) come through run() too and keep their
            // codes; only an error it would end with the generic failure (1) is ours.
            if !(error is ExitCode) && exitCode(for: error) == .failure {
                printError("rotaplan: internal error: \(error) (please report it, with the command and the input files)")
                exit(withError: Exit.internalError)
            }
            exit(withError: error)
        }
    }
}
