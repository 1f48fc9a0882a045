import Foundation
import RotaplanDomain
import RotaplanText
import RotaplanWorkbenchText

/// #changes: what a re-planned or hand-edited plan changed against its parent, in
/// sentences — each teacher whose decision changed, each new hire whose placement or
/// mentor changed.
enum PlanChanges {
    static func sentences(_ d: PlanData, parent: PlanData) -> [Bilingual] {
        let x = d.instance, facts = InstanceFacts(x)
        let now = d.moves, before = PlanData.moves(parent.solution, x)
        var out: [Bilingual] = []
        for t in x.teachers.indices where now[t] != before[t] {
            out.append(WorkbenchText.teacherChange(x.label(teacher: t), before: PlanData.decision(t, moves: before, facts: facts),
                                                   after: PlanData.decision(t, moves: now, facts: facts)))
        }
        let a = Dictionary(d.solution.placements.map { ($0.newHire, $0) }, uniquingKeysWith: { p, _ in p })
        let b = Dictionary(parent.solution.placements.map { ($0.newHire, $0) }, uniquingKeysWith: { p, _ in p })
        for n in x.newHires.indices {
            let id = x.newHires[n].id.rawValue
            guard a[id] != b[id] else { continue }
            out.append(WorkbenchText.teacherChange(x.label(newHire: n), before: placement(b[id], x), after: placement(a[id], x)))
        }
        return out
    }

    static func placement(_ p: Solution.Placement?, _ x: Instance) -> Bilingual {
        guard let p else { return WorkbenchText.notPlaced }
        func school(_ id: String) -> Bilingual { x.schoolIndex[SchoolID(id)].map { x.label(school: $0) } ?? WorkbenchText.verbatim(id) }
        let mentor = x.teacherIndex[TeacherID(p.mentor)].map { x.label(teacher: $0) } ?? WorkbenchText.verbatim(p.mentor)
        return WorkbenchText.placement(host: school(p.host), years: p.years, mentor: mentor, destination: school(p.destination))
    }

    static func section(_ d: PlanData, parent: PlanData, language l: Language) -> HTML {
        let v = parent.plan.version
        let lines = sentences(d, parent: parent)
        let body: HTML = lines.isEmpty ? "<p>\(WorkbenchText.sameAs(version: v), l)</p>"
            : "<p>\(WorkbenchText.changeCount(lines.count, version: v), l)</p><ul>\(lines.map { HTML("<li>\($0, l)</li>") })</ul>"
        return """
            <section id="changes" data-count="\(lines.count)"><h2>\(WorkbenchText.changesHeading(version: v), l)</h2>
            \(body)<p><a href="/w/\(d.plan.workspaceId)/plans/\(parent.plan.id ?? 0)">v\(v)</a></p></section>
            """
    }
}
