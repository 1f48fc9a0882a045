import Foundation
import Testing

/// Issue 8 through the real binary: every plan checked before it is written (`--verify`),
/// determinism, interrupts and limits, output safety (docs/reliability.md).
enum Fixture {
    static let commands = ["exchange", "training", "walking"]
    static let tiny = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path
    static let small = ValidateCommandTests.examples.appendingPathComponent("small-zhengdong.json").path
    static let changsha = ValidateCommandTests.examples.appendingPathComponent("small-changsha.json").path
    static let bench = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("instances/bench")

    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Every entry under `dir`, hidden ones included, as sorted relative paths.
    static func entries(_ dir: URL) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir.path) else { return [] }
        return e.compactMap { $0 as? String }.sorted()
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    /// The JSON object in the file at `path` (empty if there is none).
    static func json(_ path: String) throws -> [String: Any] {
        try (bytes(path).map { try JSONSerialization.jsonObject(with: $0) } as? [String: Any]) ?? [:]
    }

    /// The report files of `command`.
    /// Every file `--report` writes for `command` on the instance at `path`: the
    /// command's own files, plan.xlsx and one notice per school (issue 17 item 6).
    static func reportFiles(_ command: String, instance path: String) throws -> [String] {
        let schools = try (json(path)["schools"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        return (reportFiles(command) + ["plan.xlsx"] + schools.map { "notices/\($0).html" }).sorted()
    }

    /// ``reportFiles(_:instance:)`` and the `notices` folder, as ``entries(_:)`` lists them.
    static func reportEntries(_ command: String, instance path: String) throws -> [String] {
        (try reportFiles(command, instance: path) + ["notices"]).sorted()
    }

    static func reportFiles(_ command: String) -> [String] {
        switch command {
        case "exchange": ["exchanges.csv", "reasons.csv", "report.html", "summary.md"]
        case "training": ["arrivals.csv", "mentors.csv", "placements.csv", "report.html", "summary.md"]
        default: ["lessons.csv", "report.html", "summary.md"]
        }
    }
}

@Suite struct VerifyTests {
    /// The hidden `--debug-corrupt-solution` hook spoils the plan (drops one move, placement
    /// or lesson and shifts the objective) just before the verification.
    @Test(arguments: Fixture.commands)
    func aPlanThatFailsTheCheckIsNeverWritten(_ command: String) throws {
        let dir = try Fixture.folder("verify")
        let out = dir.appendingPathComponent("plan.json").path
        let report = dir.appendingPathComponent("report").path
        let r = try CLI.run([command, Fixture.tiny, "-o", out, "--report", report, "--debug-corrupt-solution"])
        #expect(r.status == 70, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(Fixture.entries(URL(fileURLWithPath: report)).isEmpty)
        let repro = dir.appendingPathComponent("plan.repro-1")
        #expect(r.stderr.contains("\(out): internal error: the \(command) plan fails the independent check; nothing written; reproduction saved in \(repro.path)/"), "\(r.stderr)")
        #expect(Fixture.entries(repro) == ["command.txt", "findings.txt", "instance.json", "solution.json"])
        #expect(Fixture.bytes(repro.appendingPathComponent("instance.json").path) == Fixture.bytes(Fixture.tiny))
        let command_ = try String(contentsOf: repro.appendingPathComponent("command.txt"), encoding: .utf8)
        #expect(command_.contains(" \(command) \(Fixture.tiny) -o \(out) --report \(report) --debug-corrupt-solution\n"), "\(command_)")
        let findings = try String(contentsOf: repro.appendingPathComponent("findings.txt"), encoding: .utf8)
        #expect(findings.contains("- violation: §") || findings.contains("- objective: declared"), "\(findings)")
        // The checker, run on its own on the saved files, rejects the plan with the same findings.
        let c = try CLI.run(["check", repro.appendingPathComponent("instance.json").path, repro.appendingPathComponent("solution.json").path])
        #expect(c.status == 1)
        #expect(c.stderr.contains("violation: §") || c.stderr.contains("objective: declared"), "\(c.stderr)")
        // A second failure gets a new folder; the first one is left as it was.
        let again = try CLI.run([command, Fixture.tiny, "-o", out, "--debug-corrupt-solution"])
        #expect(again.status == 70)
        #expect(Fixture.entries(dir.appendingPathComponent("plan.repro-2")).count == 4)
        #expect(Fixture.bytes(repro.appendingPathComponent("instance.json").path) == Fixture.bytes(Fixture.tiny))
        // Without the verification the same spoilt plan is written and `check` rejects it:
        // the verification is what kept it out.
        let unchecked = try CLI.run([command, Fixture.tiny, "-o", out, "--no-verify", "--debug-corrupt-solution", "--quiet"])
        #expect(unchecked.status == 0, "\(unchecked.stderr)")
        #expect(try CLI.run(["check", Fixture.tiny, out]).status == 1)
    }

    /// A plan solved from derived vacancies is re-checked against the instance as solved,
    /// which the reproduction saves beside the file's copy.
    @Test func theReproductionHoldsTheInstanceAsSolved() throws {
        let dir = try Fixture.folder("verify-derived")
        let out = dir.appendingPathComponent("t.json").path
        let ok = try CLI.run(["training", Fixture.changsha, "-o", out, "--vacancies", "derived", "--quiet"])
        try #require(ok.status == 0, "\(ok.stderr)")
        let r = try CLI.run(["training", Fixture.changsha, "-o", out, "--force", "--vacancies", "derived", "--debug-corrupt-solution"])
        #expect(r.status == 70, "\(r.stderr)")
        let repro = dir.appendingPathComponent("t.repro-1")
        #expect(Fixture.entries(repro) == ["command.txt", "findings.txt", "instance.json", "solution.json", "solved-instance.json"])
        let c = try CLI.run(["check", repro.appendingPathComponent("solved-instance.json").path, repro.appendingPathComponent("solution.json").path])
        #expect(c.status == 1)
        #expect(try String(contentsOf: repro.appendingPathComponent("findings.txt"), encoding: .utf8)
            .contains("rotaplan check solved-instance.json solution.json"))
    }

    @Test(arguments: Fixture.commands)
    func verificationChangesNothingInAGoodPlan(_ command: String) throws {
        let dir = try Fixture.folder("verify-ok")
        let a = dir.appendingPathComponent("a.json").path, b = dir.appendingPathComponent("b.json").path
        #expect(try CLI.run([command, Fixture.tiny, "-o", a, "--no-timing", "--quiet"]).status == 0)
        #expect(try CLI.run([command, Fixture.tiny, "-o", b, "--no-timing", "--quiet", "--no-verify"]).status == 0)
        #expect(Fixture.bytes(a) != nil && Fixture.bytes(a) == Fixture.bytes(b))
    }

    @Test(arguments: Fixture.commands)
    func helpDocumentsVerifyAndTheExitCodes(_ command: String) throws {
        let r = try CLI.run([command, "--help"])
        let text = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("--verify/--no-verify"))
        #expect(text.contains("70 internal error"))
        #expect(text.contains("130/143 interrupted by SIGINT/SIGTERM"))
        #expect(!r.stdout.contains("debug-corrupt-solution"))
    }
}

