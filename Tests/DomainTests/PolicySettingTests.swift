import Testing
import RotaplanDomain
import RotaplanFormats

/// `compare --set KEY=VALUE`: settings read like the instance's own `policy` (MODEL.md §3).
@Suite struct PolicySettingTests {
    @Test func settingsOverrideThePolicyAsIfWrittenInTheFile() throws {
        let base = Policy(preset: .national)
        let p = try base.applying(PolicySetting.list("exchange.minRate=0.15, policy.cost.budgetPerGroup=50000,exchange.allowCrossGroup=true"),
                                  source: "--set")
        #expect(p.exchange.minRate == 0.15)
        #expect(p.cost.budgetPerGroup == 50000)
        #expect(p.exchange.allowCrossGroup)
        #expect(p.exchange.minBackboneShare == base.exchange.minBackboneShare)
        let w = try base.applying([PolicySetting(parsing: "weights.walking.uncovered=10")], source: "--set")
        #expect(w.weights.walking.uncovered == 10)
    }

    @Test func aPresetKeepsTheKeysGivenBesideIt() throws {
        var base = Policy(preset: .national)
        base.exchange.minRate = 0.12
        let p = try base.applying([PolicySetting(parsing: "preset=luohe")], source: "--set")
        #expect(p.preset == .luohe)
        #expect(p.cost.allowancePerDay == 80)
        #expect(p.exchange.minRate == 0.12)
    }

    @Test func badSettingsAreNamed() throws {
        let base = Policy(preset: .national)
        for (text, expected) in [("exchange.minRat=0.1", "did you mean \"minRate\""), ("exchange.minRate=1.5", "policy.exchange.minRate"),
                                 ("exchange.allowCrossGroup=3", "true or false"), ("preset=atlantis", "unknown preset"),
                                 ("walking.maxSchoolsPerDay=1.5", "policy.walking.maxSchoolsPerDay")] {
            do {
                _ = try base.applying([PolicySetting(parsing: text)], source: "--set \(text)")
                Issue.record("\(text) was accepted")
            } catch let e as InstanceError {
                let message = e.diagnostics.map(\.description).joined(separator: "\n")
                #expect(message.contains(expected), "\(text): \(message)")
                #expect(message.contains("--set \(text)"), "\(text): \(message)")
            }
        }
        for text in ["minRate", "=0.1", "exchange.minRate=", "exchange..minRate=1", ""] {
            #expect(throws: PolicySetting.SettingError.self, "\(text)") { _ = try PolicySetting.list(text) }
        }
    }
}
