import Foundation
import RotaplanDomain
import RotaplanText

/// Language of the reports (`--lang`): RotaplanText's ``Language``.
public typealias ReportLanguage = Language

/// What every report page and table shares: one style sheet (self-contained: no
/// scripts, fonts or images from the network; printable on A4), escaping, number
/// formatting and Markdown cells (every word of a report comes from RotaplanText).
enum HTMLPage {
    static let style = """
        body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;margin:1.5rem;color:#222;line-height:1.45;font-size:16px}
        h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ccc}h3{font-size:1rem}
        table{border-collapse:collapse;font-size:.875em;margin:.5rem 0;max-width:100%}
        th,td{border:1px solid #ccc;padding:.2rem .45rem;text-align:left;vertical-align:top}
        th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .up{color:#1a7f37}.down{color:#b42318}.kpi{display:flex;flex-wrap:wrap;gap:.75rem}
        .kpi div{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;flex:1 1 9rem;font-size:.875rem}.kpi b{display:block;font-size:1.2rem}
        .wrap{overflow-x:auto}svg text{font-size:14px}
        @media (max-width:600px){body{margin:.6rem}table{font-size:.8em}th,td{padding:.15rem .3rem}.wrap>table:not(.grid) td:not(.n),.wrap>table:not(.grid) th{white-space:normal;overflow-wrap:anywhere}}
        @media print{body{margin:0;font-size:10pt}h2{page-break-after:avoid;break-after:avoid}table{page-break-inside:auto}tr{page-break-inside:avoid;break-inside:avoid}.wrap{overflow:visible}}
        @page{size:A4;margin:12mm}
        """

    /// The Content-Security-Policy of every page: nothing may be loaded (no network, no
    /// scripts); inline styles and `data:` images only. A stray external reference then
    /// fails loudly in a browser (scripts/render-report.sh turns that into an error).
    static let contentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

