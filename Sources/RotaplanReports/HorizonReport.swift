import RotaplanDomain
import RotaplanText

/// The report of `rotaplan horizon` (MODEL.md §13): the years side by side (one row per
/// planned year, ``HorizonFigures``), a chart of the share of eligible teachers rotated so
/// far and of the quality spread over the years (inline SVG: no script, no network), and
/// why the horizon stopped when it did. HTML (self-contained), Markdown and CSV, in
/// Chinese or English.
public struct HorizonReport: Sendable {
    public static let files = ["horizon.csv", "horizon.md", "horizon.html"]

    /// The first instance's name (the page's title).
    public var instance: String
    public var figures: HorizonFigures
    public var stop: HorizonStop?

    public init(instance: String, figures: HorizonFigures, stop: HorizonStop? = nil) {
        self.instance = instance
        self.figures = figures
        self.stop = stop
    }

    /// The text of each file of ``files``, in that order.
    public func files(_ lang: ReportLanguage) -> [String] { [csv(lang), markdown(lang), html(lang)] }

    /// Each row's cells as the table shows them (numbers formatted, missing figures "—").
    func cells(_ r: HorizonFigures.Row, _ lang: ReportLanguage) -> [String] {
        func percent(_ x: Double?) -> String { x.map { HTMLPage.fmt($0 * 100, 1) + "%" } ?? "—" }
        func int(_ n: Int?) -> String { n.map(String.init) ?? "—" }
        return [String(r.year), String(r.movers), String(r.backboneMovers), percent(r.backboneShare),
                String(r.rotatedSoFar), String(r.eligibleSoFar), percent(r.shareRotated),
                HTMLPage.fmt(r.spreadBefore, 3), r.spreadAfter.map { HTMLPage.fmt($0, 3) } ?? "—",
                r.yuanPerYear.map { HTMLPage.fmt($0, 0) } ?? "—", String(r.newHires), int(r.hiresPlaced),
                int(r.uncoveredPeriods), String(r.onExchange), String(r.trainees), without(r, lang)]
    }

    /// The stages of the year without a plan, named in the report's language; empty when none.
    func without(_ r: HorizonFigures.Row, _ lang: ReportLanguage) -> String {
        HorizonText.stages(r.withoutPlan, lang)
    }

    // MARK: CSV

    /// One row per year, numbers as numbers (shares as fractions), missing figures empty.
    public func csv(_ lang: ReportLanguage) -> String {
        var table = CSVTable(header: HorizonText.columns(lang))
        func number(_ x: Double?) -> CSVTable.Cell { x.map(CSVTable.Cell.number) ?? .text("") }
        func integer(_ n: Int?) -> CSVTable.Cell { n.map(CSVTable.Cell.integer) ?? .text("") }
        for r in figures.rows {
            table.append([.integer(r.year), .integer(r.movers), .integer(r.backboneMovers), number(r.backboneShare),
                          .integer(r.rotatedSoFar), .integer(r.eligibleSoFar), number(r.shareRotated),
                          .number(r.spreadBefore), number(r.spreadAfter), number(r.yuanPerYear), .integer(r.newHires),
                          integer(r.hiresPlaced), integer(r.uncoveredPeriods), .integer(r.onExchange), .integer(r.trainees),
                          .text(without(r, lang))])
        }
        return table.text
    }

    // MARK: Markdown

    public func markdown(_ lang: ReportLanguage) -> String {
        let md = HTMLPage.md
        var out = "# \(md(instance)) — " + HorizonText.title.text(lang) + "\n\n" + HorizonText.intro.text(lang) + "\n\n"
        if let stop { out += "**" + HorizonText.stoppedHeading.text(lang) + "**: " + md(HorizonText.stopped(stop, lang)) + "\n\n" }
        out += "## " + HorizonText.tableHeading.text(lang) + "\n\n"
        let header = HorizonText.columns(lang)
        out += "| " + header.map(md).joined(separator: " | ") + " |\n|" + header.map { _ in "---:|" }.joined() + "\n"
        for r in figures.rows { out += "| " + cells(r, lang).map(md).joined(separator: " | ") + " |\n" }
        return out + "\n" + HorizonText.checkHint.text(lang) + "\n"
    }

    // MARK: HTML

    /// Escaped text with each `…` pair shown as code.
    static func code(_ escaped: String) -> String {
        let parts = escaped.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count % 2 == 1 else { return escaped }
        return parts.enumerated().map { $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : String($0.element) }.joined()
    }

    public func html(_ lang: ReportLanguage) -> String {
        let esc = HTMLPage.esc
        var h = HTMLPage.head(title: instance + " — " + HorizonText.title.text(lang), lang: lang,
                              extraStyle: "svg.chart{max-width:100%;height:auto}.legend span{margin-right:1rem}")
        h += "<h1>\(HTMLPage.name(instance)) — " + esc(HorizonText.title.text(lang)) + "</h1>\n"
        h += "<p>" + Self.code(esc(HorizonText.intro.text(lang))) + "</p>\n"
        if let stop {
            h += "<div class=\"banner warn\" style=\"background:#fff6e0;border:1px solid #e8c66a;padding:.6rem .8rem;border-radius:6px\"><b>"
                + esc(HorizonText.stoppedHeading.text(lang)) + "</b> " + esc(HorizonText.stopped(stop, lang)) + "</div>\n"
        }
        h += "<h2>" + esc(HorizonText.chartHeading.text(lang)) + "</h2>\n" + HorizonChart(rows: figures.rows).svg(lang)
        h += "<h2>" + esc(HorizonText.tableHeading.text(lang)) + "</h2>\n"
        let header = HorizonText.columns(lang)
        h += HTMLPage.htmlTable(header, figures.rows.map { cells($0, lang).map(esc) }, numeric: Set(header.indices.dropLast()))
        h += "<p>" + Self.code(esc(HorizonText.checkHint.text(lang))) + "</p>\n"
        return h + "</body></html>\n"
    }
}
