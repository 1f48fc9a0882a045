import RotaplanDomain

/// Reads `policy` (MODEL.md §3): a preset and nested overrides, one loop over the key
/// table (``PolicyKey/all``). Unknown keys, unknown presets, shares outside [0, 1],
/// negative numbers and non-finite weights are errors, and so are the negative weights
/// that would leave a problem without an optimum (``boundedWeight(_:_:_:reason:)``).
extension FieldReader {
    /// The members of `policy`: the preset and the table's top sections.
    static let policyKeys = ["preset"] + children(of: [])

    /// The sections and keys directly under `prefix` (`[]` for the top, `["weights"]`), in
    /// table order.
    static func children(of prefix: [String]) -> [String] {
        var out: [String] = []
        for key in PolicyKey.all where key.path.count > prefix.count && Array(key.path.prefix(prefix.count)) == prefix {
            let child = key.path[prefix.count]
            if !out.contains(child) { out.append(child) }
        }
        return out
    }

    /// For a dotted key written flat in `policy` (`"exchange.minRate": 0.12`, the form
    /// `--set` takes): the nested spelling, with the value given.
    static func nested(_ key: String, _ value: JSONNode) -> String? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, policyKeys.contains(parts[0]), !parts.contains(where: \.isEmpty) else { return nil }
        let shown: String
        switch value.value {
        case let .number(x): shown = JSONText.number(x)
        case let .bool(b): shown = b ? "true" : "false"
        case let .string(t): shown = JSONText.string(t)
        default: shown = "…"
        }
        return parts.reversed().reduce(shown) { inner, part in "{\(JSONText.string(part)): \(inner)}" }
    }

    mutating func policy(_ node: JSONNode?) -> Policy {
        guard let node, !node.isNull else { return Policy() }
        guard let obj = object(node, "policy", allowed: Self.policyKeys, nesting: Self.nested) else { return Policy() }
        var p = Policy(preset: preset(obj) ?? .national)
        _ = overrides(obj, onto: &p)
        return p
    }

    /// The preset `obj` names, if it names a known one (an unknown one is an error).
    mutating func preset(_ obj: JSONNode) -> PolicyPreset? {
        guard let name = string(obj, "preset", "policy") else { return nil }
        if let p = PolicyPreset(rawValue: name.lowercased()) { return p }
        error(obj["preset"], "policy.preset", .policy(.unknownPreset(name, known: PolicyPreset.allCases.map(\.rawValue))))
        return nil
    }

    /// Writes every key `obj` (a `policy` object) gives onto `policy`, section by section
    /// in table order; returns the names of the keys written.
    mutating func overrides(_ obj: JSONNode, onto policy: inout Policy) -> [String] {
        section(obj, [], onto: &policy)
    }

    private mutating func section(_ obj: JSONNode, _ prefix: [String], onto policy: inout Policy) -> [String] {
        var written: [String] = []
        let path = RecordPath(list: "policy", field: prefix.joined(separator: "."))
        for name in Self.children(of: prefix) {
            let inner = prefix + [name]
            if let key = PolicyKey.named(inner.joined(separator: ".")) {
                if let v = value(of: key, in: obj, path, current: policy) {
                    key.set(v, in: &policy)
                    written.append(key.name)
                }
            } else if let child = obj[name], let child = object(child, path + name, allowed: Self.children(of: inner)) {
                written += section(child, inner, onto: &policy)
            }
        }
        return written
    }

    /// The value `parent` gives for `key`, checked by the key's kind and range; nil when
    /// absent, null or wrong (wrong is reported).
    mutating func value(of key: PolicyKey, in parent: JSONNode, _ path: RecordPath, current: Policy) -> PolicyKey.Value? {
        let field = key.field
        let whole = Int(key.range.lowerBound)...Int(key.range.upperBound)
        switch key.kind {
        case .number, .optionalNumber:
            if let reason = key.nonNegativeBecause { return boundedWeight(parent, field, path, reason: reason).map { .number($0) } }
            return number(parent, field, path, in: key.range, unit: key.unit).map { .number($0) }
        case .integer, .optionalInteger:
            return integer(parent, field, path, in: whole).map { .integer($0) }
        case .flag:
            return bool(parent, field, path).map { .flag($0) }
        case .studentLimits:
            guard let node = parent[field], !node.isNull else { return nil }
            let at = path + field
            if case .number = node.value {
                return integer(node, at, in: whole).map { .limits(.init(preschool: $0, compulsory: $0, senior: $0)) }
            }
            guard let m = object(node, at, allowed: ["preschool", "compulsory", "senior"]) else { return nil }
            // Each key given overrides only that key of the preset (MODEL.md §3).
            var limits = key.value(in: current).limits ?? .init(preschool: nil, compulsory: nil, senior: nil)
            if let v = integer(m, "preschool", at, in: whole) { limits.preschool = v }
            if let v = integer(m, "compulsory", at, in: whole) { limits.compulsory = v }
            if let v = integer(m, "senior", at, in: whole) { limits.senior = v }
            return .limits(limits)
        }
    }
}
