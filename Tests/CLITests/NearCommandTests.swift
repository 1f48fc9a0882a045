import Foundation
import Testing

/// `--near PREVIOUS.json` (MODEL.md §12, docs/near.md) through the real binary, on the
/// bundled Zhengdong instance: the same plan back near itself, byte-identical twice, the
/// report's changes, `check --near` and `check` without it, pins with --near, and a
/// PREVIOUS of another problem refused.
@Suite struct NearCommandTests {
    static let zhengdong = PinCommandTests.zhengdong

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-near-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test(arguments: ["exchange", "training", "walking", "plan"])
    func nearItselfKeepsEveryDecision(_ command: String) throws {
        let dir = try folder()
        let first = dir.appendingPathComponent("first.json").path, second = dir.appendingPathComponent("second.json").path
        let third = dir.appendingPathComponent("third.json").path
        let a = try CLI.run([command, Self.zhengdong, "-o", first, "--no-timing"])
        #expect(a.status == 0, "\(a.stderr)")
        let b = try CLI.run([command, Self.zhengdong, "--near", first, "-o", second, "--no-timing",
                             "--report", dir.appendingPathComponent("report").path, "--lang", "en"])
        #expect(b.status == 0, "\(b.stderr)")
        #expect(b.stdout.contains("; near \(first): ") && b.stdout.contains(" kept, 0 changed"), "\(b.stdout)")
        let c = try CLI.run([command, Self.zhengdong, "--near", first, "-o", third, "--no-timing"])
        #expect(c.status == 0)
        let text = try String(contentsOfFile: second, encoding: .utf8)
        #expect(text == (try String(contentsOfFile: third, encoding: .utf8)), "two runs differ")
        #expect(text.contains("\"near\": {\"instance\": \""), "\(text.prefix(600))")
        // The same decisions as the first plan.
        func decisions(_ path: String) throws -> [String] {
            try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
                .filter { $0.contains("\"teacher\"") || $0.contains("\"newHire\"") }.map(String.init)
        }
        #expect(try decisions(second) == decisions(first))
        let changes = try String(contentsOfFile: dir.appendingPathComponent("report/changes.csv").path, encoding: .utf8)
        #expect(changes.contains("change,who,before,after") && changes.split(separator: "\n").count == 1, "\(changes)")
        let summary = try String(contentsOfFile: dir.appendingPathComponent("report/summary.md").path, encoding: .utf8)
        #expect(summary.contains("## Decisions kept and changed") && summary.contains("Every decision of the earlier plan was kept."))
        let html = try String(contentsOfFile: dir.appendingPathComponent("report/report.html").path, encoding: .utf8)
        #expect(html.contains("<h2>Decisions kept and changed</h2>"))
        // check --near recomputes the objective; without it the objective is not comparable.
        let withNear = try CLI.run(["check", Self.zhengdong, second, "--near", first])
        #expect(withNear.status == 0 && withNear.stdout.contains("matches"), "\(withNear.stdout) \(withNear.stderr)")
        let blind = try CLI.run(["check", Self.zhengdong, second])
        #expect(blind.status == 0, "\(blind.stdout) \(blind.stderr)")
    }

    /// A pin added: the pin holds (hard), the rest stays near (soft); the report lists the
    /// changes and check --near accepts the objective.
    @Test func pinsAreHardNearIsSoft() throws {
        let dir = try folder()
        let first = dir.appendingPathComponent("first.json").path, second = dir.appendingPathComponent("second.json").path
        #expect(try CLI.run(["exchange", Self.zhengdong, "-o", first, "--no-timing"]).status == 0)
        let text = try String(contentsOfFile: first, encoding: .utf8)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let moves = json?["exchanges"] as? [[String: String]] ?? []
        let mover = try #require(moves.first?["teacher"])
        let pins = dir.appendingPathComponent("pins.csv").path
        try "who,rule,target\n\(mover),must-stay,\n".write(toFile: pins, atomically: true, encoding: .utf8)
        let r = try CLI.run(["exchange", Self.zhengdong, "--pins", pins, "--near", first, "-o", second, "--no-timing",
                             "--report", dir.appendingPathComponent("report").path, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let after = try String(contentsOfFile: second, encoding: .utf8)
        #expect(!after.contains("\"teacher\": \"\(mover)\""))
        let changes = try String(contentsOfFile: dir.appendingPathComponent("report/changes.csv").path, encoding: .utf8)
        #expect(changes.contains("move dropped,\(mover),"), "\(changes)")
        let c = try CLI.run(["check", Self.zhengdong, second, "--pins", pins, "--near", first])
        #expect(c.status == 0 && c.stdout.contains("matches"), "\(c.stdout) \(c.stderr)")
        let blind = try CLI.run(["check", Self.zhengdong, second, "--pins", pins, "--lang", "en"])
        #expect(blind.status == 0 && blind.stdout.contains("objective not comparable"), "\(blind.stdout) \(blind.stderr)")
    }

    /// A stand-alone problem needs a PREVIOUS of that problem or a plan.
    @Test func previousOfAnotherProblemIsInvalidInput() throws {
        let dir = try folder()
        let training = dir.appendingPathComponent("training.json").path
        #expect(try CLI.run(["training", Self.zhengdong, "-o", training]).status == 0)
        let r = try CLI.run(["exchange", Self.zhengdong, "--near", training, "-o", dir.appendingPathComponent("x.json").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains(training) && r.stderr.contains("cannot guide `exchange --near`"), "\(r.stderr)")
        let p = try CLI.run(["plan", Self.zhengdong, "--near", training, "-o", dir.appendingPathComponent("p.json").path])
        #expect(p.status == 2)
    }
}
