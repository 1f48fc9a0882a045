import Foundation
import Testing

/// `rotaplan rollover INSTANCE PLAN -o NEXT.json` (MODEL.md §11): next year's instance from
/// checked plans of the conformance examples and the bundled instances, its refusals and
/// exit codes.
@Suite struct RolloverCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = ValidateCommandTests.examples

    /// `source` with `"year": 2025` after its name (the examples have none; a file that has
    /// one, like zhengdong-2025, is copied as it is).
    static func withYear(_ source: String, in dir: URL, name: String = "in.json") throws -> String {
        let text = try String(contentsOfFile: source, encoding: .utf8)
        if text.contains("\n \"year\": ") {
            return try CheckCommandTests.write(text, name, in: dir)
        }
        let range = try #require(text.range(of: #""name":\s*"[^"]*","#, options: .regularExpression))
        let out = text.replacingCharacters(in: range, with: text[range] + " \"year\": 2025,")
        return try CheckCommandTests.write(out, name, in: dir)
    }

    /// The shared conformance examples: their exchange and training plans roll over, the
    /// next year validates, and two runs write the same bytes.
    @Test(arguments: ["tiny-luohe", "small-zhengdong", "small-changsha"], ["exchange", "training"])
    func conformanceExamplesRollOver(_ example: String, _ problem: String) throws {
        let dir = try Fixture.folder("rollover-\(example)-\(problem)")
        let input = try Self.withYear(Self.examples.appendingPathComponent("\(example).json").path, in: dir)
        let plan = Self.examples.appendingPathComponent("solutions/\(example).\(problem).json").path
        let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
        let r = try CLI.run(["rollover", input, plan, "-o", a, "--report", dir.appendingPathComponent("report").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try CLI.run(["rollover", input, plan, "-o", b, "--quiet"]).status == 0)
        #expect(Fixture.bytes(a) == Fixture.bytes(b))
        let v = try CLI.run(["validate", a])
        #expect(v.status == 0, "\(v.stderr)")
        #expect(try Fixture.json(a)["year"] as? Int == 2026)
        let md = try String(contentsOfFile: dir.appendingPathComponent("report/rollover.md").path, encoding: .utf8)
        #expect(md.hasPrefix("# Rollover 2025 → 2026\n"))
    }

    /// Every bundled instance: a `plan` of it rolls over to a next year that validates.
    @Test(arguments: ["changsha-group", "luohe-wuyang", "nanchang-1plus1plusN", "qingdao-1plusNplusX", "zhengdong-2025"])
    func bundledInstancesRollOver(_ name: String) throws {
        let dir = try Fixture.folder("rollover-bundled-\(name)")
        let input = try Self.withYear(Self.root.appendingPathComponent("instances/\(name).json").path, in: dir)
        let plan = dir.appendingPathComponent("plan.json").path, next = dir.appendingPathComponent("next.json").path
        let p = try CLI.run(["plan", input, "-o", plan, "--quiet"])
        try #require(p.status == 0, "\(p.stderr)")
        let r = try CLI.run(["rollover", input, plan, "-o", next, "--lang", "zh"])
        #expect(r.status == 0, "\(r.stderr)")
        let v = try CLI.run(["validate", next])
        #expect(v.status == 0, "\(v.stderr)")
    }

    /// Under a Chinese locale (no --lang) rollover speaks Chinese: its line on stdout and rollover.md.
    @Test func speaksTheLocale() throws {
        let dir = try Fixture.folder("rollover-zh")
        let input = try Self.withYear(Fixture.tiny, in: dir)
        let plan = Self.examples.appendingPathComponent("solutions/tiny-luohe.exchange.json").path
        let r = try CLI.run(["rollover", input, plan, "-o", dir.appendingPathComponent("next.json").path,
                             "--report", dir.appendingPathComponent("r").path], locale: "zh_CN.UTF-8")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2026 学年——交流"), "\(r.stdout)")
        let bad = try CLI.run(["rollover", Fixture.tiny, plan, "-o", dir.appendingPathComponent("x.json").path], locale: "zh_CN.UTF-8")
        #expect(bad.status == 2 && bad.stderr.contains("无法结转"), "\(bad.stderr)")
    }

    @Test func refusals() throws {
        let dir = try Fixture.folder("rollover-refusals")
        let input = try Self.withYear(Fixture.tiny, in: dir)
        let exchange = Self.examples.appendingPathComponent("solutions/tiny-luohe.exchange.json").path
        let out = dir.appendingPathComponent("next.json").path
        func run(_ args: [String]) throws -> (status: Int32, stdout: String, stderr: String) { try CLI.run(["rollover"] + args) }

        // No year.
        var r = try run([Fixture.tiny, exchange, "-o", out])
        #expect(r.status == 2 && r.stderr.contains("the instance has no \"year\""), "\(r.stderr)")
        // A walking solution.
        r = try run([input, Self.examples.appendingPathComponent("solutions/tiny-luohe.walking.json").path, "-o", out])
        #expect(r.status == 2 && r.stderr.contains("a walking solution moves nobody"), "\(r.stderr)")
        // A plan of another instance.
        r = try run([input, Self.examples.appendingPathComponent("solutions/small-zhengdong.exchange.json").path, "-o", out])
        #expect(r.status == 2 && r.stderr.contains("the plan is of the instance"), "\(r.stderr)")
        // A plan that fails the check (its objective altered).
        let plan = try String(contentsOfFile: exchange, encoding: .utf8)
            .replacingOccurrences(of: #""objective": [0-9.]+"#, with: "\"objective\": 1", options: .regularExpression)
        let bad = try CheckCommandTests.write(plan, "bad.json", in: dir)
        r = try run([input, bad, "-o", out])
        #expect(r.status == 2 && r.stderr.contains("does not pass `rotaplan check`"), "\(r.stderr)")
        // An instance that does not validate.
        let broken = try CheckCommandTests.write(try String(contentsOfFile: input, encoding: .utf8)
            .replacingOccurrences(of: "\"year\": 2025", with: "\"year\": 1800"), "broken.json", in: dir)
        r = try run([broken, exchange, "-o", out])
        #expect(r.status == 2 && r.stderr.contains("year: 1800 is out of range"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // Never overwrite an input; an existing output only with --force.
        r = try run([input, exchange, "-o", input])
        #expect(r.status == 64, "\(r.stderr)")
        #expect(try run([input, exchange, "-o", out]).status == 0)
        #expect(try run([input, exchange, "-o", out]).status == 64)
        #expect(try run([input, exchange, "-o", out, "--force"]).status == 0)
    }
}
