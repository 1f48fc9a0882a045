import RotaplanDomain
import RotaplanText

/// `summary.md` of a plan, in `lang`: status, the plan in words, every figure of
/// ``PlanMetrics``, the stages, the schools before/after, and where the tables are.
extension PlanReport {
    public func summaryMarkdown(_ lang: ReportLanguage) -> String {
        let md = HTMLPage.md, fmt = HTMLPage.fmt
        func word(_ t: ReportText) -> String { t.text(lang) }
        func header(_ c: ReportColumns) -> String { c.headers(lang).joined(separator: " | ") }
        var out = "# " + md(instance.name) + " — " + word(.planTitle) + "\n\n"
        let b = banner(lang)
        out += "**" + word(.status) + md(PlanMetrics.row("status")!.text(metrics, lang)) + "** " + md(b.text) + "\n\n"
        out += sentences(lang).map(md).joined(separator: word(.sentenceSeparator)) + "\n"
        if !explanations.isEmpty {
            out += "\n## " + word(.explanations) + "\n\n" + explanations.map { "- \(md($0))\n" }.joined()
        }
        out += "\n## " + word(.keyFigures) + "\n\n| " + header(.figureValueMarkdown) + " |\n|---|---:|\n"
        for row in PlanMetrics.rows { out += "| \(md(row.label(lang))) | \(md(row.text(metrics, lang))) |\n" }
        out += "\n## " + word(.stages) + "\n\n| " + header(.stagesMarkdown) + " |\n|---|---|---:|---:|---:|\n"
        for st in stages {
            out += "| \(Self.stageName(st.problem, lang)) | \(PlanMetrics.statusText(st.status, lang)) | \(st.objective.map { fmt($0, 4) } ?? "—") | "
            out += "\(st.gap.map { fmt($0 * 100, 2) + "%" } ?? "—") | \(st.seconds.map { fmt($0, 2) } ?? "—") |\n"
        }
        out += "\n## " + word(.schoolsHeadingShort) + "\n\n| " + header(.schoolsMarkdown)
        out += " |\n|---|---|---|---|---|---|---:|---:|---:|---:|\n"
        for r in schoolsByGroup {
            let school = instance.schools[r.school]
            out += "| \(md(school.name)) | \(md(school.group.map { instance.groups[$0].name } ?? "—")) | \(r.teachersBefore) → \(r.teachersAfter) | "
            out += "\(r.backboneBefore) → \(r.backboneAfter) | \(fmt(r.qualityBefore, 2)) → \(fmt(r.qualityAfter, 2)) | "
            out += "\(r.shortfallBefore) → \(r.shortfallAfter) | \(r.sent) | \(r.received) | \(r.hiresArriving) | \(r.visitingLessons) |\n"
        }
        out += "\n## " + word(.files) + "\n\n" + word(.filesList)
        return out
    }
}
