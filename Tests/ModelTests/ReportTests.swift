import Foundation
import Testing
import RotaplanDomain
import RotaplanModels
import RotaplanReports

@Suite struct ReportTests {
    @Test(arguments: [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-cmd", "'-cmd"), ("@x", "'@x"), ("\tx", "'\tx"),
        ("张敏", "张敏"), ("a=b", "a=b"), ("", ""),
    ])
    func formulasAreNeutralised(_ input: String, _ expected: String) {
        #expect(CSVTable.neutralised(input) == expected)
    }

    @Test func csvIsExcelReady() {
        var t = CSVTable(header: ["姓名", "note"])
        t.append([.text("李, \"娟\""), .text("=1+1")])
        t.append([.text("多行\n文本"), .number(-3.5)])
        let text = t.text
        #expect(text.hasPrefix("\u{FEFF}姓名,note\r\n"))
        #expect(text.contains("\"李, \"\"娟\"\"\",'=1+1\r\n"))
        #expect(text.contains("\"多行\n文本\",-3.5\r\n"))  // numbers stay numbers
    }

    @Test func exchangeReportFromAPlan() throws {
        let x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        let s = try ExchangeSolve.run(x).solution
        let r = ExchangeReport(instance: x, solution: s)
        #expect(r.moves.count == s.exchanges.count)
        // Two-way exchange (tolerance 0): headcounts do not change, sent = received.
        #expect(r.schools.allSatisfy { $0.headcountBefore == $0.headcountAfter && $0.sent == $0.received })
        let csv = r.exchangesCSV(.zh)
        #expect(csv.hasPrefix("\u{FEFF}教师编号,姓名,学科"))
        #expect(csv.components(separatedBy: "\r\n").count == s.exchanges.count + 2)
        let html = r.html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("郑东新区外国语学校"))
        // Self-contained: nothing is fetched (the only URLs are the SVG namespace, one per
        // group's flows panel) and the page forbids every load.
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("<script") && !html.contains("https:"))
        #expect(html.components(separatedBy: "http:").count == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count)
        #expect(html.contains("Content-Security-Policy"))
        let md = r.summaryMarkdown()
        #expect(md.contains("teachers moving: **\(s.exchanges.count)**"))
    }

    @Test func namesAreEscaped() throws {
        var x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        x.schools[0].name = "<script>alert(1)</script>"
        let s = try ExchangeSolve.run(x).solution
        let html = ExchangeReport(instance: x, solution: s).html()
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
    }
}
