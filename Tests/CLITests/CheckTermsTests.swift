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
        #expect(ok.stdout.contains("\(plan): objective term exchange.balance: file 70, recomputed 70\n"), "\(ok.stdout)")
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
}
