import RotaplanDomain

/// One policy change for a what-if variant (`rotaplan compare --set KEY=VALUE`): a key
/// of MODEL.md §3 as a dotted path (`exchange.minRate`, `cost.budgetPerGroup`,
/// `weights.walking.uncovered`, `preset`) and its value (a number, `true`/`false`, or
/// a preset name). Read by the same code as the instance's `policy` (the key table), so
/// every rule of §3 and §10 (ranges, unknown keys, weights that must not be negative) holds.
public struct PolicySetting: Sendable, Equatable, CustomStringConvertible {
    public var key: String
    public var value: String
    public var description: String { "\(key)=\(value)" }

    public init(key: String, value: String) { self.key = key; self.value = value }

    /// Reads `KEY=VALUE` (spaces around either side are ignored; a leading `policy.` is
    /// allowed). KEY is a key's name or its Chinese label (`最低交流比例=0.3` is
    /// `exchange.minRate=0.3`, ``PolicyKey/label``). Throws a message naming what is wrong.
    public init(parsing text: String) throws(SettingError) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw SettingError(.expectedKeyValue(text)) }
        var key = parts[0].trimmedWhitespace()
        if key.hasPrefix("policy.") { key.removeFirst("policy.".count) }
        let value = parts[1].trimmedWhitespace()
        if !key.allSatisfy(\.isASCII) {
            guard let named = PolicyKey.all.first(where: { $0.label.zh == key }) else {
                throw SettingError(.unknownKey(key, closest: Self.closest(to: key)))
            }
            key = named.name
        }
        guard !key.isEmpty, !key.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
            throw SettingError(.keyNotPolicyKey(text))
        }
        guard !value.isEmpty else { throw SettingError(.valueMissing(text)) }
        self.init(key: key, value: value)
    }

    /// Reads a list of settings separated by commas (`a=1,b=2`): one variant.
    public static func list(_ text: String) throws(SettingError) -> [PolicySetting] {
        var out: [PolicySetting] = []
        for part in text.split(separator: ",") { out.append(try PolicySetting(parsing: String(part))) }
        guard !out.isEmpty else { throw SettingError(.noSetting(text)) }
        return out
    }

    /// The value as a JSON value: `true`, `false` and `null` (any case) as they are, a
    /// finite number as a number; anything else is a string (a preset name).
    var node: JSONNode {
        switch value.lowercased() {
        case "true": return JSONNode(.bool(true))
        case "false": return JSONNode(.bool(false))
        case "null": return JSONNode(.null)
        default:
            if let d = Double(value), d.isFinite { return JSONNode(.number(d)) }
            return JSONNode(.string(value))
        }
    }

    /// The key whose name or Chinese label is nearest to `text` (edit distance ≤ 2).
    static func closest(to text: String) -> String? {
        let names = PolicyKey.all.map(\.name), labels = PolicyKey.all.map(\.label.zh)
        guard let near = FieldReader.closest(text, in: names + labels) else { return nil }
        return PolicyKey.all.first { $0.name == near || $0.label.zh == near }?.name
    }

    public struct SettingError: Error, Sendable, CustomStringConvertible {
        public var problem: PolicyProblem
        init(_ problem: PolicyProblem) { self.problem = problem }
        public var description: String { problem.description }
    }
}

extension Policy {
    /// This policy with `settings` applied in order, each checked by its key's kind and
    /// range (``PolicyKey``, the reader of an instance's `policy`, MODEL.md §3) and written
    /// in place: an unknown key, a value of the wrong kind or out of range is an
    /// ``InstanceError`` whose diagnostics name `source` and the key. `preset=NAME` moves
    /// the policy onto that preset's baseline and keeps the keys that differ from the old
    /// one's and the keys set before it, as if both were written beside the new preset.
    public func applying(_ settings: [PolicySetting], source: String) throws(InstanceError) -> Policy {
        var policy = self
        var unreadable: [Diagnostic] = []
        var reader = FieldReader(file: source)
        var given: [String: PolicyKey.Value] = [:]
        for s in settings {
            // 1e400 reads as infinity: a number out of range, not a string.
            if let d = Double(s.value), !d.isFinite {
                unreadable.append(Diagnostic(file: source, path: RecordPath(list: "policy", field: s.key), .policy(.notFinite(s.value))))
                continue
            }
            var node = JSONNode(.object([]))
            node.set(s.key.split(separator: ".").map(String.init), to: s.node)
            guard let obj = reader.object(node, "policy", allowed: FieldReader.policyKeys, nesting: FieldReader.nested) else { continue }
            if obj["preset"] != nil, let preset = reader.preset(obj) {
                policy = policy.rebased(on: preset)
                for (name, value) in given { PolicyKey.named(name)?.set(value, in: &policy) }
            }
            for name in reader.overrides(obj, onto: &policy) {
                if let key = PolicyKey.named(name) { given[name] = key.value(in: policy) }
            }
        }
        let diagnostics = unreadable + reader.diagnostics.filter { $0.severity == .error }
        if !diagnostics.isEmpty { throw InstanceError(diagnostics) }
        return policy
    }
}

extension JSONNode {
    /// Sets the member at `path` (creating objects on the way; a non-object on the way is
    /// replaced), keeping the order of the members that exist.
    mutating func set(_ path: [String], to newValue: JSONNode) {
        guard let key = path.first else { self = newValue; return }
        var members: [(key: String, value: JSONNode)] = []
        if case let .object(m) = value { members = m }
        if let i = members.firstIndex(where: { $0.key == key }) {
            members[i].value.set(Array(path.dropFirst()), to: newValue)
        } else {
            var child = JSONNode(.object([]))
            child.set(Array(path.dropFirst()), to: newValue)
            members.append((key, child))
        }
        value = .object(members)
    }
}
