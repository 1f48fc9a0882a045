import ArgumentParser

/// rotaplan's exit codes (MODEL.md §9), the same for every command.
enum Exit {
    /// A plan was written (optimal, or feasible with its gap stated); `check`: every claim of
    /// the solution verified (it holds; its objective matches or, without
    /// `--strict-objective`, is only stale); `report`: written; `import-plan`: it holds.
    static let success = ExitCode(0)
    /// No plan: infeasible (explained; training writes the partial plan that places every
    /// hire who can be placed, docs/training.md), or none within the time or memory limit (said
    /// why); `check`: a violation, a claim it cannot verify, or a differing objective with
    /// `--strict-objective`; `report`: the plan does not hold; `import-plan`: written but
    /// a rule is broken.
    static let noPlan = ExitCode(1)
    /// The input is invalid (every problem listed).
    static let invalidInput = ExitCode(2)
    /// Usage error (unknown option, missing argument).
    static let usage = ExitCode(64)
    /// An output cannot be written (sysexits EX_CANTCREAT): the file system refuses it (no
    /// permission, read-only, full, an I/O error), found before any work or, when a write
    /// fails at the end, after it; the message says what was not written, and nothing
    /// half-written is left (``OutputFile``).
    static let cannotWrite = ExitCode(73)
    /// Internal error: a bug (`generate`: the generated instance did not validate; the
    /// solving commands: a plan failed the independent check, nothing was written and a
    /// reproduction was saved; any command: an error it did not expect, such as an
    /// unbounded model, `Rotaplan.main`).
    static let internalError = ExitCode(70)
    /// 128 + the signal's number: 130 after SIGINT, 143 after SIGTERM (``Interrupts``);
    /// the best plan found was written, or nothing if there was none.
    static func interrupted(by signal: Int32) -> ExitCode { ExitCode(128 + signal) }
}
