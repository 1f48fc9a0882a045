import Foundation
import Testing
import GLPK

/// HiGHS and CBC read rotaplan's exports as the same problem. Both are optional (the
/// benchmark installs them with `--install`); each test is skipped with a message when
/// its solver is missing. CBC 2.10 was seen misreading MPS files with long names, so the
/// model here uses names at the 64-byte export limit.
@Suite struct ExternalReaderTests {
    static let cbc = which("cbc")
    static let highs: Bool = {
        guard let python = which("python3"), let r = try? run(python, ["-c", "import highspy"]) else { return false }
        return r.0 == 0
    }()

    /// A minimisation with long, clashing names and an objective constant: optimum 14 + 5.
    func longNameModel() throws -> Model {
        var m = Model(name: "long-names")
        let prefix = String(repeating: "exchange.4.1.assign", count: 4)
        let x = try (0..<6).map { try m.addVariable(.binary, name: "\(prefix)[T\($0),S\($0 % 3)]") }
        try m.add(x[0] + x[1] + x[2] >= 2, name: "\(prefix).volume[G1]")
        try m.add(x[3] + x[4] + x[5] >= 1, name: "\(prefix).volume[G1]")
        try m.add(x[0] + x[3] <= 1, name: "\(prefix).headcount[S0]")
        try m.minimize(3 * x[0] + 4 * x[1] + 5 * x[2] + 6 * x[3] + 7 * x[4] + 9 * x[5] + 5)
        return m
    }

    func export(_ format: String) throws -> String {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("m.\(format)").path
        let m = try longNameModel()
        if format == "lp" { try m.writeLP(to: path) } else { try m.writeMPS(to: path) }
        return path
    }

    @Test func directSolve() throws {
        // x0 + x1 (3 + 4) and x4 (7; x3 is cheaper but conflicts with x0) + 5 = 19.
        let r = try longNameModel().solve()
        #expect(r.objective == 19)
    }

    @Test(.enabled(if: cbc != nil, "cbc is not installed (apt-get install coinor-cbc); skipped"), arguments: ["lp", "mps"])
    func cbcReadsTheExport(_ format: String) throws {
        let expected = try longNameModel().solve().objective!
        let (status, out, _) = try run(Self.cbc!, [try export(format), "-solve", "-quit"])
        #expect(status == 0)
        #expect(out.contains("Result - Optimal solution found"), "\(out)")
        let line = try #require(out.split(separator: "\n").first { $0.hasPrefix("Objective value:") })
        let value = try #require(Double(line.split(separator: " ").last!))
        #expect(abs(value - expected) < 1e-9, "\(line)")
    }

    @Test(.enabled(if: highs, "highspy is not installed (pip install highspy); skipped"), arguments: ["lp", "mps"])
    func highsReadsTheExport(_ format: String) throws {
        let expected = try longNameModel().solve().objective!
        let script = """
            import sys, os
            saved = os.dup(1); os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
            import highspy
            h = highspy.Highs(); h.setOptionValue("output_flag", False)
            os.dup2(saved, 1)
            h.readModel(sys.argv[1]); h.run()
            print(h.modelStatusToString(h.getModelStatus()), h.getInfo().objective_function_value, h.getLp().num_col_)
            """
        let (status, out, err) = try run(which("python3")!, ["-c", script, try export(format)])
        #expect(status == 0, "\(err)")
        let f = out.split(separator: " ")
        #expect(f.first == "Optimal", "\(out)")
        #expect(abs(Double(f[1])! - expected) < 1e-9, "\(out)")
        #expect(f[2].trimmingCharacters(in: .whitespacesAndNewlines) == "7")  // 6 + objective.constant
    }
}
