import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// The policy form's model: one field per key of the policy key table (``PolicyKey/all``;
/// groups.maxStudents has one per stage family), the values as the form shows them, and
/// the changes a posted form makes, applied with the code `--set` uses
/// (``PolicySetting``, ``Policy/applying(_:source:)``). An empty field takes the preset's value.
enum PolicyForm {
    static let families = ["preschool", "compulsory", "senior"]

    /// One changed field: its form name, the key, the stage family (groups.maxStudents), old and new text.
    struct Change: Sendable {
        var name: String
        var key: PolicyKey
        var family: String?
        var old: String
        var new: String
    }

    /// A value that cannot be used, named by its form field.
    struct Refusal: Error, Sendable {
        var field: String
        var value: String
        var why: Bilingual
    }

    /// The form names of a key: its dotted name, or one per stage family.
    static func names(_ key: PolicyKey) -> [String] {
        if case .studentLimits = key.kind { return families.map { key.name + "." + $0 } }
        return [key.name]
    }

    /// A number as the form writes it: whole numbers without a decimal point.
    static func number(_ d: Double) -> String {
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    /// The form text of each field for `policy`.
    static func values(_ policy: Policy) -> [String: String] {
        var out: [String: String] = [:]
        for key in PolicyKey.all {
            let v = key.value(in: policy)
            if case .studentLimits = key.kind {
                let l = v.limits
                let parts = [l?.preschool, l?.compulsory, l?.senior]
                for (name, n) in zip(names(key), parts) { out[name] = n.map(String.init) ?? "" }
                continue
            }
            out[key.name] = text(v)
        }
        return out
    }

    static func text(_ v: PolicyKey.Value) -> String {
        switch v {
        case .none: return ""
        case let .number(d): return number(d)
        case let .integer(n): return String(n)
        case let .flag(b): return b ? "true" : "false"
        case let .limits(l): return [l.preschool, l.compulsory, l.senior].map { $0.map(String.init) ?? "" }.joined(separator: "/")
        }
    }

    /// The fields whose posted text differs from `current` (a field not posted is unchanged).
    static func changes(_ form: FormFields, current: [String: String]) -> [Change] {
        var out: [Change] = []
        for key in PolicyKey.all {
            for name in names(key) {
                guard let posted = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines) else { continue }
                let old = current[name] ?? ""
                guard posted != old else { continue }
                let family = name == key.name ? nil : String(name.dropFirst(key.name.count + 1))
                out.append(Change(name: name, key: key, family: family, old: old, new: posted))
            }
        }
        return out
    }

    /// `policy` with the changes applied in table order, each checked by its key's kind and range.
    static func apply(_ changes: [Change], to policy: Policy) throws(Refusal) -> Policy {
        var out = policy
        let preset = Policy(preset: policy.preset)
        for c in changes {
            if c.new.isEmpty {
                let base = c.key.value(in: preset)
                if let family = c.family {
                    var l = c.key.value(in: out).limits ?? Policy.StudentLimits(preschool: nil, compulsory: nil, senior: nil)
                    let p = base.limits
                    switch family {
                    case "preschool": l.preschool = p?.preschool
                    case "compulsory": l.compulsory = p?.compulsory
                    default: l.senior = p?.senior
                    }
                    let empty = l.preschool == nil && l.compulsory == nil && l.senior == nil
                    c.key.set(empty ? .none : .limits(l), in: &out)
                } else {
                    c.key.set(base, in: &out)
                }
                continue
            }
            let setting = PolicySetting(key: c.name, value: c.new)
            do { out = try out.applying([setting], source: c.name) } catch {
                throw Refusal(field: c.name, value: c.new, why: WorkbenchText.rendered { l in
                    error.diagnostics.map { $0.text.text(l) }.joined(separator: " ")
                })
            }
        }
        return out
    }

    /// The history line of the changes: `key old → new; …`.
    static func summary(_ changes: [Change]) -> String {
        changes.map { "\($0.name) \($0.old.isEmpty ? "—" : $0.old) → \($0.new.isEmpty ? "—" : $0.new)" }.joined(separator: "; ")
    }
}
