import Foundation
import Testing

/// The stderr line that says what the gap of a plan not proven optimal means (GapText),
/// in the terminal's language; a proven optimum gets none (its summary says optimal).
@Suite struct GapLineTests {
    let examples = ValidateCommandTests.examples

    func output() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-gap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("plan.json").path
    }

    /// `--gap 0.01` stops small-changsha's search at its first plan within 1% of the bound
    /// (GLPK's node order is deterministic: no clock involved).
    @Test(arguments: [("en", "gap 0.", "% better than this one (the bound 238."), ("zh", "差距 0.", "% 以上（已证明界 238.")])
    func feasiblePlanSaysWhatItsGapMeans(_ lang: String, _ start: String, _ middle: String) throws {
        let changsha = examples.appendingPathComponent("small-changsha.json").path
        let r = try CLI.run(["exchange", changsha, "-o", try output(), "--gap", "0.01", "--lang", lang])
        #expect(r.status == 0, "\(r.stderr)")
        let line = try #require(r.stderr.split(separator: "\n").first { $0.contains(middle) }, "\(r.stderr)")
        #expect(line.hasPrefix("\(changsha): \(start)"))
    }

    @Test func provenOptimumHasNoGapLine() throws {
        let r = try CLI.run(["exchange", examples.appendingPathComponent("tiny-luohe.json").path, "-o", try output(), "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(!r.stderr.contains("no plan can be more than"))
        #expect(!r.stderr.contains("no bound was proven"))
    }
}
