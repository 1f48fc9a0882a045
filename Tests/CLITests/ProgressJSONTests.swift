import Foundation
import Testing

/// `--progress json`: one JSON object per stderr line, the other lines text.
@Suite struct ProgressJSONTests {
    static let instances = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("instances")

    /// The progress objects of `stderr` (lines starting with `{"event":`), each checked to
    /// be a JSON object with every field, and the other lines.
    static func split(_ stderr: String) throws -> (events: [[String: Any]], text: [String]) {
        var events: [[String: Any]] = [], text: [String] = []
        for line in stderr.split(separator: "\n") {
            guard line.hasPrefix("{\"event\":") else { text.append(String(line)); continue }
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            for key in ["event", "stage", "seconds", "incumbent", "bound", "gap", "nodes"] {
                #expect(object.keys.contains(key), "\(key) missing in \(line)")
            }
            events.append(object)
        }
        return (events, text)
    }

    static func check(_ events: [[String: Any]]) {
        var open: String?
        var seconds = -1.0
        for e in events {
            let event = e["event"] as? String ?? "", stage = e["stage"] as? String
            let s = (e["seconds"] as? Double) ?? -1
            #expect(s >= seconds, "seconds go back: \(e)")
            seconds = s
            #expect(["start", "progress", "tick", "end"].contains(event), "\(e)")
            switch event {
            case "start": #expect(open == nil, "\(e)"); open = stage
            case "end": #expect(open == stage, "\(e)"); open = nil
            case "progress": #expect(open != nil && stage == open, "\(e)")
            default: break
            }
            if let b = e["bound"] as? Double { #expect(abs(b) < 1e300) }
        }
        #expect(open == nil, "a stage without its end line")
    }

    @Test func planWritesJSONProgressLines() throws {
        let dir = try Fixture.folder("progress-json")
        let r = try CLI.run(["plan", Self.instances.appendingPathComponent("zhengdong-2025.json").path, "-o", dir.appendingPathComponent("p.json").path,
                             "--progress", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let (events, _) = try Self.split(r.stderr)
        Self.check(events)
        // Without the option the same run prints no JSON line.
        let plain = try CLI.run(["plan", Self.instances.appendingPathComponent("zhengdong-2025.json").path, "-o", dir.appendingPathComponent("q.json").path])
        #expect(plain.status == 0)
        #expect(try Self.split(plain.stderr).events.isEmpty)
    }

    @Test func benchInstanceShowsItsStages() throws {
        let dir = try Fixture.folder("progress-json-bench")
        let r = try CLI.run(["plan", Self.instances.appendingPathComponent("bench/changsha-small-s1.json").path,
                             "-o", dir.appendingPathComponent("p.json").path, "--progress", "json", "--time-limit", "20"])
        #expect([0, 1].contains(r.status), "\(r.stderr)")
        let (events, text) = try Self.split(r.stderr)
        Self.check(events)
        #expect(events.contains { $0["event"] as? String == "start" }, "\(r.stderr)")
        // Every text line is not JSON (explanations stay text).
        #expect(text.allSatisfy { !$0.hasPrefix("{") })
    }

    @Test func badFormatIsAUsageError() throws {
        let r = try CLI.run(["plan", Self.instances.appendingPathComponent("zhengdong-2025.json").path, "--progress", "xml"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--progress"))
    }
}
