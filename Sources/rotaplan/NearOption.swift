import ArgumentParser
import RotaplanDomain
import RotaplanFormats
import RotaplanText

/// `--near PREVIOUS.json` (MODEL.md §12, docs/near.md): re-plan staying near an earlier
/// plan. Shared by exchange, training, walking, plan, compare and check.
struct NearOption: ParsableArguments {
    @Option(help: ArgumentHelp("""
        An earlier plan to stay near (a solution of the same problem, or a plan; MODEL.md \
        §12, docs/near.md): each decision it changes costs weights.*.change in the \
        objective, so the new plan keeps what it can. Pins stay hard; --near is soft. A \
        file of another problem, or one that cannot be read, is invalid input (exit 2).
        """, valueName: "PREVIOUS.json"))
    var near: String?

    func validate() throws { try InputPath.refuseStandardInput([("--near", near)]) }

    /// Reads PREVIOUS for a solve (or check) of `problem` into `x.near`; every problem of
    /// the file is printed and the exit is 2.
    func apply(to x: inout Instance, problem: Solution.Problem) throws {
        guard let file = near else { return }
        do { x.near = try NearFile.read(bytes: InstanceLoader.readFile(file), file: file, for: problem) } catch {
            for d in error.diagnostics { printError(d.description) }
            throw Exit.invalidInput
        }
    }

    /// A summary line's counts followed by the decisions kept and changed (with --near).
    func counts(_ counts: Bilingual, _ x: Instance, _ s: Solution) -> Bilingual {
        guard let file = near, let previous = x.near else { return counts }
        return NearText.after(counts, file: file, NearChanges(previous: previous, solution: s))
    }
}
