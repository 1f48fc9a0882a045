import Foundation
import Testing

/// `rotaplan validate` through the real binary: exit codes and messages.
@Suite struct ValidateCommandTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/spec/examples")

    func write(_ text: String, name: String = "instance.json") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test(arguments: ["tiny-luohe.json", "small-zhengdong.json", "small-changsha.json"])
    func sharedExamplesAreValid(_ name: String) throws {
        let r = try CLI.run(["validate", Self.examples.appendingPathComponent(name).path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("valid"))
    }

    @Test func invalidInstanceExitsTwoListingEveryProblem() throws {
        let path = try write("""
            {"schools": [{"id": "S1", "stage": "primary", "students": -1}],
             "teachers": [{"id": "T1", "school": "S2", "subject": "math"}]}
            """)
        let r = try CLI.run(["validate", path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(path):1:59: error: schools[0] (S1).students: -1 is out of range"))
        #expect(r.stderr.contains("\(path):2:38: error: teachers[0] (T1).school: unknown school \"S2\""))
        #expect(r.stderr.contains("2 problems"))
        #expect(r.stdout.isEmpty)
    }

    @Test func missingFileExitsTwo() throws {
        let r = try CLI.run(["validate", "/no/such/instance.json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/no/such/instance.json: error: no such file"))
    }

    @Test func strictTurnsPolicyFindingsIntoErrors() throws {
        // Luohe allows at most 3 schools per group: a group of 4 is a finding.
        let schools = (1...4).map { "{\"id\": \"S\($0)\", \"stage\": \"primary\", \"location\": {\"lat\": 33.5, \"lon\": 114.0\($0)}}" }
        let path = try write("""
            {"policy": {"preset": "luohe"},
             "groups": [{"id": "G1", "core": "S1", "members": ["S2", "S3", "S4"]}],
             "schools": [\(schools.joined(separator: ", "))]}
            """)
        let lenient = try CLI.run(["validate", path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("warning: groups[0] (G1): groups.maxSchools: the group has 4 schools; the policy allows at most 3"))
        #expect(lenient.stderr.contains("漯教〔2021〕56号"))
        let strict = try CLI.run(["validate", "--strict", path])
        #expect(strict.status == 2)
        #expect(strict.stderr.contains("error: groups[0] (G1): groups.maxSchools"))
    }

    @Test func missingArgumentIsAUsageError() throws {
        let r = try CLI.run(["validate"])
        #expect(r.status == 64)
    }
}
