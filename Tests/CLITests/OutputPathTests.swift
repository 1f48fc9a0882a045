import Foundation
import Testing

/// Issue 15 (findings 2, 3, 4 and 11): every output of a command is checked against the
/// others, the inputs and the file system before any work; only regular files are ever
/// replaced; a file system that refuses a write is exit 73 (docs/reliability.md §6).
enum Paths {
    static let luoheCSV = Fixture.bench.deletingLastPathComponent().appendingPathComponent("csv/luohe")

    /// A run of `command` on the tiny instance with `extra`, in `dir`.
    static func run(_ command: String, _ extra: [String], in dir: URL) throws -> (status: Int32, stdout: String, stderr: String) {
        switch command {
        case "import":
            return try CLI.run(["import", "--schools", luoheCSV.appendingPathComponent("schools.csv").path,
                                "--teachers", luoheCSV.appendingPathComponent("teachers.csv").path, "--quiet"] + extra, in: dir)
        case "generate":
            return try CLI.run(["generate", "--profile", "luohe", "--size", "tiny", "--quiet"] + extra, in: dir)
        case "compare":
            return try CLI.run(["compare", Fixture.tiny, "--set", "exchange.minRate=0.15", "--quiet"] + extra, in: dir)
        default:
            return try CLI.run([command, Fixture.tiny, "--quiet"] + extra, in: dir)
        }
    }

    /// What `lstat` says `path` is (0 when it does not exist).
    static func kind(_ path: String) -> mode_t {
        var s = stat()
        return lstat(path, &s) == 0 ? s.st_mode & S_IFMT : 0
    }

    /// Runs a system tool; true when it exits 0.
    @discardableResult
    static func tool(_ path: String, _ arguments: [String]) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// Whether this run may mount a tmpfs (root in a container or VM that allows it).
    static let canMount: Bool = {
        guard getuid() == 0, let dir = try? Fixture.folder("mount-probe") else { return false }
        defer { try? FileManager.default.removeItem(at: dir) }
        guard tool("/bin/mount", ["-t", "tmpfs", "-o", "size=4k", "tmpfs", dir.path]) else { return false }
        return tool("/bin/umount", [dir.path])
    }()

    /// A tmpfs mounted on a fresh folder with `options` (e.g. `ro`, `size=4k`) for `body`.
    static func withTmpfs(_ options: String, prepare: (URL) throws -> Void = { _ in }, _ body: (URL) throws -> Void) throws {
        let dir = try Fixture.folder("tmpfs")
        try #require(tool("/bin/mount", ["-t", "tmpfs", "-o", options.replacingOccurrences(of: "ro,", with: ""), "tmpfs", dir.path]))
        defer { tool("/bin/umount", [dir.path]) }
        try prepare(dir)
        if options.hasPrefix("ro,") { try #require(tool("/bin/mount", ["-o", "remount,ro", dir.path])) }
        try body(dir)
    }
}

@Suite struct OutputPathTests {
    static let writers = ["exchange", "training", "walking", "plan"]

