import Foundation
import Testing

/// Issue 15, findings 1, 5, 6 and 11 through the real binary: repeated diagnostics are
/// capped, a model too large for memory is refused with what it would need, the time
/// limit and Ctrl-C hold on a cross-group bench file, negative weights that unbind a
/// model are input errors, long ids solve.
@Suite(.serialized) struct ScaleCommandTests {
    /// One group of `schools` schools, none located, no travel rows: every pair is missing.
    static func oneBigGroupWithoutLocations(_ schools: Int) -> String {
        let s = (0..<schools).map { #"{"id":"S\#($0)","name":"School \#($0)","stage":"primary","students":100}"# }
        let members = (1..<schools).map { #""S\#($0)""# }.joined(separator: ",")
        return #"{"format":"rotaplan-instance/1","name":"big group","groups":[{"id":"G1","name":"G","type":"tight","core":"S0","members":[\#(members)]}],"schools":[\#(s.joined(separator: ","))],"teachers":[]}"#
    }

    /// The bench file luohe-medium-s1 with allowCrossGroup (125,726 nonzeros: over the
    /// size from which the model is scaled in Swift and solved without GLPK's presolvers).
    static func crossGroupBench(in dir: URL) throws -> String {
        let source = Fixture.bench.appendingPathComponent("luohe-medium-s1.json")
        var text = try String(contentsOf: source, encoding: .utf8)
        let preset = #""preset": "luohe""#
        try #require(text.contains(preset))
        text = text.replacingOccurrences(of: preset, with: preset + #", "exchange": {"allowCrossGroup": true}"#)
        let path = dir.appendingPathComponent("luohe-medium-cross.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// 2,000 schools in one group without locations: 1,999,000 missing pairs, which
    /// printed 1,999,001 lines before. Now 20 are named and one line counts the rest and
    /// names the schools without a location.
    @Test func missingTravelIsCountedNotListedPairByPair() throws {
        let dir = try Fixture.folder("scale-travel")
        let path = dir.appendingPathComponent("big.json").path
        try Self.oneBigGroupWithoutLocations(2000).write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", path])
        #expect(r.status == 2)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.filter { $0.contains("error: travel: no minutes between") }.count == 20, "\(lines.prefix(3))")
        let closing = try #require(lines.first { $0.contains("more pairs of schools without travel figures") })
        #expect(closing.contains("and 1998980 more pairs"), "\(closing)")
        #expect(closing.contains("2000 of the 2000 schools have no location (S0, S1,"), "\(closing)")
        #expect(lines.count < 30)
    }

    /// A model over `--memory-limit` is not built: exit 1, the no-plan file, and a message
    /// with the memory it would need and what to change.
    @Test func aModelOverTheMemoryLimitIsRefusedWithWhatItNeeds() throws {
        let dir = try Fixture.folder("scale-memory")
        let instance = try Self.crossGroupBench(in: dir)
        let out = dir.appendingPathComponent("p.json").path
        let r = try CLI.run(["exchange", instance, "-o", out, "--memory-limit", "0.01"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("the model is too large for the memory this run may use"), "\(r.stderr)")
        #expect(r.stderr.contains("would need about") && r.stderr.contains("this run may use 10 MiB"), "\(r.stderr)")
        #expect(r.stderr.contains("allowCrossGroup"))
        let written = try Fixture.json(out)
        #expect(written["status"] as? String == "no-solution")
        // Nor is it built for an export.
        let lp = dir.appendingPathComponent("m.lp").path
        let e = try CLI.run(["exchange", instance, "-o", out, "--force", "--write-lp", lp, "--memory-limit", "0.01"])
        #expect(e.status == 1)
        #expect(e.stderr.contains("the model was not exported: the exchange model of groups"), "\(e.stderr)")
        #expect(!FileManager.default.fileExists(atPath: lp))
        let bad = try CLI.run(["exchange", instance, "-o", out, "--memory-limit", "0", "--force"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--memory-limit must be a positive number of GiB"), "\(bad.stderr)")
    }

    /// The limit covers the whole run on a cross-group bench file whose model is scaled in
    /// Swift (the command's path through ``Scaling``). This file is small enough that the
    /// old path met the limit too (5.5 s for 6 s, release); the failure it guards against
    /// is pinned at the model level by
    /// `ExchangeScaleTests.aLargeCrossGroupModelHonoursTheLimitAndAStop`, on a model
    /// large enough to show it. Debug build, so the margin is the suite's usual 3 s.
    @Test func theTimeLimitHoldsOnACrossGroupBenchFile() throws {
        let dir = try Fixture.folder("scale-limit")
        let instance = try Self.crossGroupBench(in: dir)
        let out = dir.appendingPathComponent("p.json").path
        let limit = 6.0
        let clock = ContinuousClock(), began = clock.now
        let r = try CLI.run(["exchange", instance, "-o", out, "--time-limit", String(limit), "--quiet"])
        let wall = clock.now - began
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        #expect(wall < .seconds(limit) + wallClockSlack(3), "\(wall) for --time-limit \(limit)")
        if r.status == 0 { #expect(try CLI.run(["check", instance, out]).status == 0) }
    }

    /// Ctrl-C during the solve of a self-scaled model takes effect within a few seconds
    /// and leaves no partial file (the command's side of the stop; the old path's 38 s is
    /// pinned by `ExchangeScaleTests.aLargeCrossGroupModelHonoursTheLimitAndAStop`).
    @Test func ctrlCStopsASelfScaledSolve() throws {
        let dir = try Fixture.folder("scale-interrupt")
        let instance = try Self.crossGroupBench(in: dir)
        let out = dir.appendingPathComponent("p.json").path
        let p = Process()
        p.executableURL = CLI.binary
        p.environment = CLI.environment()
        p.arguments = ["exchange", instance, "-o", out, "--quiet"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        Thread.sleep(forTimeInterval: 3)
        let clock = ContinuousClock(), sent = clock.now
        kill(p.processIdentifier, SIGINT)
        p.waitUntilExit()
        let after = clock.now - sent
        #expect(p.terminationStatus == 130)
        #expect(after < wallClockSlack(4), "\(after) after SIGINT")
        if FileManager.default.fileExists(atPath: out) { #expect(try CLI.run(["check", instance, out]).status == 0) }
    }

    /// `balance` < 0 made every formulation answer a false "infeasible": now the input is
    /// refused and the message says why; `compare --set` goes through the same reader.
    @Test func aNegativeBalanceWeightIsAnInputErrorThatSaysWhy() throws {
        let dir = try Fixture.folder("scale-weights")
        var text = try String(contentsOfFile: Fixture.small, encoding: .utf8)
        let policy = #""policy": {"#
        try #require(text.contains(policy))
        text = text.replacingOccurrences(of: policy, with: policy + #""weights": {"exchange": {"balance": -1}}, "#)
        let path = dir.appendingPathComponent("w.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["exchange", path, "-o", dir.appendingPathComponent("p.json").path])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("policy.weights.exchange.balance: -1 is negative; this weight must be 0 or more"), "\(r.stderr)")
        let c = try CLI.run(["compare", Fixture.small, "--set", "weights.exchange.shortage=-2", "--report", dir.appendingPathComponent("cmp").path])
        #expect(c.status == 2, "\(c.stderr)")
        #expect(c.stderr.contains("shortage"), "\(c.stderr)")
    }

    /// An id of 300 bytes validated but solving exited 1 with "name is 256 bytes long".
    @Test func aLongIdSolvesAndExports() throws {
        let dir = try Fixture.folder("scale-long-id")
        var text = try String(contentsOfFile: Fixture.small, encoding: .utf8)
        let x = try Fixture.json(Fixture.small)
        let teacher = try #require((x["teachers"] as? [[String: Any]])?.first?["id"] as? String)
        let long = teacher + String(repeating: "长", count: 100)
        text = text.replacingOccurrences(of: "\"\(teacher)\"", with: "\"\(long)\"")
        let path = dir.appendingPathComponent("long.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("p.json").path, lp = dir.appendingPathComponent("m.lp").path
        let r = try CLI.run(["exchange", path, "-o", out, "--write-lp", lp])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try CLI.run(["check", path, out]).status == 0)
        #expect(FileManager.default.fileExists(atPath: lp))
    }
}
