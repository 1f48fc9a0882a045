import Foundation
import RotaplanDomain
import RotaplanText

/// Teachers on exchange (MODEL.md §11) as the reports show them: who, their personnel
/// school (人事关系), where they teach, since when, for how long, and the school year they
/// return in (since + termYears, when rollover brings them back). A section of
/// summary.md and report.html, a sheet of plan.xlsx, and a section of each school notice
/// naming the teachers the school sent or hosts. Nothing when nobody is on exchange.
public struct OnExchangeReport {
    public struct Row: Sendable, Equatable {
        public var teacher: Int
        public var from: Int
        public var school: Int
        public var since: Int
        public var termYears: Int
        public var returns: Int { since + termYears }
    }

    public let instance: Instance
    public let rows: [Row]

    /// nil when no teacher of `x` is on exchange.
    public init?(instance x: Instance) {
        let rows = x.teachers.indices.compactMap { t -> Row? in
            guard let e = x.teachers[t].onExchange else { return nil }
            return Row(teacher: t, from: e.from, school: x.teachers[t].school, since: e.since, termYears: e.termYears)
        }
        guard !rows.isEmpty else { return nil }
        instance = x
        self.rows = rows
    }

    func cells(_ r: Row, _ lang: ReportLanguage) -> [String] {
        let x = instance, t = x.teachers[r.teacher]
        return [t.id.rawValue, t.name, t.subject.name(lang), x.schools[r.from].name, x.schools[r.school].name,
                String(r.since), String(r.termYears), String(r.returns)]
    }

    func header(_ lang: ReportLanguage) -> [String] { OnExchangeText.columns.map { $0.text.text(lang) } }

    /// The sheet of plan.xlsx.
    public func table(_ lang: ReportLanguage) -> CSVTable {
        var t = CSVTable(header: header(lang))
        for r in rows {
            let c = cells(r, lang)
            t.append(c[0..<5].map { .text($0) } + [.integer(r.since), .integer(r.termYears), .integer(r.returns)])
        }
        return t
    }

    public func markdown(_ lang: ReportLanguage) -> String {
        var md = "\n## \(OnExchangeText.heading.text.text(lang))\n\n\(OnExchangeText.lead.text.text(lang))\n\n"
        md += "| " + header(lang).map(HTMLPage.md).joined(separator: " | ") + " |\n|" + header(lang).map { _ in "---|" }.joined() + "\n"
        for r in rows { md += "| " + cells(r, lang).map(HTMLPage.md).joined(separator: " | ") + " |\n" }
        return md
    }

    public func html(_ lang: ReportLanguage) -> String {
        "<h2>\(HTMLPage.esc(OnExchangeText.heading.text.text(lang)))</h2>\n<p>\(HTMLPage.esc(OnExchangeText.lead.text.text(lang)))</p>\n"
            + HTMLPage.table(header(lang), rows.map { cells($0, lang) }, numeric: [5, 6, 7])
    }

    /// The rows a notice of school s shows: teachers it sent, and teachers teaching there.
    func rows(of s: Int) -> [Row] { rows.filter { $0.from == s || $0.school == s } }
}

extension ReportFolder {
    /// Adds the teachers on exchange (nothing when there are none): a section at the end of
    /// summary.md and before the end of report.html (`names` are the folder's files in
    /// order) and an `on exchange` sheet in plan.xlsx.
    public mutating func addOnExchange(_ x: Instance, names: [String], lang: ReportLanguage) {
        guard let report = OnExchangeReport(instance: x) else { return }
        if let i = names.firstIndex(of: "summary.md"), i < texts.count { texts[i] += report.markdown(lang) }
        if let i = names.firstIndex(of: "report.html"), i < texts.count, let end = texts[i].range(of: "</body>", options: .backwards) {
            texts[i] = texts[i][..<end.lowerBound] + report.html(lang) + texts[i][end.lowerBound...]
        }
        tables.append(("on exchange", report.table(lang)))
    }
}