    /// Finding 2: a symbolic link, a named pipe, a folder or a device is never replaced,
    /// even with --force, as -o, as an export and as a report file.
    @Test(arguments: writers)
    func onlyRegularFilesAreReplaced(_ command: String) throws {
        let dir = try Fixture.folder("kinds")
        let fm = FileManager.default
        try Data("keep".utf8).write(to: dir.appendingPathComponent("target.json"))
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("link.json").path, withDestinationPath: "target.json")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("dangling.json").path, withDestinationPath: "nowhere.json")
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("stdout.json").path, withDestinationPath: "/dev/stdout")
        #expect(mkfifo(dir.appendingPathComponent("fifo.json").path, 0o644) == 0)
        try fm.createDirectory(at: dir.appendingPathComponent("folder.json"), withIntermediateDirectories: false)
        try fm.createDirectory(at: dir.appendingPathComponent("rep"), withIntermediateDirectories: false)
        #expect(mkfifo(dir.appendingPathComponent("rep/summary.md").path, 0o644) == 0)
        var cases: [([String], String)] = [
            (["-o", "link.json"], "is a symbolic link"), (["-o", "dangling.json"], "is a symbolic link"),
            (["-o", "stdout.json"], "is a symbolic link"), (["-o", "fifo.json"], "is a named pipe"),
            (["-o", "folder.json"], "is a folder"), (["-o", "p.json", "--report", "rep"], "is a named pipe"),
        ]
        if command != "plan" { cases.append((["-o", "p.json", "--write-lp", "link.json"], "is a symbolic link")) }
        if getuid() == 0 && Paths.tool("/usr/bin/mknod", [dir.appendingPathComponent("null.json").path, "c", "1", "3"]) {
            cases.append((["-o", "null.json"], "is a device"))
        }
        let before = Fixture.entries(dir).map { ($0, Paths.kind(dir.appendingPathComponent($0).path)) }
        for (extra, what) in cases {
            let r = try Paths.run(command, extra + ["--force"], in: dir)
            #expect(r.status == 64, "\(extra): \(r.stderr)")
            #expect(r.stderr.contains(what) && r.stderr.contains("not a regular file"), "\(extra): \(r.stderr)")
        }
        #expect(Fixture.entries(dir).map { ($0, Paths.kind(dir.appendingPathComponent($0).path)) }.elementsEqual(before, by: ==))
        #expect(Fixture.bytes(dir.appendingPathComponent("target.json").path) == Data("keep".utf8))
        #expect((try? fm.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("stdout.json").path)) == "/dev/stdout")
    }

    @Test(arguments: ["import", "generate", "compare"])
    func onlyRegularFilesAreReplacedByTheOtherWriters(_ command: String) throws {
        let dir = try Fixture.folder("kinds-other")
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.json").path, withDestinationPath: "/dev/stdout")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("rep"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("rep/compare.md").path, withDestinationPath: "../x.md")
        let args = command == "compare" ? ["--report", "rep", "--force"] : ["-o", "link.json", "--force"]
        let r = try Paths.run(command, args, in: dir)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("is a symbolic link, not a regular file"), "\(r.stderr)")
        #expect(Paths.kind(dir.appendingPathComponent("link.json").path) == S_IFLNK)
        #expect(Fixture.entries(dir) == ["link.json", "rep", "rep/compare.md"])
    }

    /// Finding 3: two outputs naming one file, or an output where the report folder
    /// goes, are a usage error naming both options, found before any work.
    @Test(arguments: writers)
    func outputsSharingAPathAreRefused(_ command: String) throws {
        let dir = try Fixture.folder("shared")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("rep"), withIntermediateDirectories: false)
        try Data("old".utf8).write(to: dir.appendingPathComponent("old.json"))
        try FileManager.default.linkItem(atPath: dir.appendingPathComponent("old.json").path, toPath: dir.appendingPathComponent("hard.json").path)
        var cases: [([String], [String])] = [
            (["-o", "rep/summary.md", "--report", "rep"], ["-o", "--report"]),
            (["-o", "./rep/../rep/report.html", "--report", "rep"], ["-o", "--report"]),
            (["-o", "new", "--report", "new"], ["-o", "--report"]),
            (["-o", "top", "--report", "top/rep"], ["-o", "--report"]),
        ]
        if command != "plan" {
            cases += [
                (["-o", "s.json", "--write-lp", "s.json"], ["-o", "--write-lp"]),
                (["-o", "s.json", "--write-mps", "./s.json"], ["-o", "--write-mps"]),
                (["-o", "s.json", "--write-lp", "m", "--write-mps", "rep/../m"], ["--write-lp", "--write-mps"]),
                (["-o", "old.json", "--write-lp", "hard.json"], ["-o", "--write-lp"]),
                (["-o", "s.json", "--write-lp", "rep/summary.md", "--report", "rep"], ["--write-lp", "--report"]),
            ]
        }
        if command == "training" {
            cases += [
                (["-o", "s.json", "--vacancies", "derived", "--derived-instance", "s.json"], ["-o", "--derived-instance"]),
                (["-o", "s.json", "--vacancies", "derived", "--derived-instance", "d.json", "--write-mps", "d.json"],
                 ["--derived-instance", "--write-mps"]),
            ]
        }
        let before = Fixture.entries(dir)
        for (extra, options) in cases {
            for force in [[], ["--force"]] {
                let r = try Paths.run(command, extra + force, in: dir)
                #expect(r.status == 64, "\(extra + force): \(r.stderr)")
                #expect(r.stderr.contains("name the same file") || r.stderr.contains("where the report folder goes"), "\(extra): \(r.stderr)")
                for o in options { #expect(r.stderr.contains(o + " "), "\(extra): \(o): \(r.stderr)") }
                #expect(Fixture.entries(dir) == before, "\(extra + force)")
            }
        }
        #expect(Fixture.bytes(dir.appendingPathComponent("old.json").path) == Data("old".utf8))
    }

    /// Finding 4: an output the file system will not take is found before any work, with
    /// exit 73, not after the solve with exit 1.
    @Test(arguments: writers + ["import", "generate", "compare"])
    func anUnwritableOutputIsFoundBeforeAnyWork(_ command: String) throws {
        let dir = try Fixture.folder("unwritable")
        // /sys refuses new files even to root; a report folder under it cannot be made.
        let args: [[String]] = command == "compare" ? [["--report", "/sys/rotaplan-report"]]
            : command == "import" || command == "generate" ? [["-o", "/sys/rotaplan.json"]]
            : [["-o", "/sys/rotaplan.json"], ["-o", "p.json", "--report", "/sys/rotaplan-report"]]
        for extra in args {
            let started = Date()
            // The model export, written before the solve, is not written either.
            let export = Fixture.commands.contains(command) ? ["--write-lp", "m.lp"] : []
            let r = try Paths.run(command, extra + export, in: dir)
            #expect(r.status == 73, "\(extra): \(r.stderr)")
            #expect(r.stderr.contains("/sys") && r.stderr.contains("cannot write"), "\(extra): \(r.stderr)")
            #expect(Date().timeIntervalSince(started) < 5)
            #expect(Fixture.entries(dir) == [], "nothing written: \(extra)")
        }
    }

    @Test(.enabled(if: Paths.canMount), arguments: writers)
    func aReadOnlyFileSystemIsFoundBeforeAnyWork(_ command: String) throws {
        try Paths.withTmpfs("ro,size=64k") { ro in
            let dir = try Fixture.folder("readonly")
            let r = try Paths.run(command, ["-o", ro.appendingPathComponent("p.json").path], in: dir)
            #expect(r.status == 73, "\(r.stderr)")
            #expect(r.stderr.contains("cannot write") && r.stderr.contains("Read-only file system"), "\(r.stderr)")
            let report = try Paths.run(command, ["-o", "p.json", "--report", ro.appendingPathComponent("rep").path], in: dir)
            #expect(report.status == 73, "\(report.stderr)")
            #expect(Fixture.entries(dir) == [])
        }
    }

    /// A write that fails at the end (a full disk): exit 73, the message says what was and
    /// was not written, and no temporary file is left.
    @Test(.enabled(if: Paths.canMount), arguments: writers)
    func aWriteThatFailsAtTheEndIsExit73(_ command: String) throws {
        let fill: (URL) throws -> Void = { try Data(repeating: 65, count: 4096).write(to: $0.appendingPathComponent("filler")) }
        try Paths.withTmpfs("size=4k", prepare: fill) { full in
            let dir = try Fixture.folder("full")
            let r = try Paths.run(command, ["-o", full.appendingPathComponent("p.json").path], in: dir)
            #expect(r.status == 73, "\(r.stderr)")
            #expect(r.stderr.contains("No space left on device") && r.stderr.contains("the plan was not written"), "\(r.stderr)")
            #expect(r.stderr.contains("nothing half-written was left"), "\(r.stderr)")
            #expect(Fixture.entries(full) == ["filler"])
            let report = try Paths.run(command, ["-o", "p.json", "--report", full.appendingPathComponent("rep").path], in: dir)
            #expect(report.status == 73, "\(report.stderr)")
            #expect(report.stderr.contains("the plan was written to p.json") && report.stderr.contains("the report"), "\(report.stderr)")
            #expect(Fixture.entries(full).allSatisfy { !$0.contains(".tmp-") }, "\(Fixture.entries(full))")
        }
    }

    /// Finding 11: negative numbers reach the validation message instead of "Missing value".
    @Test(arguments: [("exchange", "--time-limit", "-1", "--time-limit must be a positive number of seconds"),
                      ("plan", "--time-limit", "-1", "--time-limit must be a positive number of seconds"),
                      ("walking", "--gap", "-0.5", "--gap must be a number ≥ 0"),
                      ("compare", "--time-limit", "-1", "--time-limit must be a positive number of seconds"),
                      ("compare", "--gap", "-0.5", "--gap must be a number ≥ 0")])
    func negativeNumbersGetTheirOwnMessage(_ command: String, _ option: String, _ value: String, _ message: String) throws {
        let dir = try Fixture.folder("negative")
        let r = try Paths.run(command, [option, value], in: dir)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("Error: \(message)\n"), "\(r.stderr)")
        #expect(Fixture.entries(dir) == [])
    }

    /// Finding 11: `-` as an input path says that standard input is not read (exit 64).
    @Test(arguments: [["exchange", "-"], ["plan", "-"], ["validate", "-"], ["compare", "-", "--set", "exchange.minRate=0.2"],
                      ["walking", Fixture.tiny, "--pins", "-"],
                      ["training", Fixture.tiny, "--vacancies", "derived", "--exchange", "-"],
                      ["import", "--schools", "-", "--teachers", "t.csv", "-o", "x.json"]])
    func standardInputIsNotRead(_ arguments: [String]) throws {
        let dir = try Fixture.folder("stdin")
        let r = try CLI.run(arguments, in: dir)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains("standard input is not read; give the path of a file"), "\(r.stderr)")
        #expect(!r.stderr.contains("no such file"))
        #expect(Fixture.entries(dir) == [])
    }
}

extension OutputPathTests {
    /// Exit 73 is in the help of every command that writes, and in the root help.
    @Test(arguments: [["exchange"], ["training"], ["walking"], ["plan"], ["compare"], ["import"], ["generate"], []])
    func helpListsExit73(_ command: [String]) throws {
        let r = try CLI.run(command + ["--help"])
        let text = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains(command == ["compare"] ? "73 a report file cannot be written" : "73 an output cannot be written"), "\(command): \(text)")
    }
}
