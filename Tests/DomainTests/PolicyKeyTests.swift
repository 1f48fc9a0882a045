import Foundation
import Testing
import RotaplanDomain
import RotaplanFormats

/// The policy key table (MODEL.md §3): every key once, driving the reader, the writer,
/// `--set`, the schema and `validate`'s citations.
@Suite struct PolicyKeyTests {
    /// A policy with every key moved off `preset`'s baseline (each kind its own way).
    static func changed(_ preset: PolicyPreset) -> Policy {
        var p = Policy(preset: preset)
        for key in PolicyKey.all {
            switch key.value(in: p) {
            case .none: key.set(key.isWhole ? .integer(Int(key.range.lowerBound) + 1) : .number(key.range.lowerBound + 0.5), in: &p)
            case let .number(x): key.set(.number(x == key.range.upperBound ? x - 1 : min(x + 0.25, key.range.upperBound)), in: &p)
            case let .integer(n): key.set(.integer(n == Int(key.range.upperBound) ? n - 1 : n + 1), in: &p)
            case let .flag(b): key.set(.flag(!b), in: &p)
            case .limits: key.set(.limits(.init(preschool: 1, compulsory: 2, senior: 3)), in: &p)
            }
            if case .studentLimits = key.kind, key.value(in: p) == .none { key.set(.limits(.init(preschool: 4, compulsory: 5, senior: 6)), in: &p) }
        }
        return p
    }

    static func read(_ p: Policy) throws -> Policy {
        var x = try InstanceLoader.load(bytes: Array(#"{"name": "p", "schools": [{"id": "S", "name": "S", "stage": "primary", "students": 1}]}"#.utf8),
                                        file: "p.json").instance
        x.policy = p
        return try InstanceLoader.load(bytes: Array(InstanceWriter.json(x).utf8), file: "written.json").instance.policy
    }

    @Test(arguments: PolicyPreset.allCases)
    func everyKeyOfEveryPresetRoundTrips(_ preset: PolicyPreset) throws {
        #expect(try Self.read(Policy(preset: preset)) == Policy(preset: preset))
        let changed = Self.changed(preset)
        for key in PolicyKey.all {
            #expect(key.value(in: changed) != key.value(in: Policy(preset: preset)), "\(key.name) is not changed")
        }
        #expect(try Self.read(changed) == changed)
    }

    /// Every key the reader accepts is in the table: each table key read from a file and
    /// from --set reaches the policy, and the table has no key twice.
    @Test func theReaderAcceptsExactlyTheTable() throws {
        #expect(Set(PolicyKey.all.map(\.name)).count == PolicyKey.all.count)
        let changed = Self.changed(.national)
        for key in PolicyKey.all {
            let text: String
            switch key.value(in: changed) {
            case let .number(x): text = JSONText.number(x)
            case let .integer(n): text = "\(n)"
            case let .flag(b): text = b ? "true" : "false"
            case .limits, .none: text = "7"
            }
            let p = try Policy().applying([PolicySetting(key: key.name, value: text)], source: "--set")
            #expect(key.value(in: p) != key.value(in: Policy()), "\(key.name) was not applied")
            // The only key the setting changes is its own.
            for other in PolicyKey.all where other.name != key.name {
                #expect(other.value(in: p) == other.value(in: Policy()), "\(key.name) changed \(other.name)")
            }
        }
        // Keys beside the table's are refused, in every section.
        for section in Set(PolicyKey.all.map(\.section)) {
            #expect(throws: InstanceError.self) { try Policy().applying([PolicySetting(key: section + ".notAKey", value: "1")], source: "--set") }
        }
    }

    /// The presets that set a key are the ones the key cites (PolicyPreset.source names the city).
    @Test func everyPresetValueIsCited() {
        for key in PolicyKey.all {
            let setBy = PolicyPreset.allCases.filter { key.value(in: Policy(preset: $0)) != key.value(in: Policy(preset: .national)) }
            #expect(key.citations.map(\.preset) == setBy, "\(key.name)")
            for c in key.citations { #expect(c.text.hasPrefix(c.preset.rawValue.prefix(1).uppercased() + c.preset.rawValue.dropFirst()), "\(key.name): \(c.text)") }
            #expect(!key.label.en.isEmpty && !key.label.zh.isEmpty && !key.help.en.isEmpty && !key.help.zh.isEmpty, "\(key.name)")
        }
        for rule in RuleID.allCases where rule.family == .groups {
            #expect(PolicyKey.key(for: rule)?.name == rule.rawValue, "\(rule)")
        }
    }

    /// Setting in place keeps the reader's diagnostics, the weights' reasons included.
    @Test func aNegativeBoundedWeightIsRefusedWithItsReason() throws {
        for name in ["weights.exchange.balance", "weights.exchange.shortage", "weights.walking.visit", "weights.walking.travelHalfHour"] {
            do {
                _ = try Policy().applying([PolicySetting(key: name, value: "-1")], source: "--set \(name)=-1")
                Issue.record("\(name)=-1 accepted")
            } catch {
                let reason = try #require(PolicyKey.named(name)?.nonNegativeBecause)
                #expect(error.description == "--set \(name)=-1: error: policy.\(name): -1 is negative; this weight must be 0 or more: \(reason)")
            }
        }
    }

    /// `preset=` after a key set to the old preset's value keeps that key, as a file would.
    @Test func aPresetKeepsAKeySetBeforeIt() throws {
        let p = try Policy().applying(PolicySetting.list("cost.allowancePerDay=0,preset=luohe"), source: "--set")
        #expect(p.preset == .luohe && p.cost.allowancePerDay == 0 && p.groups.maxSchools == 3)
    }
}

/// docs/instance.schema.json's `$defs.policy` is what the key table generates
/// (``PolicySchema``). With ROTAPLAN_WRITE_SCHEMA=1 the test writes it instead.
@Suite struct PolicySchemaTests {
    @Test func theCommittedSchemaIsTheTables() throws {
        let url = Bundled.root.appendingPathComponent("docs/instance.schema.json")
        let root = try JSONParser.parse(Array(try Data(contentsOf: url)))
        guard case var .object(members) = root.value, let d = members.firstIndex(where: { $0.key == "$defs" }),
              case var .object(defs) = members[d].value.value, let p = defs.firstIndex(where: { $0.key == "policy" }) else {
            Issue.record("docs/instance.schema.json has no $defs.policy")
            return
        }
        let committed = JSONOut(defs[p].value).pretty()
        let generated = PolicySchema.policy.pretty()
        if ProcessInfo.processInfo.environment["ROTAPLAN_WRITE_SCHEMA"] == "1" {
            defs[p].value = try JSONParser.parse(generated)
            members[d].value.value = .object(defs)
            try Data((JSONOut(JSONNode(.object(members))).pretty() + "\n").utf8).write(to: url)
            return
        }
        #expect(committed == generated, "run ROTAPLAN_WRITE_SCHEMA=1 swift test --filter PolicySchemaTests")
    }
}