    /// The page up to and including `<body>`; `title` is plain text (escaped here),
    /// `extraStyle` is CSS appended to the shared style sheet.
    static func head(title: String, lang: ReportLanguage = .zh, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(lang.htmlTag)"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(esc(title))</title>
        <style>
        \(style)\(extraStyle.isEmpty ? "" : "\n" + extraStyle)
        </style></head><body>

        """
    }

    /// A subject as the page's language names it (``Subject/name(_:)``).
    static func subject(_ k: Subject, _ lang: ReportLanguage?) -> String { k.name(lang) }

    /// A title as the page's language names it (``Title/name(_:)``).
    static func title(_ t: Title, _ lang: ReportLanguage?) -> String { t.name(lang) }

    /// A name from the instance, escaped and isolated (`<bdi>`) so that right-to-left
    /// text cannot reorder the cell around it.
    static func name(_ s: String) -> String { "<bdi>" + esc(s) + "</bdi>" }

    /// Key figures as a row of boxes: (label, value), both plain text.
    static func kpis(_ items: [(String, String)]) -> String {
        "<div class=\"kpi\">\n" + items.map { "<div>\(esc($0.0))<b>\(esc($0.1))</b></div>\n" }.joined() + "</div>\n"
    }

    /// A table of plain-text cells; columns in `numeric` are right-aligned.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        htmlTable(header, rows.map { $0.map(esc) }, numeric: numeric)
    }

    /// A table whose header is plain text and whose cells are HTML (escaped by the
    /// caller); columns in `numeric` are right-aligned; `rowClass[i]` classes row i.
    static func htmlTable(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], rowClass: [String?] = []) -> String {
        var h = "<div class=\"wrap\"><table><tr>" + header.map { "<th>\(esc($0))</th>" }.joined() + "</tr>\n"
        for (i, row) in rows.enumerated() {
            h += (i < rowClass.count ? rowClass[i].map { "<tr class=\"\($0)\">" } : nil) ?? "<tr>"
            h += row.enumerated().map { numeric.contains($0.offset) ? "<td class=n>\($0.element)</td>" : "<td>\($0.element)</td>" }.joined() + "</tr>\n"
        }
        return h + "</table></div>\n"
    }

    /// What the plan's gap means (``GapText``), Chinese then English as the single-stage
    /// pages write both: proven optimal, the gap with its proven bound, or no bound; ""
    /// without a plan.
    static func gapParagraph(_ s: Solution) -> String {
        guard let text = GapText.meaning(s) else { return "" }
        return "<p class=\"gap\">\(esc(text.zh))<br>\(esc(text.en))</p>\n"
    }

    /// The same as a summary.md line under the status: `- 差距 gap: ZH / EN`; "" without a plan.
    static func gapMarkdown(_ s: Solution) -> String {
        guard let text = GapText.meaning(s) else { return "" }
        return "- 差距 gap: \(md(text.zh)) / \(md(text.en))\n"
    }

    /// The solver paragraph: model size, objective, bound and time.
    static func solver(_ s: Solution) -> String {
        guard let m = s.model else { return "" }
        var h = "<h2>求解 Solver</h2><p>\(m.rows) rows, \(m.columns) columns, \(m.nonzeros) nonzeros, \(m.integers) integer; "
        h += "objective \(s.objective.map { fmt($0, 6) } ?? "—"), bound \(s.bound.map { fmt($0, 6) } ?? "—")\(s.seconds.map { ", \(fmt($0, 2)) s" } ?? "").</p>\n"
        return h
    }

    /// A single-stage page's banner over a shortfall (issue 17 item 4): what the plan could
    /// not do first, warn-coloured, in both languages (the page is bilingual); "" without.
    static func shortfallBanner(_ s: Solution, _ x: Instance) -> String {
        let shortfalls = ShortfallText.shortfalls(s, in: x)
        guard !shortfalls.isEmpty else { return "" }
        let text = ShortfallText.sentence(shortfalls, restOptimal: s.status == .optimal || s.isPartial)
        return "<div class=\"banner warn\" style=\"background:#fff6e0;border:1px solid #e8c66a;padding:.6rem .8rem;border-radius:6px;margin:.75rem 0\">"
            + "<b>\(esc(text.zh))</b><br>\(esc(text.en))</div>\n"
    }

    /// The same for a summary.md: a quoted line in each language, "" without a shortfall.
    static func shortfallMarkdown(_ s: Solution, _ x: Instance) -> String {
        let shortfalls = ShortfallText.shortfalls(s, in: x)
        guard !shortfalls.isEmpty else { return "" }
        let text = ShortfallText.sentence(shortfalls, restOptimal: s.status == .optimal || s.isPartial)
        return "> **\(md(text.zh))**\n>\n> \(md(text.en))\n\n"
    }

    /// The first lines of a summary.md: status with objective and gap, what the gap means
    /// (``gapMarkdown(_:)``), then (after the problem's own lines, `body`) the model's size and time.
    static func summary(_ s: Solution, body: String) -> String {
        var out = "- status: **\(s.status.rawValue)**"
        if let o = s.objective { out += ", objective \(fmt(o, 4))" }
        if let g = s.gap, s.status == .feasible { out += ", gap \(fmt(g * 100, 2))%" }
        out += "\n" + gapMarkdown(s) + body
        if let m = s.model { out += "- model: \(m.rows) rows, \(m.columns) columns, \(m.nonzeros) nonzeros\(s.seconds.map { ", solved in \(fmt($0, 2)) s" } ?? "")\n" }
        return out
    }

    static func esc(_ s: String) -> String { HTMLText.escape(s) }

    static func fmt(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

    /// A Markdown table cell: pipes escaped, line breaks removed.
    /// Text from the instance as Markdown that shows it, for every `.md` rotaplan writes
    /// (docs/reliability.md, "Text from input files"): `&`, `<` and `>` as entities (so
    /// `<img onerror=…>` or `<script>` is text to every renderer); a backslash, `|`,
    /// a backtick and square brackets escaped with a backslash (no split table cell, no
    /// code span, no link or remote image); line breaks as spaces (a table row stays one
    /// line); terminal controls shown as `\u{1B}` (``TerminalText``).
    static func md(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\\", "|", "`", "[", "]": out.append("\\"); out.append(c)
            case "\n", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return TerminalText.escaped(String(out), keepingNewlines: false)
    }
}

/// HTML escaping for text and attribute values, shared by the reports and the workbench's
/// pages: `& < > " '` become entities and a NUL becomes U+FFFD.
public enum HTMLText {
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\0": out += "\u{FFFD}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
