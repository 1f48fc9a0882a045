import RotaplanDomain

/// What is wrong with, or worth saying about, a policy (MODEL.md §3): a preset or `--set`
/// setting that cannot be read, a `groups.*` finding, costs that are all zero.
public enum PolicyProblem: Sendable, Equatable, CustomStringConvertible {
    case unknownPreset(String, known: [String])
    case notFinite(String)
    /// A `--set` key that is neither a key name nor a Chinese key label, with the key
    /// nearest to it (both forms are shown).
    case unknownKey(String, closest: String?)
    case expectedKeyValue(String)
    case keyNotPolicyKey(String)
    case valueMissing(String)
    case noSetting(String)
    /// A `groups.*` rule of the preset the instance breaks (a warning, cited).
    case groups(RuleID, GroupsFinding)
    /// The preset sets no allowance or transport cost, so every cost is 0 yuan although
    /// the budget or the cost weight matters (issue 17 item 5).
    case zeroCosts(preset: String, keys: [String])

    public enum GroupsFinding: Sendable, Equatable {
        case tooManySchools(Int, max: Int)
        case tooManyStudents(Int, stage: String, limit: Int)
        case mixedStages([String])
        /// `district` nil: the schools without a district.
        case partnersInDistrict(Int, district: String?, schools: [String])
        case newSchoolOutsideGroups
    }

    public var description: String {
        switch self {
        case let .unknownPreset(name, known): return "unknown preset \"\(name)\"; known presets: \(known.joined(separator: ", "))"
        case let .notFinite(v): return "\(v) is out of range: it is not a finite number"
        case let .unknownKey(key, closest):
            return "unknown policy key \"\(key)\"" + (closest.flatMap(PolicyKey.named).map { "; did you mean \($0.name) (\($0.label.zh))?" } ?? "")
        case let .expectedKeyValue(t): return "\"\(t)\": expected KEY=VALUE, e.g. exchange.minRate=0.15"
        case let .keyNotPolicyKey(t): return "\"\(t)\": the key must be a policy key such as exchange.minRate"
        case let .valueMissing(t): return "\"\(t)\": the value is missing"
        case let .noSetting(t): return "\"\(t)\": no setting; expected KEY=VALUE[,KEY=VALUE…]"
        case let .groups(rule, f): return "\(rule.rawValue): \(Self.english(f))"
        case let .zeroCosts(preset, keys):
            return "every cost is 0 yuan: the preset \(preset) sets no allowance or transport cost, so the budget and the cost weight see nothing; "
                + "set them in the policy (the instance's JSON, the policy sheet) or with compare --set: "
                + keys.compactMap(PolicyKey.named).map { "\($0.name) or \($0.label.zh)" }.joined(separator: ", ")
        }
    }

    static func english(_ f: GroupsFinding) -> String {
        switch f {
        case let .tooManySchools(n, max): return "the group has \(n) schools; the policy allows at most \(max)"
        case let .tooManyStudents(n, stage, limit): return "the group has \(n) students; the limit for a \(stage) group is \(limit)"
        case let .mixedStages(stages): return "the group mixes stages \(stages.joined(separator: ", ")); the policy asks for one stage per group"
        case let .partnersInDistrict(n, district, schools):
            return "\(n) member schools in \(district ?? "(no district)") (\(schools.joined(separator: ", "))); the policy allows one per district"
        case .newSchoolOutsideGroups: return "the school is tagged new but is in no group"
        }
    }
}
