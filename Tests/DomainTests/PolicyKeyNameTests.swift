import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import Testing

/// The Chinese names of the policy keys (issue 17 item 5): unique, accepted by `--set`,
/// the nearest offered in both forms for a name that is not one, and documented in
/// docs/cli.md from the key table.
@Suite struct PolicyKeyNameTests {
    @Test func everyChineseLabelIsUnique() {
        let labels = PolicyKey.all.map(\.label.zh)
        let repeated = Dictionary(grouping: labels, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(repeated)")
        #expect(labels.allSatisfy { !$0.allSatisfy(\.isASCII) })
    }

    @Test func aChineseNameSetsItsKey() throws {
        let base = Policy(preset: .national)
        let zh = try base.applying([PolicySetting(parsing: "最低交流比例=0.3")], source: "--set")
        let en = try base.applying([PolicySetting(parsing: "exchange.minRate=0.3")], source: "--set")
        #expect(zh == en)
        #expect(zh.exchange.minRate == 0.3)
        for key in PolicyKey.all {
            #expect(try PolicySetting(parsing: "\(key.label.zh)=1").key == key.name)
        }
    }

    @Test func anUnknownChineseNameOffersTheNearestInBothForms() {
        do {
            _ = try PolicySetting(parsing: "最低交流比列=0.3")
            Issue.record("accepted")
        } catch {
            #expect(error.problem == .unknownKey("最低交流比列", closest: "exchange.minRate"))
            #expect(error.description.contains("exchange.minRate (最低交流比例)"), "\(error)")
            #expect(DiagnosticMessage.policy(error.problem).text(.zh).contains("最低交流比例（exchange.minRate）"), "\(DiagnosticMessage.policy(error.problem).text(.zh))")
        }
    }

    /// The table of docs/cli.md, as the key table gives it.
    static var table: String {
        (["| 中文名 | key |", "|---|---|"] + PolicyKey.all.map { "| \($0.label.zh) | `\($0.name)` |" }).joined(separator: "\n")
    }

    @Test func docsListEveryChineseName() throws {
        let doc = try String(contentsOf: GeneratorTests.repositoryRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)
        #expect(doc.contains(Self.table), "docs/cli.md lacks the table of Chinese key names; expected:\n\(Self.table)")
    }

    /// Every cost 0 under a preset that sets none, while the cost weight matters: one warning.
    @Test func zeroCostsAreSaid() throws {
        var x = Instance(name: "x", policy: Policy(preset: .national), calendar: nil, groups: [], schools: [], teachers: [], newHires: [],
                         vacancies: [], walkingDemand: [], travel: TravelTable(count: 0))
        #expect(x.policy.weights.exchange.costPer10k != 0 || x.policy.cost.budgetPerGroup != nil)
        let w = try #require(PolicyFindings.zeroCosts(x, file: "x.json"))
        #expect(w.severity == .warning)
        #expect(w.text(.zh).contains("所有费用都是 0 元") && w.text(.zh).contains("cost.allowancePerDay"), "\(w.text(.zh))")
        #expect(w.description.contains("every cost is 0 yuan") && w.description.contains("每日生活补助"), "\(w.description)")
        x.policy.cost.allowancePerDay = 80
        #expect(PolicyFindings.zeroCosts(x, file: "x.json") == nil)
    }
}
