import Foundation
import Testing

/// `rotaplan check` prints each objective term the file states beside its own value
/// (MODEL.md §8 rev 2), per stage for a plan, and a term that differs fails the check.
@Suite struct CheckTermsTests {
    @Test func checkPrintsEachTermAndFlagsATamperedOne() throws {
        let dir = try Fixture.folder("check-terms")
        let plan = dir.appendingPathComponent("plan.json").path
        #expect(try CLI.run(["plan", Fixture.tiny, "-o", plan, "--quiet"]).status == 0)
        let ok = try CLI.run(["check", Fixture.tiny, plan])
        #expect(ok.status == 0, "\(ok.stderr)")
        // The values as written (plan's exchange balance is 70 up to rounding: 70.00000000000001).
        let balance = try #require(ok.stdout.split(separator: "\n").first { $0.hasPrefix("\(plan): objective term exchange.balance: file 70") })
        #expect(balance.hasSuffix(", recomputed " + balance.split(separator: " ")[5].dropLast()), "\(balance)")
        #expect(ok.stdout.contains("\(plan): objective term walking.visit: file 3, recomputed 3\n"), "\(ok.stdout)")
        #expect(!ok.stdout.contains("differs"))

        let text = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(text.contains("\"visit\": 3,"))
        let spoilt = dir.appendingPathComponent("spoilt.json").path
        try text.replacingOccurrences(of: "\"visit\": 3,", with: "\"visit\": 4,").write(toFile: spoilt, atomically: true, encoding: .utf8)
        let c = try CLI.run(["check", Fixture.tiny, spoilt])
        #expect(c.status == 1)
        #expect(c.stderr.contains("\(spoilt): objective term walking.visit: file 4, recomputed 3 — differs"), "\(c.stderr)")
        #expect(c.stdout.contains("\(spoilt): 0 violations, objective terms differ"), "\(c.stdout)")
        let zh = try CLI.run(["check", Fixture.tiny, spoilt, "--lang", "zh"])
        #expect(zh.stderr.contains("目标项 walking.visit：文件 4，重新计算为 3——不一致"), "\(zh.stderr)")
    }

    /// import-plan states the terms of the objective it writes (the checker's), so the
    /// imported plan has the terms the solved one had.
    @Test func anImportedPlanStatesTheSameTerms() throws {
        let dir = try Fixture.folder("import-terms")
        let plan = dir.appendingPathComponent("plan.json").path, report = dir.appendingPathComponent("report").path
        #expect(try CLI.run(["plan", Fixture.tiny, "-o", plan, "--report", report, "--quiet"]).status == 0)
        let imported = dir.appendingPathComponent("imported.json").path
        let c = try CLI.run(["import-plan", Fixture.tiny, "--workbook", report + "/plan.xlsx", "-o", imported])
        #expect(c.status == 0, "\(c.stderr)")
        func terms(_ path: String) throws -> [String: [String: Double]] {
            let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
            let metrics = json?["metrics"] as? [String: Any]
            return (metrics?["objectiveTerms"] as? [String: [String: Double]]) ?? [:]
        }
        let want = try terms(plan), got = try terms(imported)
        #expect(want.count == 3 && Set(got.keys) == Set(want.keys), "\(got)")
        for (stage, values) in want {
            for (name, v) in values { #expect(abs((got[stage]?[name] ?? .nan) - v) <= 1e-9 * max(1, abs(v)), "\(stage).\(name)") }
        }
    }
}
