import Foundation
import Testing

/// `rotaplan serve` and `rotaplan accounts`, the real binary: started with `--port 0`, its
/// printed URL read from its standard output, spoken to with curl on 127.0.0.1 only.
@Suite struct ServeCommandTests {
    static func folder() -> URL {
        URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-serve-cli-\(UUID().uuidString)")
    }

    /// A running `rotaplan serve`; `url` is the line it printed.
    final class Server {
        let process = Process()
        let out = Pipe(), err = Pipe()
        var line = ""

        init(_ arguments: [String]) throws {
            process.executableURL = CLI.binary
            process.arguments = ["serve", "--port", "0"] + arguments
            process.environment = CLI.environment()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            // The line with the URL, written at once when the server is listening.
            var data = Data()
            while !data.contains(UInt8(ascii: "\n")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                data.append(chunk)
            }
            line = String(decoding: data, as: UTF8.self)
        }

        /// The URL in the printed line.
        var url: String {
            guard let r = line.range(of: #"http://[^ );；（]+"#, options: .regularExpression) else { return "" }
            return String(line[r])
        }

        /// The port it bound.
        var port: String { url.split(separator: ":").dropFirst(2).first.map { String($0.prefix { $0.isNumber }) } ?? "" }

        /// Ctrl-C, then its exit status.
        func interrupt() -> Int32 {
            process.interrupt()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    /// curl on 127.0.0.1: the status code (and the cookie jar in `jar`).
    static func curl(_ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        p.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "30"] + arguments
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let d = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: d, as: UTF8.self)
    }

