import RotaplanDomain
import RotaplanText

/// Policies side by side over a horizon (`rotaplan compare --years H`, MODEL.md §13): one
/// column per policy (the baseline first), one row per figure of the whole horizon, and a
/// chart of each policy's share of eligible teachers rotated so far, year by year.
public struct HorizonComparison: Sendable {
    public struct Variant: Sendable {
        public var name: String
        public var settings: [String]
        public var figures: HorizonFigures
        public var stop: HorizonStop?
        public init(name: String, settings: [String], figures: HorizonFigures, stop: HorizonStop? = nil) {
            self.name = name; self.settings = settings; self.figures = figures; self.stop = stop
        }
    }

    public static let files = ["compare-years.csv", "compare-years.md", "compare-years.html"]

    public var instance: String
    public var variants: [Variant]

    public init(instance: String, variants: [Variant]) {
        self.instance = instance
        self.variants = variants
    }

    /// The figures of the whole horizon, in row order (``HorizonText/comparisonRows(_:)``).
    static func values(_ f: HorizonFigures) -> [Double?] {
        let rows = f.rows, last = rows.last
        let spreads = rows.compactMap(\.spreadAfter)
        return [Double(rows.count), last.map { Double($0.rotatedSoFar) }, last?.shareRotated,
                Double(rows.reduce(0) { $0 + $1.movers }), Double(rows.filter { $0.withoutPlan.contains(.exchange) }.count),
                spreads.isEmpty ? nil : spreads.reduce(0, +) / Double(spreads.count), rows.last?.spreadAfter,
                rows.allSatisfy { $0.yuanPerYear != nil } ? rows.reduce(0) { $0 + ($1.yuanPerYear ?? 0) } : nil,
                Double(rows.reduce(0) { $0 + ($1.hiresPlaced ?? 0) }), Double(rows.reduce(0) { $0 + ($1.uncoveredPeriods ?? 0) })]
    }

    static func text(_ v: Double?, row: Int) -> String {
        guard let v else { return "—" }
        switch row {
        case 2: return HTMLPage.fmt(v * 100, 1) + "%"
        case 5, 6: return HTMLPage.fmt(v, 3)
        default: return HTMLPage.fmt(v, 0)
        }
    }

    /// The text of each file of ``files``, in that order.
    public func files(_ lang: ReportLanguage) -> [String] { [csv(lang), markdown(lang), html(lang)] }

    public func csv(_ lang: ReportLanguage) -> String {
        var table = CSVTable(header: [HorizonText.comparisonFigure(lang)] + variants.map(\.name))
        let columns = variants.map { Self.values($0.figures) }
        for (i, label) in HorizonText.comparisonRows(lang).enumerated() {
            table.append([.text(label)] + columns.map { $0[i].map(CSVTable.Cell.number) ?? .text("") })
        }
        return table.text
    }

    /// The table as Markdown (also what `compare --years` prints).
    public func markdown(_ lang: ReportLanguage) -> String {
        let md = HTMLPage.md
        var out = "# \(md(instance)) — " + HorizonText.comparisonTitle(lang) + "\n\n"
        for v in variants where !v.settings.isEmpty && v.settings.joined(separator: ",") != v.name { out += "- **\(md(v.name))**: " + v.settings.map(md).joined(separator: "; ") + "\n" }
        out += "\n| " + md(HorizonText.comparisonFigure(lang)) + " | " + variants.map { md($0.name) }.joined(separator: " | ") + " |\n"
        out += "|---|" + variants.map { _ in "---:|" }.joined() + "\n"
        let columns = variants.map { Self.values($0.figures) }
        for (i, label) in HorizonText.comparisonRows(lang).enumerated() {
            out += "| \(md(label)) | " + columns.map { md(Self.text($0[i], row: i)) }.joined(separator: " | ") + " |\n"
        }
        for v in variants { if let stop = v.stop { out += "\n- \(md(v.name)): " + md(HorizonText.stopped(stop, lang)) + "\n" } }
        return out
    }

    public func html(_ lang: ReportLanguage) -> String {
        let esc = HTMLPage.esc
        var h = HTMLPage.head(title: instance + " — " + HorizonText.comparisonTitle(lang), lang: lang,
                              extraStyle: "svg.chart{max-width:100%;height:auto}.legend span{margin-right:1rem}")
        h += "<h1>\(HTMLPage.name(instance)) — " + esc(HorizonText.comparisonTitle(lang)) + "</h1>\n"
        let columns = variants.map { Self.values($0.figures) }
        let rows = HorizonText.comparisonRows(lang).enumerated().map { i, label in
            [esc(label)] + columns.map { esc(Self.text($0[i], row: i)) }
        }
        let header = [HorizonText.comparisonFigure(lang)] + variants.map(\.name)
        h += HTMLPage.htmlTable(header, rows, numeric: Set(1..<header.count))
        h += "<h2>" + esc(HorizonText.chartShare.text(lang)) + "</h2>\n"
        h += HorizonChart.shares(variants.map { ($0.name, $0.figures.rows) }, lang)
        for v in variants { if let stop = v.stop { h += "<p>\(HTMLPage.name(v.name)): " + esc(HorizonText.stopped(stop, lang)) + "</p>\n" } }
        return h + "</body></html>\n"
    }
}
