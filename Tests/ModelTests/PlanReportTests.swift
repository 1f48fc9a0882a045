import Foundation
import Testing
import RotaplanDomain
import RotaplanModels
import RotaplanReports

/// The plan report's files on the bundled Zhengdong plan and on broken plans: sections
/// in order, every visible word in the page's language, self-contained, escaped,
/// deterministic; CompareReport's highlighting.
@Suite struct PlanReportTests {
    /// The page's visible text but the diagram's labels (instance names, wrapped): no
    /// style, title, svg, tags or entities.
    static func visibleText(_ html: String) -> String {
        var s = html
        for tag in ["style", "title", "svg"] {
            while let a = s.range(of: "<\(tag)"), let b = s.range(of: "</\(tag)>", range: a.upperBound..<s.endIndex) {
                s.removeSubrange(a.lowerBound..<b.upperBound)
            }
        }
        var out = "", inTag = false
        for c in s {
            if c == "<" { inTag = true } else if c == ">" { inTag = false; out.append(" ") } else if !inTag { out.append(c) }
        }
        for (e, c) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: e, with: c)
        }
        return out
    }

    /// Every string the instance brings (names, ids, classes): they stay as they are in
    /// both languages.
    static func instanceWords(_ x: Instance) -> [String] {
        var w = [x.name] + x.schools.flatMap { [$0.name, $0.id.rawValue] } + x.groups.flatMap { [$0.name, $0.id.rawValue] }
        w += x.teachers.flatMap { [$0.name, $0.id.rawValue] } + x.newHires.flatMap { [$0.name, $0.id.rawValue] }
        w += x.walkingDemand.map(\.className)
        return w.sorted { $0.count > $1.count }
    }

    static func withoutInstanceWords(_ text: String, _ x: Instance) -> String {
        instanceWords(x).reduce(text) { $0.replacingOccurrences(of: $1, with: " ") }
    }

    @Test func zhengdongReportInBothLanguages() throws {
        let x = try zhengdong()
        let (plan, outcome) = try solvedPlan(x)
        for lang in ReportLanguage.allCases {
            let report = PlanReport(instance: x, solution: plan, explanations: outcome.explanation(lang))
            let files = report.files(lang)
            #expect(files.count == PlanReport.files.count)
            #expect(files == report.files(lang), "deterministic")
            for (name, text) in zip(PlanReport.files, files) where name.hasSuffix(".csv") {
                #expect(text.hasPrefix("\u{FEFF}"), "\(name) has a BOM")
                #expect(text.hasSuffix("\r\n"))
            }
            let html = files[PlanReport.files.firstIndex(of: "report.html")!]
            #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\""))
            #expect(html.contains("name=\"viewport\""))
            #expect(html.contains(lang == .zh ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">"))
            // Self-contained: no script, no link, no src; the only URLs are SVG namespaces.
            #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("src="))
            #expect(!html.contains("https:"))
            #expect(html.components(separatedBy: "http:").count == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count)
            // Sections in order, the summary first.
            let order = ["class=\"banner", "class=\"kpi\"", "id=\"schools\"", "id=\"flows\"", "id=\"placements\"", "id=\"timetables\"", "id=\"costs\"", "id=\"solver\""]
            let positions = order.map { html.range(of: $0)?.lowerBound }
            #expect(positions.allSatisfy { $0 != nil }, "\(order)")
            #expect(positions.compactMap { $0 }.map { html.distance(from: html.startIndex, to: $0) } == positions.compactMap { $0 }.map { html.distance(from: html.startIndex, to: $0) }.sorted())
            // One flows panel per group, every school named.
            #expect(html.components(separatedBy: "<svg").count - 1 == x.groups.count)
            let visible = Self.withoutInstanceWords(Self.visibleText(html), x)
            if lang == .zh {
                // No English word left, but the few names that are English everywhere.
                let allowed: Set<String> = ["GLPK", "MODEL", "md", "rotaplan", "check"]
                let words = visible.split { !$0.isASCII || !$0.isLetter }.map(String.init).filter { $0.count > 1 && !allowed.contains($0) }
                #expect(words.isEmpty, "English in the Chinese page: \(Set(words).sorted())")
                #expect(html.contains("音乐") && html.contains("高级"))  // subjects and titles in Chinese
            } else {
                let cjk = visible.unicodeScalars.filter { $0.value >= 0x2E80 && !"—→…–·".unicodeScalars.contains($0) && $0.value != 0x25A0 }
                #expect(cjk.isEmpty, "Chinese in the English page: \(String(String.UnicodeScalarView(cjk.prefix(40))))")
                #expect(html.contains("music") && html.contains("senior"))
            }
            let md = files[PlanReport.files.firstIndex(of: "summary.md")!]
            #expect(md.contains(lang == .zh ? "交流轮岗：20 名教师交流" : "Exchange: 20 teachers move"))
        }
        // The tables: one row per move, placement and lesson.
        let report = PlanReport(instance: x, solution: plan, explanations: outcome.explanation(.zh))
        let zh = report.files(.zh)
        func rows(_ name: String) -> Int { zh[PlanReport.files.firstIndex(of: name)!].components(separatedBy: "\r\n").count - 2 }
        #expect(rows("exchanges.csv") == plan.exchanges.count)
        #expect(rows("placements.csv") == plan.placements.count)
        #expect(rows("lessons.csv") == plan.lessons.count)
        #expect(rows("metrics.csv") == PlanMetrics.rows.count)
        #expect(report.schools.reduce(0) { $0 + $1.sent } == plan.exchanges.count)
        #expect(report.schools.reduce(0) { $0 + $1.hiresArriving } == plan.placements.count)
    }

    /// Names with markup, quotes, formulas, right-to-left text and emoji come out escaped
    /// in the page and neutralised in the CSV files.
    @Test func hostileNamesAreEscaped() throws {
        var x = try zhengdong()
        x.schools[0].name = "<script>alert('x')</script> & \"S\""
        x.schools[1].name = "=HYPERLINK(\"http://evil\")"
        x.groups[0].name = "مدرسة 🏫 <i onclick=x>"
        let (plan, _) = try solvedPlan(x)
        let report = PlanReport(instance: x, solution: plan)
        for lang in ReportLanguage.allCases {
            let files = report.files(lang)
            let html = files.last!
            #expect(!html.contains("<script>") && !html.contains("<i onclick"))
            #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;S&quot;"))
            #expect(html.contains("<bdi>مدرسة 🏫 &lt;i onclick=x&gt;</bdi>"))
            #expect(!html.contains("http://evil\"") && !html.contains("src="))
            let schools = files[PlanReport.files.firstIndex(of: "schools.csv")!]
            #expect(schools.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
        }
    }

    /// The exchange is infeasible and the plan stopped there (Ctrl-C or no plan): the
    /// report still has every section, says so, and shows "—".
    @Test func brokenPlansStillReport() throws {
        let x = try zhengdong()
        var s = Solution(problem: .plan, instance: x.name, status: .infeasible)
        s.stages = [Solution.Stage(problem: .exchange, status: .infeasible),
                    Solution.Stage(problem: .training, status: nil), Solution.Stage(problem: .walking, status: nil)]
        s.interrupted = true
        let report = PlanReport(instance: x, solution: s, explanations: ["组 G1 的交流人数要求无法满足"])
        let zh = report.html(.zh), en = report.html(.en)
        #expect(zh.contains("求解被中断") && zh.contains("未运行") && zh.contains("无可行方案") && zh.contains("—"))
        #expect(zh.contains("class=\"banner bad\"") && zh.contains("组 G1 的交流人数要求无法满足"))
        #expect(en.contains("interrupted") && en.contains("did not run") && en.contains("The exchange stage has no plan"))
        #expect(report.summaryMarkdown(.en).contains("No plan for: Exchange (infeasible)"))
        _ = report.files(.zh)
        // A walking stage stopped with a feasible plan: a warning, with its gap.
        let (plan, _) = try solvedPlan(x)
        var partial = plan
        partial.status = .feasible
        partial.interrupted = true
        partial.stages[2].status = .feasible
        partial.stages[2].gap = 0.125
        let warn = PlanReport(instance: x, solution: partial).html(.zh)
        #expect(warn.contains("class=\"banner warn\"") && warn.contains("12.50%"))
    }

    @Test func compareHighlightsDifferences() throws {
        let x = try zhengdong()
        let (plan, _) = try solvedPlan(x)
        var y = x
        y.policy.exchange.minRate = 0.2
        let (stricter, _) = try solvedPlan(y)
        var none = Solution(problem: .plan, instance: x.name, status: .infeasible)
        none.stages = [Solution.Stage(problem: .exchange, status: .infeasible)]
        let report = CompareReport(instance: x.name, variants: [
            .init(name: "基准", metrics: PlanMetrics(instance: x, solution: plan)),
            .init(name: "minRate 0.2", settings: ["exchange.minRate = 0.2"], metrics: PlanMetrics(instance: y, solution: stricter)),
            .init(name: "<none>", settings: ["exchange.minRate = 0.9"], metrics: PlanMetrics(instance: x, solution: none)),
        ])
        let files = report.files(.zh)
        #expect(files.count == CompareReport.files.count)
        let html = files[2]
        #expect(html.contains("Content-Security-Policy") && !html.contains("<script") && html.contains("&lt;none&gt;"))
        #expect(html.contains("td class=\"n changed\"") || html.contains("td class=\"n better\"") || html.contains("td class=\"n worse\""))
        #expect(html.contains("exchange.minRate = 0.2") && html.contains("（基准）"))
        let moved = try #require(PlanMetrics.row("minimumMoves"))
        #expect(moved.differs(report.variants[1].metrics, from: report.variants[0].metrics))
        let md = files[1]
        #expect(md.contains("| 政策要求最少交流人数 | \(moved.text(report.variants[0].metrics, .zh)) | **\(moved.text(report.variants[1].metrics, .zh))** (+"))
        #expect(md.contains("| 交流教师 | 20 |") && md.contains("| **—** |"))
        let csv = files[0]
        #expect(csv.hasPrefix("\u{FEFF}指标代码,指标,基准,minRate 0.2,<none>\r\n"))
        #expect(csv.contains("teachersMoved,交流教师,20,"))
        #expect(report.files(.en)[1].contains("| Teachers moved | 20 |"))
    }
}

