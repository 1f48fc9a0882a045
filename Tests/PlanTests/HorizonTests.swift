import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanPlan
import RotaplanReports
import Testing

/// `rotaplan horizon` (MODEL.md §13) as a library: each year's instance is the rollover of
/// the year before plus that year's entries, each plan passes the independent check on its
/// year, the figures follow teachers across years, and two runs give the same bytes.
@Suite struct HorizonTests {
    /// tiny-luohe with `"year": 2025` after its name.
    static func tinyText() throws -> String {
        let text = try String(contentsOf: examples.appendingPathComponent("tiny-luohe.json"), encoding: .utf8)
        let range = try #require(text.range(of: #""name":\s*"[^"]*","#, options: .regularExpression))
        return text.replacingCharacters(in: range, with: text[range] + " \"year\": 2025,")
    }

    static func load(_ text: String, _ file: String = "tiny.json") throws -> Instance {
        try InstanceLoader.load(bytes: Array(text.utf8), file: file).instance
    }

    static let hires = """
        {"2026": {"newHires": [{"id": "N11", "name": "周新", "group": "G1", "subject": "math", "minYears": 1}],
                  "vacancies": [{"school": "S3", "subject": "math", "year": 1, "count": 1}]}}
        """

    @Test func everyYearIsTheRolloverOfTheOneBeforeAndPassesTheCheck() throws {
        let text = try Self.tinyText()
        let entries = try HorizonEntries.read(bytes: Array(Self.hires.utf8), file: "hires.json", first: 2025, count: 3)
        let result = try Horizon.run(first: Self.load(text), text: text, years: 3, entries: entries)
        #expect(result.stop == nil)
        #expect(result.years.map(\.year) == [2025, 2026, 2027])
        #expect(result.finalInstance?.year == 2028)
        var expected = text
        for (k, y) in result.years.enumerated() {
            #expect(y.instanceText == expected, "year \(y.year) is not the rollover of the year before")
            let x = try Self.load(y.instanceText)
            #expect(x.year == 2025 + k)
            let report = SolutionChecker.check(y.outcome.solution, against: x)
            #expect(report.violations.isEmpty, "\(y.year): \(report.violations)")
            let next = try Rollover.next(document: JSONParser.parse(y.instanceText), instance: x, plan: y.outcome.solution)
            expected = entries.appended(to: next.text, year: y.year + 1)
        }
        #expect(result.finalInstance?.text == expected)
        // 2026's entries are in 2026's instance, and its new hire is placed that year.
        let x2026 = try Self.load(result.years[1].instanceText)
        #expect(x2026.newHires.contains { $0.id.rawValue == "N11" })
        #expect(result.years[1].outcome.solution.placements.contains { $0.newHire == "N11" })
        #expect(!(try Self.load(result.years[2].instanceText)).newHires.contains { $0.id.rawValue == "N11" })
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let text = try Self.tinyText()
        func files() throws -> [String] {
            let r = try Horizon.run(first: Self.load(text), text: text, years: 2)
            return r.years.flatMap { [$0.instanceText, SolutionFile.json($0.outcome.solution, timing: false)] } + [r.finalInstance?.text ?? ""]
        }
        #expect(try files() == files())
    }

    @Test func figuresFollowTeachersAcrossYears() throws {
        let text = try Self.tinyText()
        let result = try Horizon.run(first: Self.load(text), text: text, years: 3)
        let figures = HorizonFigures(result.years.map { ($0.instance, $0.outcome.solution) })
        #expect(figures.rows.count == 3)
        var moved = Set<String>(), eligible = Set<String>()
        for (y, row) in zip(result.years, figures.rows) {
            moved.formUnion(y.outcome.solution.exchanges.map(\.teacher))
            let facts = InstanceFacts(y.instance)
            eligible.formUnion(y.instance.teachers.indices.filter(facts.isEligible).map { y.instance.teachers[$0].id.rawValue })
            #expect(row.movers == y.outcome.solution.exchanges.count)
            #expect(row.rotatedSoFar == moved.count && row.eligibleSoFar == eligible.count)
            #expect(row.onExchange == y.instance.teachers.filter { $0.onExchange != nil }.count)
        }
        // The first year's movers are on exchange in the second year (term 3).
        #expect(figures.rows[1].onExchange == figures.rows[0].movers)
        #expect(figures.rows[0].movers > 0)
        let html = HorizonReport(instance: "tiny", figures: figures).html(.zh)
        #expect(html.contains("<svg class=\"chart\"") && html.contains("<polyline") && !html.contains("<script"))
        #expect(html.components(separatedBy: "<tr>").count == 1 + 1 + figures.rows.count)
    }

    @Test func entriesOutsideTheHorizonAreNamed() throws {
        func problems(_ json: String) -> [String] {
            do { _ = try HorizonEntries.read(bytes: Array(json.utf8), file: "h.json", first: 2025, count: 2); return [] } catch {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(problems(#"{"2026": {"newHires": []}, "2027": {}}"#).isEmpty)
        #expect(problems(#"{"2025": {"newHires": []}}"#).first?.contains("first instance's own year") == true)
        #expect(problems(#"{"2028": {}}"#).first?.contains("outside the horizon") == true)
        #expect(problems(#"{"next": {}}"#).first?.contains("school year") == true)
        #expect(problems(#"{"2026": {"teachers": []}}"#).first?.contains("2026.teachers") == true)
        #expect(problems(#"{"2026": {"newHires": [1]}}"#).first?.contains("2026.newHires[0]") == true)
        #expect(problems(#"[1]"#).first?.contains("expected an object of school years") == true)
        #expect(problems(#"{"2026": "#).first?.contains("invalid JSON") == true)
    }

    /// A hires entry that breaks §2 (a hire of an unknown group) stops the horizon at its
    /// year, with the loader's diagnostic, and keeps the years before.
    @Test func aBadEntryStopsAtItsYear() throws {
        let text = try Self.tinyText()
        let bad = #"{"2026": {"newHires": [{"id": "N12", "name": "x", "group": "G9", "subject": "math", "minYears": 1}]}}"#
        let entries = try HorizonEntries.read(bytes: Array(bad.utf8), file: "h.json", first: 2025, count: 2)
        let result = try Horizon.run(first: Self.load(text), text: text, years: 2, entries: entries)
        #expect(result.years.map(\.year) == [2025])
        guard case let .invalidInstance(year, messages)? = result.stop else { Issue.record("\(String(describing: result.stop))"); return }
        #expect(year == 2026 && messages.contains { $0.contains("G9") })
    }

    @Test func anInstanceWithoutYearIsRefused() throws {
        let text = try String(contentsOf: examples.appendingPathComponent("tiny-luohe.json"), encoding: .utf8)
        let result = try Horizon.run(first: Self.load(text), text: text, years: 2)
        #expect(result.stop == .noYear && result.years.isEmpty)
    }
}
