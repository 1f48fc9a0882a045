import RotaplanDomain
import RotaplanText

/// The horizon's chart (MODEL.md §13) as inline SVG: over the years, the share of eligible
/// teachers rotated so far (blue, left axis 0–100 %) and the quality spread after each
/// year's plan (orange, right axis 0 to the largest spread). No script, no font or image
/// from the network; it scales to the page's width (a phone's too).
struct HorizonChart {
    let rows: [HorizonFigures.Row]

    static let width = 640.0, height = 280.0
    static let left = 52.0, right = 60.0, top = 16.0, bottom = 40.0
    static let colors = (share: "#2f6db5", spread: "#c2570c")

    func svg(_ lang: ReportLanguage) -> String {
        let w = Self.width, h = Self.height
        let plotW = w - Self.left - Self.right, plotH = h - Self.top - Self.bottom
        let n = rows.count
        func x(_ i: Int) -> Double { Self.left + (n <= 1 ? plotW / 2 : plotW * Double(i) / Double(n - 1)) }
        func yShare(_ s: Double) -> Double { Self.top + plotH * (1 - s) }
        let spreads = rows.compactMap(\.spreadAfter) + rows.map(\.spreadBefore)
        let maxSpread = max(spreads.max() ?? 0, 1e-9)
        func ySpread(_ s: Double) -> Double { Self.top + plotH * (1 - s / maxSpread) }
        func f(_ v: Double) -> String { HTMLPage.fmt(v, 1) }
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" width=\"\(Int(w))\" role=\"img\" aria-label=\""
            + HTMLPage.esc(HorizonText.chartHeading.text(lang)) + "\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        // Axes and grid: 0, 25, 50, 75, 100 % on the left; the spread's scale on the right.
        for k in 0...4 {
            let share = Double(k) / 4, y = yShare(share)
            s += "<line x1=\"\(f(Self.left))\" y1=\"\(f(y))\" x2=\"\(f(w - Self.right))\" y2=\"\(f(y))\" stroke=\"#ddd\"/>"
            s += "<text x=\"\(f(Self.left - 6))\" y=\"\(f(y + 5))\" text-anchor=\"end\" fill=\"\(Self.colors.share)\">\(k * 25)%</text>"
            s += "<text x=\"\(f(w - Self.right + 6))\" y=\"\(f(y + 5))\" fill=\"\(Self.colors.spread)\">\(HTMLPage.fmt(maxSpread * share, 2))</text>\n"
        }
        for (i, r) in rows.enumerated() {
            s += "<text x=\"\(f(x(i)))\" y=\"\(f(h - Self.bottom + 20))\" text-anchor=\"middle\">\(r.year)</text>\n"
        }
        s += line(rows.enumerated().compactMap { i, r in r.shareRotated.map { (x(i), yShare($0)) } }, Self.colors.share)
        s += line(rows.enumerated().compactMap { i, r in r.spreadAfter.map { (x(i), ySpread($0)) } }, Self.colors.spread, dashed: true)
        s += "</svg>\n<p class=\"legend\"><span style=\"color:\(Self.colors.share)\">━ " + HTMLPage.esc(HorizonText.chartShare.text(lang))
            + "</span><span style=\"color:\(Self.colors.spread)\">╍ " + HTMLPage.esc(HorizonText.chartSpread.text(lang)) + "</span></p>\n"
        return s
    }

    /// A polyline through `points` with a dot at each.
    func line(_ points: [(Double, Double)], _ color: String, dashed: Bool = false) -> String {
        guard !points.isEmpty else { return "" }
        let list = points.map { HTMLPage.fmt($0.0, 1) + "," + HTMLPage.fmt($0.1, 1) }.joined(separator: " ")
        var s = "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2.5\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "")
            + " points=\"\(list)\"/>\n"
        for p in points { s += "<circle cx=\"\(HTMLPage.fmt(p.0, 1))\" cy=\"\(HTMLPage.fmt(p.1, 1))\" r=\"3.5\" fill=\"\(color)\"/>" }
        return s + "\n"
    }

    /// One line per policy: its share of eligible teachers rotated so far, year by year
    /// (`compare --years`), on the same 0–100 % axis, with a legend naming each.
    static func shares(_ series: [(name: String, rows: [HorizonFigures.Row])], _ lang: ReportLanguage) -> String {
        let palette = ["#2f6db5", "#c2570c", "#1a7f37", "#7a4fb5", "#b42318", "#8a6d00"]
        let w = width, h = height, plotW = w - left - right, plotH = h - top - bottom
        let years = Array(Set(series.flatMap { $0.rows.map(\.year) })).sorted()
        func x(_ year: Int) -> Double {
            guard let i = years.firstIndex(of: year) else { return left }
            return left + (years.count <= 1 ? plotW / 2 : plotW * Double(i) / Double(years.count - 1))
        }
        func y(_ share: Double) -> Double { top + plotH * (1 - share) }
        func f(_ v: Double) -> String { HTMLPage.fmt(v, 1) }
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" width=\"\(Int(w))\" role=\"img\" aria-label=\""
            + HTMLPage.esc(HorizonText.chartShare.text(lang)) + "\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        for k in 0...4 {
            let yy = y(Double(k) / 4)
            s += "<line x1=\"\(f(left))\" y1=\"\(f(yy))\" x2=\"\(f(w - right))\" y2=\"\(f(yy))\" stroke=\"#ddd\"/>"
            s += "<text x=\"\(f(left - 6))\" y=\"\(f(yy + 5))\" text-anchor=\"end\">\(k * 25)%</text>\n"
        }
        for year in years { s += "<text x=\"\(f(x(year)))\" y=\"\(f(h - bottom + 20))\" text-anchor=\"middle\">\(year)</text>\n" }
        let chart = HorizonChart(rows: [])
        for (k, v) in series.enumerated() {
            s += chart.line(v.rows.compactMap { r in r.shareRotated.map { (x(r.year), y($0)) } }, palette[k % palette.count], dashed: k % 2 == 1)
        }
        s += "</svg>\n<p class=\"legend\">" + series.enumerated().map { k, v in
            "<span style=\"color:\(palette[k % palette.count])\">" + (k % 2 == 1 ? "╍ " : "━ ") + HTMLPage.name(v.name) + "</span>"
        }.joined() + "</p>\n"
        return s
    }
}
