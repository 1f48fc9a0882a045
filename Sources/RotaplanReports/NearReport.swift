import Foundation
import RotaplanDomain
import RotaplanText

/// The report's "decisions kept and changed" (MODEL.md §12, docs/near.md): for a plan
/// solved near an earlier one, how many decisions it kept and changed and every change
/// (moves dropped and added, placements changed, lessons moved), as a section of
/// summary.md and report.html, a `changes.csv` beside them and a sheet of plan.xlsx.
public struct NearReport {
    public let previous: Near
    public let changes: NearChanges

    /// The file beside the report's others.
    public static let file = "changes.csv"

    /// The report of `solution` against the instance's previous plan; nil without `--near`.
    public init?(instance x: Instance, solution: Solution) {
        guard let near = x.near else { return nil }
        previous = near
        changes = NearChanges(previous: near, solution: solution)
    }

    /// changes.csv's rows as cells.
    public func table(_ lang: ReportLanguage) -> CSVTable {
        var t = CSVTable(header: NearText.columns.map { $0.text(lang) })
        for r in NearText.rows(changes) {
            t.append([.text(NearText.kind(r.kind).text(lang)), .text(r.who), .text(r.before?.text(lang) ?? ""), .text(r.after?.text(lang) ?? "")])
        }
        return t
    }

    /// The section of summary.md.
    public func markdown(_ lang: ReportLanguage) -> String {
        var md = "\n## \(NearText.title.text(lang))\n\n\(NearText.lead(previous.record, changes).text(lang))\n\n"
        let rows = NearText.rows(changes)
        guard !rows.isEmpty else { return md + NearText.none.text(lang) + "\n" }
        md += "| " + NearText.columns.map { $0.text(lang) }.joined(separator: " | ") + " |\n|---|---|---|---|\n"
        for r in rows {
            let cells = [NearText.kind(r.kind).text(lang), r.who, r.before?.text(lang) ?? "", r.after?.text(lang) ?? ""]
            md += "| " + cells.map(HTMLPage.md).joined(separator: " | ") + " |\n"
        }
        return md
    }

    /// The section of report.html.
    public func html(_ lang: ReportLanguage) -> String {
        var h = "<h2>\(HTMLPage.esc(NearText.title.text(lang)))</h2>\n<p>\(HTMLPage.esc(NearText.lead(previous.record, changes).text(lang)))</p>\n"
        let rows = NearText.rows(changes)
        guard !rows.isEmpty else { return h + "<p>\(HTMLPage.esc(NearText.none.text(lang)))</p>\n" }
        h += HTMLPage.table(NearText.columns.map { $0.text(lang) },
                            rows.map { [NearText.kind($0.kind).text(lang), $0.who, $0.before?.text(lang) ?? "", $0.after?.text(lang) ?? ""] })
        return h
    }
}

extension ReportFolder {
    /// Adds the near report (nothing without `--near`): its section at the end of
    /// summary.md and before the end of report.html (`names` are the folder's files in
    /// order), changes.csv beside them and a `changes` sheet in plan.xlsx.
    public mutating func addNear(_ x: Instance, _ solution: Solution, names: [String], lang: ReportLanguage) {
        guard let near = NearReport(instance: x, solution: solution) else { return }
        if let i = names.firstIndex(of: "summary.md"), i < texts.count { texts[i] += near.markdown(lang) }
        if let i = names.firstIndex(of: "report.html"), i < texts.count {
            let page = texts[i]
            if let end = page.range(of: "</body>", options: .backwards) {
                texts[i] = page[..<end.lowerBound] + near.html(lang) + page[end.lowerBound...]
            }
        }
        let table = near.table(lang)
        tables.append(("changes", table))
        extraFiles.append((NearReport.file, Data(table.text.utf8)))
    }
}
