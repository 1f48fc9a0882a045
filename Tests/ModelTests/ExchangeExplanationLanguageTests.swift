import Foundation
import Testing
import RotaplanDomain
import RotaplanModels
import RotaplanText

/// Every sentence that explains an exchange without a plan comes in Chinese too (for the
/// Chinese report, docs/report.md): the elastic re-solve's rule by rule (§4.1–§4.7), the
/// pins that cannot hold and the pins that make a group's exchange impossible. The English
/// stays what stderr and the tests above read.
@Suite struct ExchangeExplanationLanguageTests {
    /// A Chinese sentence: Chinese characters, no English frame words, and every id the
    /// English names (T0103, S03, G1) named too.
    static func expectChinese(_ b: Bilingual, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(b.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(b.zh)", sourceLocation: sourceLocation)
        for word in [" the ", " would ", " must ", "cannot", " than ", "group ", " pin ", "teachers", "contradict"] {
            #expect(!b.zh.contains(word), "\(word) in \(b.zh)", sourceLocation: sourceLocation)
        }
        let ids = b.en.matches(of: /\b[TSGN]\d+\b/).map { String($0.output) }
        for id in ids { #expect(b.zh.contains(id), "\(id) missing in \(b.zh)", sourceLocation: sourceLocation) }
    }

    /// Policies of tiny-luohe under which some §4 rule cannot hold, one per rule family.
    static let strict: [(String, @Sendable (inout Policy) -> Void)] = [
        ("§4.2", { $0.exchange.minRate = 1 }),
        ("§4.7", { $0.cost.budgetPerGroup = 0 }),
        ("§4.3", { $0.exchange.minBackboneShare = 1; $0.exchange.minRate = 0.5 }),
    ]

    @Test(arguments: strict.indices)
    func elasticExplanationsAreInBothLanguages(_ k: Int) throws {
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        let (rule, change) = Self.strict[k]
        change(&x.policy)
        let out = try ExchangeSolve.run(x)
        try #require(out.solution.status == .infeasible, "\(rule)")
        #expect(words(out.explanations, x).contains { $0.en.hasPrefix(rule) && $0.zh.hasPrefix(rule) }, "\(words(out.explanations, x))")
        for b in words(out.explanations, x) { Self.expectChinese(b) }
    }

    /// Every rule row of the elastic model says its sentence in both languages, with the
    /// same section number first (the rows an infeasible instance does not reach too).
    @Test func everyRuleRowSaysItInBothLanguages() throws {
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        x.policy.cost.budgetPerGroup = 0
        x.policy.exchange.minBackboneShare = 0.2
        let elastic = try ExchangeModel(x, formulation: .plain, elastic: true)
        var families = Set<String>()
        for r in elastic.relaxations {
            let b = FindingText.sentence(r.explain(1), in: x)
            let section = String(b.en.prefix(4))
            families.insert(section)
            #expect(b.zh.hasPrefix(section), "\(b.zh)")
            Self.expectChinese(b)
        }
        #expect(families == ["§4.2", "§4.3", "§4.4", "§4.5", "§4.6", "§4.7"], "\(families)")
    }

    @Test func theVolumeRuleInChinese() throws {
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        x.policy.exchange.minRate = 1
        #expect(try words(ExchangeSolve.run(x).explanations, x).map(\.zh) == [
            "§4.2 交流比例：集团 G1 的 7 名符合条件教师中至少应交流 7 名（比例 1.0），但在其他规则下最多只能交流 5 名",
        ])
    }

    @Test(arguments: [
        "T0103,must-stay,\nT0106,must-move-to,S03",
        "T0901,必须调往,S08",
        "T0105,must-move-to,S06",
        "T0105,must-move-to,S01",
        "T0105,must-stay,\nT0105,must-move-to,S04",
        "T0105,must-move-to,S04\nT0105,must-move-to,S03",
        "T0105,must-not-go-to,S04\nT0105,must-move-to,S04",
    ])
    func pinExplanationsAreInBothLanguages(_ rows: String) throws {
        let x = try PinTests.pinned(rows)
        let out = try ExchangeSolve.run(x)
        try #require(out.solution.status == .infeasible)
        #expect(!out.explanations.isEmpty)
        for b in words(out.explanations, x) {
            Self.expectChinese(b)
            #expect(b.zh.contains("固定规则"), "\(b.zh)")
        }
    }

    @Test func aPinThatMakesTheGroupImpossibleInChinese() throws {
        let x = try PinTests.pinned("T0103,must-stay,\nT0106,must-move-to,S03")
        let out = words(try ExchangeSolve.run(x).explanations, x)
        #expect(out.first?.zh == "固定规则使集团 G1 的交流轮岗无法实现（去掉后即有可行方案）：固定规则 pins.csv:3「T0106 must-move-to S03」")
        #expect(out.dropFirst().contains { $0.zh.hasPrefix("在上述固定规则下：§4.6 学科配备：S03 调出的英语教师") }, "\(out)")
    }
}
