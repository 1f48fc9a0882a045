import Foundation
import Testing

/// `rotaplan horizon INSTANCE --years H [--hires FILE] -o DIR [--report DIR]` (MODEL.md §13):
/// the files it writes, that each year checks on its own, the report, the refusals.
@Suite struct HorizonCommandTests {
    @Test func writesEveryYearAndEachChecks() throws {
        let dir = try Fixture.folder("horizon-tiny")
        let input = try RolloverCommandTests.withYear(Fixture.tiny, in: dir)
        let out = dir.appendingPathComponent("years"), report = dir.appendingPathComponent("report")
        // No minimum rate: with luohe's 30 % the exchange of 2026 has no plan (two teachers
        // are eligible and neither may go; see the next test).
        let options = ["--years", "2", "--set", "exchange.minRate=0", "--no-timing"]
        let r = try CLI.run(["horizon", input, "-o", out.path, "--report", report.path, "--lang", "en"] + options)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("2 years planned (2025–2026)"), "\(r.stdout)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["year-2025.instance.json", "year-2025.plan.json", "year-2026.instance.json", "year-2026.plan.json",
                          "year-2027.instance.json"])
        for year in 2025...2026 {
            let c = try CLI.run(["check", out.appendingPathComponent("year-\(year).instance.json").path,
                                 out.appendingPathComponent("year-\(year).plan.json").path])
            #expect(c.status == 0, "\(year): \(c.stdout) \(c.stderr)")
        }
        #expect(try CLI.run(["validate", out.appendingPathComponent("year-2027.instance.json").path]).status == 0)
        // The second year's instance is the rollover of the first year's plan.
        let next = dir.appendingPathComponent("next.json").path
        #expect(try CLI.run(["rollover", out.appendingPathComponent("year-2025.instance.json").path,
                             out.appendingPathComponent("year-2025.plan.json").path, "-o", next, "--quiet"]).status == 0)
        #expect(Fixture.bytes(next) == Fixture.bytes(out.appendingPathComponent("year-2026.instance.json").path))
        let html = try String(contentsOf: report.appendingPathComponent("horizon.html"), encoding: .utf8)
        #expect(html.contains("<svg class=\"chart\"") && !html.contains("<script") && html.contains("Several years ahead"))
        let csv = try String(contentsOf: report.appendingPathComponent("horizon.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\r\n").count == 3)
        // Deterministic: a second run writes the same bytes.
        let again = dir.appendingPathComponent("again")
        #expect(try CLI.run(["horizon", input, "-o", again.path, "--quiet"] + options).status == 0)
        for name in names { #expect(Fixture.bytes(out.appendingPathComponent(name).path) == Fixture.bytes(again.appendingPathComponent(name).path), "\(name)") }
        // Files that exist are not replaced without --force.
        let refused = try CLI.run(["horizon", input, "-o", out.path] + options)
        #expect(refused.status == 64 && refused.stderr.contains("--force"), "\(refused.stderr)")
    }

    /// On tiny-luohe the movers of 2025 are on exchange in 2026 (MODEL.md §11: not
    /// eligible, counted where they teach): two teachers are eligible and neither may go
    /// (core protection, the mentor reserve of rule 4.8), so 2026's exchange has no plan.
    /// The horizon says so, rolls the year over with nobody moving and goes on; exit 1.
    @Test func aYearWithoutAnExchangePlanIsSaidAndRolledOver() throws {
        let dir = try Fixture.folder("horizon-stall")
        let input = try RolloverCommandTests.withYear(Fixture.tiny, in: dir)
        let out = dir.appendingPathComponent("years")
        let r = try CLI.run(["horizon", input, "--years", "3", "-o", out.path, "--lang", "en"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("2026 has no plan for Exchange"), "\(r.stderr)")
        #expect(r.stderr.contains("year-2026.instance.json: exchange: §4.2 volume"), "\(r.stderr)")
        for name in ["year-2027.plan.json", "year-2028.instance.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        let plan = try Fixture.json(out.appendingPathComponent("year-2026.plan.json").path)
        let stages = try #require(plan["stages"] as? [String: [String: Any]])
        #expect(stages["exchange"]?["status"] as? String == "infeasible")
        #expect((plan["placements"] as? [Any])?.isEmpty == false || (plan["lessons"] as? [Any])?.isEmpty == false)
        // `rotaplan rollover` takes that plan too (its rules hold; the infeasible stage is said)
        // and writes the same next year as the horizon.
        let next = dir.appendingPathComponent("next.json").path
        let roll = try CLI.run(["rollover", out.appendingPathComponent("year-2026.instance.json").path,
                                out.appendingPathComponent("year-2026.plan.json").path, "-o", next, "--quiet"])
        #expect(roll.status == 0 && roll.stderr.contains("not verified (rolled over as it is)"), "\(roll.stderr)")
        #expect(Fixture.bytes(next) == Fixture.bytes(out.appendingPathComponent("year-2027.instance.json").path))
    }

    @Test func chineseReportByDefault() throws {
        let dir = try Fixture.folder("horizon-zh")
        let input = try RolloverCommandTests.withYear(Fixture.tiny, in: dir)
        let r = try CLI.run(["horizon", input, "--years", "1", "-o", dir.appendingPathComponent("y").path,
                             "--report", dir.appendingPathComponent("r").path], locale: "zh_CN.UTF-8")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("推演 1 个学年"))
        let md = try String(contentsOf: dir.appendingPathComponent("r/horizon.md"), encoding: .utf8)
        #expect(md.contains("多年轮岗推演") && md.contains("| 学年 |"))
    }

    @Test func refusals() throws {
        let dir = try Fixture.folder("horizon-refusals")
        let input = try RolloverCommandTests.withYear(Fixture.tiny, in: dir)
        let out = dir.appendingPathComponent("y").path
        var r = try CLI.run(["horizon", input, "--years", "0", "-o", out])
        #expect(r.status == 64 && r.stderr.contains("1…20"), "\(r.stderr)")
        r = try CLI.run(["horizon", input, "--years", "21", "-o", out])
        #expect(r.status == 64)
        r = try CLI.run(["horizon", Fixture.tiny, "--years", "2", "-o", out, "--lang", "en"])
        #expect(r.status == 2 && r.stderr.contains("no \"year\""), "\(r.stderr)")
        let hires = try CheckCommandTests.write(#"{"2030": {"newHires": []}}"#, "hires.json", in: dir)
        r = try CLI.run(["horizon", input, "--years", "2", "--hires", hires, "-o", out])
        #expect(r.status == 2 && r.stderr.contains("hires.json") && r.stderr.contains("outside the horizon"), "\(r.stderr)")
        r = try CLI.run(["horizon", input, "--years", "2", "--set", "exchange.minRate=7", "-o", out])
        #expect(r.status == 2 && r.stderr.contains("exchange.minRate"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    /// `compare --years`: each policy's horizon side by side; the variant without a minimum
    /// rate has a plan every year.
    @Test func compareOverYears() throws {
        let dir = try Fixture.folder("horizon-compare")
        let input = try RolloverCommandTests.withYear(Fixture.tiny, in: dir)
        let report = dir.appendingPathComponent("r")
        let r = try CLI.run(["compare", input, "--years", "3", "--set", "exchange.minRate=0", "--lang", "en",
                             "--report", report.path])
        #expect(r.status == 0, "\(r.stderr)")
        func row(_ label: String) -> [String] {
            let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("| \(label) |") } ?? ""
            return line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(row("years planned") == ["years planned", "3", "3"], "\(r.stdout)")
        let rotated = row("teachers rotated").dropFirst().compactMap { Int($0) }
        #expect(rotated.count == 2 && rotated.allSatisfy { $0 > 0 }, "\(r.stdout)")
        let without = row("years without an exchange plan").dropFirst().compactMap { Int($0) }
        #expect(without == [2, 0], "\(r.stdout)")
        let html = try String(contentsOf: report.appendingPathComponent("compare-years.html"), encoding: .utf8)
        #expect(html.contains("<svg class=\"chart\"") && html.components(separatedBy: "<polyline").count == 3)
        #expect(try CLI.run(["compare", input, "--years", "0", "--set", "exchange.minRate=0.3"]).status == 64)
        #expect(try CLI.run(["compare", Fixture.tiny, "--years", "2", "--set", "exchange.minRate=0.3"]).status == 2)
    }
}
