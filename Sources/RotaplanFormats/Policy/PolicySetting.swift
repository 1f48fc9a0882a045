import RotaplanDomain

/// One policy change for a what-if variant (`rotaplan compare --set KEY=VALUE`): a key
/// of MODEL.md §3 as a dotted path (`exchange.minRate`, `cost.budgetPerGroup`,
/// `weights.walking.uncovered`, `preset`) and its value (a number, `true`/`false`, or
/// a preset name). Applied exactly as if written beside the preset in the instance's
/// `policy`, so every rule of §3 and §10 (ranges, unknown keys) holds for it.
public struct PolicySetting: Sendable, Equatable, CustomStringConvertible {
    public var key: String
    public var value: String
    public var description: String { "\(key)=\(value)" }

    public init(key: String, value: String) { self.key = key; self.value = value }

    /// Reads `KEY=VALUE` (spaces around either side are ignored; a leading `policy.` is
    /// allowed). Throws a message naming what is wrong.
    public init(parsing text: String) throws(SettingError) {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw SettingError("\"\(text)\": expected KEY=VALUE, e.g. exchange.minRate=0.15") }
        var key = parts[0].trimmedWhitespace()
        if key.hasPrefix("policy.") { key.removeFirst("policy.".count) }
        let value = parts[1].trimmedWhitespace()
        guard !key.isEmpty, !key.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) else {
            throw SettingError("\"\(text)\": the key must be a policy key such as exchange.minRate")
        }
        guard !value.isEmpty else { throw SettingError("\"\(text)\": the value is missing") }
        self.init(key: key, value: value)
    }

    /// Reads a list of settings separated by commas (`a=1,b=2`): one variant.
    public static func list(_ text: String) throws(SettingError) -> [PolicySetting] {
        var out: [PolicySetting] = []
        for part in text.split(separator: ",") { out.append(try PolicySetting(parsing: String(part))) }
        guard !out.isEmpty else { throw SettingError("\"\(text)\": no setting; expected KEY=VALUE[,KEY=VALUE…]") }
        return out
    }

    /// The value as JSON: numbers, true, false and null as they are; anything else is a
    /// string (a preset name).
    var json: String {
        if ["true", "false", "null"].contains(value.lowercased()) { return value.lowercased() }
        if let d = Double(value), d.isFinite { return JSONText.number(d) }
        return JSONText.string(value)
    }

    public struct SettingError: Error, Sendable, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }
}

extension Policy {
    /// This policy with `settings` applied in order, read back through the same reader
    /// as an instance's `policy` (MODEL.md §3): an unknown key, a value of the wrong kind
    /// or out of range is an ``InstanceError`` whose diagnostics name `source` and the key.
    public func applying(_ settings: [PolicySetting], source: String) throws(InstanceError) -> Policy {
        var diagnostics: [Diagnostic] = []
        var node: JSONNode
        do { node = try JSONParser.parse(InstanceWriter.policy(self)) } catch {
            // The writer's output always parses; kept as a diagnostic rather than a trap.
            throw InstanceError([Diagnostic(file: source, path: "policy", message: "internal: policy text does not parse: \(error.message)")])
        }
        for s in settings {
            // 1e400 reads as infinity: a number out of range, not a string.
            if let d = Double(s.value), !d.isFinite {
                diagnostics.append(Diagnostic(file: source, path: "policy.\(s.key)", message: "\(s.value) is out of range: it is not a finite number"))
                continue
            }
            guard let value = try? JSONParser.parse(s.json) else {
                diagnostics.append(Diagnostic(file: source, path: "policy.\(s.key)", message: "\"\(s.value)\" is not a value"))
                continue
            }
            node.set(s.key.split(separator: ".").map(String.init), to: value)
        }
        var reader = FieldReader(file: source)
        let policy = reader.policy(node)
        diagnostics += reader.diagnostics.filter { $0.severity == .error }
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