    /// `rotaplan ARGUMENTS` with `input` on standard input.
    static func run(_ arguments: [String], input: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = arguments
        p.environment = CLI.environment()
        let i = Pipe(), o = Pipe(), e = Pipe()
        p.standardInput = i; p.standardOutput = o; p.standardError = e
        try p.run()
        i.fileHandleForWriting.write(Data(input.utf8))
        try i.fileHandleForWriting.close()
        let od = o.fileHandleForReading.readDataToEndOfFile(), ed = e.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: od, as: UTF8.self), String(decoding: ed, as: UTF8.self))
    }

    @Test func localStartPrintsATokenURLAndServes() throws {
        let dir = Self.folder()
        let s = try Server(["--data", dir.path])
        #expect(s.url.range(of: #"^http://127\.0\.0\.1:\d+/\?token=[A-Za-z0-9_-]{43}$"#, options: .regularExpression) != nil, "\(s.line)")
        let base = "http://127.0.0.1:\(s.port)/"
        #expect(try Self.curl([base]) == "401")
        #expect(try Self.curl([base + "?token=wrong"]) == "401")
        let jar = dir.appendingPathComponent("jar").path
        #expect(try Self.curl(["-c", jar, s.url]) == "303")
        #expect(try Self.curl(["-b", jar, base]) == "200")
        #expect(s.interrupt() == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("workbench.sqlite").path))
    }

    @Test func anyOtherAddressNeedsAnAccount() throws {
        let dir = Self.folder()
        let refused = try CLI.run(["serve", "--host", "0.0.0.0", "--port", "0", "--data", dir.path])
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("rotaplan accounts add"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)

        let add = try Self.run(["accounts", "add", "bo", "--role", "bureau", "--district", "郑东", "--data", dir.path], input: "correct horse battery\n")
        #expect(add.status == 0, "\(add.stderr)")
        let s = try Server(["--host", "0.0.0.0", "--data", dir.path])
        #expect(s.url.range(of: #"^http://0\.0\.0\.0:\d+/$"#, options: .regularExpression) != nil, "\(s.line)")
        let base = "http://127.0.0.1:\(s.port)/"
        #expect(try Self.curl([base]) == "401")
        #expect(try Self.curl([base + "?token=anything"]) == "401")
        #expect(try Self.curl([base + "signin", "--data", "account=bo&password=wrong+password"]) == "401")
        let jar = dir.appendingPathComponent("jar").path
        #expect(try Self.curl(["-c", jar, base + "signin", "--data", "account=bo&password=correct+horse+battery"]) == "303")
        #expect(try Self.curl(["-b", jar, base]) == "200")
        #expect(s.interrupt() == 0)
    }

    @Test func accountsAddListRemove() throws {
        let dir = Self.folder(), data = ["--data", dir.path]
        let short = try Self.run(["accounts", "add", "ana", "--role", "principal", "--workspace", "郑东一集团"] + data, input: "short\n")
        #expect(short.status == 2)
        #expect(short.stderr.contains("at least 10 characters"))
        let ok = try Self.run(["accounts", "add", "ana", "--role", "principal", "--workspace", "郑东一集团"] + data, input: "a long enough password\n")
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("account ana added (principal, workspace 1)"))
        let twice = try Self.run(["accounts", "add", "ana", "--role", "bureau", "--district", "郑东"] + data, input: "a long enough password\n")
        #expect(twice.status == 2)
        #expect(twice.stderr.contains("exists already"))
        // A workspace id names one that exists (a name may be a new one).
        let noSuch = try Self.run(["accounts", "add", "cy", "--role", "principal", "--workspace", "99"] + data, input: "a long enough password\n")
        #expect(noSuch.status == 2)
        #expect(noSuch.stderr.contains("no workspace of that id"))
        let noScope = try Self.run(["accounts", "add", "dd", "--role", "bureau"] + data, input: "a long enough password\n")
        #expect(noScope.status == 64)
        let badName = try Self.run(["accounts", "add", "a b", "--role", "bureau", "--district", "x"] + data, input: "a long enough password\n")
        #expect(badName.status == 64)
        #expect(badName.stderr.contains("without spaces"))
        let same = try Self.run(["accounts", "add", "bo", "--role", "principal", "--workspace", "1"] + data, input: "a long enough password\n")
        #expect(same.status == 0, "\(same.stderr)")

        let list = try Self.run(["accounts", "list"] + data)
        #expect(list.status == 0)
        #expect(list.stdout == "ana\tprincipal\t\t1\nbo\tprincipal\t\t1\n")
        #expect(!list.stdout.contains("scrypt"))
        // A district with a tab or an escape sequence is shown escaped, one line per account.
        _ = try Self.run(["accounts", "add", "ed", "--role", "bureau", "--district", "a\tb\u{1b}[2J"] + data, input: "a long enough password\n")
        let listed = try Self.run(["accounts", "list"] + data).stdout.split(separator: "\n")
        #expect(listed.count == 3 && listed[2].split(separator: "\t").count == 3 && !listed[2].contains("\u{1b}"), "\(listed)")
        #expect(try Self.run(["accounts", "remove", "ed"] + data).status == 0)

        #expect(try Self.run(["accounts", "remove", "ana"] + data).status == 0)
        let again = try Self.run(["accounts", "remove", "ana"] + data)
        #expect(again.status == 2)
        #expect(try Self.run(["accounts", "list"] + data).stdout == "bo\tprincipal\t\t1\n")
    }

    @Test func anUnwritableDataFolderIsExit73() throws {
        let dir = Self.folder()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let data = file.appendingPathComponent("data").path
        let r = try CLI.run(["serve", "--port", "0", "--data", data])
        #expect(r.status == 73)
        #expect(r.stderr.contains("the data folder \(data) cannot be opened or written"), "\(r.stderr)")
        let a = try Self.run(["accounts", "add", "bo", "--role", "bureau", "--district", "x", "--data", data], input: "a long enough password\n")
        #expect(a.status == 73)
        #expect(try Self.run(["accounts", "list", "--data", data]).status == 73)
    }

    @Test func aBadPortIsAUsageError() throws {
        let r = try CLI.run(["serve", "--port", "70000", "--data", Self.folder().path])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--port 70000"))
    }
}
