import ArgumentParser
import Foundation
import GLPK
import RotaplanText

/// The limits of a solve, shared by every command that solves (`exchange`, `training`,
/// `walking`, `plan`, `compare`; MODEL.md §9): time, gap and memory. `Help` words the
/// help of the options for the command.
struct SolverLimits<Help: LimitsHelp>: ParsableArguments {
    // `.unconditional`: `--time-limit -1` and `--gap -0.5` reach validate() and its message
    // instead of "Missing value" (the parser would take -1 for an option).
    @Option(parsing: .unconditional, help: ArgumentHelp(Help.timeLimit, valueName: "SECONDS"))
    var timeLimit: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp(Help.gap, valueName: "REL"))
    var gap: Double = 0

    @Option(help: ArgumentHelp(MemoryLimit.help, valueName: "GIB"))
    var memoryLimit: Double?

    @Option(help: ArgumentHelp(ProgressFormat.help, valueName: "text|json"))
    var progress: ProgressFormat = .text

    func validate() throws {
        if let t = timeLimit, !(t.isFinite && t > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
        try MemoryLimit.validate(memoryLimit)
        if !(gap.isFinite && gap >= 0) { throw ValidationError("--gap must be a number ≥ 0") }
    }

    /// What the solve may use of `--time-limit`: the limit less the time already spent
    /// (loading the instance, deriving vacancies) and less ``RunClock/afterSolve`` for checking and
    /// writing the plan; at least 0.05 s, so that a limit already spent still yields the
    /// quickest plan the solve can give.
    var solveSeconds: Double? {
        timeLimit.map { max(0.05, $0 - RunClock.elapsed - RunClock.afterSolve) }
    }

    /// A problem's default GLPK options with --gap, --memory-limit and what is left of
    /// --time-limit.
    func solverOptions(_ base: SolverOptions = SolverOptions()) -> SolverOptions {
        var o = base
        o.timeLimit = solveSeconds
        o.relativeGap = gap
        o.memoryLimit = MemoryLimit.bytes(memoryLimit)
        return o
    }
}

/// The help of ``SolverLimits``' options.
protocol LimitsHelp {
    static var timeLimit: String { get }
    static var gap: String { get }
}

/// The limits of one plan: `exchange`, `training`, `walking`, `plan`.
enum PlanLimits: LimitsHelp {
    static let timeLimit = """
        Stop after this many seconds and write the best plan found, with its gap. The limit \
        covers the whole run (loading, solving, checking, writing), from the start of the \
        command.
        """ + " " + GapText.timeLimitHelp.en
    static let gap = "Stop when the relative gap between plan and bound is at most this (default 0: prove optimality)."
}

/// The limits of `compare`: shared by its plans.
enum CompareLimits: LimitsHelp {
    static let timeLimit = "Stop after this many seconds in all (each plan gets an equal share of what is left) and compare the best plans found. "
        + GapText.timeLimitHelp.en
    static let gap = "Stop each stage when the relative gap between plan and bound is at most this (default 0: prove optimality)."
}

/// The command's clock: `--time-limit` covers the whole run.
enum RunClock {
    /// When the command began (read first by ``SolveOptions/prepareOutputs(instance:problem:inputs:extra:reportFiles:)``
    /// and `compare`, their first step): `--time-limit` counts from here.
    static let started = ContinuousClock.now

    /// Seconds since ``started``.
    static var elapsed: Double {
        let d = ContinuousClock.now - started
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }


    /// Seconds kept back from the solve for what follows it: the independent check and
    /// the writing of the solution and reports (≤ 0.2 s on the large bench instances,
    /// benchmarks/README.md "Limits: time and memory").
    static let afterSolve = 0.25
}
