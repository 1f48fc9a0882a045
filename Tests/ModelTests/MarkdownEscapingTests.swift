import Foundation
import Testing
import RotaplanDomain
import RotaplanModels
@testable import RotaplanReports

/// Issue 15, finding 9: every Markdown file rotaplan writes shows what the instance says
/// as text. HTML (`<img onerror>`, `<script>`) is escaped, so a renderer runs nothing;
/// table cells cannot be split (`|`) or spill onto new lines; code spans, links and
/// terminal controls are neutralised.
@Suite struct MarkdownEscapingTests {
    static let hostile = "<img src=x onerror=alert(1)> | [x](javascript:alert(1)) `a` & b\\|\r\n# H\u{1B}[2J"
    static let shown = "&lt;img src=x onerror=alert(1)&gt; \\| \\[x\\](javascript:alert(1)) \\`a\\` &amp; b\\\\\\|  # H\\u{1B}\\[2J"

    static func hostileZhengdong() throws -> Instance {
        var x = try zhengdong()
        x.name = "<script>alert(1)</script>"
        x.schools[0].name = hostile
        x.groups[0].name = hostile
        x.teachers[x.teachersBySchool[0][0]].name = hostile
        return x
    }

    static func check(_ md: String, _ label: String) {
        #expect(!md.contains("<script") && !md.contains("<img"), "\(label)\n\(md)")
        #expect(md.contains(shown), "\(label)\n\(md)")
        #expect(!md.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(label)")
        for line in md.split(separator: "\n") where line.hasPrefix("|") {
            // A table row keeps its cells: an escaped \| is not a separator.
            let cells = line.replacingOccurrences(of: "\\\\", with: "").replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(cells >= 3, "\(label): \(line)")
        }
    }

    @Test func theEscaperAlone() {
        #expect(HTMLPage.md(Self.hostile) == Self.shown)
        #expect(HTMLPage.md("张三 (一)班 a_b *c*") == "张三 (一)班 a_b *c*")
    }

    @Test func planSummary() throws {
        let x = try Self.hostileZhengdong()
        let (plan, outcome) = try solvedPlan(x)
        for lang in ReportLanguage.allCases {
            let md = PlanReport(instance: x, solution: plan, explanations: outcome.explanation(lang) + [Self.hostile]).summaryMarkdown(lang)
            Self.check(md, "summary.md \(lang)")
            #expect(md.hasPrefix("# &lt;script&gt;alert(1)&lt;/script&gt; — "))
        }
    }

    @Test func compareReport() throws {
        let x = try Self.hostileZhengdong()
        let (plan, _) = try solvedPlan(x)
        let report = CompareReport(instance: x.name, variants: [
            .init(name: "基准", metrics: PlanMetrics(instance: x, solution: plan)),
            .init(name: Self.hostile, settings: [Self.hostile], metrics: PlanMetrics(instance: x, solution: plan)),
        ], notes: [Self.hostile])
        for lang in ReportLanguage.allCases {
            let md = report.markdown(lang)
            Self.check(md, "compare.md \(lang)")
            #expect(md.hasPrefix("# &lt;script&gt;alert(1)&lt;/script&gt; — "))
        }
    }

    @Test func problemSummaries() throws {
        let x = try Self.hostileZhengdong()
        let exchange = try ExchangeSolve.run(x).solution
        let training = try TrainingSolve.run(x).solution
        let walking = try WalkingSolve.run(x).solution
        for (label, md) in [("exchange", ExchangeReport(instance: x, solution: exchange).summaryMarkdown()),
                            ("training", TrainingReport(instance: x, solution: training).summaryMarkdown()),
                            ("walking", WalkingReport(instance: x, solution: walking).summaryMarkdown())] {
            #expect(!md.contains("<script"), "\(label)\n\(md)")
            #expect(md.split(separator: "\n").first?.hasSuffix(": &lt;script&gt;alert(1)&lt;/script&gt;") == true, "\(label)")
            #expect(!md.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(label)")
            if label == "exchange" { Self.check(md, label) }  // school S01's name is in its table
        }
    }
}
