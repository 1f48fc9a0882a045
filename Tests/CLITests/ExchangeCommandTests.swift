import Foundation
import Testing

/// `rotaplan exchange` and `rotaplan check` through the real binary.
@Suite struct ExchangeCommandTests {
    let tiny = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func exchangeWritesAPlanThatCheckAccepts() throws {
        let out = try folder().appendingPathComponent("plan.json").path
        let r = try CLI.run(["exchange", tiny, "-o", out, "--no-timing"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("exchange optimal: objective 77.2737556383"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"format\": \"rotaplan-solution/1\""))
        #expect(!text.contains("\"seconds\""))
        let c = try CLI.run(["check", tiny, out])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.contains("holds"))
    }

    /// One model per independent part (default) and `--single-model` write the same plan
    /// on the five-group Zhengdong instance.
    @Test func singleModelWritesTheSamePlan() throws {
        let dir = try folder()
        let zhengdong = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("instances/zhengdong-2025.json").path
        let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
        #expect(try CLI.run(["exchange", zhengdong, "-o", a, "--no-timing", "--quiet"]).status == 0)
        #expect(try CLI.run(["exchange", zhengdong, "-o", b, "--no-timing", "--quiet", "--single-model"]).status == 0)
        func plan(_ path: String) throws -> [Substring] {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").filter { $0.contains("\"teacher\"") || $0.contains("\"objective\"") }
        }
        #expect(try plan(a) == plan(b))
    }

    @Test func existingOutputNeedsForceAndInputIsNeverOverwritten() throws {
        let out = try folder().appendingPathComponent("plan.json").path
        #expect(try CLI.run(["exchange", tiny, "-o", out, "--quiet"]).status == 0)
        let again = try CLI.run(["exchange", tiny, "-o", out, "--quiet"])
        #expect(again.status == 64)
        #expect(again.stderr.contains("use --force"))
        #expect(try CLI.run(["exchange", tiny, "-o", out, "--quiet", "--force"]).status == 0)
        let input = try CLI.run(["exchange", tiny, "-o", tiny, "--force"])
        #expect(input.status == 64)
        #expect(input.stderr.contains("refusing to overwrite the input file"))
    }

    @Test func tamperedPlanFailsTheCheck() throws {
        let out = try folder().appendingPathComponent("plan.json").path
        _ = try CLI.run(["exchange", tiny, "-o", out, "--quiet"])
        var text = try String(contentsOfFile: out, encoding: .utf8)
        text = text.replacingOccurrences(of: "{\"teacher\": \"T02\", \"from\": \"S1\", \"to\": \"S3\"},\n", with: "")
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        let c = try CLI.run(["check", tiny, out])
        #expect(c.status == 1)
        #expect(c.stderr.contains("violation: §4.5 headcount"))
        #expect(c.stderr.contains("objective: declared"))
    }

    @Test func writesLPAndMPSExports() throws {
        let dir = try folder()
        let r = try CLI.run(["exchange", tiny, "-o", dir.appendingPathComponent("p.json").path,
                             "--write-lp", dir.appendingPathComponent("m.lp").path,
                             "--write-mps", dir.appendingPathComponent("m.mps").path, "--quiet"])
        #expect(r.status == 0)
        let lp = try String(contentsOf: dir.appendingPathComponent("m.lp"), encoding: .utf8)
        #expect(lp.contains("exchange.4.2.volume(G1)"))
        #expect(lp.contains("x(T02.S3)"))
    }

    @Test func invalidInstanceExitsTwo() throws {
        let r = try CLI.run(["exchange", "/no/such.json", "-o", try folder().appendingPathComponent("p.json").path])
        #expect(r.status == 2)
    }
}

@Suite struct ExchangeReportCommandTests {
    @Test func reportFolderHasCSVMarkdownAndHTML() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tiny = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path
        let r = try CLI.run(["exchange", tiny, "-o", dir.appendingPathComponent("plan.json").path,
                             "--report", dir.appendingPathComponent("report").path, "--lang", "zh"])
        #expect(r.status == 0, "\(r.stderr)")
        for f in ["exchanges.csv", "summary.md", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report/\(f)").path), "\(f)")
        }
        let bytes = try Data(contentsOf: dir.appendingPathComponent("report/exchanges.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])  // BOM: Excel reads UTF-8
        let csv = String(decoding: bytes, as: UTF8.self)
        #expect(csv.contains("教师编号,姓名"))
        #expect(csv.contains("T02,李娟"))
        // A second run without --force refuses to overwrite the report.
        let again = try CLI.run(["exchange", tiny, "-o", dir.appendingPathComponent("plan2.json").path,
                                 "--report", dir.appendingPathComponent("report").path])
        #expect(again.status == 64)
    }
}

@Suite struct ExchangeGreedyCommandTests {
    @Test func greedyBaselineFromTheCLI() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-greedy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let tiny = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path
        let out = dir.appendingPathComponent("greedy.json").path
        let r = try CLI.run(["exchange", tiny, "-o", out, "--solver", "greedy"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("exchange greedy feasible: objective"))
        #expect(try CLI.run(["check", tiny, out]).status == 0)
    }
}
