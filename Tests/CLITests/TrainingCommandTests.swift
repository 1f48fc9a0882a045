import Foundation
import Testing

/// `rotaplan training` and `rotaplan check` through the real binary.
@Suite struct TrainingCommandTests {
    let tiny = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-training-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func trainingWritesAPlanThatCheckAccepts() throws {
        let dir = try folder()
        let out = dir.appendingPathComponent("plan.json").path
        let r = try CLI.run(["training", tiny, "-o", out, "--no-timing", "--report", dir.appendingPathComponent("report").path, "--lang", "zh"])
        #expect(r.status == 0, "\(r.stderr)")
        // --lang is one language for the report and the terminal: the summary is Chinese too.
        #expect(r.stdout.hasPrefix("首站式培育 最优：目标值 -2，安置 2 名新教师"), "\(r.stdout)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("\"problem\": \"training\"") && text.contains("\"placements\": ["))
        let c = try CLI.run(["check", tiny, out])
        #expect(c.status == 0, "\(c.stderr)")
        for f in ["placements.csv", "mentors.csv", "arrivals.csv", "summary.md", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report/\(f)").path), "\(f)")
        }
        let csv = try Data(contentsOf: dir.appendingPathComponent("report/placements.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: csv, as: UTF8.self).contains("N01,李想,数学,S1"))
    }

    @Test func tamperedPlanFailsTheCheck() throws {
        let out = try folder().appendingPathComponent("plan.json").path
        _ = try CLI.run(["training", tiny, "-o", out, "--quiet"])
        var text = try String(contentsOfFile: out, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"years\": 2", with: "\"years\": 3")
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        let c = try CLI.run(["check", tiny, out])
        #expect(c.status == 1)
        #expect(c.stderr.contains("violation: §5 years"))
    }

    @Test func infeasibleInstanceIsExplained() throws {
        let dir = try folder()
        var text = try String(contentsOfFile: tiny, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"minYears\": 2", with: "\"minYears\": 3")
        let bad = dir.appendingPathComponent("bad.json").path
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        let r = try CLI.run(["training", bad, "-o", dir.appendingPathComponent("p.json").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("no training plan: the rules cannot all hold together (infeasible)"))
        #expect(r.stderr.contains("§5 training length: N02 (孙悦) needs minYears 3 but training.maxYears is 2"))
    }

    /// §5 infeasible for one hire: the other is placed, the file holds the partial plan
    /// and the hire left out with the rule, exit 1; `check` reads it as partial; `plan`
    /// uses it and still runs walking (docs/training.md, "Partial plans").
    @Test func aHireWhoCannotBePlacedDoesNotStopTheOthers() throws {
        let dir = try folder()
        let text = try String(contentsOfFile: tiny, encoding: .utf8).replacingOccurrences(of: "\"minYears\": 2", with: "\"minYears\": 3")
        let bad = dir.appendingPathComponent("bad.json").path
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("p.json").path
        let r = try CLI.run(["training", bad, "-o", out, "--report", dir.appendingPathComponent("report").path, "--lang", "en"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("wrote the partial plan (1 of 2 new hires placed) to \(out)"), "\(r.stderr)")
        #expect(r.stderr.contains("§5 training length: N02 (孙悦) needs minYears 3"), "\(r.stderr)")
        let file = try String(contentsOfFile: out, encoding: .utf8)
        #expect(file.contains("\"status\": \"infeasible\"") && file.contains("\"newHire\": \"N01\""), "\(file)")
        #expect(file.contains("{\"newHire\": \"N02\", \"rule\": \"training.5.years\"}"), "\(file)")
        let c = try CLI.run(["check", bad, out])
        #expect(c.status == 1 && !c.stderr.contains("violation"), "\(c.stderr)")
        #expect(c.stderr.contains("not verified: partial: 1 of 2 hires placed, every placement holds; §5 rule 1 fails for N02"), "\(c.stderr)")
        let zh = try CLI.run(["training", bad, "-o", dir.appendingPathComponent("zh.json").path, "--lang", "zh"])
        #expect(zh.stderr.contains("已将部分方案（2 名新教师中安排了 1 名）写入"), "\(zh.stderr)")
        // The plan keeps the partial training and runs walking.
        let plan = dir.appendingPathComponent("plan.json").path
        let p = try CLI.run(["plan", bad, "-o", plan])
        #expect(p.status == 1, "\(p.stderr)")
        let planText = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(planText.contains("\"newHire\": \"N01\"") && planText.contains("\"unplaced\": ["), "\(planText)")
        #expect(planText.contains("\"lessons\": [\n"), "\(planText)")
        #expect(try CLI.run(["check", bad, plan]).stderr.contains("training stage: partial: 1 of 2 hires placed"))
    }

    /// The terminal says what a plan could not do before its summary, in the terminal's
    /// language (tiny-luohe leaves one walking period uncovered).
    @Test func theTerminalSaysTheShortfallBeforeTheSummary() throws {
        let dir = try folder()
        let en = try CLI.run(["walking", tiny, "-o", dir.appendingPathComponent("w.json").path, "--lang", "en"])
        #expect(en.status == 0 && en.stderr.contains("1 of 5 walking periods could not be covered: S2 (") && en.stderr.contains("3-1 music 1; for the rest the plan is optimal."), "\(en.stderr)")
        let zh = try CLI.run(["plan", tiny, "-o", dir.appendingPathComponent("p.json").path, "--lang", "zh"])
        #expect(zh.status == 0 && zh.stderr.contains("5 节走教课中有 1 节无法安排：") && zh.stderr.contains("其余部分为最优方案。"), "\(zh.stderr)")
    }

    @Test func derivedVacanciesWithAnExchangePlan() throws {
        let dir = try folder()
        let exchange = dir.appendingPathComponent("x.json").path
        #expect(try CLI.run(["exchange", tiny, "-o", exchange, "--quiet"]).status == 0)
        let out = dir.appendingPathComponent("t.json").path, derived = dir.appendingPathComponent("derived.json").path
        let r = try CLI.run(["training", tiny, "-o", out, "--vacancies", "derived", "--exchange", exchange,
                             "--derived-instance", derived])
        // Either a plan (checked against the derived instance) or an explained "no plan".
        #expect(r.status == 0 || (r.status == 1 && r.stderr.contains("§5")), "\(r.stderr)")
        if r.status == 0 { #expect(try CLI.run(["check", derived, out]).status == 0) }
        #expect(try String(contentsOfFile: derived, encoding: .utf8).contains("\"vacancies\""))
    }

    @Test func foreignExchangePlanIsInvalidInput() throws {
        let dir = try folder()
        let training = dir.appendingPathComponent("t.json").path
        #expect(try CLI.run(["training", tiny, "-o", training, "--quiet"]).status == 0)
        let r = try CLI.run(["training", tiny, "-o", dir.appendingPathComponent("u.json").path,
                             "--vacancies", "derived", "--exchange", training])
        #expect(r.status == 2)
        #expect(r.stderr.contains("a training solution has no exchange plan"), "\(r.stderr)")
    }

    @Test(arguments: [
        (["--exchange", "x.json"], "--exchange needs --vacancies derived"),
        (["--derived-instance", "d.json"], "--derived-instance needs --vacancies derived"),
        (["--vacancies", "maybe"], "--vacancies"),
        (["--solver", "cplex"], "--solver"),
    ])
    func usageErrors(_ extra: [String], _ message: String) throws {
        let r = try CLI.run(["training", tiny] + extra)
        #expect(r.status == 64)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    @Test func greedyBaselineFromTheCLI() throws {
        let out = try folder().appendingPathComponent("greedy.json").path
        let r = try CLI.run(["training", tiny, "-o", out, "--solver", "greedy"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("training greedy feasible: objective"))
        #expect(try CLI.run(["check", tiny, out]).status == 0)
    }

    @Test func helpExplainsEveryOption() throws {
        let r = try CLI.run(["training", "--help"])
        #expect(r.status == 0)
        for option in ["--output", "--report", "--lang", "--time-limit", "--gap", "--write-lp", "--write-mps", "--quiet", "--force",
                       "--no-timing", "--formulation", "--solver", "--vacancies", "--exchange", "--derived-instance", "--no-decompose",
                       "Exit codes"] {
            #expect(r.stdout.contains(option), "\(option)")
        }
    }

    @Test func writesLPWithRowsNamedAfterTheSection() throws {
        let dir = try folder()
        let r = try CLI.run(["training", tiny, "-o", dir.appendingPathComponent("p.json").path,
                             "--write-lp", dir.appendingPathComponent("m.lp").path, "--formulation", "plain", "--quiet"])
        #expect(r.status == 0)
        let lp = try String(contentsOf: dir.appendingPathComponent("m.lp"), encoding: .utf8)
        #expect(lp.contains("training.5.1.mentor(N01)"))
        #expect(lp.contains("z(N01.S3.2)"))
    }
}
