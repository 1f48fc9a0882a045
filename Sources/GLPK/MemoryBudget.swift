import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a model needs in memory when it is solved, and what this process may still use.
///
/// GLPK aborts the whole process when an allocation fails (`glp_alloc: no memory
/// available`), so a model that cannot fit must be refused before it is handed over:
/// ``Model/solve(options:start:progress:cancellation:)`` compares
/// ``estimatedBytes(_:)`` with ``availableBytes(limit:)`` (``SolverOptions/memoryLimit``
/// or the default) and answers ``Termination/memoryLimit`` without calling GLPK;
/// the exchange also estimates its model before building it
/// (`ExchangeModel.estimatedSize`).
public enum MemoryBudget {
    /// Peak bytes per nonzero of a solve: the Swift model (12), GLPK's copy of the matrix
    /// (56 per element, linked by row and column), the presolved copy and the simplex's
    /// row- and column-wise copies, with room for the factorisation. Measured on the
    /// cross-group luohe-large exchange (3.27 M nonzeros: 292 MiB peak, about 94 bytes per
    /// nonzero with everything else) and kept on the safe side
    /// (benchmarks/README.md, "Scale").
    public static let bytesPerNonzero = 160
    /// Peak bytes per column and per row: bounds, kinds, names (Swift and GLPK), the
    /// basis and the search's per-column arrays.
    public static let bytesPerColumn = 400
    public static let bytesPerRow = 400

    /// The memory a model of `size` takes at the peak of its solve, in bytes.
    public static func estimatedBytes(_ size: ModelSize) -> Int {
        let (nz, a) = size.nonzeros.multipliedReportingOverflow(by: bytesPerNonzero)
        let (cols, b) = size.columns.multipliedReportingOverflow(by: bytesPerColumn)
        let (rows, c) = size.rows.multipliedReportingOverflow(by: bytesPerRow)
        guard !a, !b, !c else { return Int.max }
        return nz.addingReportingOverflow(cols).partialValue.addingReportingOverflow(rows).partialValue
    }

    /// Models estimated below this many bytes are solved without reading the limits (no
    /// machine is that short of memory, and a walking search solves thousands of them).
    public static let checkedFrom = 64 << 20

    /// What a model of `size` needs and what the solve may use (``availableBytes(limit:)``),
    /// when it needs more; nil when it fits.
    public static func shortfall(_ size: ModelSize, limit: Int?) -> (needed: Int, budget: Int)? {
        let needed = estimatedBytes(size)
        if needed < checkedFrom && limit == nil { return nil }
        let budget = availableBytes(limit: limit)
        return needed > budget ? (needed, budget) : nil
    }

    /// The share of the machine's memory a solve may take when nothing tighter is set:
    /// half, so that the checker, the reports and the rest of the machine keep room.
    public static let shareOfPhysicalMemory = 0.5
    /// The most a solve takes by default (4 GiB), whatever the machine: a model that needs
    /// more has millions of columns, takes longer to build and load than any time limit
    /// a principal sets, and is better made smaller (`--memory-limit` raises it).
    public static let defaultCeiling = 4 << 30

    /// Bytes this process may still allocate for a solve: `limit` (`--memory-limit`), or
    /// by default the less of ``defaultCeiling`` and half the physical memory; and never
    /// more than the physical memory, the address-space and data-segment limits
    /// (`ulimit -v`, `ulimit -d`) or the memory limit of the process's control group
    /// allow, less what the process holds now (its resident set; its address space for
    /// the address-space limit). Never negative.
    public static func availableBytes(limit: Int? = nil) -> Int {
        let usage = currentUsage()
        let physical = Double(ProcessInfo.processInfo.physicalMemory)
        var budget = limit.map(Double.init) ?? min(Double(defaultCeiling), physical * shareOfPhysicalMemory)
        budget = min(budget, physical - Double(usage.resident))
        for (resource, used) in [(RLIMIT_AS, usage.virtual), (RLIMIT_DATA, usage.data)] {
            if let l = resourceLimit(Int32(resource.rawValue)) { budget = min(budget, Double(l) - Double(used)) }
        }
        if let l = controlGroupLimit() { budget = min(budget, Double(l) - Double(usage.resident)) }
        return max(0, Int(min(budget, Double(Int.max / 2))))
    }

    /// A size in bytes for people: "7.2 GiB", "512 MiB".
    public static func describe(_ bytes: Int) -> String {
        let gib = Double(bytes) / Double(1 << 30)
        if gib >= 1 { return String(format: "%.1f GiB", gib) }
        return String(format: "%.0f MiB", max(1, (Double(bytes) / Double(1 << 20)).rounded()))
    }

    // MARK: Reading the limits

    private static func resourceLimit(_ resource: Int32) -> Int? {
        var r = rlimit()
        #if canImport(Glibc)
        guard getrlimit(__rlimit_resource_t(UInt32(resource)), &r) == 0 else { return nil }
        #else
        guard getrlimit(resource, &r) == 0 else { return nil }
        #endif
        // RLIM_INFINITY is all ones; any value past 2^62 is no real limit.
        guard UInt64(r.rlim_cur) < (UInt64(1) << 62) else { return nil }
        return Int(r.rlim_cur)
    }

    /// The process's resident set, address space and data segment, in bytes (Linux:
    /// /proc/self/status; elsewhere 0, so only the limits count).
    static func currentUsage() -> (resident: Int, virtual: Int, data: Int) {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0, 0) }
        func kib(_ key: String) -> Int {
            guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else { return 0 }
            return (Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "") ?? 0) * 1024
        }
        return (kib("VmRSS"), kib("VmSize"), kib("VmData"))
    }

    /// The memory limit of the process's control group (cgroup v2 `memory.max`, else v1
    /// `memory.limit_in_bytes`), when one is set.
    static func controlGroupLimit() -> Int? {
        guard let groups = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else { return nil }
        var candidates: [String] = []
        for line in groups.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            let path = String(parts[2])
            if parts[0] == "0" { candidates.append("/sys/fs/cgroup\(path)/memory.max") }
            if parts[1].split(separator: ",").contains("memory") {
                candidates.append("/sys/fs/cgroup/memory\(path)/memory.limit_in_bytes")
                candidates.append("/sys/fs/cgroup/memory/memory.limit_in_bytes")
            }
        }
        for file in candidates {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            // "max", or v1's "no limit" (a number near 2^63).
            if let n = Int(value), n < (1 << 60) { return n }
        }
        return nil
    }
}