/// SIGINT/SIGTERM sent to the real binary in the middle of a solve.
@Suite(.serialized) struct InterruptTests {
    struct Outcome {
        var reason: Process.TerminationReason
        var status: Int32
        var stderr: String
    }

    /// Runs rotaplan with `arguments`, sends `signals` (the first after `delay` seconds,
    /// the others 50 ms apart) and waits for it to end.
    func interrupt(_ arguments: [String], after delay: Double, with signals: [Int32]) throws -> Outcome {
        let p = Process()
        p.executableURL = CLI.binary
        p.environment = CLI.environment()
        p.arguments = arguments
        let err = Pipe()
        p.standardOutput = FileHandle.nullDevice
        p.standardError = err
        try p.run()
        Thread.sleep(forTimeInterval: delay)
        for (i, s) in signals.enumerated() {
            if i > 0 { Thread.sleep(forTimeInterval: 0.05) }
            kill(p.processIdentifier, s)
        }
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Outcome(reason: p.terminationReason, status: p.terminationStatus, stderr: String(decoding: e, as: UTF8.self))
    }

    /// The walking solve of luohe-medium runs well over 10 s: SIGINT after 1.5 s stops it.
    @Test func sigintWritesTheBestTimetableWhole() throws {
        let dir = try Fixture.folder("sigint")
        let instance = Fixture.bench.appendingPathComponent("luohe-medium-s1.json").path
        let out = dir.appendingPathComponent("w.json").path
        let r = try interrupt(["walking", instance, "-o", out, "--report", dir.appendingPathComponent("report").path],
                              after: 1.5, with: [SIGINT])
        #expect(r.reason == .exit && r.status == 130, "\(r.reason) \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("SIGINT received: stopping the solve"), "\(r.stderr)")
        #expect(r.stderr.contains("interrupted by SIGINT: wrote the best plan found"), "\(r.stderr)")
        let c = try CLI.run(["check", instance, out])
        #expect(c.status == 0, "\(c.stderr)")
        #expect(["feasible", "optimal"].contains(try Fixture.json(out)["status"] as? String))
        #expect(try Fixture.json(out)["interrupted"] as? Bool == true)
        // Nothing else in the folder: no temporary file, every report file whole.
        #expect(Fixture.entries(dir) == ["report"] + (try Fixture.reportEntries("walking", instance: instance)).map { "report/\($0)" } + ["w.json"])
    }

