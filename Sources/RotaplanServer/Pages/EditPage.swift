import Foundation
import RotaplanDomain
import RotaplanText
import RotaplanWorkbenchText

/// The hand-edit page (`/w/:ws/plans/:plan/edit`): each teacher who may change with a
/// select.destination (stays, or a school), form#swap, #check-result (filled by the
/// page's script from `POST …/check`, and by the server for the plan as loaded), and
/// #edit-save with the explicit "save anyway" box.
enum EditPage {
    static func render(_ e: EditCheck, initial: EditCheck.Result, frame: PageFrame) -> HTML {
        let l = frame.language, d = e.base, p = d.plan, x = d.instance
        let here = "/w/\(p.workspaceId)/plans/\(p.id ?? 0)"
        let moves = d.moves
        let head: [HTML] = WorkbenchText.editColumns.map { "<th>\($0, l)</th>" }
        let rows: [HTML] = e.movable.map { t in
            let teacher = x.teachers[t]
            let options: [HTML] = [HTML("<option value=\"\"\(moves[t] == nil ? " selected" : "")>\(WorkbenchText.stays, l)</option>")]
                + e.destinations(t).map { s in
                    "<option value=\"\(x.schools[s].id.rawValue)\"\(moves[t] == s ? HTML(" selected") : "")>\(x.label(school: s), l)</option>"
                }
            return """
                <tr data-teacher="\(teacher.id.rawValue)"><td>\(teacher.id.rawValue) \(teacher.name)</td><td>\(x.schools[teacher.school].name)</td>
                <td>\(WorkbenchText.subject(key: teacher.subject.key, chinese: teacher.subject.zh), l)</td>
                <td><select class="destination" name="dest.\(teacher.id.rawValue)" data-base="\(moves[t].map { x.schools[$0].id.rawValue } ?? "")" data-home="\(x.schools[teacher.school].id.rawValue)">\(options)</select></td></tr>
                """
        }
        let people: [HTML] = e.movable.map { t in "<option value=\"\(x.teachers[t].id.rawValue)\">\(x.label(teacher: t), l)</option>" }
        let title = WorkbenchText.editTitle(version: p.version).text(l)
        let body: HTML = """
            <h1>\(title)</h1><p>\(WorkbenchText.editIntro, l)</p>
            \(result(initial, language: l))
            <form method="post" action="\(here)/edit" id="swap" class="inline-form">\(frame.csrfField)<input type="hidden" name="base" value="\(p.id ?? 0)">
            <h2>\(WorkbenchText.swapTitle, l)</h2>
            <select name="a">\(people)</select> ⇄ <select name="b">\(people)</select> <button id="swap-button">\(WorkbenchText.swap, l)</button></form>
            <form method="post" action="\(here)/edit" id="edit-form" data-check="\(here)/check">\(frame.csrfField)
            <input type="hidden" name="base" value="\(p.id ?? 0)">
            <div class="wrap"><table id="edit-teachers"><thead><tr>\(head)</tr></thead><tbody>\(rows)</tbody></table></div>
            <p><label class="inline"><span><input type="checkbox" name="saveAnyway" value="1" id="save-anyway"> \(WorkbenchText.saveAnyway, l)</span></label></p>
            <p><button id="edit-save">\(WorkbenchText.saveEdit, l)</button></p></form>
            """
        return frame.page(title, crumbs: [(WorkbenchText.year(p.year).text(l), "/w/\(p.workspaceId)/years/\(p.year)"),
                                          ("v\(p.version)", here)], body)
    }

    /// #check-result: holds or the violations, the objective, the distance.
    static func result(_ r: EditCheck.Result, language l: Language) -> HTML {
        let items: [HTML] = r.violations.map { "<li>\($0)</li>" }
        return """
            <section id="check-result" class="progress" data-holds="\(r.holds ? "true" : "false")" aria-live="polite">
            <p id="check-summary" class="\(r.holds ? "ok" : "problem")">\(r.summary)</p>
            <ul id="violations">\(items)</ul>
            <p id="check-objective">\(r.objective.map { WorkbenchText.objective(EditCheck.fixed($0)).text(l) } ?? "")</p>
            <p id="distance">\(r.distance)</p></section>
            """
    }
}
