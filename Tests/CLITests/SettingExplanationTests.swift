import Foundation
import Testing

/// An impossible setting is explained naming it (issue 17 item 4): `--set` on a solving
/// command, the key's label and value, "you set it with --set", the schools and groups by
/// name, and the § number and rule id in a detail line after.
@Suite struct SettingExplanationTests {
    static let zhengdong = PlanCommandTests.zhengdong

    @Test(arguments: ["zh", "en"])
    func anImpossibleMinRateNamesTheSetting(_ lang: String) throws {
        let dir = try Fixture.folder("setting-\(lang)")
        let r = try CLI.run(["exchange", Self.zhengdong, "--set", "exchange.minRate=1.0", "-o", dir.appendingPathComponent("x.json").path,
                             "--lang", lang])
        #expect(r.status == 1, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        let lead = try #require(lines.firstIndex {
            $0.contains(lang == "zh" ? "最低交流比例 = 100%（你用 --set 设定的）：" : "minimum exchange rate = 100% (you set it with --set): ")
        }, "\(r.stderr)")
        #expect(lines[lead].contains("郑东新区外国语学校教育集团") && !lines[lead].contains("§"), "\(lines[lead])")
        // The rule's § and id come after, in a detail line.
        #expect(lines[lead + 1].contains("§4.2") && lines[lead + 1].contains("exchange.4.2.volume"), "\(lines[lead + 1])")
        // A setting from the instance file is named too, without "--set"; a core school by name.
        let core = lang == "zh" ? "核心校骨干调出上限 = 30%：" : "core backbone out share = 30%: "
        let school = lang == "zh" ? "核心校 S01（郑东新区外国语学校）" : "its core S01 (郑东新区外国语学校)"
        #expect(r.stderr.contains(core) && r.stderr.contains(school), "\(r.stderr)")
    }

    /// `plan --set`: the exchange stage's findings name the setting too, after the stage's name.
    @Test func thePlanNamesTheSettingToo() throws {
        let dir = try Fixture.folder("setting-plan")
        let tiny = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path
        let r = try CLI.run(["plan", tiny, "--set", "exchange.minRate=1", "-o", dir.appendingPathComponent("p.json").path, "--lang", "zh"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("交流轮岗：最低交流比例 = 100%（你用 --set 设定的）：集团 G1（"), "\(r.stderr)")
        #expect(r.stderr.contains("交流轮岗：§4.2 交流比例 · exchange.4.2.volume"), "\(r.stderr)")
    }

    @Test func badSettingsAreRefused() throws {
        let malformed = try CLI.run(["exchange", Self.zhengdong, "--set", "minRate"])
        #expect(malformed.status == 64 && malformed.stderr.contains("KEY=VALUE"), "\(malformed.stderr)")
        let range = try CLI.run(["training", Self.zhengdong, "--set", "exchange.minRate=2"])
        #expect(range.status == 2 && range.stderr.contains("minRate"), "\(range.stderr)")
    }
}