/// A move across groups (`allowCrossGroup`): both groups' panels show the other school,
/// dashed and named with its group; the flows table of the exchange report lists it.
@Suite struct FlowsDiagramTests {
    @Test func crossGroupMovesShowInBothPanels() throws {
        let x = try zhengdong()
        var s = Solution(problem: .plan, instance: x.name, status: .optimal)
        s.exchanges = [.init(teacher: x.teachers[x.teachersBySchool[0][0]].id.rawValue, from: "S01", to: "S05"),
                       .init(teacher: x.teachers[x.teachersBySchool[5][0]].id.rawValue, from: "S06", to: "S02")]
        s.stages = [Solution.Problem.exchange, .training, .walking].map { Solution.Stage(problem: $0, status: .optimal) }
        let html = PlanReport(instance: x, solution: s).html(.zh)
        #expect(html.components(separatedBy: "stroke-dasharray").count - 1 == 4)  // S05 and S06 in G1's panel, S01 and S02 in G2's
        #expect(html.contains(">聚源路小学 (G2)<") && html.contains(">通泰路小学 (G2)<") && html.contains(">龙翔小学 (G1)<"))
        #expect(html.components(separatedBy: " (G1)<").count - 1 == 2)  // the core's name is wrapped, "(G1)" kept whole
        #expect(ExchangeReport(instance: x, solution: s).html().contains("stroke-dasharray"))
    }
}

