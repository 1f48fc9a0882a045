import Foundation
import Testing

/// `--pins FILE` on exchange, training, walking and check, through the real binary, on the
/// bundled Zhengdong instance and its pins file (docs/pins.md).
@Suite struct PinCommandTests {
    static let instances = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("instances")
    static let zhengdong = instances.appendingPathComponent("zhengdong-2025.json").path
    static let pins = instances.appendingPathComponent("zhengdong-2025.pins.csv").path

    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-pins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Each solving command keeps the bundled pins: exit 0, `check --pins` accepts the plan,
    /// and the plan shows the pin (checked in the solution's text).
    @Test(arguments: [
        ("exchange", "{\"teacher\": \"T0105\", \"from\": \"S01\", \"to\": \"S04\"}"),
        ("training", "{\"newHire\": \"N01\", \"host\": \"S01\", \"mentor\": \"T0104\""),
        ("walking", "\"teacher\": \"T0107\""),
    ])
    func bundledPinsHold(_ command: String, _ shows: String) throws {
        let out = try folder().appendingPathComponent("plan.json").path
        let r = try CLI.run([command, Self.zhengdong, "--pins", Self.pins, "-o", out, "--no-timing"])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains(shows))
        if command == "exchange" { #expect(!text.contains("\"teacher\": \"T0103\"")) }
        if command == "walking" {
            let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            let lessons = json?["lessons"] as? [[String: Any]] ?? []
            #expect(lessons.contains { $0["teacher"] as? String == "T0107" })
            #expect(!lessons.contains { $0["teacher"] as? String == "T0107" && $0["day"] as? Int == 2 })
        }
        let c = try CLI.run(["check", Self.zhengdong, out, "--pins", Self.pins])
        #expect(c.status == 0, "\(c.stderr)")
    }

    /// The unpinned plan, checked with the pins, breaks them: exit 1, each named.
    @Test func checkNamesBrokenPins() throws {
        let out = try folder().appendingPathComponent("free.json").path
        #expect(try CLI.run(["training", Self.zhengdong, "-o", out, "--quiet"]).status == 0)
        let c = try CLI.run(["check", Self.zhengdong, out, "--pins", Self.pins])
        #expect(c.status == 1)
        #expect(c.stderr.contains("violation: §pins: pin \(Self.pins):5 \"N01 导师 T0104\": N01 (李想) must be mentored by T0104"), "\(c.stderr)")
        #expect(c.stderr.contains("violation: §pins: pin \(Self.pins):6 \"N03 must-move-to S08\""), "\(c.stderr)")
        #expect(try CLI.run(["check", Self.zhengdong, out]).status == 0)
    }

    @Test func infeasiblePinIsNamed() throws {
        let dir = try folder()
        let pins = dir.appendingPathComponent("pins.csv").path
        try "教师,规则,目标\nT0106,必须调往,S03\n".write(toFile: pins, atomically: true, encoding: .utf8)
        let r = try CLI.run(["exchange", Self.zhengdong, "--pins", pins, "-o", dir.appendingPathComponent("p.json").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("the pins make the exchange of group G1 impossible (without it a plan exists): pin \(pins):2 \"T0106 必须调往 S03\""), "\(r.stderr)")
        #expect(r.stderr.contains("with this pin: §4.6 subjects: S03"), "\(r.stderr)")
    }

    @Test func pinThatCannotHoldIsNamed() throws {
        let dir = try folder()
        let pins = dir.appendingPathComponent("pins.json")
        try #"{"format": "rotaplan-pins/1", "pins": [{"newHire": "N05", "rule": "mentor", "mentor": "T0504"}]}"#
            .write(to: pins, atomically: true, encoding: .utf8)
        let r = try CLI.run(["training", Self.zhengdong, "--pins", pins.path, "-o", dir.appendingPathComponent("p.json").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("pin \(pins.path) pins[0] (line 1) \"N05 mentor T0504\": T0504 ("), "\(r.stderr)")
        #expect(r.stderr.contains("has mentoring capacity 0"), "\(r.stderr)")
    }

    /// A bad pins file is invalid input: exit 2, every problem listed with its line and
    /// field, nothing written.
    @Test func badPinsFileListsEveryProblem() throws {
        let dir = try folder()
        let pins = dir.appendingPathComponent("bad.csv").path
        try "who,rule,target\nT9999,must-stay,\nT0105,must-move-to,T0101\nT0107,not-on-day,9\n".write(toFile: pins, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("p.json").path
        for command in ["exchange", "training", "walking"] {
            let r = try CLI.run([command, Self.zhengdong, "--pins", pins, "-o", out])
            #expect(r.status == 2, "\(command): \(r.stderr)")
            let lines = r.stderr.split(separator: "\n")
            #expect(lines.count == 3, "\(r.stderr)")
            #expect(lines.first?.hasPrefix("\(pins):2:1: error: who: unknown teacher or new hire \"T9999\"") == true, "\(r.stderr)")
            #expect(lines.last?.hasPrefix("\(pins):4:3: error: target: day 9 is outside the calendar") == true, "\(r.stderr)")
            #expect(!FileManager.default.fileExists(atPath: out))
        }
        let missing = try CLI.run(["exchange", Self.zhengdong, "--pins", dir.appendingPathComponent("none.csv").path, "-o", out])
        #expect(missing.status == 2 && missing.stderr.contains("none.csv: error: no such file"), "\(missing.stderr)")
    }

    @Test func pinsFileIsAnInput() throws {
        let dir = try folder()
        let pins = dir.appendingPathComponent("pins.csv").path
        try "who,rule\nT0103,must-stay\n".write(toFile: pins, atomically: true, encoding: .utf8)
        let r = try CLI.run(["exchange", Self.zhengdong, "--pins", pins, "-o", pins, "--force"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("refusing to overwrite the input file"))
    }

    @Test(arguments: ["exchange", "training", "walking", "check"])
    func helpExplainsPins(_ command: String) throws {
        let r = try CLI.run([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("--pins <FILE>"))
        #expect(r.stdout.contains(command == "check" ? "every pin is" : "must-move-to"))
    }
}
