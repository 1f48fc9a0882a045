import ArgumentParser
import GLPK

/// `--memory-limit GIB`, shared by every command that solves: the memory a solve may
/// use. A model estimated to need more is not built or not handed to GLPK (which would
/// abort the process when memory runs out): that stage has no plan, says how much it
/// would need, and the exit is 1 (docs/reliability.md, "Scale").
enum MemoryLimit {
    static let help = """
        Memory a solve may use, in GiB (default: 4, or less when half the machine's memory, a \
        ulimit or a control-group limit is less). A model estimated to need more is not solved: \
        the stage has no plan, the message says how much it would need and what to change, \
        and the exit is 1.
        """

    static func validate(_ gib: Double?) throws {
        if let g = gib, !(g.isFinite && g > 0 && g <= 1_048_576) {
            throw ValidationError("--memory-limit must be a positive number of GiB (at most 1048576)")
        }
    }

    /// The limit in bytes, or nil for the default (``MemoryBudget/availableBytes(limit:)``).
    static func bytes(_ gib: Double?) -> Int? { gib.map { Int($0 * Double(1 << 30)) } }
}
