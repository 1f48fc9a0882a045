import Foundation
import Testing

/// `rotaplan plan` and `rotaplan compare` through the real binary (MODEL.md §7, §9;
/// docs/plan.md).
@Suite struct PlanCommandTests {
    static let zhengdong = Fixture.bench.deletingLastPathComponent().appendingPathComponent("zhengdong-2025.json").path

    @Test func planWritesOneSolutionAndOneReportThatCheckAccepts() throws {
        let dir = try Fixture.folder("plan")
        let out = dir.appendingPathComponent("plan.json").path
        let report = dir.appendingPathComponent("report")
        let r = try CLI.run(["plan", Self.zhengdong, "-o", out, "--report", report.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("plan optimal: objective "), "\(r.stdout)")
        #expect(r.stdout.contains("teachers move") && r.stdout.contains("new hires placed") && r.stdout.contains("walking lessons"))
        let json = try Fixture.json(out)
        #expect(json["problem"] as? String == "plan")
        let stages = try #require(json["stages"] as? [String: Any])
        #expect(Set(stages.keys) == ["exchange", "training", "walking"])
        #expect(!(json["exchanges"] as? [Any] ?? []).isEmpty && !(json["placements"] as? [Any] ?? []).isEmpty
                && !(json["lessons"] as? [Any] ?? []).isEmpty)
        #expect(json["interrupted"] == nil)
        let html = try String(contentsOf: report.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<html") && html.contains("交流"), "the report is Chinese by default")
        let c = try CLI.run(["check", Self.zhengdong, out])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(c.stdout.contains("holds"))
    }

    @Test func planIsByteIdenticalWithoutTiming() throws {
        let dir = try Fixture.folder("plan-det")
        var outputs: [[Data?]] = []
        for k in 1...2 {
            let out = dir.appendingPathComponent("p\(k).json").path
            let report = dir.appendingPathComponent("r\(k)")
            let r = try CLI.run(["plan", Self.zhengdong, "-o", out, "--report", report.path, "--no-timing", "--lang", "en", "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append([Fixture.bytes(out)] + Fixture.entries(report).filter { $0 != "notices" }.map { Fixture.bytes(report.appendingPathComponent($0).path) })
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].allSatisfy { $0 != nil && !$0!.isEmpty })
    }

    @Test func aStageWithoutPlanIsExplainedAndTheOthersAreWritten() throws {
        let dir = try Fixture.folder("plan-infeasible")
        // Every eligible teacher must move and no headcount may change: no exchange plan.
        var text = try String(contentsOfFile: Self.zhengdong, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"preset\": \"zhengzhou\"", with: "\"preset\": \"zhengzhou\", \"exchange\": {\"minRate\": 1}")
        #expect(text.contains("\"minRate\": 1"))
        let instance = dir.appendingPathComponent("strict.json").path
        try text.write(toFile: instance, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("plan.json").path
        let r = try CLI.run(["plan", instance, "-o", out])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("exchange: §4"), "\(r.stderr)")
        #expect(r.stderr.contains("no complete plan: no plan for exchange (infeasible)"), "\(r.stderr)")
        let json = try Fixture.json(out)
        #expect(json["status"] as? String == "infeasible")
        #expect(!(json["placements"] as? [Any] ?? []).isEmpty)
        // The stages with a plan hold; the infeasible one cannot be verified without solving.
        let c = try CLI.run(["check", instance, out])
        #expect(c.status == 1 && !c.stderr.contains("violation"), "\(c.stderr)")
        #expect(c.stderr.contains("not verified: exchange stage: status infeasible: the checker cannot verify that no plan exists"), "\(c.stderr)")
    }

    @Test func exportsAreRefusedForThePlan() throws {
        let r = try CLI.run(["plan", Self.zhengdong, "--write-lp", "/tmp/x.lp"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--write-lp"))
    }

    @Test func progressLinesStayWholeWhenStderrIsNotATerminal() throws {
        let dir = try Fixture.folder("plan-progress")
        // qingdao-medium, not luohe-medium: under MODEL.md §7 rev 2 (training on the roster
        // after the exchange; rule 4.8 reserves nothing for its 14 district hires with several
        // hosts) luohe-medium-s1's plan has no training stage.
        let instance = Fixture.bench.appendingPathComponent("qingdao-medium-s1.json").path
        let r = try CLI.run(["plan", instance, "-o", dir.appendingPathComponent("p.json").path, "--time-limit", "8", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("plan · ") }
        #expect(!lines.isEmpty, "\(r.stderr)")
        #expect(!r.stderr.contains("\r") && !r.stderr.contains("\u{1B}"))
        for line in lines { #expect(line.contains(" s, ") && line.contains("nodes"), "\(line)") }
    }

    @Test func compareSolvesEachVariantAndPrintsThemSideBySide() throws {
        let dir = try Fixture.folder("compare")
        let report = dir.appendingPathComponent("cmp")
        let r = try CLI.run(["compare", Self.zhengdong, "--set", "exchange.minRate=0.3,exchange.minBackboneShare=0.4",
                             "--set", "walking.maxSchoolsPerDay=1", "--report", report.path, "--lang", "en", "--no-timing"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("figure") && lines[0].contains("baseline") && lines[0].contains("walking.maxSchoolsPerDay=1"))
        let status = try #require(lines.first { $0.hasPrefix("Plan status") })
        #expect(status.contains("infeasible *"), "\(status)")
        #expect(lines.contains { $0.hasPrefix("Teachers moved") })
        // The infeasible variant is explained, named by its settings.
        #expect(r.stderr.contains("exchange.minRate=0.3,exchange.minBackboneShare=0.4: exchange: §4"), "\(r.stderr)")
        // Each plan also has its workbook and a notice per school (as plan --report writes them).
        let schools = try (Fixture.json(Self.zhengdong)["schools"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        let plans = ["baseline", "variant-1", "variant-2"]
        let notices = plans.flatMap { p in ["\(p).notices"] + schools.map { "\(p).notices/\($0).html" } }
        #expect(Fixture.entries(report) == (["baseline.plan.json", "compare.csv", "compare.html", "compare.md",
                                             "variant-1.instance.json", "variant-1.plan.json", "variant-2.instance.json", "variant-2.plan.json"]
                                            + plans.map { "\($0).plan.xlsx" } + notices).sorted())
        for name in plans.map({ "\($0).plan.xlsx" }) + notices where name.hasSuffix(".html") || name.hasSuffix(".xlsx") {
            #expect((Fixture.bytes(report.appendingPathComponent(name).path)?.count ?? 0) > 0, "\(name) is empty")
        }
        #expect(Fixture.bytes(report.appendingPathComponent("baseline.plan.xlsx").path)?.starts(with: [0x50, 0x4B]) == true)
        // Each variant's plan is re-checked against the variant's own instance.
        let variant = report.appendingPathComponent("variant-2.instance.json").path
        #expect(try String(contentsOfFile: variant, encoding: .utf8).contains("\"maxSchoolsPerDay\": 1"))
        #expect(try CLI.run(["check", variant, report.appendingPathComponent("variant-2.plan.json").path]).status == 0)
        let csv = try #require(Fixture.bytes(report.appendingPathComponent("compare.csv").path))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try CLI.run(["check", Self.zhengdong, report.appendingPathComponent("baseline.plan.json").path]).status == 0)
    }

    @Test func badVariantsAreRefusedBeforeAnySolve() throws {
        let unknown = try CLI.run(["compare", Self.zhengdong, "--set", "exchange.minRat=0.2"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("exchange.minRat") && unknown.stderr.contains("did you mean \"minRate\""), "\(unknown.stderr)")
        let range = try CLI.run(["compare", Self.zhengdong, "--set", "exchange.minRate=2"])
        #expect(range.status == 2)
        #expect(range.stderr.contains("policy.exchange.minRate"), "\(range.stderr)")
        let malformed = try CLI.run(["compare", Self.zhengdong, "--set", "minRate"])
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("KEY=VALUE"))
        let none = try CLI.run(["compare", Self.zhengdong])
        #expect(none.status == 64)
    }
}

extension InterruptTests {
    /// The yearly plan of qingdao-medium runs well over 10 s (its walking stage): SIGINT stops
    /// the running stage, the later ones take their quickest plan, and the plan written is
    /// marked interrupted and passes the check. (luohe-medium-s1 was used before MODEL.md §7
    /// rev 2; its plan now has no training stage, see the progress test.)
    @Test func sigintWritesThePlanMarkedInterrupted() throws {
        let dir = try Fixture.folder("sigint-plan")
        let instance = Fixture.bench.appendingPathComponent("qingdao-medium-s1.json").path
        let out = dir.appendingPathComponent("p.json").path
        let r = try interrupt(["plan", instance, "-o", out], after: 2, with: [SIGINT])
        #expect(r.reason == .exit && r.status == 130, "\(r.reason) \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("interrupted by SIGINT: wrote the best plan found"), "\(r.stderr)")
        let json = try Fixture.json(out)
        #expect(json["interrupted"] as? Bool == true)
        let c = try CLI.run(["check", instance, out])
        #expect(c.status == 0, "\(c.stderr)")
    }
}

extension PlanCommandTests {
    static let bundledPins = Fixture.bench.deletingLastPathComponent().appendingPathComponent("zhengdong-2025.pins.csv").path
    /// The bundled pins with T0105's move (S01's only english mentor, which rule 4.8 keeps
    /// at the core inside `plan`, MODEL.md §7) replaced by T0201 to S04.
    static let pins: String = {
        let text = (try? String(contentsOfFile: bundledPins, encoding: .utf8)) ?? ""
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-plan-pins-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("zhengdong-2025.pins.csv").path
        let changed = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("T0105,must-move-to,S04") ? "T0201,must-move-to,S04," : String($0) }.joined(separator: "\n")
        try? changed.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()

    /// The bundled pins hold in every stage of the plan, and `check --pins` re-checks them.
    @Test func planKeepsThePins() throws {
        let dir = try Fixture.folder("plan-pins")
        let out = dir.appendingPathComponent("plan.json").path
        let r = try CLI.run(["plan", Self.zhengdong, "--pins", Self.pins, "-o", out, "--report", dir.appendingPathComponent("r").path])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try Fixture.json(out)
        let moves = (json["exchanges"] as? [[String: Any]] ?? []).map { "\($0["teacher"]!)>\($0["to"]!)" }
        #expect(moves.contains("T0201>S04"))
        #expect(!moves.contains { $0.hasPrefix("T0103>") || $0 == "T0701>S08" })
        let placements = json["placements"] as? [[String: Any]] ?? []
        #expect(placements.contains { $0["newHire"] as? String == "N01" && $0["mentor"] as? String == "T0104" })
        #expect(placements.contains { $0["newHire"] as? String == "N03" && $0["destination"] as? String == "S08" })
        let lessons = json["lessons"] as? [[String: Any]] ?? []
        #expect(!lessons.contains { $0["teacher"] as? String == "T0107" && $0["day"] as? Int == 2 })
        #expect(try CLI.run(["check", Self.zhengdong, out, "--pins", Self.pins]).status == 0)
        // The unpinned plan breaks some of them, and check says which.
        let free = dir.appendingPathComponent("free.json").path
        #expect(try CLI.run(["plan", Self.zhengdong, "-o", free, "--quiet"]).status == 0)
        let c = try CLI.run(["check", Self.zhengdong, free, "--pins", Self.pins])
        #expect(c.status == 1 && c.stderr.contains("§pins"), "\(c.stderr)")
    }

    @Test func compareKeepsThePinsInEveryPlan() throws {
        let dir = try Fixture.folder("compare-pins")
        let report = dir.appendingPathComponent("cmp")
        let r = try CLI.run(["compare", Self.zhengdong, "--pins", Self.pins, "--set", "walking.maxSchoolsPerDay=1",
                             "--report", report.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        for file in ["baseline.plan.json", "variant-1.plan.json"] {
            let c = try CLI.run(["check", Self.zhengdong, report.appendingPathComponent(file).path, "--pins", Self.pins])
            #expect(c.status == 0, "\(file): \(c.stderr)")
        }
        let bad = try CLI.run(["compare", Self.zhengdong, "--pins", dir.appendingPathComponent("none.csv").path, "--set", "exchange.minRate=0.2"])
        #expect(bad.status == 2 && bad.stderr.contains("none.csv"), "\(bad.stderr)")
    }
}

extension InterruptTests {
    /// Ctrl-C during a comparison: the running plan keeps its best, the plans after it take
    /// their quickest; the table and the report are still written, every plan marked.
    @Test func sigintStillComparesThePlansFoundSoFar() throws {
        let dir = try Fixture.folder("sigint-compare")
        // qingdao-medium: luohe-medium-s1's plan has no training stage under MODEL.md §7 rev 2.
        let instance = Fixture.bench.appendingPathComponent("qingdao-medium-s1.json").path
        let report = dir.appendingPathComponent("cmp")
        let r = try interrupt(["compare", instance, "--set", "walking.maxSchoolsPerDay=3", "--report", report.path], after: 2, with: [SIGINT])
        #expect(r.reason == .exit && r.status == 130, "\(r.reason) \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("compared the best plans found by then"), "\(r.stderr)")
        for (plan, against) in [("baseline.plan.json", instance), ("variant-1.plan.json", report.appendingPathComponent("variant-1.instance.json").path)] {
            let path = report.appendingPathComponent(plan).path
            #expect(try Fixture.json(path)["interrupted"] as? Bool == true, "\(plan)")
            #expect(try CLI.run(["check", against, path]).status == 0, "\(plan)")
        }
        #expect(Fixture.bytes(report.appendingPathComponent("compare.html").path) != nil)
    }
}

extension VerifyTests {
    /// `plan` re-checks its plan like every solving command: a spoilt plan is not written,
    /// and the reproduction holds what `check` needs to reject it again.
    @Test func aYearlyPlanThatFailsTheCheckIsNeverWritten() throws {
        let dir = try Fixture.folder("verify-plan")
        let out = dir.appendingPathComponent("plan.json").path
        let r = try CLI.run(["plan", Fixture.tiny, "-o", out, "--report", dir.appendingPathComponent("r").path, "--debug-corrupt-solution"])
        #expect(r.status == 70, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let repro = dir.appendingPathComponent("plan.repro-1")
        #expect(r.stderr.contains("the plan plan fails the independent check; nothing written; reproduction saved in \(repro.path)/"), "\(r.stderr)")
        let c = try CLI.run(["check", repro.appendingPathComponent("instance.json").path, repro.appendingPathComponent("solution.json").path])
        #expect(c.status == 1, "\(c.stderr)")
    }

    /// `compare` checks each plan against its own variant: a spoilt variant's plan stops the
    /// comparison (exit 70, no report), and the reproduction beside the report folder holds
    /// the variant's instance, the pins and the plan, which `check` rejects again.
    @Test func aComparedPlanThatFailsTheCheckStopsTheComparison() throws {
        let dir = try Fixture.folder("verify-compare")
        let report = dir.appendingPathComponent("cmp")
        let r = try CLI.run(["compare", PlanCommandTests.zhengdong, "--pins", PlanCommandTests.pins,
                             "--set", "walking.maxSchoolsPerDay=1", "--report", report.path, "--debug-corrupt-solution"])
        #expect(r.status == 70, "\(r.stderr)")
        #expect(Fixture.entries(report).isEmpty)
        let repro = dir.appendingPathComponent("compare.repro-1")
        #expect(r.stderr.contains("the plan of walking.maxSchoolsPerDay=1 fails the independent check; nothing written; reproduction saved in \(repro.path)/"), "\(r.stderr)")
        #expect(Fixture.entries(repro) == ["command.txt", "findings.txt", "input-1-zhengdong-2025.pins.csv", "instance.json",
                                           "solution.json", "solved-instance.json"])
        let findings = try String(contentsOf: repro.appendingPathComponent("findings.txt"), encoding: .utf8)
        #expect(findings.contains("rotaplan check solved-instance.json solution.json --pins input-1-zhengdong-2025.pins.csv"), "\(findings)")
        let c = try CLI.run(["check", repro.appendingPathComponent("solved-instance.json").path, repro.appendingPathComponent("solution.json").path,
                             "--pins", repro.appendingPathComponent("input-1-zhengdong-2025.pins.csv").path])
        #expect(c.status == 1, "\(c.stderr)")
        #expect(try String(contentsOf: repro.appendingPathComponent("solved-instance.json"), encoding: .utf8).contains("\"maxSchoolsPerDay\": 1"))
    }
}

extension PlanCommandTests {
    /// A note every plan shares is said once, for "every plan"; one only some variants have
    /// names them.
    @Test func compareSaysSharedNotesOnce() throws {
        let dir = try Fixture.folder("compare-notes")
        let report = dir.appendingPathComponent("cmp")
        let r = try CLI.run(["compare", Self.zhengdong, "--set", "walking.maxTravelMinutes=15", "--quiet", "--report", report.path])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        // §7 "Settled": training reads the roster after the exchange, so no plan's mentor is
        // sent away any more and the old note is gone.
        #expect(!lines.contains { $0.contains("N01 is mentored at S01 by T0103") }, "\(r.stderr)")
        #expect(lines.contains { $0.hasPrefix("\(Self.zhengdong): walking.maxTravelMinutes=15: walking: S02 3-1 music: 2 period(s) uncovered") }, "\(r.stderr)")
        // The report (Chinese by default) lists the same notes in Chinese, after the table.
        for file in ["compare.html", "compare.md"] {
            let text = try String(contentsOf: report.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("N01 在 S01 的导师 T0103 在交流中调往 S02"), "\(file)")
            #expect(text.contains("walking.maxTravelMinutes=15：走教：S02 3-1 音乐：2 课时未排："), "\(file)")
            #expect(!text.contains("period(s)") && !text.contains("every plan"), "\(file)")
        }
    }
}
