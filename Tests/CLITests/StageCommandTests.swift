import Foundation
import Testing

/// `rotaplan exchange`, `training` and `walking` are one command over the stage protocol
/// (docs/architecture.md, "One stage protocol"): each prints every explanation it has on
/// stderr as `INSTANCE: line` — after the line that says there is no plan (exit 1,
/// MODEL.md §9), or, with a plan, before its summary (exit 0).
@Suite struct StageCommandTests {
    static let tiny = ValidateCommandTests.examples.appendingPathComponent("tiny-luohe.json").path

    /// One run: the command line after the instance, the instance's text changed by
    /// `edit`, the exit code and a piece of the explanation line.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var command: [String]
        var edit: @Sendable (String) -> String
        var status: Int32
        var explanation: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "exchange, infeasible", command: ["exchange"],
             edit: { $0.replacingOccurrences(of: "\"minRate\": 0.3", with: "\"minRate\": 1") },
             status: 1, explanation: "§4"),
        Case(name: "training, infeasible", command: ["training"],
             edit: { $0.replacingOccurrences(of: "\"minYears\": 2", with: "\"minYears\": 3") },
             status: 1, explanation: "§5 training length: N02"),
        Case(name: "training, greedy places not every hire", command: ["training", "--solver", "greedy"],
             edit: { $0.replacingOccurrences(of: "\"minYears\": 2", with: "\"minYears\": 3") },
             status: 1, explanation: "greedy: no mentor with free capacity and open vacancy left for N02"),
        Case(name: "walking, a period uncovered", command: ["walking"], edit: { $0 },
             status: 0, explanation: "S2 3-1 music: 1 period(s) uncovered"),
        Case(name: "walking greedy, a period uncovered", command: ["walking", "--solver", "greedy"], edit: { $0 },
             status: 0, explanation: "period(s) uncovered"),
    ]

    @Test(arguments: cases)
    func everyCommandPrintsItsExplanationTheSameWay(_ c: Case) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-stage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let text = try String(contentsOfFile: Self.tiny, encoding: .utf8)
        let changed = c.edit(text)
        if c.status == 1 { #expect(changed != text, "\(c.name): the edit did not apply") }
        let instance = dir.appendingPathComponent("x.json").path
        try changed.write(toFile: instance, atomically: true, encoding: .utf8)
        let r = try CLI.run([c.command[0], instance] + c.command.dropFirst() + ["-o", dir.appendingPathComponent("s.json").path])
        #expect(r.status == c.status, "\(c.name): \(r.stderr)")
        let lines = r.stderr.split(separator: "\n").map(String.init)
        let said = try #require(lines.firstIndex { $0.hasPrefix("\(instance): ") && $0.contains(c.explanation) }, "\(c.name): \(r.stderr)")
        if c.status == 1 {
            let headline = try #require(lines.firstIndex { $0.hasPrefix("\(instance): no ") }, "\(c.name): \(r.stderr)")
            #expect(headline < said, "\(c.name): the explanation comes before the line that says there is no plan: \(r.stderr)")
        } else {
            #expect(r.stdout.hasPrefix(c.command[0] + (c.command.contains("greedy") ? " greedy" : "")), "\(c.name): \(r.stdout)")
        }
    }
}
