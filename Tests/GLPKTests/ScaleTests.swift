import Foundation
import Testing
@testable import GLPK
import ORLibrary

/// Issue 15, findings 1, 5 and 11: a model too large for memory is refused before GLPK
/// sees it; a large model is scaled in Swift so that a stop and the time limit are seen;
/// names of any length are no error.
@Suite struct ScaleTests {
    /// The Swift scaling path (no GLPK presolver) reaches the listed optimum of every
    /// problem of three GAP sets, as the default path does.
    @Test(arguments: ["gap1", "gap8", "gapa"])
    func selfScaledSolvesReachTheListedOptima(_ file: String) throws {
        for row in gapOptima.filter({ $0.file == file }) {
            let (model, _) = try loadGAP(file, problem: row.problem)
            var o = SolverOptions()
            o.selfScalingFrom = 0
            o.timeLimit = 120
            let r = try model.solve(options: o)
            #expect(r.status == .optimal, "\(file) problem \(row.problem): \(r.status)")
            #expect(r.objective == Double(row.best), "\(file) problem \(row.problem)")
        }
    }

    /// The factors are powers of two (so scaling adds no rounding error) and make the
    /// matrix no worse spread than it was.
    @Test func factorsArePowersOfTwoAndNarrowTheSpread() throws {
        var m = Model()
        let x = try m.addVariables(3, .continuous)
        try m.add(1000 * x[0] + 0.001 * x[1] <= 5, name: "a")
        try m.add(2 * x[1] + 300 * x[2] >= 1, name: "b")
        try m.add(0.5 * x[0] + 7000 * x[2] <= 9, name: "c")
        let s = try #require(Scaling(m) { false })
        for f in s.rows + s.columns {
            #expect(f > 0 && log2(f) == log2(f).rounded(), "\(f)")
        }
        func spread(_ r: [Double], _ c: [Double]) -> Double {
            var lo = Double.infinity, hi = 0.0
            for i in 0..<m.constraintCount {
                for k in m.rowStart[i]..<m.rowStart[i + 1] {
                    let v = abs(r[i] * m.entryValues[k] * c[Int(m.entryColumns[k])])
                    lo = min(lo, v); hi = max(hi, v)
                }
            }
            return hi / lo
        }
        let before = spread([1, 1, 1], [1, 1, 1]), after = spread(s.rows, s.columns)
        #expect(after < before / 100, "spread \(before) → \(after)")
    }

    /// A stop asked for before the solve is seen in the Swift scaling and the stepped
    /// simplex: no plan, no search.
    @Test func aStopIsSeenOnTheSelfScaledPath() throws {
        let (model, _) = try loadGAP("gapa", problem: 1)
        var o = SolverOptions()
        o.selfScalingFrom = 0
        let cancel = SolveCancellation()
        cancel.cancel()
        let r = try model.solve(options: o, cancellation: cancel)
        #expect(r.termination == .stoppedByUser)
        #expect(!r.hasSolution)
    }

    /// A model estimated to need more than the memory limit is not handed to GLPK: the
    /// answer says so and how much it would need.
    @Test func aModelOverTheMemoryLimitIsNotSolved() throws {
        let (model, _) = try loadGAP("gap1", problem: 1)
        var o = SolverOptions()
        o.memoryLimit = 1000
        let r = try model.solve(options: o)
        #expect(r.termination == .memoryLimit)
        #expect(r.status == .tooLarge)
        #expect(!r.hasSolution)
        let memory = try #require(r.memory)
        #expect(memory.budget == 1000 && memory.needed == MemoryBudget.estimatedBytes(model.size))
        o.memoryLimit = nil
        #expect(try model.solve(options: o).status == .optimal)
    }

    @Test func theEstimateGrowsWithTheModelAndNeverOverflows() {
        let small = MemoryBudget.estimatedBytes(ModelSize(rows: 10, columns: 100, nonzeros: 1000, integers: 100))
        let large = MemoryBudget.estimatedBytes(ModelSize(rows: 10, columns: 5_000_000, nonzeros: 65_000_000, integers: 0))
        #expect(small == 10 * 400 + 100 * 400 + 1000 * 160)
        #expect(large > 10 << 30)
        #expect(MemoryBudget.estimatedBytes(ModelSize(rows: 1, columns: 1, nonzeros: Int.max / 2, integers: 0)) == Int.max)
        #expect(MemoryBudget.describe(7 << 30) == "7.0 GiB")
        #expect(MemoryBudget.describe(512 << 20) == "512 MiB")
    }

    /// The default budget is positive and within the ceiling (the machine's figures
    /// themselves are not asserted).
    @Test func theDefaultBudgetIsWithinTheCeiling() {
        let b = MemoryBudget.availableBytes()
        #expect(b > 0 && b <= MemoryBudget.defaultCeiling)
    }

    /// Names reach GLPK only as export names, so a name of any length is no error (an id
    /// of 300 bytes made solving fail with "name is 256 bytes long").
    @Test func namesOfAnyLengthSolveAndExport() throws {
        var m = Model()
        let long = String(repeating: "教", count: 400)  // 1,200 bytes
        let x = try m.addVariable(.binary, name: "x[\(long)]")
        let y = try m.addVariable(.binary, name: "x[\(long)]b")
        try m.add(x + y <= 1, name: "row[\(long)]")
        try m.maximize(2 * x + y)
        #expect(try m.solve().objective == 2)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-names-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let lp = dir.appendingPathComponent("m.lp").path
        try m.writeLP(to: lp)
        let text = try String(contentsOfFile: lp, encoding: .utf8)
        #expect(text.split(separator: "\n").allSatisfy { $0.utf8.count < 200 })
    }
}

/// One door to C (STYLE.md; issue 16 item 8): exactly one source file imports CGLPK, so
/// every `glp_*` call, and every GLPK status mapped by name, is in one place.
