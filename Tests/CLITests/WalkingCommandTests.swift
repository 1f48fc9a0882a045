import Foundation
import Testing

/// `rotaplan walking` and `rotaplan check` on timetables, through the real binary.
@Suite struct WalkingCommandTests {
    let tiny = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path
    let zhengdong = ValidateCommandTests.examples.appendingPathComponent("small-zhengdong.json").path

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-walking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func walkingWritesATimetableThatCheckAccepts() throws {
        let out = try folder().appendingPathComponent("week.json").path
        let r = try CLI.run(["walking", tiny, "-o", out, "--no-timing"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("walking optimal: objective 1004.77262101"), "\(r.stdout)")
        #expect(r.stdout.contains("4 lessons, 1 periods uncovered"))
        // The uncovered period is explained on stderr, in the user's terms.
        #expect(r.stderr.contains("S2 3-1 music: 1 period(s) uncovered"), "\(r.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"problem\": \"walking\""))
        #expect(text.contains("\"uncovered\": [\n  {\"school\": \"S2\", \"class\": \"3-1\", \"subject\": \"music\", \"periods\": 1}"))
        let c = try CLI.run(["check", tiny, out])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.contains("holds"))
    }

    @Test func bothFormulationsAndTheGreedyBaselinePassTheCheck() throws {
        let dir = try folder()
        // Plain does not prove this optimum quickly: it stops at the limit with its best plan.
        for args in [["--formulation", "plain", "--time-limit", "3"], ["--formulation", "strong"], ["--solver", "greedy"]] {
            let out = dir.appendingPathComponent("\(args[1]).json").path
            let r = try CLI.run(["walking", zhengdong, "-o", out, "--quiet"] + args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
            #expect(r.stdout.isEmpty)
            let c = try CLI.run(["check", zhengdong, out])
            #expect(c.status == 0, "\(args): \(c.stderr)")
        }
    }

    @Test func tamperedTimetableFailsTheCheck() throws {
        let out = try folder().appendingPathComponent("week.json").path
        _ = try CLI.run(["walking", tiny, "-o", out, "--quiet"])
        var text = try String(contentsOfFile: out, encoding: .utf8)
        // Claim the uncovered period is taught: `uncovered` no longer agrees with the lessons.
        text = text.replacingOccurrences(of: "\"periods\": 1}", with: "\"periods\": 0}")
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        let c = try CLI.run(["check", tiny, out])
        #expect(c.status == 1)
        #expect(c.stderr.contains("violation: §10 uncovered"), "\(c.stderr)")
    }

    @Test func reportFolderHasCSVMarkdownAndGrids() throws {
        let dir = try folder()
        let r = try CLI.run(["walking", zhengdong, "-o", dir.appendingPathComponent("w.json").path,
                             "--report", dir.appendingPathComponent("report").path, "--lang", "zh", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let csv = try Data(contentsOf: dir.appendingPathComponent("report/lessons.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv, as: UTF8.self)
        #expect(text.contains("教师编号,姓名,任职学校"))
        #expect(text.contains("\r\n"))
        let html = try String(contentsOf: dir.appendingPathComponent("report/report.html"), encoding: .utf8)
        #expect(html.contains("<table class=\"grid\">"))
        #expect(html.contains("T01416"))
        #expect(html.contains("→ from"))  // a journey between two schools is marked
        #expect(html.contains("丰盈路初级中学"))  // a school's grid
        #expect(!html.contains("<script"))
        let md = try String(contentsOf: dir.appendingPathComponent("report/summary.md"), encoding: .utf8)
        #expect(md.contains("uncovered: **13**"))
        #expect(md.contains("## Uncovered demand"))
    }

    @Test func helpExplainsEveryOption() throws {
        let r = try CLI.run(["walking", "--help"])
        #expect(r.status == 0)
        for needle in ["--formulation <plain|strong>", "--solver <glpk|greedy>", "--time-limit", "--report", "Exit codes", "MODEL.md §6"] {
            #expect(r.stdout.contains(needle), "\(needle)")
        }
    }

    @Test func writesLPWithRowsNamedAfterTheSections() throws {
        let dir = try folder()
        let r = try CLI.run(["walking", tiny, "-o", dir.appendingPathComponent("w.json").path,
                             "--write-lp", dir.appendingPathComponent("m.lp").path, "--quiet"])
        #expect(r.status == 0)
        let lp = try String(contentsOf: dir.appendingPathComponent("m.lp"), encoding: .utf8)
        #expect(lp.contains("walking.6.2.demand(S2_3_1_music)"))
        #expect(lp.contains("walking.6.6.travel("))
    }

    @Test func demandWithoutACalendarIsInvalidInput() throws {
        let dir = try folder()
        let path = dir.appendingPathComponent("no-calendar.json").path
        var text = try String(contentsOfFile: tiny, encoding: .utf8)
        let start = try #require(text.range(of: "\"calendar\""))
        let end = try #require(text.range(of: "]}", range: start.upperBound..<text.endIndex))
        text.removeSubrange(start.lowerBound..<text.index(after: text.index(after: end.upperBound)))
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["walking", path, "-o", dir.appendingPathComponent("w.json").path])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("calendar"), "\(r.stderr)")
        #expect(r.stderr.contains("no-calendar.json"))
    }
}
