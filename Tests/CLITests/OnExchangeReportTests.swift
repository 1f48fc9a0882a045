import Foundation
import Testing

/// Teachers on exchange (MODEL.md §11) in the reports: next year's instance after a
/// rollover has this year's movers on exchange; its plan report lists them with their
/// personnel school and return year, and each school's notice names those it sent or hosts.
@Suite struct OnExchangeReportTests {
    @Test func planReportListsTeachersOnExchange() throws {
        let dir = try Fixture.folder("on-exchange-report")
        let input = try RolloverCommandTests.withYear(Fixture.tiny, in: dir)
        let exchange = ValidateCommandTests.examples.appendingPathComponent("solutions/tiny-luohe.exchange.json").path
        let next = dir.appendingPathComponent("next.json").path
        try #require(try CLI.run(["rollover", input, exchange, "-o", next, "--quiet"]).status == 0)
        let moved = try #require(try Fixture.json(exchange)["exchanges"] as? [[String: Any]])
        let report = dir.appendingPathComponent("report")
        let p = try CLI.run(["plan", next, "-o", dir.appendingPathComponent("zh.json").path, "--report", report.path, "--lang", "zh", "--quiet", "--set", "exchange.maxCoreBackboneOutShare=1"])
        #expect(p.status == 0 || p.status == 1, "\(p.stderr)")
        let md = try String(contentsOf: report.appendingPathComponent("summary.md"), encoding: .utf8)
        let html = try String(contentsOf: report.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(md.contains("## 在交流中的教师") && html.contains("<h2>在交流中的教师</h2>"))
        let section = try #require(md.components(separatedBy: "## 在交流中的教师").last)
        for m in moved {
            let teacher = try #require(m["teacher"] as? String)
            let row = try #require(section.split(separator: "\n").first { $0.hasPrefix("| \(teacher) |") }, "\(teacher) not listed")
            #expect(row.hasSuffix("| 2025 | 3 | 2028 |"), "\(row)")
        }
        // The notice of the school a mover went to names them with the return year.
        let to = try #require(moved.first?["to"] as? String)
        let notice = try String(contentsOf: report.appendingPathComponent("notices/\(to).html"), encoding: .utf8)
        #expect(notice.contains("交流期内的教师") && notice.contains("2028"))
        // English too, and nothing of it for an instance without teachers on exchange.
        let en = dir.appendingPathComponent("en")
        _ = try CLI.run(["plan", next, "-o", dir.appendingPathComponent("en.json").path, "--report", en.path, "--lang", "en", "--quiet", "--set", "exchange.maxCoreBackboneOutShare=1"])
        #expect(try String(contentsOf: en.appendingPathComponent("summary.md"), encoding: .utf8).contains("## Teachers on exchange"))
        let plain = dir.appendingPathComponent("plain")
        _ = try CLI.run(["plan", input, "-o", dir.appendingPathComponent("plain.json").path, "--report", plain.path, "--lang", "en", "--quiet"])
        #expect(!(try String(contentsOf: plain.appendingPathComponent("summary.md"), encoding: .utf8)).contains("Teachers on exchange"))
    }
}
