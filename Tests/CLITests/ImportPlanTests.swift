import Foundation
import Testing

/// `rotaplan import-plan` from the yearly plan's own files (docs/hand-edits.md; issue 17
/// item 3): exchanges, placements and lessons together, or the report's plan.xlsx, give
/// back a plan of the three stages that checks with the same objective.
@Suite struct ImportPlanTests {
    static let instance = ImportPlanTests.root.appendingPathComponent("instances/luohe-wuyang.json").path
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func objective(_ path: String) throws -> String? {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").first { $0.hasPrefix(" \"objective\":") }.map(String.init)
    }

    @Test(arguments: ["zh", "en"])
    func aPlanRoundTripsThroughItsReportFiles(_ lang: String) throws {
        let dir = try TemplateCommandTests.folder()
        let plan = dir.appendingPathComponent("plan.json").path, report = dir.appendingPathComponent("report").path
        let solved = try CLI.run(["plan", Self.instance, "-o", plan, "--report", report, "--lang", lang, "--no-timing"])
        #expect(solved.status == 0, "\(solved.stderr)")
        let csv = dir.appendingPathComponent("csv.json").path, xlsx = dir.appendingPathComponent("xlsx.json").path
        let fromCSV = try CLI.run(["import-plan", Self.instance, "--exchanges", report + "/exchanges.csv", "--placements", report + "/placements.csv",
                                   "--lessons", report + "/lessons.csv", "-o", csv])
        #expect(fromCSV.status == 0, "\(fromCSV.stderr)")
        #expect(fromCSV.stdout.contains("wrote the plan plan") && fromCSV.stdout.contains("it holds"), "\(fromCSV.stdout)")
        let fromBook = try CLI.run(["import-plan", Self.instance, "--workbook", report + "/plan.xlsx", "-o", xlsx])
        #expect(fromBook.status == 0, "\(fromBook.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: csv)) == Data(contentsOf: URL(fileURLWithPath: xlsx)))
        let checked = try CLI.run(["check", Self.instance, csv])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(try Self.objective(csv) != nil && Self.objective(csv) == Self.objective(plan))
    }

    @Test func lessonsAloneAreAWalkingPlanWithItsUncoveredPeriods() throws {
        let dir = try TemplateCommandTests.folder()
        let plan = dir.appendingPathComponent("plan.json").path, report = dir.appendingPathComponent("report").path
        #expect(try CLI.run(["plan", Self.instance, "-o", plan, "--report", report, "--lang", "en", "--no-timing"]).status == 0)
        // One lesson deleted by hand: its period is uncovered, and the plan still holds.
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: report + "/lessons.csv")))
        let ends = bytes.indices.filter { bytes[$0] == 0x0A }
        bytes.removeSubrange(ends[0] + 1...ends[1])
        try Data(bytes).write(to: URL(fileURLWithPath: report + "/lessons.csv"))
        let out = dir.appendingPathComponent("w.json").path
        let r = try CLI.run(["import-plan", Self.instance, "--lessons", report + "/lessons.csv", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"problem\": \"walking\"") && text.contains("\"uncovered\": [") && text.contains("\"periods\": 1"), "\(text)")
    }
}
