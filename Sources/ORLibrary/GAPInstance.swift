import GLPK

/// One generalized-assignment problem from Beasley's OR-Library (files `gap1` … `gapd`):
/// agents i with capacity b_i, jobs j, each job to exactly one agent,
/// Σ_j a_ij·x_ij ≤ b_i, optimise Σ c_ij·x_ij.
public struct GAPInstance: Sendable {
    public var agents: Int
    public var jobs: Int
    /// cost[i][j]
    public var cost: [[Int]]
    /// resource[i][j]
    public var resource: [[Int]]
    public var capacity: [Int]
    /// gap1–gap12 maximise profit; gapa–gapd minimise cost.
    public var sense: Model.Sense

    /// The MIP: binary x[i,j], rows `assign[j]` (= 1) and `capacity[i]` (≤ b_i).
    public func model(name: String = "gap") throws -> (Model, x: [[Variable]]) {
        var m = Model(name: name)
        m.reserveCapacity(variables: agents * jobs, constraints: agents + jobs, nonzeros: 2 * agents * jobs)
        var x: [[Variable]] = []
        for i in 0..<agents {
            x.append(try (0..<jobs).map { j in try m.addVariable(.binary, name: "x[\(i + 1),\(j + 1)]") })
        }
        for j in 0..<jobs {
            try m.add((0..<agents).map { x[$0][j] }.sum() == 1, name: "assign[\(j + 1)]")
        }
        for i in 0..<agents {
            var e = LinearExpression()
            for j in 0..<jobs { e.add(x[i][j], coefficient: Double(resource[i][j])) }
            try m.add(e <= Double(capacity[i]), name: "capacity[\(i + 1)]")
        }
        var objective = LinearExpression()
        for i in 0..<agents { for j in 0..<jobs { objective.add(x[i][j], coefficient: Double(cost[i][j])) } }
        try m.setObjective(objective, sense: sense)
        return (m, x)
    }
}

/// A malformed GAP file.
public struct GAPFormatError: Error, CustomStringConvertible {
    public var file: String
    public var message: String
    public var description: String { "\(file): \(message)" }
}

public enum GAPFile {
    /// Parses every problem of an OR-Library GAP file. `sense` is `.maximize` for
    /// gap1–gap12 and `.minimize` for gapa–gapd (see ../shared/data/gap/README.md).
    public static func parse(_ text: String, file: String, sense: Model.Sense) throws -> [GAPInstance] {
        var numbers: [Int] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }) {
            guard let n = Int(token) else {
                throw GAPFormatError(file: file, message: "'\(token)' is not an integer")
            }
            numbers.append(n)
        }
        var k = 0
        func next(_ what: String) throws -> Int {
            guard k < numbers.count else { throw GAPFormatError(file: file, message: "file ends before \(what)") }
            defer { k += 1 }
            return numbers[k]
        }
        let count = try next("the number of problems")
        guard count > 0 && count < 1000 else { throw GAPFormatError(file: file, message: "\(count) problems") }
        var out: [GAPInstance] = []
        for p in 1...count {
            let m = try next("m of problem \(p)"), n = try next("n of problem \(p)")
            guard m > 0 && n > 0 && m * n < 10_000_000 else {
                throw GAPFormatError(file: file, message: "problem \(p) has size \(m)x\(n)")
            }
            var cost: [[Int]] = [], res: [[Int]] = []
            for _ in 0..<m { cost.append(try (0..<n).map { _ in try next("costs of problem \(p)") }) }
            for _ in 0..<m { res.append(try (0..<n).map { _ in try next("resources of problem \(p)") }) }
            let cap = try (0..<m).map { _ in try next("capacities of problem \(p)") }
            out.append(GAPInstance(agents: m, jobs: n, cost: cost, resource: res, capacity: cap, sense: sense))
        }
        return out
    }

    /// The sense of a set by its file name: `gapa`…`gapd` minimise, the others maximise.
    public static func sense(forFile name: String) -> Model.Sense {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let letters = ["gapa", "gapb", "gapc", "gapd"]
        return letters.contains { base.hasPrefix($0) } ? .minimize : .maximize
    }
}

/// A row of ../shared/data/gap/OPTIMA.tsv.
public struct GAPOptimum: Sendable {
    public var file: String
    public var problem: Int
    public var best: Int
    /// True when `best` is a proven optimum (HiGHS proved it).
    public var proven: Bool

    /// Parses OPTIMA.tsv (header line first).
    public static func parse(_ text: String) -> [GAPOptimum] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 8, let p = Int(f[1]),
                  let best = Int(f[7].split(separator: " ").first ?? "") else { return nil }
            return GAPOptimum(file: f[0], problem: p, best: best, proven: f[5] == "Optimal")
        }
    }
}