    @Test func sigtermWritesTheBestExchangePlanWhole() throws {
        let dir = try Fixture.folder("sigterm")
        let instance = Fixture.bench.appendingPathComponent("luohe-large-s1.json").path
        let out = dir.appendingPathComponent("x.json").path
        let r = try interrupt(["exchange", instance, "-o", out], after: 2.5, with: [SIGTERM])
        #expect(r.reason == .exit && r.status == 143, "\(r.reason) \(r.status): \(r.stderr)")
        #expect(try CLI.run(["check", instance, out]).status == 0)
        #expect(Fixture.entries(dir) == ["x.json"])
    }

    /// The plain formulation has no greedy start: stopped while GLPK has no plan yet,
    /// the command writes nothing at all.
    @Test func sigintBeforeAnyPlanWritesNothing() throws {
        let dir = try Fixture.folder("sigint-none")
        let instance = Fixture.bench.appendingPathComponent("luohe-medium-s1.json").path
        let r = try interrupt(["walking", instance, "--formulation", "plain", "-o", dir.appendingPathComponent("w.json").path,
                               "--report", dir.appendingPathComponent("report").path], after: 1.5, with: [SIGINT])
        #expect(r.reason == .exit && r.status == 130, "\(r.reason) \(r.status): \(r.stderr)")
        #expect(r.stderr.contains("interrupted by SIGINT before any walking plan was found; nothing written"), "\(r.stderr)")
        #expect(Fixture.entries(dir) == [], "no plan: no solution and no (empty) report folder")
    }

    /// Two quick Ctrl-Cs quit at once: whatever is in the folder is whole (or nothing is).
    @Test func aSecondSignalQuitsLeavingNoPartialFile() throws {
        let dir = try Fixture.folder("sigint2")
        let instance = Fixture.bench.appendingPathComponent("luohe-medium-s1.json").path
        let out = dir.appendingPathComponent("w.json").path
        let r = try interrupt(["walking", instance, "-o", out, "--report", dir.appendingPathComponent("report").path],
                              after: 1.5, with: [SIGINT, SIGINT])
        #expect(r.reason == .exit && r.status == 130, "\(r.reason) \(r.status): \(r.stderr)")
        let entries = Fixture.entries(dir)
        #expect(!entries.contains { ($0 as NSString).lastPathComponent.hasPrefix(".") }, "\(entries)")
        if entries.contains("w.json") { #expect(try CLI.run(["check", instance, out]).status == 0) }
    }
}

/// `--time-limit` counts from the start of the command: wall clock from launch to exit
/// against the limit, on bench files that do not finish within it (debug build, shared
/// machine: a generous margin here; the release figures are in benchmarks/README.md,
/// "Limits: time and memory").
@Suite(.serialized) struct TimeLimitTests {
    @Test(arguments: [("walking", "luohe-medium-s1"), ("exchange", "qingdao-medium-s1"), ("training", "changsha-medium-s1")])
    func theLimitIsHonoured(_ command: String, _ name: String) throws {
        let dir = try Fixture.folder("limit")
        let instance = Fixture.bench.appendingPathComponent("\(name).json").path
        let out = dir.appendingPathComponent("p.json").path
        let limit = 4.0
        let clock = ContinuousClock(), began = clock.now
        let r = try CLI.run([command, instance, "-o", out, "--time-limit", String(limit), "--quiet"])
        let wall = clock.now - began
        #expect(r.status == 0, "\(r.stderr)")
        #expect(wall < .seconds(limit + 3), "\(command) \(name): \(wall) for --time-limit \(limit)")
        #expect(try CLI.run(["check", instance, out]).status == 0)
    }
}

@Suite struct DeterminismTests {
    /// Every file a run writes: the solution and the report folder.
    func run(_ command: String, _ extra: [String], in dir: URL, name: String) throws -> [String: Data] {
        let out = dir.appendingPathComponent("\(name).json").path, report = dir.appendingPathComponent(name).path
        let r = try CLI.run([command, Fixture.small, "-o", out, "--report", report, "--quiet"] + extra)
        #expect(r.status == 0, "\(command) \(extra): \(r.stderr)")
        var files = ["solution": Fixture.bytes(out) ?? Data()]
        for f in try Fixture.reportFiles(command, instance: Fixture.small) { files[f] = Fixture.bytes("\(report)/\(f)") ?? Data() }
        return files
    }

