import Foundation
import Testing

/// What the terminal says follows `--lang`, else the locale (LC_ALL, LC_MESSAGES, LANG
/// starting with zh: Chinese): the summary on stdout, the no-plan line and the
/// explanations on stderr, the check's lines (MODEL.md §9).
@Suite struct TerminalLanguageTests {
    /// A fresh folder with the tiny instance changed by `edit`; the instance's path.
    static func instance(_ edit: (String) -> String = { $0 }) throws -> (dir: URL, path: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("x.json").path
        try edit(try String(contentsOfFile: StageCommandTests.tiny, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        return (dir, path)
    }

    @Test func chineseExchangeSaysWhyThereIsNoPlanInChinese() throws {
        let (dir, x) = try Self.instance { $0.replacingOccurrences(of: "\"minRate\": 0.3", with: "\"minRate\": 1") }
        let r = try CLI.run(["exchange", x, "-o", dir.appendingPathComponent("s.json").path, "--lang", "zh"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("\(x): 没有交流轮岗方案：所有规则无法同时满足（无可行解）"), "\(r.stderr)")
        #expect(r.stderr.contains("\(x): §4"), "\(r.stderr)")
        #expect(!r.stderr.contains("cannot"), "\(r.stderr)")
    }

    @Test func chineseTrainingAndWalkingSummariesAndExplanations() throws {
        let (dir, x) = try Self.instance()
        let t = try CLI.run(["training", x, "-o", dir.appendingPathComponent("t.json").path, "--lang", "zh"])
        #expect(t.status == 0, "\(t.stderr)")
        #expect(t.stdout.hasPrefix("首站式培育 最优：目标值 "), "\(t.stdout)")
        #expect(t.stdout.contains("名新教师；已写入 "), "\(t.stdout)")
        let w = try CLI.run(["walking", x, "-o", dir.appendingPathComponent("w.json").path, "--lang", "zh"])
        #expect(w.status == 0, "\(w.stderr)")
        #expect(w.stdout.hasPrefix("走教 "), "\(w.stdout)")
        #expect(w.stdout.contains("课时未覆盖；已写入 "), "\(w.stdout)")
        #expect(w.stderr.contains("\(x): "), "\(w.stderr)")
        #expect(!w.stderr.contains("uncovered"), "the uncovered line is Chinese too: \(w.stderr)")
    }

    @Test func aChineseLocalePicksChineseAndLangEnOverridesIt() throws {
        let (dir, x) = try Self.instance()
        let out = dir.appendingPathComponent("s.json").path
        let zh = try CLI.run(["exchange", x, "-o", out], locale: "zh_CN.UTF-8")
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stdout.hasPrefix("交流轮岗 最优：目标值 "), "\(zh.stdout)")
        #expect(zh.stdout.contains("名教师交流；已写入 \(out)"), "\(zh.stdout)")
        let check = try CLI.run(["check", x, out], locale: "zh_CN.UTF-8")
        #expect(check.stdout.hasPrefix("\(out): 方案成立；目标值 "), "\(check.stdout)")
        let en = try CLI.run(["exchange", x, "-o", out, "--force", "--lang", "en"], locale: "zh_CN.UTF-8")
        #expect(en.stdout.hasPrefix("exchange optimal: objective "), "\(en.stdout)")
        #expect(en.stdout.contains(" teachers move; wrote \(out)"), "\(en.stdout)")
        let c = try CLI.run(["check", x, out], locale: "C")
        #expect(c.stdout.hasPrefix("\(out): holds; objective "), "\(c.stdout)")
    }

    /// A Chinese locale, no --lang: validate's input problems and its last line are Chinese,
    /// the frame and record path as they were; --lang en gives today's bytes.
    @Test func validateSpeaksTheLocale() throws {
        let (_, x) = try Self.instance { $0.replacingOccurrences(of: "\"minRate\": 0.3", with: "\"minRate\": 3") }
        let zh = try CLI.run(["validate", x], locale: "zh_CN.UTF-8")
        #expect(zh.status == 2, "\(zh.stderr)")
        #expect(zh.stderr.contains(": 错误: policy.exchange.minRate: 3 超出范围；应在 0 到 1 之间"), "\(zh.stderr)")
        #expect(zh.stderr.contains("\(x)：1 个问题；该实例无法使用"), "\(zh.stderr)")
        let en = try CLI.run(["validate", x, "--lang", "en"], locale: "zh_CN.UTF-8")
        let c = try CLI.run(["validate", x], locale: "C")
        #expect(en.stderr == c.stderr && en.status == c.status)
        #expect(c.stderr.contains(": error: policy.exchange.minRate: 3 is out of range; it must be between 0 and 1"), "\(c.stderr)")
        #expect(c.stderr.hasSuffix("\(x): 1 problem; the instance cannot be used\n"), "\(c.stderr)")
    }

    /// import on a bad CSV under a Chinese locale: the cell's problem and the count in Chinese.
    @Test func importSpeaksTheLocale() throws {
        let (dir, _) = try Self.instance()
        let schools = dir.appendingPathComponent("schools.csv").path, teachers = dir.appendingPathComponent("teachers.csv").path
        try "id,name,stage,students\nS1,一中,初中,900\n".write(toFile: schools, atomically: true, encoding: .utf8)
        try "id,name,school,subject,yearsAtSchool\nT1,张三,S1,math,很多\n".write(toFile: teachers, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("imported.json").path
        let zh = try CLI.run(["import", "--schools", schools, "--teachers", teachers, "-o", out], locale: "zh_CN.UTF-8")
        #expect(zh.status == 2, "\(zh.stderr)")
        #expect(zh.stderr.contains("teachers.csv:2:5: 错误: yearsAtSchool: “很多”不是数字"), "\(zh.stderr)")
        #expect(zh.stderr.contains("1 个问题；没有写入任何文件"), "\(zh.stderr)")
        let en = try CLI.run(["import", "--schools", schools, "--teachers", teachers, "-o", out, "--lang", "en"], locale: "zh_CN.UTF-8")
        #expect(en.stderr.contains("teachers.csv:2:5: error: yearsAtSchool: \"很多\" is not a number"), "\(en.stderr)")
        #expect(en.stderr.contains("1 problem; nothing was written"), "\(en.stderr)")
    }

    /// Refusing an output, and what a failed write left, are said in the language too.
    @Test func outputRefusalsSpeakTheLanguage() throws {
        let (dir, x) = try Self.instance()
        let zh = try CLI.run(["exchange", x, "-o", x, "--lang", "zh"])
        #expect(zh.status == 64 && zh.stderr.contains("\(x)：不会覆盖输入文件"), "\(zh.stderr)")
        let out = dir.appendingPathComponent("s.json").path
        try "{}".write(toFile: out, atomically: true, encoding: .utf8)
        let exists = try CLI.run(["exchange", x, "-o", out], locale: "zh_CN.UTF-8")
        #expect(exists.status == 64 && exists.stderr.contains("\(out)：文件已存在；要覆盖请加 --force"), "\(exists.stderr)")
        let en = try CLI.run(["exchange", x, "-o", out])
        #expect(en.stderr.contains("\(out): the file exists; use --force to overwrite it"), "\(en.stderr)")
    }

    /// A preset without costs while the cost weight matters: validate warns once, in the language.
    @Test func zeroCostsAreWarnedOnce() throws {
        let (_, x) = try Self.instance { $0.replacingOccurrences(of: "\"preset\": \"luohe\"", with: "\"preset\": \"national\"") }
        let zh = try CLI.run(["validate", x, "--lang", "zh"])
        #expect(zh.status == 0, "\(zh.stderr)")
        #expect(zh.stderr.components(separatedBy: "所有费用都是 0 元").count == 2, "\(zh.stderr)")
        #expect(zh.stderr.contains("每日生活补助 或 cost.allowancePerDay"), "\(zh.stderr)")
    }
}
