import Foundation
import RotaplanDomain
import RotaplanText
import RotaplanWorkbenchText

/// The policy form of a year (`/w/:ws/years/:year/policy`), generated from the policy key
/// table: grouped by the table's sections, one row per key with its label, an input with
/// the key's range, unit, the preset's value and the city document that sets it.
enum PolicyPage {
    struct Model {
        var workspace: Workspace
        var instance: InstanceVersion
        var policy: Policy
        /// The text of each field as shown (the current values, or what was posted).
        var values: [String: String]
        var invalidField: String? = nil
        var error: Bilingual? = nil
    }

    static func render(_ m: Model, frame: PageFrame) -> HTML {
        let l = frame.language
        let ws = "/w/\(m.workspace.id ?? 0)"
        let yearPath = "\(ws)/years/\(m.instance.year)"
        let preset = m.policy.preset
        let presetPolicy = Policy(preset: preset)
        var sections: [String] = []
        for k in PolicyKey.all where !sections.contains(k.section) { sections.append(k.section) }
        let fieldsets: [HTML] = sections.map { s in
            let rows: [HTML] = PolicyKey.all.filter { $0.section == s }.map { row($0, m, preset: preset, presetPolicy: presetPolicy, l) }
            return """
                <fieldset class="policy-section" data-section="\(s)" style="min-width:0"><legend>\(WorkbenchText.policySection(s), l)</legend>
                <div class="wrap"><table><thead><tr><th>\(WorkbenchText.policyKey, l)</th><th>\(WorkbenchText.policyValue, l)</th>
                <th>\(WorkbenchText.policyUnit, l)</th><th>\(WorkbenchText.policyRange, l)</th><th>\(WorkbenchText.policyPresetValue, l)</th>
                <th>\(WorkbenchText.policySource, l)</th></tr></thead><tbody>\(rows)</tbody></table></div></fieldset>
                """
        }
        let error: HTML = m.error.map { "<p id=\"policy-error\" class=\"problem\" role=\"alert\">\($0, l)</p>" } ?? ""
        let title = WorkbenchText.policyTitle.text(l)
        return frame.page(title, crumbs: [(m.workspace.name, ws), (WorkbenchText.year(m.instance.year).text(l), yearPath)], """
            <h1>\(title) · \(WorkbenchText.year(m.instance.year), l)</h1>
            <p class="muted">\(WorkbenchText.instanceVersion(m.instance.name, m.instance.version), l)</p>
            <p>\(WorkbenchText.policyIntro(preset: preset.rawValue, source: preset.source), l) \(WorkbenchText.policyEmptyIsPreset, l)</p>
            \(error)
            <form id="policy-form" method="post" action="\(yearPath)/policy">\(frame.csrfField)
            <input type="hidden" name="base" value="\(m.instance.version)">
            \(fieldsets)
            <p><button id="policy-save" type="submit">\(WorkbenchText.policySave, l)</button></p></form>
            """)
    }

    static func row(_ k: PolicyKey, _ m: Model, preset: PolicyPreset, presetPolicy: Policy, _ l: Language) -> HTML {
        let label = WorkbenchText.policyLabel(en: k.label.en, zh: k.label.zh)
        let help = WorkbenchText.policyHelp(en: k.help.en, zh: k.help.zh)
        let unit: HTML = k.unit.isEmpty ? "" : "\(WorkbenchText.policyUnitName(k.unit), l)"
        let range: HTML
        if case .flag = k.kind { range = "\(WorkbenchText.yes, l) / \(WorkbenchText.no, l)" }
        else {
            let low = k.nonNegativeBecause == nil ? k.range.lowerBound : 0
            if low <= -1e12 { range = "\(WorkbenchText.anyNumber, l)" }
            else if k.range.upperBound >= 1e7 { range = "≥ \(PolicyForm.number(low))" }
            else { range = "\(PolicyForm.number(low))–\(PolicyForm.number(k.range.upperBound))" }
        }
        let cites = k.citations.filter { $0.preset == preset }.map(\.text).joined(separator: "; ")
        let invalid = PolicyForm.names(k).contains { $0 == m.invalidField }
        return """
            <tr data-key="\(k.name)"\(invalid ? HTML(" class=\"invalid\"") : "")><td><label for="\(id(PolicyForm.names(k)[0]))">\(label, l)</label>\
            <div><code class="muted">\(k.name)</code></div><div class="muted">\(help, l)</div></td>
            <td>\(input(k, m, l))</td><td>\(unit)</td><td>\(range)</td>
            <td class="preset-value">\(shown(k.value(in: presetPolicy), k, l))</td><td class="source">\(cites)</td></tr>
            """
    }

    static func id(_ name: String) -> String { "f-" + name.replacingOccurrences(of: ".", with: "-") }

    static func input(_ k: PolicyKey, _ m: Model, _ l: Language) -> HTML {
        let invalid = { (name: String) -> HTML in name == m.invalidField ? " aria-invalid=\"true\" autofocus" : "" }
        switch k.kind {
        case .flag:
            let v = m.values[k.name] ?? ""
            let yes: HTML = v == "true" ? " selected" : "", no: HTML = v == "false" ? " selected" : ""
            let other: HTML = v == "true" || v == "false" ? "" : "<option value=\"\(v)\" selected>\(v)</option>"
            return """
                <select id="\(id(k.name))" name="\(k.name)"\(invalid(k.name))><option value="true"\(yes)>\(WorkbenchText.yes, l)</option>\
                <option value="false"\(no)>\(WorkbenchText.no, l)</option>\(other)</select>
                """
        case .studentLimits:
            let words = [WorkbenchText.stagePreschool, WorkbenchText.stageCompulsory, WorkbenchText.stageSenior]
            let parts: [HTML] = zip(PolicyForm.names(k), words).map { name, word in
                "<label class=\"family\">\(word, l) \(numberInput(k, name, m.values[name] ?? "", invalid(name), l))</label> "
            }
            return "\(parts)"
        default:
            return numberInput(k, k.name, m.values[k.name] ?? "", invalid(k.name), l)
        }
    }

    static func numberInput(_ k: PolicyKey, _ name: String, _ value: String, _ extra: HTML, _ l: Language) -> HTML {
        let low = k.nonNegativeBecause == nil ? k.range.lowerBound : 0
        let step = k.isWhole ? "1" : "any"
        return """
            <input id="\(id(name))" name="\(name)" type="number" value="\(value)" min="\(PolicyForm.number(low))" \
            max="\(PolicyForm.number(k.range.upperBound))" step="\(step)" placeholder="\(WorkbenchText.policyNone, l)"\(extra)>
            """
    }

    /// A value as people read it: yes/no, none, or the number (limits by stage family).
    static func shown(_ v: PolicyKey.Value, _ k: PolicyKey, _ l: Language) -> HTML {
        switch v {
        case .none: return "\(WorkbenchText.policyNone, l)"
        case let .flag(b): return "\(b ? WorkbenchText.yes : WorkbenchText.no, l)"
        case let .limits(lim):
            let words = [WorkbenchText.stagePreschool, WorkbenchText.stageCompulsory, WorkbenchText.stageSenior]
            let parts = zip(words, [lim.preschool, lim.compulsory, lim.senior]).map { w, n in
                "\(w.text(l)) \(n.map(String.init) ?? WorkbenchText.policyNone.text(l))"
            }
            return "\(parts.joined(separator: " · "))"
        default: return "\(PolicyForm.text(v))"
        }
    }
}
