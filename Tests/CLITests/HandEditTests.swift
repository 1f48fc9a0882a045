import Foundation
import Testing

/// Hand edits are first-class (docs/hand-edits.md): a hand-edited plan that holds checks
/// with its distance from the optimum, plans come back from the report's CSV files
/// (`import-plan`), and `report` renders any plan that holds.
@Suite struct HandEditTests {
    static let zhengdong = Fixture.bench.deletingLastPathComponent().appendingPathComponent("zhengdong-2025.json").path

    /// The bundled zhengdong exchange plan, and a copy where T0104 moves instead of T0103
    /// (same school and subject): every rule holds, the declared objective is stale.
    static func handSwap(_ dir: URL) throws -> (original: String, hand: String) {
        let original = dir.appendingPathComponent("original.json").path
        let r = try CLI.run(["exchange", zhengdong, "-o", original, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: original, encoding: .utf8)
        #expect(text.contains("{\"teacher\": \"T0103\", \"from\": \"S01\", \"to\": \"S02\"}"))
        let hand = try CheckCommandTests.write(text.replacingOccurrences(of: "\"T0103\"", with: "\"T0104\""), "hand.json", in: dir)
        return (original, hand)
    }

    @Test func aHandSwapThatHoldsChecksWithItsDistance() throws {
        let dir = try Fixture.folder("hand-swap")
        let (original, hand) = try Self.handSwap(dir)
        let c = try CLI.run(["check", Self.zhengdong, hand])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stderr.contains("\(hand): note: objective: declared 682.747"), "\(c.stderr)")
        #expect(c.stderr.contains("the file's objective is stale: recomputed 714.358"), "\(c.stderr)")
        #expect(c.stdout.contains("\(hand): holds; objective 714.358"), "\(c.stdout)")
        // The recorded bound of the plan it was edited from is the optimum.
        #expect(c.stdout.contains("from the optimum (recorded bound 682.747"), "\(c.stdout)")
        #expect(c.stdout.contains("+31.611"), "\(c.stdout)")

        let from = try CLI.run(["check", Self.zhengdong, hand, "--from", original])
        #expect(from.status == 0, "\(from.stderr)")
        #expect(from.stdout.contains("from the optimum (\(original), optimal): objective 714.358 vs 682.747 (+31.611"), "\(from.stdout)")
        #expect(from.stdout.contains("movers 20 vs 20"), "\(from.stdout)")
        #expect(from.stdout.contains("quality spread"), "\(from.stdout)")
        #expect(from.stdout.contains("subject shortfall"), "\(from.stdout)")
        #expect(from.stdout.contains("yuan a year"), "\(from.stdout)")
    }