    func withoutTiming(_ json: Data?) -> String {
        String(decoding: json ?? Data(), as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix(" \"seconds\":") }.joined(separator: "\n")
    }

    @Test(arguments: Fixture.commands)
    func twoRunsWithNoTimingWriteByteIdenticalFiles(_ command: String) throws {
        let dir = try Fixture.folder("determinism")
        let a = try run(command, ["--no-timing"], in: dir, name: "a"), b = try run(command, ["--no-timing"], in: dir, name: "b")
        #expect(a.count == (try Fixture.reportFiles(command, instance: Fixture.small)).count + 1)
        for (name, bytes) in a {
            #expect(!bytes.isEmpty && bytes == b[name], "\(command): \(name) differs")
        }
    }

    /// Two time limits that both reach optimality (and none) write the same plan and reports.
    @Test(arguments: Fixture.commands)
    func timeLimitsThatReachOptimalityWriteTheSameFiles(_ command: String) throws {
        let dir = try Fixture.folder("determinism-limits")
        let short = try run(command, ["--time-limit", "60", "--no-timing"], in: dir, name: "short")
        let long = try run(command, ["--time-limit", "3600", "--no-timing"], in: dir, name: "long")
        #expect(String(decoding: short["solution"] ?? Data(), as: UTF8.self).contains("\"status\": \"optimal\""))
        for (name, bytes) in short {
            #expect(!bytes.isEmpty && bytes == long[name], "\(command): \(name) differs between --time-limit 60 and 3600")
        }
        // With timing, the solutions differ only in `seconds`.
        let timed = try run(command, [], in: dir, name: "timed")
        #expect(String(decoding: timed["solution"] ?? Data(), as: UTF8.self).contains("\"seconds\":"))
        #expect(withoutTiming(timed["solution"]) == withoutTiming(short["solution"]))
    }
}

@Suite struct OutputSafetyTests {
    /// An instance file in a fresh folder, with a symbolic and a hard link to it.
    func instance(in dir: URL) throws -> (path: String, symlink: String, hardlink: String) {
        let path = dir.appendingPathComponent("inst.json").path
        try FileManager.default.copyItem(atPath: Fixture.tiny, toPath: path)
        let symlink = dir.appendingPathComponent("link.json").path, hardlink = dir.appendingPathComponent("hard.json").path
        try FileManager.default.createSymbolicLink(atPath: symlink, withDestinationPath: "inst.json")
        try FileManager.default.linkItem(atPath: path, toPath: hardlink)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        return (path, symlink, hardlink)
    }

    @Test(arguments: Fixture.commands)
    func theInputIsNeverOverwritten(_ command: String) throws {
        let dir = try Fixture.folder("input")
        let x = try instance(in: dir)
        var cases: [[String]] = [
            ["-o", x.path], ["-o", "./inst.json"], ["-o", "sub/../inst.json"], ["-o", x.symlink], ["-o", x.hardlink],
            ["-o", "p.json", "--write-lp", "inst.json"], ["-o", "p.json", "--write-mps", "./sub/../inst.json"],
        ]
        if command == "training" {
            cases.append(["-o", "p.json", "--vacancies", "derived", "--derived-instance", "./inst.json"])
        }
        for extra in cases {
            let r = try CLI.run([command, "inst.json", "--force"] + extra, in: dir)
            #expect(r.status == 64, "\(extra): \(r.stderr)")
            #expect(r.stderr.contains("refusing to overwrite the input file"), "\(extra): \(r.stderr)")
            #expect(Fixture.bytes(x.path) == Fixture.bytes(Fixture.tiny), "\(extra)")
        }
        // An instance given through its symbolic link is protected too.
        let viaLink = try CLI.run([command, "link.json", "-o", "inst.json", "--force"], in: dir)
        #expect(viaLink.status == 64)
        #expect(Fixture.bytes(x.path) == Fixture.bytes(Fixture.tiny))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("p.json").path))
    }

