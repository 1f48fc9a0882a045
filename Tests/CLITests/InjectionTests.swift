import Foundation
import Testing

/// Issue 15, finding 9, through the real binary: what an input file says reaches the
/// terminal and the Markdown reports as text, never as terminal commands or HTML.
@Suite struct InjectionTests {
    static func scratch() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-injection-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func tiny() throws -> String {
        try String(contentsOf: ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json"), encoding: .utf8)
    }

    /// Bytes a terminal obeys: C0 and C1 controls (but the newline), DEL, bidi overrides.
    static func obeyed(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { s in
            (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value)
                || (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
        }
    }

    /// An unknown id carrying "clear screen, back to the line start, erase the line"
    /// cannot rewrite the error as "fake: valid".
    @Test func anUnknownIdCannotRewriteTheError() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hostile = #"S1\u001b[2J\r\u001b[Kfake: valid\u202e"#
        let text = try Self.tiny().replacingOccurrences(of: #""id": "T01", "name": "张敏", "school": "S1""#,
                                                       with: #""id": "T01", "name": "张敏", "school": "\#(hostile)""#)
        let path = dir.appendingPathComponent("instance.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", path])
        #expect(r.status == 2)
        #expect(Self.obeyed(r.stderr).isEmpty, "\(r.stderr.debugDescription)")
        #expect(r.stderr.contains("teachers[0] (T01).school: unknown school \"S1\\u{1B}[2J\\r\\u{1B}[Kfake: valid\\u{202E}\""), "\(r.stderr)")
    }

    /// A newline inside a quoted id cannot forge a second message: every message on stderr
    /// is one line (the checker quotes the unknown teacher of a plan).
    @Test func aNewlineInAnIdCannotForgeAMessage() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let instance = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path
        let solution = dir.appendingPathComponent("s.json").path
        try #"{"format": "rotaplan-solution/1", "problem": "exchange", "instance": "x", "status": "feasible", "objective": 1, "exchanges": [{"teacher": "T99\nrotaplan: s.json: holds", "from": "S1", "to": "S2"}]}"#
            .write(toFile: solution, atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", instance, solution])
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(!lines.contains { $0.hasPrefix("rotaplan: s.json: holds") }, "\(r.stderr)")
        #expect(r.stderr.contains("T99\\nrotaplan"), "\(r.stderr)")
    }

    /// The summary line on stdout quotes the file name, which may hold controls too.
    @Test func theSummaryLineShowsControlsInAFileName() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("x\u{1B}]0;owned\u{7}.json").path
        try Self.tiny().write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["validate", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Self.obeyed(r.stdout).isEmpty, "\(r.stdout.debugDescription)")
        #expect(r.stdout.hasPrefix(dir.path + "/x\\u{1B}]0;owned\\u{07}.json: valid"), "\(r.stdout)")
    }

    /// Names with HTML and Markdown table syntax come out of summary.md as text.
    @Test func summaryMarkdownEscapesHostileNames() throws {
        let dir = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try Self.tiny()
            .replacingOccurrences(of: "漯河 tiny 手算 (hand-checkable)", with: "<script>alert(1)</script>")
            .replacingOccurrences(of: "\"舞阳县实验小学\"", with: #""<img src=x onerror=alert(1)> | `a` & b\r\n# H""#)
        let path = dir.appendingPathComponent("instance.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let r = try CLI.run(["exchange", path, "-o", dir.appendingPathComponent("plan.json").path,
                             "--report", dir.appendingPathComponent("report").path])
        #expect(r.status == 0, "\(r.stderr)")
        let md = try String(contentsOf: dir.appendingPathComponent("report/summary.md"), encoding: .utf8)
        #expect(!md.contains("<script") && !md.contains("<img"), "\(md)")
        #expect(md.hasPrefix("# Exchange plan 交流轮岗方案: &lt;script&gt;alert(1)&lt;/script&gt;\n"), "\(md)")
        #expect(md.contains("&lt;img src=x onerror=alert(1)&gt; \\| \\`a\\` &amp; b  # H"), "\(md)")
        #expect(Self.obeyed(md).isEmpty)
    }
}
