import RotaplanDomain
import RotaplanText

/// The reasons table of a report (docs/report.md "Why each teacher moves or stays"): one
/// row per teacher — school, moved/stayed/not eligible, the reason sentence and the figures
/// of the best plan with the opposite decision (MODEL.md §2, §4, §10) — and, above it, each
/// group's movers against the §4.2 minimum. `reasons.csv`, a section of `summary.md` and
/// of `report.html`, in the report's language (words from ``ReasonText``).
public struct ReasonsTable: Sendable {
    /// The CSV file's name in the report folder.
    public static let file = "reasons.csv"

    public let instance: Instance
    public let reasons: ExchangeReasons

    public init(instance: Instance, reasons: ExchangeReasons) {
        self.instance = instance
        self.reasons = reasons
    }

    /// One row's cells as text: id, name, school, decision, reason, then the figures
    /// otherwise (empty when there is no such plan).
    func cells(_ r: TeacherReason, _ lang: ReportLanguage) -> (text: [String], figures: [CSVTable.Cell]) {
        let t = instance.teachers[r.teacher]
        let text = [t.id.rawValue, t.name, instance.schools[t.school].name, ReasonText.verdict(r.verdict, in: instance).text(lang),
                    ReasonText.sentence(r, plan: reasons.plan, share: reasons.share, in: instance).text(lang)]
        guard case let .otherwise(alt) = r.why else { return (text, Array(repeating: .text(""), count: 5)) }
        let f = alt.figures
        return (text, [.integer(f.movers), .number((f.spread * 1000).rounded() / 1000), .integer(f.shortfall), .number(f.yuan.rounded()),
                       alt.objectiveChange.map { .number(($0 * 100).rounded() / 100) } ?? .text("")])
    }

    /// The groups' readings against the §4.2 minimum, one sentence each.
    func quotaLines(_ lang: ReportLanguage) -> [String] {
        reasons.quota.map { ReasonText.quota($0, plan: reasons.plan, in: instance).text(lang) }
    }

    /// reasons.csv.
    public func csv(_ lang: ReportLanguage) -> String { table(lang).text }

    /// The rows of reasons.csv as cells (the workbook's sheet too).
    public func table(_ lang: ReportLanguage) -> CSVTable {
        var table = CSVTable(header: ReasonText.columns.map { $0.text(lang) })
        for r in reasons.reasons {
            let c = cells(r, lang)
            table.append(c.text.map { .text($0) } + c.figures)
        }
        return table
    }

    /// The section of summary.md.
    public func markdown(_ lang: ReportLanguage) -> String {
        let md = HTMLPage.md
        var out = "\n## " + ReasonText.heading.text(lang) + "\n\n"
        out += quotaLines(lang).map { "- \(md($0))\n" }.joined()
        out += "\n| " + ReasonText.columns.prefix(5).map { $0.text(lang) }.joined(separator: " | ") + " |\n|---|---|---|---|---|\n"
        for r in reasons.reasons { out += "| " + cells(r, lang).text.map(md).joined(separator: " | ") + " |\n" }
        return out
    }

    /// The section of report.html.
    public func html(_ lang: ReportLanguage) -> String {
        var h = "<h2 id=\"reasons\">\(HTMLPage.esc(ReasonText.heading.text(lang)))</h2>\n"
        h += quotaLines(lang).map { "<p>\(HTMLPage.esc($0))</p>\n" }.joined()
        let rows = reasons.reasons.map { r -> [String] in
            let c = cells(r, lang)
            return c.text.map(HTMLPage.esc) + c.figures.map { cell in
                switch cell {
                case let .text(s): return HTMLPage.esc(s)
                case let .integer(n): return String(n)
                case let .number(x): return CSVTable.number(x)
                }
            }
        }
        return h + HTMLPage.htmlTable(ReasonText.columns.map { $0.text(lang) }, rows, numeric: [5, 6, 7, 8, 9])
    }
}
