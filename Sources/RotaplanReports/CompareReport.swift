import RotaplanDomain
import RotaplanText

/// What-if policy variants of one instance side by side (`rotaplan compare`): one column
/// per plan, the baseline first, one row per ``PlanMetrics/rows`` figure; a figure that
/// differs from the baseline is highlighted — green when better, red when worse, yellow
/// when neither direction is better — with its difference. HTML (self-contained, as the
/// other reports), Markdown and CSV, in Chinese or English.
public struct CompareReport {
    /// One plan: a name ("baseline", "minRate 0.15"), the settings that make it differ
    /// (shown under its name, e.g. "exchange.minRate = 0.15") and its figures.
    public struct Variant: Sendable {
        public var name: String
        public var settings: [String]
        public var metrics: PlanMetrics
        public init(name: String, settings: [String] = [], metrics: PlanMetrics) {
            self.name = name; self.settings = settings; self.metrics = metrics
        }
    }

    public static let files = ["compare.csv", "compare.md", "compare.html"]

    /// The instance's name (the page's title).
    public let instance: String
    /// The baseline first.
    public let variants: [Variant]
    /// What the plans' solvers and pipeline explain (why a variant has no plan, uncovered
    /// walking lines, mentors the exchange moves), in the report's language, each line
    /// prefixed by the plans it concerns.
    public let notes: [String]

    public init(instance: String, variants: [Variant], notes: [String] = []) {
        self.instance = instance
        self.variants = variants
        self.notes = notes
    }

    /// The text of each file of ``files``, in that order.
    public func files(_ lang: ReportLanguage) -> [String] { [csv(lang), markdown(lang), html(lang)] }

    /// How a variant's figure compares with the baseline's: nil (same or baseline),
    /// "better", "worse" or "changed".
    func mark(_ row: PlanMetrics.Row, _ k: Int) -> String? {
        guard k > 0, let base = variants.first, row.differs(variants[k].metrics, from: base.metrics) else { return nil }
        switch row.judge(variants[k].metrics, against: base.metrics) {
        case 1: return "better"
        case -1: return "worse"
        default: return "changed"
        }
    }

    // MARK: HTML

    static let style = """
        td.better{background:#e3f4e6}td.worse{background:#fbe3e0}td.changed{background:#fff4cc}
        td small,th small{display:block;font-weight:normal;color:#555;font-size:.8rem}
        th.v{min-width:7rem}td.n small{text-align:right}
        """

    public func html(_ lang: ReportLanguage) -> String {
        let esc = HTMLPage.esc
        var h = HTMLPage.head(title: instance + ReportText.compareTitle.text(lang), lang: lang, extraStyle: Self.style)
        h += "<h1>\(HTMLPage.name(instance)) — " + ReportText.compareHeading.text(lang) + "</h1>\n"
        h += "<p>" + esc(ReportText.compareIntroHTML.text(lang)) + "</p>\n"
        h += "<div class=\"wrap\"><table><tr><th>" + esc(ReportText.figure.text(lang)) + "</th>"
        for (k, v) in variants.enumerated() {
            h += "<th class=\"v\">\(HTMLPage.name(v.name))"
            if k == 0 { h += "<small>" + esc(ReportText.baselineHTML.text(lang)) + "</small>" }
            for s in v.settings { h += "<small>\(HTMLPage.name(s))</small>" }
            h += "</th>"
        }
        h += "</tr>\n"
        for row in PlanMetrics.rows {
            h += "<tr><td>\(esc(row.label(lang)))</td>"
            for (k, v) in variants.enumerated() {
                let cls = (row.format == .status ? [] : ["n"]) + (mark(row, k).map { [$0] } ?? [])
                h += cls.isEmpty ? "<td>" : "<td class=\"\(cls.joined(separator: " "))\">"
                h += esc(row.text(v.metrics, lang))
                if k > 0, let d = row.difference(v.metrics, from: variants[0].metrics) { h += "<small>(\(esc(d)))</small>" }
                h += "</td>"
            }
            h += "</tr>\n"
        }
        h += "</table></div>\n"
        if !notes.isEmpty {
            h += "<h2>" + ReportText.explanations.text(lang) + "</h2>\n<ul>\n" + notes.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
        }
        return h + "</body></html>\n"
    }

    // MARK: Markdown

    public func markdown(_ lang: ReportLanguage) -> String {
        let md = HTMLPage.md
        var out = "# \(md(instance))" + ReportText.compareTitle.text(lang) + "\n\n"
        out += ReportText.compareIntroMarkdown.text(lang)
        for (k, v) in variants.enumerated() where !v.settings.isEmpty || k == 0 {
            out += "- **\(md(v.name))**" + (k == 0 ? ReportText.baselineMarkdown.text(lang) : "") + (v.settings.isEmpty ? "" : ": " + v.settings.map(md).joined(separator: "; ")) + "\n"
        }
        out += "\n| " + ReportText.figureMarkdown.text(lang) + " | " + variants.map { md($0.name) }.joined(separator: " | ") + " |\n"
        out += "|---|" + variants.map { _ in "---:|" }.joined() + "\n"
        for row in PlanMetrics.rows {
            out += "| \(md(row.label(lang))) |"
            for (k, v) in variants.enumerated() {
                let text = md(row.text(v.metrics, lang))
                guard let mark = mark(row, k) else { out += " \(text) |"; continue }
                let arrow = mark == "better" ? " ▲" : (mark == "worse" ? " ▼" : "")
                let d = row.difference(v.metrics, from: variants[0].metrics).map { " (\($0))" } ?? ""
                out += " **\(text)**\(d)\(arrow) |"
            }
            out += "\n"
        }
        if !notes.isEmpty { out += "\n## " + ReportText.explanations.text(lang) + "\n\n" + notes.map { "- \(md($0))\n" }.joined() }
        return out
    }

    // MARK: CSV

    /// key, label, then one column per variant (numbers as numbers, statuses as text,
    /// missing figures empty).
    public func csv(_ lang: ReportLanguage) -> String {
        var table = CSVTable(header: ReportColumns.compareCSV.headers(lang) + variants.map(\.name))
        for row in PlanMetrics.rows {
            table.append([.text(row.key), .text(row.label(lang))] + variants.map { row.cell($0.metrics, lang) })
        }
        return table.text
    }
}
