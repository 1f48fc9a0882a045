import Foundation
import RotaplanDomain
import RotaplanText
import RotaplanWorkbenchText

/// `/w/:ws/years/:year`, the hub of a school year: the roster (counts, preset, version, who
/// and when), the links and buttons of the other pages (policy, plan, compare, horizon), the
/// pins, the plan versions and the solves not finished.
enum YearPage {
    struct Model {
        var workspace: Workspace
        var instance: InstanceVersion
        var loaded: Instance?
        var pins: [PinRecord]
        var plans: [PlanVersion]
        var jobs: [JobRecord]
    }

    static func render(_ m: Model, frame: PageFrame) -> HTML {
        let l = frame.language
        let w = m.workspace, i = m.instance
        let base = "/w/\(w.id ?? 0)", yearBase = "\(base)/years/\(i.year)"
        let title = WorkbenchText.year(i.year).text(l)
        let counts: HTML
        if let x = m.loaded {
            counts = """
                <div class="kpi" id="counts">\(kpi("count-schools", WorkbenchText.schoolsCount, x.schools.count, l))\
                \(kpi("count-teachers", WorkbenchText.teachersCount, x.teachers.count, l))\
                \(kpi("count-hires", WorkbenchText.hiresCount, x.newHires.count, l))\
                \(kpi("count-demand", WorkbenchText.demandCount, x.walkingDemand.count, l))\
                \(kpi("count-groups", WorkbenchText.groupsCount, x.groups.count, l))\
                <div><span class="muted">\(WorkbenchText.presetLabel, l)</span><b id="preset">\(x.policy.preset.rawValue)</b></div></div>
                """
        } else {
            counts = "<p class=\"problem\">\(WorkbenchText.unreadableInstance, l)</p>"
        }
        let plans: [HTML] = m.plans.map { p in
            """
            <li data-plan="\(p.id ?? 0)"><a class="plan" href="\(base)/plans/\(p.id ?? 0)">v\(p.version)</a> \
            <span class="badge">\(p.status)</span> \(p.summary) <span class="muted">\(p.createdBy) · \(WorkspacePage.time(p.createdAt))</span></li>
            """
        }
        let jobs: [HTML] = m.jobs.map { j in
            """
            <li data-job="\(j.id ?? 0)"><a href="\(base)/jobs/\(j.id ?? 0)">\(WorkbenchText.jobKind(j.kind.rawValue), l) #\(j.id ?? 0)</a> \
            <span class="badge \(j.state.rawValue)">\(WorkbenchText.jobState(j.state.rawValue), l)</span> <span class="muted">\(j.createdBy)</span></li>
            """
        }
        return frame.page(title, crumbs: [(w.name, base)], """
            <h1>\(title) · \(i.name)</h1>
            <section id="instance" data-version="\(i.version)"><h2>\(WorkbenchText.roster, l)</h2>\(counts)
            <p class="muted" id="instance-version">\(WorkbenchText.instanceVersion(i.version, i.createdBy, WorkspacePage.time(i.createdAt)), l)</p>
            <nav class="actions"><a id="instance-download" href="\(yearBase)/instance.json">\(WorkbenchText.downloadInstance, l)</a>
            <a id="import-link" href="\(base)/import?year=\(i.year)">\(WorkbenchText.uploadNewVersion, l)</a>
            <a id="policy-link" href="\(yearBase)/policy">\(WorkbenchText.policyLink, l)</a>
            <a id="compare-link" href="\(yearBase)/compare">\(WorkbenchText.compareLink, l)</a>
            <a id="horizon-link" href="\(yearBase)/horizon">\(WorkbenchText.horizonLink, l)</a></nav></section>
            <h2>\(WorkbenchText.makePlan, l)</h2>
            <form method="post" action="\(yearBase)/plan" id="plan-form" class="stack">\(frame.csrfField)
            <label>\(WorkbenchText.timeLimit, l) <input name="timeLimit" type="number" min="1" max="3600" value="60" required></label>
            <button id="plan-start">\(WorkbenchText.makePlan, l)</button></form>
            <section id="jobs"><h2>\(WorkbenchText.jobsTitle, l)</h2>\(list(jobs, WorkbenchText.noJobs, l))</section>
            <section id="plans"><h2>\(WorkbenchText.plansTitle, l)</h2>\(list(plans, WorkbenchText.noPlans, l))</section>
            \(YearPins.section(m.pins, instance: m.loaded, workspace: w.id ?? 0, year: i.year, back: yearBase, frame: frame))
            """)
    }

    static func list(_ items: [HTML], _ empty: Bilingual, _ l: Language) -> HTML {
        items.isEmpty ? "<p class=\"muted\">\(empty, l)</p>" : "<ul>\(items)</ul>"
    }

    static func kpi(_ id: String, _ label: Bilingual, _ n: Int, _ l: Language) -> HTML {
        "<div><span class=\"muted\">\(label, l)</span><b id=\"\(id)\">\(n)</b></div>"
    }
}
