import Foundation
import Testing
@testable import GLPK

/// LP and MPS export: safe unique names, atomic files, and other readers agreeing.
@Suite struct ExportTests {
    @Test(arguments: [
        ("exchange.4.2.volume[G1]", "exchange.4.2.volume(G1)"),
        ("x[T0001,S2]", "x(T0001.S2)"),
        ("语文[S1]", "__(S1)"),
        ("3rd", "_3rd"),
        (".a", "_.a"),
        ("e12", "_e12"),
        ("end", "_end"),
        ("ST", "_ST"),
        ("", "_"),
        ("a b\tc", "a_b_c"),
    ])
    func namesBecomeSafe(_ input: String, _ expected: String) {
        #expect(ExportNames.safe(input) == expected)
    }

    @Test func namesAreUniqueAndBounded() {
        let long = String(repeating: "a", count: 300)
        let names = ExportNames.sanitized(["x[1]", "x(1)", "x(1)", long, long, "语", "数"])
        #expect(Set(names).count == names.count)
        #expect(names[0] == "x(1)" && names[1] == "x(1)_2" && names[2] == "x(1)_3")
        #expect(names.allSatisfy { $0.utf8.count <= ExportNames.maximumLength })
        #expect(names[5] == "_" && names[6] == "__2")
    }

    /// A small MIP with a maximised objective, a constant, names that need cleaning and a
    /// duplicate name: optimum 17 + 100 = 117.
    private func sampleModel() throws -> Model {
        var m = Model(name: "样例 export test")
        let x = try (0..<4).map { try m.addVariable(.binary, name: "选[\($0)]") }
        let y = try m.addVariable(.integer, lower: -2, upper: 2, name: "y")
        try m.add(5 * x[0] + 4 * x[1] + 3 * x[2] + 2 * x[3] <= 9, name: "capacity[语文]")
        try m.add(y + x[0] >= -1, name: "capacity[语文]")
        try m.maximize(10 * x[0] + 7 * x[1] + 5 * x[2] + 4 * x[3] + 100)
        return m
    }

    @Test func lpFileHasReadableUniqueNames() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("m.lp").path
        try sampleModel().writeLP(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("Maximize"))
        #expect(text.contains("___0_") || text.contains("_(0)"))
        #expect(text.contains("capacity(__)"))
        #expect(text.contains("capacity(__)_2"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["m.lp"])
    }

    @Test func mpsFileSaysMaximise() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("m.mps").path
        try sampleModel().writeMPS(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("OBJSENSE\n    MAX\nROWS"))
    }

    @Test func exportIntoMissingFolderFailsCleanly() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("missing/m.lp").path
        #expect(throws: SolverError.self) { try sampleModel().writeLP(to: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func exportReplacesAnExistingFileWhole() throws {
        let dir = try temporaryDirectory()
        let path = dir.appendingPathComponent("m.lp").path
        try String(repeating: "old content\n", count: 10_000).write(toFile: path, atomically: false, encoding: .utf8)
        try sampleModel().writeLP(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(!text.contains("old content"))
    }

    static let glpsol = which("glpsol")

    /// glpsol (Debian's glpk-utils) reads the exports back and finds the same optimum,
    /// objective constant included. GLPK 5.0's MPS reader rejects the OBJSENSE section,
    /// so the MPS case uses the minimisation form of the same model (−objective).
    @Test(.enabled(if: glpsol != nil, "glpsol is not installed (apt-get install glpk-utils); export read-back skipped"),
          arguments: ["lp", "mps"])
    func glpsolReadsTheExport(format: String) throws {
        var model = try sampleModel()
        if format == "mps" { try model.minimize(-model.objective) }
        let expected = format == "mps" ? "= -117 (MINimum)" : "= 117 (MAXimum)"
        let direct = try model.solve()
        #expect(abs(direct.objective!) == 117)
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("m.\(format)").path
        let out = dir.appendingPathComponent("out.txt").path
        if format == "lp" { try model.writeLP(to: file) } else { try model.writeMPS(to: file) }
        let (status, stdout, _) = try run(Self.glpsol!, [format == "lp" ? "--lp" : "--freemps", file, "-o", out])
        #expect(status == 0, "\(stdout)")
        let report = try String(contentsOfFile: out, encoding: .utf8)
        let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("Objective:") })
        #expect(line.contains(expected), "\(line)")
    }

    /// A GAP export keeps its optimum when read back: gapa problem 1 (minimise, 1698).
    @Test(.enabled(if: glpsol != nil, "glpsol is not installed; export read-back skipped"), arguments: ["lp", "mps"])
    func glpsolReadsAGAPExport(format: String) throws {
        let (model, _) = try loadGAP("gapa", problem: 1)
        let dir = try temporaryDirectory()
        let file = dir.appendingPathComponent("gapa-1.\(format)").path
        if format == "lp" { try model.writeLP(to: file) } else { try model.writeMPS(to: file) }
        let out = dir.appendingPathComponent("out.txt").path
        let (status, _, _) = try run(Self.glpsol!, [format == "lp" ? "--lp" : "--freemps", file, "--cuts", "-o", out])
        #expect(status == 0)
        let report = try String(contentsOfFile: out, encoding: .utf8)
        #expect(report.contains(" = 1698 (MINimum)"))
    }
}