    /// The report folder is made only when the report is written: a run that ends
    /// without a plan leaves no empty folder, and a folder that cannot be made is refused
    /// before any work.
    @Test(arguments: Fixture.commands)
    func theReportFolderIsMadeOnlyWithTheReport(_ command: String) throws {
        let dir = try Fixture.folder("report-folder")
        try Data("{}".utf8).write(to: dir.appendingPathComponent("bad.json"))
        let invalid = try CLI.run([command, "bad.json", "-o", "p.json", "--report", "new/report"], in: dir)
        #expect(invalid.status == 2, "\(invalid.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("new").path))
        try Data("x".utf8).write(to: dir.appendingPathComponent("afile"))
        let notAFolder = try CLI.run([command, Fixture.tiny, "-o", "q.json", "--report", "afile"], in: dir)
        #expect(notAFolder.status == 64 && notAFolder.stderr.contains("is not a folder"), "\(notAFolder.stderr)")
        let under = try CLI.run([command, Fixture.tiny, "-o", "r.json", "--report", "afile/report"], in: dir)
        #expect(under.status == 64 && under.stderr.contains("cannot create the report folder"), "\(under.stderr)")
        let ok = try CLI.run([command, Fixture.tiny, "-o", "s.json", "--report", "new/report", "--quiet"], in: dir)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(Set(Fixture.entries(dir.appendingPathComponent("new/report"))) == Set(try Fixture.reportEntries(command, instance: Fixture.tiny)))
    }

