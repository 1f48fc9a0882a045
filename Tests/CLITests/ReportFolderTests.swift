import Foundation
import Testing

/// `--report DIR` writes plan.xlsx and one notice per school beside the CSVs (issue 17
/// item 6), from a solving command and from `rotaplan report`, the same bytes each time.
@Suite struct ReportFolderTests {
    static let zhengdong = Fixture.bench.deletingLastPathComponent().appendingPathComponent("zhengdong-2025.json").path
    static func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let notices = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("notices").path).sorted()
        #expect(notices.first == "S01.html" && notices.allSatisfy { $0.hasSuffix(".html") } && notices.count > 5)
        for name in ["plan.xlsx"] + notices.map({ "notices/\($0)" }) {
            out[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return out
    }

    @Test func planAndReportWriteTheWorkbookAndTheNotices() throws {
        let dir = try Fixture.folder("report-folder")
        let out = dir.appendingPathComponent("plan.json").path
        let first = dir.appendingPathComponent("first"), again = dir.appendingPathComponent("again")
        let r = try CLI.run(["plan", Self.zhengdong, "-o", out, "--report", first.path, "--no-timing"])
        #expect(r.status == 0, "\(r.stderr)")
        let written = try Self.files(first)
        #expect(written["plan.xlsx"]?.prefix(2) == Data("PK".utf8))
        let notice = try #require(written["notices/S01.html"]).map { $0 }
        #expect(String(decoding: notice, as: UTF8.self).contains("校长签字"))
        let r2 = try CLI.run(["report", Self.zhengdong, out, "--report", again.path])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(try Self.files(again) == written, "the same bytes from plan and report")
        let r3 = try CLI.run(["report", Self.zhengdong, out, "--report", again.path])
        #expect(r3.status != 0, "an existing report is not replaced without --force")
        let r4 = try CLI.run(["report", Self.zhengdong, out, "--report", again.path, "--force"])
        #expect(r4.status == 0, "\(r4.stderr)")
    }
}
