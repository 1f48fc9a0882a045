import Foundation
import Testing

/// Runs the real `rotaplan` binary built beside the test bundle.
enum CLI {
    static var binary: URL {
        // The test bundle lives in the build products folder, next to the executables.
        var dir = Bundle.main.bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("rotaplan")
    }

    /// This process's environment with the locale set to `locale` (`C` by default, so that
    /// the messages are the English ones the tests compare, whatever the machine's locale).
    static func environment(locale: String = "C") -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["LC_ALL"] = nil; env["LC_MESSAGES"] = nil; env["LANG"] = locale
        return env
    }

    static func run(_ arguments: [String], in directory: URL? = nil, locale: String = "C") throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.environment = environment(locale: locale)
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}

@Suite struct CLITests {
    @Test func binaryIsBuilt() {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.binary.path), "\(CLI.binary.path)")
    }

    @Test func versionNamesRotaplanAndGLPK() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        let line = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.range(of: #"^rotaplan \d+\.\d+\.\d+ \(GLPK \d+\.\d+\)$"#, options: .regularExpression) != nil, "\(line)")
    }

    @Test func helpExplainsExitCodes() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Exit codes"))
        #expect(r.stdout.contains("64 usage error"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let r = try CLI.run(["--no-such-option"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--no-such-option"))
    }
}

/// `--help` of `--time-limit` says what the written gap means (GapText.timeLimitHelp).
@Suite struct TimeLimitHelpTests {
    @Test(arguments: ["exchange", "training", "walking", "plan", "compare"])
    func timeLimitHelpExplainsTheGap(_ command: String) throws {
        let r = try CLI.run([command, "--help"])
        #expect(r.status == 0)
        let help = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("gap 0.04% means no plan can be more than 0.04% better than this one (the bound is proven); 0 means proven optimal"), "\(help)")
        #expect(help.contains("a plan without a bound says nothing about how far it is from the best"))
    }
}
