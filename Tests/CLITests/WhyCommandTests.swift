import Foundation
import Testing

/// `rotaplan why INSTANCE PLAN WHO…` and the reasons table of `exchange --report`, through
/// the real binary, on the bundled Zhengdong instance with its pins (docs/report.md "Why
/// each teacher moves or stays").
@Suite struct WhyCommandTests {
    static let instances = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("instances")
    static let zhengdong = instances.appendingPathComponent("zhengdong-2025.json").path
    static let pins = instances.appendingPathComponent("zhengdong-2025.pins.csv").path

    static func plan() throws -> (dir: URL, plan: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-why-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let plan = dir.appendingPathComponent("exchange.json").path
        let r = try CLI.run(["exchange", zhengdong, "--pins", pins, "-o", plan, "--no-timing", "--report", dir.appendingPathComponent("report").path, "--lang", "zh"])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, plan)
    }

    @Test func answersForNamedTeachers() throws {
        let (_, plan) = try Self.plan()
        // An id, a name, a pinned mover and an ineligible teacher at once.
        let r = try CLI.run(["why", Self.zhengdong, plan, "T0102", "郭文博", "T0108", "--pins", Self.pins, "--lang", "en"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 6, "\(r.stdout)")
        #expect(lines[0].hasPrefix("T0102 (谢佳琪) · ") && lines[0].hasSuffix(" · stays"))
        #expect(lines[1].hasPrefix("  Moved (best: to "), "\(lines[1])")
        #expect(lines[2].hasPrefix("T0105 (郭文博) · ") && lines[2].contains("moves to S04"))
        #expect(lines[3] .contains("Decided by the principal: pin ") && lines[3].contains("T0105 must-move-to S04"))
        #expect(lines[5] == "  Not eligible (§2): 4.0 years at this school, 6.0 needed (exchange.minYearsAtSchool).")
        let zh = try CLI.run(["why", Self.zhengdong, plan, "T0108"])
        #expect(zh.stdout.contains("不符合交流条件（§2）：在校 4.0 年，需满 6.0 年"), "\(zh.stdout)")
    }

    /// Unknown names are invalid input (exit 2), each named; nothing on stdout.
    @Test func unknownNamesAreAnError() throws {
        let (_, plan) = try Self.plan()
        let r = try CLI.run(["why", Self.zhengdong, plan, "T0102", "无名氏", "T9999"])
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("no teacher has the id or name \"无名氏\"") && r.stderr.contains("\"T9999\""), "\(r.stderr)")
    }

    @Test func theExchangeReportHasTheReasonsTable() throws {
        let (dir, _) = try Self.plan()
        let report = dir.appendingPathComponent("report")
        let csv = try String(contentsOf: report.appendingPathComponent("reasons.csv"), encoding: .utf8)
        #expect(csv.contains("工号,姓名,学校,结果,原因"))
        #expect(csv.components(separatedBy: "\r\n").count >= 10)
        let html = try String(contentsOf: report.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<h2 id=\"reasons\">每位教师交流或留任的原因</h2>"))
        let md = try String(contentsOf: report.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(md.contains("## 每位教师交流或留任的原因") && md.contains("§4.2 只要求"))
    }
}
