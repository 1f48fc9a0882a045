/// One key of the policy (MODEL.md §3) as data: its dotted name, where it lives in
/// ``Policy``, what it may hold, and how people read it. ``PolicyKey/all`` lists every key
/// once, and the reader, the writer, `compare --set`, the JSON schema and `validate`'s
/// `groups.*` findings all walk that list, so a key is defined in one place.
///
/// Defaults are not written here: a preset's value of a key is read from
/// `Policy(preset:)` through the key path (``value(in:)``).
public struct PolicyKey: Sendable {
    /// What the key holds, with the typed path to it in ``Policy``.
    public enum Kind: Sendable {
        /// A number in ``PolicyKey/range``.
        case number(any WritableKeyPath<Policy, Double> & Sendable)
        /// A number, or none (no limit).
        case optionalNumber(any WritableKeyPath<Policy, Double?> & Sendable)
        /// A whole number in ``PolicyKey/range``.
        case integer(any WritableKeyPath<Policy, Int> & Sendable)
        /// A whole number, or none.
        case optionalInteger(any WritableKeyPath<Policy, Int?> & Sendable)
        case flag(any WritableKeyPath<Policy, Bool> & Sendable)
        /// groups.maxStudents: one whole number for every stage family, or an object of
        /// the three (`preschool`, `compulsory`, `senior`), each in ``PolicyKey/range``.
        case studentLimits(any WritableKeyPath<Policy, Policy.StudentLimits?> & Sendable)
    }

    /// A value of a key, as the file writes it.
    public enum Value: Sendable, Equatable {
        case none
        case number(Double)
        case integer(Int)
        case flag(Bool)
        case limits(Policy.StudentLimits)
    }

    /// Where a preset sets the key: the preset and the city document's clause, as
    /// `validate` cites it.
    public struct Citation: Sendable {
        public var preset: PolicyPreset
        public var text: String
    }

    /// Dotted name, as `--set` takes it: `exchange.minRate`, `weights.walking.visit`.
    public let name: String
    public let kind: Kind
    /// Allowed values (for whole numbers, only whole values of it).
    public let range: ClosedRange<Double>
    /// The unit named in an out-of-range message ("years", "yuan"); empty for none.
    public let unit: String
    /// For a weight that must be 0 or more (docs/instance-format.md, "Weights"): why.
    public let nonNegativeBecause: String?
    /// Where presets set the key, in preset order.
    public let citations: [Citation]
    public let label: (en: String, zh: String)
    public let help: (en: String, zh: String)

    init(_ name: String, _ kind: Kind, range: ClosedRange<Double>, unit: String = "",
         nonNegativeBecause: String? = nil, cites citations: [(PolicyPreset, String)] = [],
         label: (en: String, zh: String), help: (en: String, zh: String)) {
        self.name = name
        self.kind = kind
        self.range = range
        self.unit = unit
        self.nonNegativeBecause = nonNegativeBecause
        self.citations = citations.map { Citation(preset: $0.0, text: $0.1) }
        self.label = label
        self.help = help
    }

    /// The name's parts: the sections (`weights`, `exchange`) and the key last.
    public var path: [String] { name.split(separator: ".").map(String.init) }

    /// The key's own name, without its sections (`minRate`).
    public var field: String { path.last ?? name }

    /// The sections, dotted (`weights.exchange`).
    public var section: String { path.dropLast().joined(separator: ".") }

    /// Whether the key holds a whole number (or limits of whole numbers).
    public var isWhole: Bool {
        switch kind {
        case .integer, .optionalInteger, .studentLimits: return true
        case .number, .optionalNumber, .flag: return false
        }
    }

    /// The cited sources joined as `validate` prints them (`Luohe …: …; Changsha …: …`).
    public var source: String? {
        citations.isEmpty ? nil : citations.map(\.text).joined(separator: "; ")
    }

    /// The key's value in `policy`.
    public func value(in policy: Policy) -> Value {
        switch kind {
        case let .number(k): return .number(policy[keyPath: k])
        case let .optionalNumber(k): return policy[keyPath: k].map(Value.number) ?? .none
        case let .integer(k): return .integer(policy[keyPath: k])
        case let .optionalInteger(k): return policy[keyPath: k].map(Value.integer) ?? .none
        case let .flag(k): return .flag(policy[keyPath: k])
        case let .studentLimits(k): return policy[keyPath: k].map(Value.limits) ?? .none
        }
    }

    /// Writes `value` into `policy` through the key path; a value of another kind is
    /// ignored (the reader gives each key only values of its kind).
    public func set(_ value: Value, in policy: inout Policy) {
        switch (kind, value) {
        case let (.number(k), .number(x)): policy[keyPath: k] = x
        case let (.optionalNumber(k), .number(x)): policy[keyPath: k] = x
        case let (.optionalNumber(k), .none): policy[keyPath: k] = nil
        case let (.integer(k), .integer(n)): policy[keyPath: k] = n
        case let (.optionalInteger(k), .integer(n)): policy[keyPath: k] = n
        case let (.optionalInteger(k), .none): policy[keyPath: k] = nil
        case let (.flag(k), .flag(b)): policy[keyPath: k] = b
        case let (.studentLimits(k), .limits(l)): policy[keyPath: k] = l
        case let (.studentLimits(k), .none): policy[keyPath: k] = nil
        default: break
        }
    }

    /// The key with this dotted name.
    public static func named(_ name: String) -> PolicyKey? { all.first { $0.name == name } }
}

extension Policy {
    /// This policy on another preset's baseline, keeping every key that differs from its
    /// own preset's baseline, as if the file named the other preset beside those keys
    /// (MODEL.md §3). As in a file, a key set to none keeps the new preset's value, and
    /// groups.maxStudents keeps the new preset's limit for a stage family it leaves out.
    public func rebased(on preset: PolicyPreset) -> Policy {
        let base = Policy(preset: self.preset)
        var out = Policy(preset: preset)
        for key in PolicyKey.all {
            let value = key.value(in: self)
            guard value != key.value(in: base) else { continue }
            switch value {
            case .none: continue
            case let .limits(l):
                var merged = key.value(in: out).limits ?? StudentLimits(preschool: nil, compulsory: nil, senior: nil)
                merged.preschool = l.preschool ?? merged.preschool
                merged.compulsory = l.compulsory ?? merged.compulsory
                merged.senior = l.senior ?? merged.senior
                key.set(.limits(merged), in: &out)
            default: key.set(value, in: &out)
            }
        }
        return out
    }
}

extension PolicyKey.Value {
    /// The limits, when this is groups.maxStudents's value.
    public var limits: Policy.StudentLimits? { if case let .limits(l) = self { l } else { nil } }
}

extension PolicyKey {
    /// The §3 `groups.*` rule `validate` checks for this key, if it is one.
    public var rule: RuleID? { RuleID(rawValue: name).flatMap { $0.family == .groups ? $0 : nil } }

    /// The key a `groups.*` rule checks.
    public static func key(for rule: RuleID) -> PolicyKey? { all.first { $0.rule == rule } }
}
