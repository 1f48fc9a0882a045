import Foundation
import RotaplanDomain
import RotaplanText
import RotaplanWorkbenchText

/// dialog#pin-dialog (opened by a row's button.pin-button, see WorkbenchJS+Plan): a form
/// posting who, rule and target to `/w/:ws/years/:year/pins`. Every option is written
/// here, escaped; the script only shows the ones that fit the person and the rule.
enum PinDialog {
    static let rules: [(word: String, for: String, target: String)] = [
        ("must-stay", "teacher", "none"), ("must-move-to", "teacher hire", "school"), ("must-not-go-to", "teacher hire", "school"),
        ("mentor", "hire", "teacher"), ("not-on-day", "teacher", "day"),
    ]

    static func render(_ x: Instance, workspace: Int64, year: Int, back: String, frame: PageFrame) -> HTML {
        let l = frame.language
        let ruleOptions: [HTML] = rules.map { r in
            "<option value=\"\(r.word)\" data-for=\"\(r.for)\" data-target=\"\(r.target)\">\(WorkbenchText.pinRuleName(r.word), l)</option>"
        }
        let schools: [HTML] = x.schools.indices.map { s in
            "<option value=\"\(x.schools[s].id.rawValue)\" data-target=\"school\">\(x.label(school: s), l)</option>"
        }
        let teachers: [HTML] = x.teachers.indices.map { t in
            "<option value=\"\(x.teachers[t].id.rawValue)\" data-target=\"teacher\" data-subject=\"\(x.teachers[t].subject.key)\">\(x.label(teacher: t), l)</option>"
        }
        let days: [HTML] = (0..<max(0, x.calendar?.days ?? 0)).map { $0 + 1 }.map { d in
            "<option value=\"\(d)\" data-target=\"day\">\(WorkbenchText.weekday(d), l)</option>"
        }
        return """
            <dialog id="pin-dialog"><form method="post" action="/w/\(workspace)/years/\(year)/pins" id="pin-form" class="stack">\(frame.csrfField)
            <h2>\(WorkbenchText.pinDialogTitle, l)</h2><p id="pin-who"></p>
            <input type="hidden" name="who" value=""><input type="hidden" name="back" value="\(back)">
            <label>\(WorkbenchText.pinRule, l) <select name="rule">\(ruleOptions)</select></label>
            <label>\(WorkbenchText.pinTarget, l) <select name="target"><option value="" data-target="none">—</option>\(schools)\(teachers)\(days)</select></label>
            <p class="problem" id="pin-error" hidden></p><p class="muted">\(WorkbenchText.pinNextPlan, l)</p>
            <p><button id="pin-save">\(WorkbenchText.pinSave, l)</button> <button type="button" class="secondary" id="pin-cancel">\(WorkbenchText.cancel, l)</button></p>
            </form></dialog>
            """
    }
}

/// The year's pins as a list with a delete button each (#pins): the plan page shows it,
/// and the year page can (`YearPins.section`).
public enum YearPins {
    public static func section(_ pins: [PinRecord], instance x: Instance?, workspace: Int64, year: Int, back: String, frame: PageFrame) -> HTML {
        let l = frame.language
        let items: [HTML] = pins.map { p in
            """
            <li data-pin="\(p.id ?? 0)">\(line(p, x).text(l)) <span class="muted">\(p.createdBy)</span>
            <form method="post" action="/w/\(workspace)/pins/\(p.id ?? 0)/delete" class="inline">\(frame.csrfField)<input type="hidden" name="back" value="\(back)"><button class="link pin-delete">\(WorkbenchText.deletePin, l)</button></form></li>
            """
        }
        let list: HTML = items.isEmpty ? "<p id=\"no-pins\">\(WorkbenchText.noPins, l)</p>" : "<ul>\(items)</ul>"
        return "<section id=\"pins\"><h2>\(WorkbenchText.pins, l)</h2>\(list)</section>"
    }

    /// `T0101（秦春梅） 必须留任`: people and schools by their labels when the roster knows them.
    public static func line(_ p: PinRecord, _ x: Instance?) -> Bilingual {
        func person(_ id: String) -> Bilingual {
            guard let x else { return WorkbenchText.verbatim(id) }
            if let t = x.teacherIndex[TeacherID(id)] { return x.label(teacher: t) }
            if let n = x.newHires.firstIndex(where: { $0.id.rawValue == id }) { return x.label(newHire: n) }
            return WorkbenchText.verbatim(id)
        }
        var target: Bilingual?
        switch p.rule {
        case "must-stay": target = nil
        case "not-on-day": target = Int(p.target).map(WorkbenchText.weekday) ?? WorkbenchText.verbatim(p.target)
        case "mentor": target = person(p.target)
        default: target = x.flatMap { x in x.schoolIndex[SchoolID(p.target)].map { x.label(school: $0) } } ?? WorkbenchText.verbatim(p.target)
        }
        return WorkbenchText.pinLine(who: person(p.who), rule: p.rule, target: target)
    }
}