    @Test func solveGivesTheDistanceWithoutTheOriginal() throws {
        let dir = try Fixture.folder("hand-solve")
        let (_, hand) = try Self.handSwap(dir)
        let c = try CLI.run(["check", Self.zhengdong, hand, "--solve", "--time-limit", "60"])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.contains("from the optimum (solved, optimal): objective 714.358 vs 682.747 (+31.611"), "\(c.stdout)")
        #expect(c.stdout.contains("movers 20 vs 20"), "\(c.stdout)")
        let both = try CLI.run(["check", Self.zhengdong, hand, "--solve", "--from", hand])
        #expect(both.status == 64, "\(both.stderr)")
    }

    @Test func strictObjectiveKeepsTheMismatchAFailure() throws {
        let dir = try Fixture.folder("hand-strict")
        let (_, hand) = try Self.handSwap(dir)
        let c = try CLI.run(["check", Self.zhengdong, hand, "--strict-objective"])
        #expect(c.status == 1, "\(c.stdout)")
        #expect(c.stderr.contains("\(hand): objective: declared 682.747"), "\(c.stderr)")
        #expect(c.stdout.contains("objective differs"), "\(c.stdout)")
    }

    /// `command` solved with a report in `lang`, then its `table` read back by
    /// `import-plan --option`: the original solution, the imported one, and its path.
    static func roundTrip(_ command: String, _ instance: String, _ lang: String, option: String, table: String) throws
        -> (original: [String: Any], back: [String: Any], path: String) {
        let dir = try Fixture.folder("import-plan-\(command)-\(lang)")
        let original = dir.appendingPathComponent("original.json").path
        let report = dir.appendingPathComponent("report")
        let r = try CLI.run([command, instance, "-o", original, "--report", report.path, "--lang", lang, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let back = dir.appendingPathComponent("back.json").path
        let i = try CLI.run(["import-plan", instance, option, report.appendingPathComponent(table).path, "-o", back])
        #expect(i.status == 0, "\(i.stderr)")
        return (try Fixture.json(original), try Fixture.json(back), back)
    }

    @Test(arguments: ["en", "zh"])
    func importPlanReadsTheReportsExchangesBack(_ lang: String) throws {
        let (a, b, back) = try Self.roundTrip("exchange", Self.zhengdong, lang, option: "--exchanges", table: "exchanges.csv")
        #expect(b["problem"] as? String == "exchange")
        #expect(b["status"] as? String == "feasible")
        #expect((a["exchanges"] as? [[String: String]]) == (b["exchanges"] as? [[String: String]]))
        #expect(abs((b["objective"] as? Double ?? 0) - (a["objective"] as? Double ?? 1)) < 1e-6)
        let c = try CLI.run(["check", Self.zhengdong, back])
        #expect(c.status == 0, "\(c.stderr)")
    }

    @Test func importPlanReadsTheReportsPlacementsBack() throws {
        let (a, b, _) = try Self.roundTrip("training", Fixture.tiny, "zh", option: "--placements", table: "placements.csv")
        #expect(b["problem"] as? String == "training")
        #expect((a["placements"] as? [[String: AnyHashable]]) == (b["placements"] as? [[String: AnyHashable]]))
    }

    @Test func importPlanNamesTheFileRowAndColumnOfAnUnknownTeacher() throws {
        let dir = try Fixture.folder("import-plan-bad")
        let report = dir.appendingPathComponent("report")
        let r = try CLI.run(["exchange", Self.zhengdong, "-o", dir.appendingPathComponent("o.json").path, "--report", report.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let csv = report.appendingPathComponent("exchanges.csv").path
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        try text.replacingOccurrences(of: "T0103,", with: "T9999,").replacingOccurrences(of: ",S02,龙翔小学", with: ",S99,龙翔小学")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("back.json").path
        let i = try CLI.run(["import-plan", Self.zhengdong, "--exchanges", csv, "-o", out])
        #expect(i.status == 2)
        #expect(i.stderr.contains("\(csv):2:1: error: unknown teacher T9999"), "\(i.stderr)")
        #expect(i.stderr.contains("\(csv):2:8: error: unknown school S99"), "\(i.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func reportRendersAHandPlanThatHolds() throws {
        let dir = try Fixture.folder("report-hand")
        let (_, hand) = try Self.handSwap(dir)
        let report = dir.appendingPathComponent("report")
        let r = try CLI.run(["report", Self.zhengdong, hand, "--report", report.path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Fixture.entries(report) == (try Fixture.reportEntries("exchange", instance: Self.zhengdong)))
        let csv = try String(contentsOf: report.appendingPathComponent("exchanges.csv"), encoding: .utf8)
        #expect(csv.contains("T0104,") && !csv.contains("T0103,"))
        #expect(csv.hasPrefix("teacher,name"))
        #expect(Fixture.bytes(report.appendingPathComponent("exchanges.csv").path).map { Array($0.prefix(3)) } == [0xEF, 0xBB, 0xBF])
    }

    @Test func reportRendersAPlan() throws {
        let dir = try Fixture.folder("report-plan")
        let plan = dir.appendingPathComponent("plan.json").path
        #expect(try CLI.run(["plan", Fixture.tiny, "-o", plan, "--quiet"]).status == 0)
        let report = dir.appendingPathComponent("report")
        let r = try CLI.run(["report", Fixture.tiny, plan, "--report", report.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Fixture.entries(report).contains("exchanges.csv") && Fixture.entries(report).contains("report.html"))
    }

    @Test func reportRefusesAPlanThatDoesNotHold() throws {
        let dir = try Fixture.folder("report-broken")
        let (_, hand) = try Self.handSwap(dir)
        let text = try String(contentsOfFile: hand, encoding: .utf8)
        let broken = try CheckCommandTests.write(
            text.replacingOccurrences(of: "{\"teacher\": \"T0104\", \"from\": \"S01\", \"to\": \"S02\"},\n", with: ""), "broken.json", in: dir)
        let report = dir.appendingPathComponent("report")
        let r = try CLI.run(["report", Self.zhengdong, broken, "--report", report.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\(broken): violation: §"), "\(r.stderr)")
        #expect(r.stderr.contains("does not hold; no report written"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: report.path))
    }
}
