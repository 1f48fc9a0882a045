import RotaplanDomain

/// `summary.md` of a plan, in `lang`: status, the plan in words, every figure of
/// ``PlanMetrics``, the stages, the schools before/after, and where the tables are.
extension PlanReport {
    public func summaryMarkdown(_ lang: ReportLanguage) -> String {
        let zh = lang == .zh, md = HTMLPage.md, fmt = HTMLPage.fmt
        var out = "# " + md(instance.name) + (zh ? " — 集团化办学年度方案" : " — education-group plan") + "\n\n"
        let b = banner(lang)
        out += "**" + (zh ? "方案状态：" : "Status: ") + md(PlanMetrics.row("status")!.text(metrics, lang)) + "** " + md(b.text) + "\n\n"
        out += sentences(lang).map(md).joined(separator: zh ? "" : " ") + "\n"
        if !explanations.isEmpty {
            out += "\n## " + (zh ? "说明" : "Explanations") + "\n\n" + explanations.map { "- \(md($0))\n" }.joined()
        }
        out += "\n## " + (zh ? "主要指标" : "Key figures") + "\n\n| " + (zh ? "指标 | 数值" : "figure | value") + " |\n|---|---:|\n"
        for row in PlanMetrics.rows { out += "| \(md(row.label(lang))) | \(md(row.text(metrics, lang))) |\n" }
        out += "\n## " + (zh ? "各阶段" : "Stages") + "\n\n| " + (zh ? "阶段 | 状态 | 目标值 | 间隙 | 用时（秒）" : "stage | status | objective | gap | seconds") + " |\n|---|---|---:|---:|---:|\n"
        for st in stages {
            out += "| \(Self.stageName(st.problem, lang)) | \(PlanMetrics.statusText(st.status, lang)) | \(st.objective.map { fmt($0, 4) } ?? "—") | "
            out += "\(st.gap.map { fmt($0 * 100, 2) + "%" } ?? "—") | \(st.seconds.map { fmt($0, 2) } ?? "—") |\n"
        }
        out += "\n## " + (zh ? "各校变化（前 → 后）" : "Schools before → after") + "\n\n| "
        out += (zh ? "学校 | 集团 | 教师数 | 骨干 | 人均质量 | 学科缺编 | 派出 | 接收 | 新教师到岗 | 外校走教课时/周"
                   : "school | group | teachers | backbone | quality per teacher | subject shortfall | sent | received | new hires arriving | visiting lessons a week")
        out += " |\n|---|---|---|---|---|---|---:|---:|---:|---:|\n"
        for r in schoolsByGroup {
            let school = instance.schools[r.school]
            out += "| \(md(school.name)) | \(md(school.group.map { instance.groups[$0].name } ?? "—")) | \(r.teachersBefore) → \(r.teachersAfter) | "
            out += "\(r.backboneBefore) → \(r.backboneAfter) | \(fmt(r.qualityBefore, 2)) → \(fmt(r.qualityAfter, 2)) | "
            out += "\(r.shortfallBefore) → \(r.shortfallAfter) | \(r.sent) | \(r.received) | \(r.hiresArriving) | \(r.visitingLessons) |\n"
        }
        out += "\n## " + (zh ? "文件" : "Files") + "\n\n"
        out += zh
            ? """
              - `report.html`：完整报告（可打印、可在手机上查看，不联网）
              - `metrics.csv`：主要指标；`schools.csv`：各校前后对比；`costs.csv`：各校费用
              - `exchanges.csv`：交流名单；`placements.csv`：新教师培育安排；`lessons.csv`：走教课表
              （CSV 为带 BOM 的 UTF-8，可直接用 Excel 打开）

              """
            : """
              - `report.html`: the whole report (printable, readable on a phone, works offline)
              - `metrics.csv`: key figures; `schools.csv`: schools before/after; `costs.csv`: costs by school
              - `exchanges.csv`: who moves; `placements.csv`: new hires; `lessons.csv`: walking lessons
              (CSV files are UTF-8 with a BOM: Excel opens them directly)

              """
        return out
    }
}
