import Foundation
import RotaplanDomain

/// The `policy` part of docs/instance.schema.json (`$defs.policy`), generated from the
/// key table (``PolicyKey/all``, MODEL.md §3): each key's type, range and help, with its
/// default and the presets that set it read from `Policy(preset:)`. A test compares the
/// committed schema with this, so the two cannot drift (docs/instance-format.md).
public enum PolicySchema {
    /// What each section is, for the schema's readers.
    static let sections: [String: String] = [
        "exchange": "Exchange (交流轮岗) rules, MODEL.md §4. Keys given override the preset.",
        "cost": "Costs of the exchange, MODEL.md §3. Keys given override the preset.",
        "training": "First-station training (首站式培育) rules, MODEL.md §5. Keys given override the preset.",
        "walking": "Walking-teaching (走教) rules, MODEL.md §6. Keys given override the preset.",
        "groups": "Group rules checked by `rotaplan validate` and reported as warnings with their city document (errors with --strict). Keys given override the preset.",
        "weights": "Objective weights (any finite number; balance, shortage, visit and travelHalfHour 0 or more); keys given override the defaults.",
        "weights.exchange": "Exchange objective weights, MODEL.md §4.",
        "weights.training": "Training objective weights, MODEL.md §5.",
        "weights.walking": "Walking objective weights, MODEL.md §6.",
    ]

    public static var policy: JSONOut {
        let presets = PolicyPreset.allCases.map(\.rawValue)
        let pattern = presets.map { name in
            name.map { c in "[\(c.uppercased())\(c)]" }.joined()
        }.joined(separator: "|")
        let preset: JSONOut = .object([
            ("type", .array([.string("string"), .string("null")])),
            ("pattern", .string("^(?:\(pattern))$")),
            ("examples", .array(presets.map { .string($0) })),
            ("patternErrorMessage", .string("a preset: " + presets.dropLast().joined(separator: ", ") + " or " + presets.last!)),
            ("description", .string("Baseline of every key (any letter case): "
                + PolicyPreset.allCases.map { "\($0.rawValue) (\($0.source))" }.joined(separator: ", ")
                + "; national is the default. Optional (null = absent).")),
        ])
        return .object([
            ("type", .string("object")),
            ("description", .string("The policy (政策参数): a preset and nested overrides, e.g. {\"preset\": \"zhengzhou\", \"exchange\": {\"minRate\": 0.12}}. Unknown keys are errors.")),
            ("properties", .object([("preset", preset)] + properties(under: []))),
            ("additionalProperties", .bool(false)),
        ])
    }

    static func properties(under prefix: [String]) -> [(String, JSONOut)] {
        var out: [(String, JSONOut)] = []
        for name in FieldReader.children(of: prefix) {
            let inner = prefix + [name]
            let dotted = inner.joined(separator: ".")
            if let key = PolicyKey.named(dotted) {
                out.append((name, property(key)))
            } else {
                out.append((name, .object([
                    ("type", .string("object")), ("description", .string(sections[dotted] ?? "")),
                    ("properties", .object(properties(under: inner))), ("additionalProperties", .bool(false)),
                ])))
            }
        }
        return out
    }

    static func property(_ key: PolicyKey) -> JSONOut {
        let description = key.help.en + " " + defaults(key) + " Optional (null = absent)."
        let range: [(String, JSONOut)] = [("minimum", .number(key.range.lowerBound)), ("maximum", .number(key.range.upperBound))]
        switch key.kind {
        case .flag:
            return .object([("type", .array([.string("boolean"), .string("null")])), ("description", .string(description))])
        case .number, .optionalNumber:
            let floor: [(String, JSONOut)] = key.nonNegativeBecause == nil ? range : [("minimum", .number(0)), range[1]]
            return .object([("type", .array([.string("number"), .string("null")]))] + floor + [("description", .string(description))])
        case .integer, .optionalInteger:
            return .object([("type", .array([.string("integer"), .string("null")]))] + range + [("description", .string(description))])
        case .studentLimits:
            let whole: [(String, JSONOut)] = [("type", .string("integer"))] + range
            let family = { (name: String, what: String) -> (String, JSONOut) in
                (name, .object([("type", .array([.string("integer"), .string("null")]))] + range
                               + [("description", .string("Limit for \(what) groups. Optional (null = absent)."))]))
            }
            return .object([
                ("anyOf", .array([
                    .object([("oneOf", .array([
                        .object(whole + [("description", .string("One limit for every stage."))]),
                        .object([
                            ("type", .string("object")),
                            ("description", .string("Limits by the core's stage; a stage family left out has no limit.")),
                            ("properties", .object([family("preschool", "preschool"), family("compulsory", "primary, junior and nine-year"),
                                                    family("senior", "senior and twelve-year")])),
                            ("additionalProperties", .bool(false)),
                        ]),
                    ]))]),
                    .object([("type", .string("null"))]),
                ])),
                ("description", .string(description)),
            ])
        }
    }

    /// "Default 0.1." or "Default none; luohe 3, changsha 10.": the national value, then
    /// every preset that sets another.
    static func defaults(_ key: PolicyKey) -> String {
        let national = key.value(in: Policy(preset: .national))
        let others = PolicyPreset.allCases.compactMap { p -> String? in
            let v = key.value(in: Policy(preset: p))
            guard v != national else { return nil }
            let clause = key.citations.first { $0.preset == p }?.text.split(separator: ":", maxSplits: 1).dropFirst().first
            return "\(p.rawValue) \(shown(v))" + (clause.map { " (\($0.trimmingCharacters(in: .whitespaces)))" } ?? "")
        }
        return "Default \(shown(national))" + (others.isEmpty ? "" : "; " + others.joined(separator: ", ")) + "."
    }

    static func shown(_ v: PolicyKey.Value) -> String {
        switch v {
        case .none: return "none"
        case let .number(x): return JSONText.number(x)
        case let .integer(n): return "\(n)"
        case let .flag(b): return b ? "true" : "false"
        case let .limits(l):
            let parts = [("preschool", l.preschool), ("compulsory", l.compulsory), ("senior", l.senior)].compactMap { k, v in v.map { "\(k) \($0)" } }
            return "{" + parts.joined(separator: ", ") + "}"
        }
    }
}
