import Foundation
import Testing
import RotaplanDomain
import RotaplanReports

/// The plan report in a real browser (scripts/render-report.sh, headless Chromium): it
/// renders to a PNG in both languages with no console message and no network request,
/// and the same check fails on a page that loads an external image or logs an error.
/// Without a browser these tests fail and say to run scripts/install-deps.sh, unless
/// ROTAPLAN_SKIP_BROWSER=1. ROTAPLAN_REPORT_OUT=DIR keeps the report folders and PNGs
/// there (docs/report.md).
@Suite struct ReportBrowserTests {
    static let script = root.appendingPathComponent("scripts/render-report.sh").path

    /// The browser the script would use, or nil.
    static var browser: String? {
        let env = ProcessInfo.processInfo.environment
        if let b = env["CHROMIUM"], !b.isEmpty { return FileManager.default.isExecutableFile(atPath: b) ? b : nil }
        let path = (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for dir in path where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") { return "\(dir)/\(name)" }
        }
        for app in ["/Applications/Chromium.app/Contents/MacOS/Chromium", "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"]
            where FileManager.default.isExecutableFile(atPath: app) { return app }
        return nil
    }

    /// false when the browser checks are skipped; records the failure when there is no browser.
    static func browserReady() -> Bool {
        if ProcessInfo.processInfo.environment["ROTAPLAN_SKIP_BROWSER"] == "1" { return false }
        guard browser != nil else {
            Issue.record("No headless browser (chromium, chromium-browser or google-chrome) for the report checks: run scripts/install-deps.sh, or set ROTAPLAN_SKIP_BROWSER=1 to skip them.")
            return false
        }
        return true
    }

    /// Runs the script; its exit status and stderr.
    static func render(_ page: String, _ png: String, width: Int = 1100, height: Int = 1600) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [script, page, png, "\(width)", "\(height)"]
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Whether ROTAPLAN_REPORT_OUT asks to keep what the tests write.
    static var keep: Bool { ProcessInfo.processInfo.environment["ROTAPLAN_REPORT_OUT"] != nil }

    /// Removes a test's folder unless it is to be kept.
    static func clean(_ dir: URL) {
        if !keep { try? FileManager.default.removeItem(at: dir) }
    }

    static func scratch(_ name: String) throws -> URL {
        let dir = ProcessInfo.processInfo.environment["ROTAPLAN_REPORT_OUT"].map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-browser-\(ProcessInfo.processInfo.processIdentifier)-\(name)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func isPNG(_ path: String) -> Bool {
        guard let d = FileManager.default.contents(atPath: path), d.count > 1000 else { return false }
        return Array(d.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    }

    @Test(arguments: ReportLanguage.allCases)
    func zhengdongPlanReportRendersClean(_ lang: ReportLanguage) throws {
        guard Self.browserReady() else { return }
        let x = try zhengdong()
        let (plan, outcome) = try solvedPlan(x)
        let report = PlanReport(instance: x, solution: plan, explanations: outcome.explanation(lang))
        let dir = try Self.scratch("plan-\(lang.rawValue)")
        defer { Self.clean(dir) }
        for (name, text) in zip(PlanReport.files, report.files(lang)) {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let png = dir.appendingPathComponent("report.png").path
        let (status, err) = try Self.render(dir.appendingPathComponent("report.html").path, png)
        #expect(status == 0, "\(err)")
        #expect(Self.isPNG(png))
        // A phone (390 px wide): text cells wrap instead of running off the screen.
        let page = try #require(report.files(lang).last)
        #expect(page.contains("@media (max-width:600px)") && page.contains("white-space:normal;overflow-wrap:anywhere"))
        let phone = dir.appendingPathComponent("report-390.png").path
        let (phoneStatus, phoneErr) = try Self.render(dir.appendingPathComponent("report.html").path, phone, width: 390, height: 844)
        #expect(phoneStatus == 0, "\(phoneErr)")
        #expect(Self.isPNG(phone))
        // The notice of the first school, printable and clean on a phone too.
        let notice = dir.appendingPathComponent("notice.html")
        try report.notices(lang)[0].html.write(to: notice, atomically: true, encoding: .utf8)
        let (noticeStatus, noticeErr) = try Self.render(notice.path, dir.appendingPathComponent("notice-390.png").path, width: 390, height: 844)
        #expect(noticeStatus == 0, "\(noticeErr)")
    }

    /// `compare`'s page: the baseline and two what-if variants (a higher exchange rate;
    /// Luohe's allowance with 1 yuan per km), in Chinese.
    @Test func compareReportRendersClean() throws {
        guard Self.browserReady() else { return }
        let x = try zhengdong()
        var stricter = x, paid = x
        stricter.policy.exchange.minRate = 0.2
        paid.policy.cost.allowancePerDay = 80
        paid.policy.cost.transportPerKm = 1
        let variants = try [("基准", [], x), ("minRate 0.2", ["exchange.minRate = 0.2"], stricter),
                            ("漯河补贴", ["cost.allowancePerDay = 80", "cost.transportPerKm = 1"], paid)].map { name, settings, y in
            CompareReport.Variant(name: name, settings: settings, metrics: PlanMetrics(instance: y, solution: try solvedPlan(y).solution))
        }
        let report = CompareReport(instance: x.name, variants: variants)
        let dir = try Self.scratch("compare")
        defer { Self.clean(dir) }
        for (name, text) in zip(CompareReport.files, report.files(.zh)) {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let png = dir.appendingPathComponent("compare.png").path
        let (status, err) = try Self.render(dir.appendingPathComponent("compare.html").path, png, width: 1000, height: 1400)
        #expect(status == 0, "\(err)")
        #expect(Self.isPNG(png))
    }

    /// Pages the check must reject: (name, body, uses the report's CSP, words the message
    /// must contain). With the CSP a load becomes a console message; without it the
    /// request itself is seen; a script's console.error is a console message.
    static let broken: [(String, String, Bool, String)] = [
        ("image-csp", #"<img src="https://example.com/x.png" alt="">"#, true, "example.com/x.png"),
        ("image", #"<img src="https://example.com/x.png" alt="">"#, false, "requested something over the network"),
        ("console-error", "<script>console.error('x')</script>", false, "logged to the console"),
    ]

    @Test(arguments: broken)
    func brokenPagesFail(_ page: (String, String, Bool, String)) throws {
        guard Self.browserReady() else { return }
        let meta = page.2 ? #"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">"# : ""
        let html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(meta)</head><body><h1>broken</h1>\(page.1)</body></html>\n"
        let dir = try Self.scratch("broken-\(page.0)")
        defer { Self.clean(dir) }
        let file = dir.appendingPathComponent("\(page.0).html"), png = dir.appendingPathComponent("\(page.0).png")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let (status, err) = try Self.render(file.path, png.path, width: 400, height: 300)
        #expect(status == 1, "\(page.0) passed the check: \(err)")
        #expect(err.contains(page.3), "\(page.0): \(err)")
    }
}