extension PlanReportTests {
    /// The visible English words of a Chinese page, leaving out what the user wrote
    /// (instance names and ids, the pins' own words and file) and policy keys
    /// (`exchange.maxTravelMinutes`), which are the same in both languages.
    static func englishWords(_ html: String, _ x: Instance) -> [String] {
        var visible = visibleText(html)
        for pin in x.pins { visible = visible.replacingOccurrences(of: pin.origin.text, with: " ").replacingOccurrences(of: pin.origin.place, with: " ") }
        visible = withoutInstanceWords(visible, x)
        visible = visible.replacing(/[a-zA-Z]+(\.[a-zA-Z]+)+/, with: " ")
        let allowed: Set<String> = ["GLPK", "MODEL", "md", "rotaplan", "check"]
        return visible.split { !$0.isASCII || !$0.isLetter }.map(String.init).filter { $0.count > 1 && !allowed.contains($0) }
    }

    /// A plan whose exchange a pin makes impossible and whose walking radius leaves
    /// classes uncovered: the Chinese report explains both in Chinese, the English one in
    /// English (the models' explanations are made in both languages).
    @Test func explanationsFollowTheReportsLanguage() throws {
        var x = try PinTests.pinned("T0106,must-move-to,S03\nN01,mentor,T0104\nN02,must-not-go-to,S03")
        x.policy.walking.maxTravelMinutes = 15
        let (plan, outcome) = try solvedPlan(x)
        try #require(plan.stages.map(\.status) == [.infeasible, .infeasible, .optimal] && !plan.uncovered.isEmpty)
        let zh = PlanReport(instance: x, solution: plan, explanations: outcome.explanation(.zh)).html(.zh)
        #expect(zh.contains("交流轮岗：固定规则使集团 G1 的交流轮岗无法实现") && zh.contains("课时未排")
                && zh.contains("首站式培育：固定规则使首站式培育无可行方案"), "\(outcome.explanation(.zh))")
        #expect(Self.englishWords(zh, x).isEmpty, "English in the Chinese page: \(Set(Self.englishWords(zh, x)).sorted())")
        let en = PlanReport(instance: x, solution: plan, explanations: outcome.explanation(.en)).html(.en)
        #expect(en.contains("the pins make the exchange of group G1 impossible") && en.contains("period(s) uncovered"))
    }
}