    @Test func theExchangePlanReadByTrainingIsAnInput() throws {
        let dir = try Fixture.folder("input-exchange")
        let plan = dir.appendingPathComponent("x.json").path
        #expect(try CLI.run(["exchange", Fixture.tiny, "-o", plan, "--quiet"]).status == 0)
        let before = Fixture.bytes(plan)
        let r = try CLI.run(["training", Fixture.tiny, "--vacancies", "derived", "--exchange", plan, "-o", plan, "--force"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("refusing to overwrite the input file"))
        #expect(Fixture.bytes(plan) == before)
    }

    @Test(arguments: Fixture.commands)
    func anExistingOutputNeedsForce(_ command: String) throws {
        let dir = try Fixture.folder("force")
        let out = dir.appendingPathComponent("p.json").path, report = dir.appendingPathComponent("report").path
        let lp = dir.appendingPathComponent("m.lp").path
        #expect(try CLI.run([command, Fixture.tiny, "-o", out, "--report", report, "--write-lp", lp, "--quiet"]).status == 0)
        let before = Dictionary(uniqueKeysWithValues: Fixture.entries(dir).map { ($0, Fixture.bytes(dir.appendingPathComponent($0).path)) })
        let other = dir.appendingPathComponent("q.json").path
        for args in [["-o", out], ["-o", other, "--report", report], ["-o", other, "--write-lp", lp]] {
            let r = try CLI.run([command, Fixture.tiny, "--quiet"] + args)
            #expect(r.status == 64, "\(args): \(r.stderr)")
            #expect(r.stderr.contains("the file exists; use --force to overwrite it"), "\(args): \(r.stderr)")
        }
        // Nothing changed, nothing added.
        #expect(Dictionary(uniqueKeysWithValues: Fixture.entries(dir).map { ($0, Fixture.bytes(dir.appendingPathComponent($0).path)) }) == before)
        let forced = try CLI.run([command, Fixture.tiny, "-o", out, "--report", report, "--write-lp", lp, "--quiet", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(Fixture.entries(dir) == before.keys.sorted())
    }

    /// Names that break naive CSV, HTML and JSON writers, and CSV cells Excel would run as
    /// formulas, on the teachers, new hires and schools that the three reports show.
    static let names: [String: String] = [
        "T01": "=HYPERLINK(\"http://x\",\"点我\")", "T02": "+86 138", "T03": "-1 乐", "T06": "@SUM(A1)",
        "T09": "O'Brien, \"Jr.\"\nline 2", "T10": "\tTab", "N01": "\rCR", "N02": "שרה לוי 🙂",
        "S1": "مدرسة النور, \"1\"", "S2": "בית ספר <b>&amp;</b>", "S3": "👩‍🏫 学校 🏫",
    ]
    static let instanceName = "tiny \"nasty\", <names>\n第二行 🏫"

    /// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold
    /// commas, CR, LF and doubled quotes. A leading BOM is dropped.
    static func parseCSV(_ text: String) -> [[String]] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [[String]] = [], record: [String] = [], field = String.UnicodeScalarView(), quoted = false
        var k = 0
        while k < scalars.count {
            let c = scalars[k]
            if quoted {
                if c == "\"" {
                    if k + 1 < scalars.count && scalars[k + 1] == "\"" { field.append("\""); k += 1 } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                record.append(String(field)); field = .init()
            } else if c == "\r" && k + 1 < scalars.count && scalars[k + 1] == "\n" {
                record.append(String(field)); field = .init()
                records.append(record); record = []
                k += 1
            } else {
                field.append(c)
            }
            k += 1
        }
        if !field.isEmpty || !record.isEmpty { record.append(String(field)); records.append(record) }
        return records
    }

    @Test func csvParserReadsRFC4180() {
        #expect(Self.parseCSV("\u{FEFF}a,\"b,\"\"c\"\"\r\nd\",e\r\n1,,\r\n") == [["a", "b,\"c\"\r\nd", "e"], ["1", "", ""]])
    }

    @Test func namesRoundTripAndFormulasAreNeutralised() throws {
        let dir = try Fixture.folder("names")
        var x = try Fixture.json(Fixture.tiny)
        x["name"] = Self.instanceName
        for key in ["teachers", "newHires", "schools"] {
            x[key] = (x[key] as? [[String: Any]] ?? []).map { item in
                var item = item
                if let id = item["id"] as? String, let name = Self.names[id] { item["name"] = name }
                return item
            }
        }
        let path = dir.appendingPathComponent("nasty.json").path
        try JSONSerialization.data(withJSONObject: x).write(to: URL(fileURLWithPath: path))
        var cells = Set<String>(), html = ""
        for command in Fixture.commands {
            let out = dir.appendingPathComponent("\(command).json").path, report = dir.appendingPathComponent(command)
            let r = try CLI.run([command, path, "-o", out, "--report", report.path, "--quiet"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            // JSON: the instance name comes back exactly.
            #expect(try Fixture.json(out)["instance"] as? String == Self.instanceName, "\(command)")
            for f in Fixture.reportFiles(command) where f.hasSuffix(".csv") {
                let text = String(decoding: try #require(Fixture.bytes(report.appendingPathComponent(f).path)), as: UTF8.self)
                let rows = Self.parseCSV(text)
                #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(command)/\(f): ragged rows")
                cells.formUnion(rows.joined())
            }
            html += try String(contentsOf: report.appendingPathComponent("report.html"), encoding: .utf8)
        }
        for (id, name) in Self.names.sorted(by: { $0.key < $1.key }) {
            let risky = ["=", "+", "-", "@", "\t", "\r"].contains(name.unicodeScalars.first.map(String.init) ?? "")
            let expected = risky ? "'" + name : name
            #expect(cells.contains(expected), "\(id): \(name.debugDescription) not found in any CSV as \(expected.debugDescription)")
            #expect(!risky || !cells.contains(name), "\(id): \(name.debugDescription) left as a formula")
        }
        #expect(html.contains("בית ספר &lt;b&gt;&amp;amp;&lt;/b&gt;"))
        #expect(!html.contains("<b>&amp;</b>"))
        #expect(html.contains("👩‍🏫 学校 🏫") && html.contains("مدرسة النور"))
        // The instance written back by training keeps every name exactly.
        let derived = dir.appendingPathComponent("derived.json").path
        _ = try CLI.run(["training", path, "-o", dir.appendingPathComponent("t2.json").path, "--vacancies", "derived",
                         "--derived-instance", derived, "--quiet"])
        let back = try Fixture.json(derived)
        #expect(back["name"] as? String == Self.instanceName)
        var found: [String: String] = [:]
        for key in ["teachers", "newHires", "schools"] {
            for item in back[key] as? [[String: Any]] ?? [] {
                if let id = item["id"] as? String, Self.names[id] != nil { found[id] = item["name"] as? String }
            }
        }
        #expect(found == Self.names)
    }
}
