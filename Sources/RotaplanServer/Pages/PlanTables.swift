import Foundation
import RotaplanDomain
import RotaplanText
import RotaplanWorkbenchText

/// The plan page's tables: every teacher (#teachers) and every new hire (#hires), each
/// row with a pin button the dialog reads its person from (`data-who`, `data-kind`).
enum PlanTables {
    static func teachers(_ d: PlanData, facts: InstanceFacts, language l: Language) -> HTML {
        let x = d.instance, moves = d.moves
        let head: [HTML] = WorkbenchText.teacherColumns.map { "<th>\($0, l)</th>" }
        let rows: [HTML] = x.teachers.indices.map { t in
            let teacher = x.teachers[t]
            let decision = PlanData.decision(t, moves: moves, facts: facts)
            let state = moves[t] != nil ? "moves" : (facts.isEligible(t) ? "stays" : "ineligible")
            return """
                <tr data-teacher="\(teacher.id.rawValue)" data-state="\(state)"><td>\(teacher.id.rawValue) \(teacher.name)</td>
                <td>\(x.schools[teacher.school].name)</td><td class="decision">\(decision, l)</td>
                <td class="reason">\(d.reason(t, facts: facts, language: l))</td>
                <td><button type="button" class="pin-button secondary" data-kind="teacher" data-who="\(teacher.id.rawValue)"
                 data-name="\(teacher.name)" data-subject="\(teacher.subject.key)">\(WorkbenchText.pinAction, l)</button></td></tr>
                """
        }
        return """
            <h2>\(WorkbenchText.teachers, l)</h2><div class="wrap"><table id="teachers"><thead><tr>\(head)</tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    static func hires(_ d: PlanData, language l: Language) -> HTML {
        let x = d.instance
        guard !x.newHires.isEmpty else { return "" }
        let placements = Dictionary(d.solution.placements.map { ($0.newHire, $0) }, uniquingKeysWith: { a, _ in a })
        let head: [HTML] = WorkbenchText.hireColumns.map { "<th>\($0, l)</th>" }
        let rows: [HTML] = x.newHires.map { h in
            let id = h.id.rawValue
            let cells: HTML
            if let p = placements[id] {
                cells = "<td>\(school(p.host, x, l))</td><td class=\"n\">\(p.years)</td><td>\(school(p.destination, x, l))</td><td>\(teacher(p.mentor, x, l))</td>"
            } else {
                cells = "<td colspan=\"4\" class=\"warning\">\(WorkbenchText.notPlaced, l)</td>"
            }
            return """
                <tr data-hire="\(id)"><td>\(id) \(h.name)</td>\(cells)
                <td><button type="button" class="pin-button secondary" data-kind="hire" data-who="\(id)" data-name="\(h.name)"
                 data-subject="\(h.subject.key)">\(WorkbenchText.pinAction, l)</button></td></tr>
                """
        }
        return """
            <h2>\(WorkbenchText.newHires, l)</h2><div class="wrap"><table id="hires"><thead><tr>\(head)</tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
    }

    static func school(_ id: String, _ x: Instance, _ l: Language) -> String {
        x.schoolIndex[SchoolID(id)].map { x.label(school: $0).text(l) } ?? id
    }

    static func teacher(_ id: String, _ x: Instance, _ l: Language) -> String {
        x.teacherIndex[TeacherID(id)].map { x.label(teacher: $0).text(l) } ?? id
    }
}
