import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// A small valid instance, one field per line so that cases can point at lines.
let baseInstance = """
{
 "format": "rotaplan-instance/1",
 "name": "test",
 "policy": {"preset": "national"},
 "calendar": {"days": 5, "periods": [{"start": "08:00", "end": "08:40"}, {"start": "08:50", "end": "09:30"}]},
 "groups": [
  {"id": "G1", "name": "一集团", "type": "tight", "core": "S1", "members": ["S2"]}
 ],
 "schools": [
  {"id": "S1", "name": "实验小学", "district": "A区", "stage": "primary", "students": 900, "tags": ["core"], "location": {"lat": 34.70, "lon": 113.70}, "required": {"math": 2}},
  {"id": "S2", "name": "乡村小学", "district": "A区", "stage": "primary", "students": 200, "tags": ["rural"], "location": {"lat": 34.75, "lon": 113.75}},
  {"id": "S3", "name": "独立小学", "stage": "primary", "students": 100}
 ],
 "travel": [
  {"from": "S1", "to": "S2", "minutes": 20, "km": 8}
 ],
 "teachers": [
  {"id": "T1", "name": "张敏", "school": "S1", "subject": "数学", "title": "senior", "backbone": true, "yearsAtSchool": 9, "yearsToRetirement": 15},
  {"id": "T2", "name": "李娟", "school": "S2", "subject": "music", "title": "first", "yearsAtSchool": 7, "itinerant": {"maxPeriodsPerWeek": 6, "unavailable": [[1, 1]]}}
 ],
 "newHires": [
  {"id": "N1", "name": "王新", "group": "G1", "subject": "math"}
 ],
 "vacancies": [
  {"school": "S2", "subject": "数学", "year": 1, "count": 1}
 ],
 "walkingDemand": [
  {"school": "S1", "class": "3-1", "subject": "音乐", "periodsPerWeek": 2, "slots": [[1, 2], [2, 1], [2, 1]]}
 ]
}
"""

func load(_ text: String, file: String = "test.json") -> Result<InstanceLoader.Loaded, InstanceError> {
    do { return .success(try InstanceLoader.load(bytes: Array(text.utf8), file: file)) } catch { return .failure(error) }
}

func errors(_ text: String) -> [String] {
    switch load(text) {
    case .success: return []
    case let .failure(e): return e.diagnostics.map(\.description)
    }
}

@Suite struct ValidationTests {
    @Test func baseInstanceIsValid() throws {
        let x = try load(baseInstance).get().instance
        #expect(x.schools.count == 3 && x.teachers.count == 2 && x.groups.count == 1)
        #expect(x.walkingDemand[0].slots == [Slot(day: 1, period: 2), Slot(day: 2, period: 1)])  // repeats ignored
        #expect(x.walkingDemand[0].subject == Subject("music"))
        #expect(x.vacancies[0].subject == x.teachers[0].subject)  // 数学 = math
    }

    /// (case, replace this, with this, expected message fragments). Each case breaks one rule.
    static let cases: [(String, String, String, [String])] = [
        ("bad JSON with line and column", "\"students\": 900,", "\"students\": 900,,", ["test.json:10:", "invalid JSON"]),
        ("trailing comma", "[[1, 1]]}}\n", "[[1, 1]],}}\n", ["test.json:19:", "trailing comma"]),
        ("wrong type", "\"students\": 200", "\"students\": \"200\"", ["test.json:11:", "schools[1] (S2).students: expected a whole number, found a string"]),
        ("wrong type of list", "\"members\": [\"S2\"]", "\"members\": \"S2\"", ["groups[0] (G1).members: expected a list"]),
        ("unknown school", "\"school\": \"S2\", \"subject\": \"music\"", "\"school\": \"S9\", \"subject\": \"music\"", ["teachers[1] (T2).school: unknown school \"S9\""]),
        ("unknown group", "\"group\": \"G1\"", "\"group\": \"G7\"", ["newHires[0] (N1).group: unknown group \"G7\""]),
        ("duplicate school id", "{\"id\": \"S3\"", "{\"id\": \"S2\"", ["schools[2] (S2).id: duplicate id; schools[1] already has it"]),
        ("duplicate teacher id", "{\"id\": \"T2\"", "{\"id\": \"T1\"", ["teachers[1] (T1).id: duplicate id; teachers[0] already has it"]),
        ("school in two groups", "\"members\": [\"S2\"]}", "\"members\": [\"S2\"]},\n  {\"id\": \"G2\", \"core\": \"S3\", \"members\": [\"S2\"]}", ["school S2 is already in group G1"]),
        ("group without members", "\"members\": [\"S2\"]", "\"members\": []", ["groups[0] (G1).members: a group needs at least one member school"]),
        ("core as member", "\"members\": [\"S2\"]", "\"members\": [\"S2\", \"S1\"]", ["S1 is the group's core"]),
        ("negative number", "\"students\": 900", "\"students\": -900", ["schools[0] (S1).students: -900 is out of range"]),
        ("absurd number", "\"yearsAtSchool\": 9", "\"yearsAtSchool\": 900", ["teachers[0] (T1).yearsAtSchool: 900 is out of range; it must be between 0 and 80"]),
        ("absurd count", "\"count\": 1", "\"count\": 100000000", ["vacancies[0].count: 100000000 is out of range"]),
        ("fractional count", "\"periodsPerWeek\": 2", "\"periodsPerWeek\": 2.5", ["walkingDemand[0].periodsPerWeek: 2.5 is not a whole number"]),
        ("period ends before it starts", "{\"start\": \"08:50\", \"end\": \"09:30\"}", "{\"start\": \"08:50\", \"end\": \"08:45\"}", ["calendar.periods[1].end: the period ends (08:45) before or when it starts (08:50)"]),
        ("overlapping periods", "{\"start\": \"08:50\", \"end\": \"09:30\"}", "{\"start\": \"08:30\", \"end\": \"09:30\"}", ["calendar.periods[1].start: starts at 08:30, before period 1 ends (08:40)"]),
        ("bad time", "\"start\": \"08:00\"", "\"start\": \"8 am\"", ["\"8 am\" is not a time of day"]),
        ("too many days", "\"days\": 5", "\"days\": 8", ["calendar.days: 8 is out of range; it must be between 1 and 7"]),
        ("slot day out of range", "[[1, 2], [2, 1], [2, 1]]", "[[1, 2], [6, 1]]", ["walkingDemand[0].slots[1][0]: 6 is out of range; it must be between 1 and 5"]),
        ("slot period out of range", "\"unavailable\": [[1, 1]]", "\"unavailable\": [[1, 3]]", ["teachers[1] (T2).itinerant.unavailable[0][1]: 3 is out of range; it must be between 1 and 2"]),
        ("slot not a pair", "\"unavailable\": [[1, 1]]", "\"unavailable\": [1]", ["a slot is a list [day, period]"]),
        ("unknown policy key", "\"preset\": \"national\"}", "\"preset\": \"national\", \"exchange\": {\"minRat\": 0.2}}", ["policy.exchange.minRat: unknown field \"minRat\"; did you mean \"minRate\"?"]),
        ("unknown policy section", "\"preset\": \"national\"}", "\"preset\": \"national\", \"exchnage\": {}}", ["unknown field \"exchnage\"; did you mean \"exchange\"?"]),
        ("unknown preset", "\"preset\": \"national\"", "\"preset\": \"beijing\"", ["policy.preset: unknown preset \"beijing\"; known presets: national, luohe, nanchang, changsha, zhengzhou, qingdao"]),
        ("share above 1", "\"preset\": \"national\"}", "\"preset\": \"national\", \"exchange\": {\"minRate\": 1.2}}", ["policy.exchange.minRate: 1.2 is out of range; it must be between 0 and 1"]),
        ("negative policy number", "\"preset\": \"national\"}", "\"preset\": \"national\", \"cost\": {\"allowancePerDay\": -80}}", ["policy.cost.allowancePerDay: -80 is out of range"]),
        ("unknown record field", "\"title\": \"senior\"", "\"titel\": \"senior\"", ["teachers[0] (T1).titel: unknown field \"titel\"; did you mean \"title\"?"]),
        ("unknown top-level field", "\"name\": \"test\",", "\"name\": \"test\", \"shcools\": [],", ["shcools: unknown field \"shcools\"; did you mean \"schools\"?"]),
        ("travel needed and not derivable", "\"members\": [\"S2\"]", "\"members\": [\"S2\", \"S3\"]", ["travel: no minutes between S1 (实验小学) and S3 (独立小学), needed for the exchange in group G1"]),
        ("travel km needed for cost", "{\"from\": \"S1\", \"to\": \"S2\", \"minutes\": 20, \"km\": 8}", "", []),  // derivable: no error
        ("duplicate travel row", "{\"from\": \"S1\", \"to\": \"S2\", \"minutes\": 20, \"km\": 8}", "{\"from\": \"S1\", \"to\": \"S2\", \"minutes\": 20}, {\"from\": \"S1\", \"to\": \"S2\", \"minutes\": 25}", ["travel[1]: a second row for S1 → S2"]),
        ("NaN literal", "\"students\": 900", "\"students\": NaN", ["test.json:10:", "NaN is not a JSON number"]),
        ("Infinity literal", "\"students\": 900", "\"students\": Infinity", ["Infinity is not a JSON number"]),
        ("minus Infinity literal", "\"students\": 900", "\"students\": -Infinity", ["-Infinity is not a JSON number"]),
        ("wrong format string", "rotaplan-instance/1", "rotaplan-instance/2", ["format: \"rotaplan-instance/2\" is not a format rotaplan reads"]),
        ("unknown subject key twice", "\"required\": {\"math\": 2}", "\"required\": {\"math\": 2, \"数学\": 3}", ["the subject math is given twice"]),
        ("unknown stage", "\"stage\": \"primary\", \"students\": 100", "\"stage\": \"college\", \"students\": 100", ["schools[2] (S3).stage: unknown stage \"college\""]),
        ("unknown tag", "\"tags\": [\"rural\"]", "\"tags\": [\"remote\"]", ["unknown tag \"remote\""]),
        ("latitude out of range", "\"lat\": 34.70", "\"lat\": 134.70", ["schools[0] (S1).location.lat: 134.7 is out of range"]),
        ("duplicate demand line", "\"slots\": [[1, 2], [2, 1], [2, 1]]}", "\"slots\": [[1, 2]]}, {\"school\": \"S1\", \"class\": \"3-1\", \"subject\": \"music\", \"periodsPerWeek\": 1, \"slots\": [[1, 1]]}", ["a second line for class 3-1 at S1 in music"]),
        ("duplicate JSON key", "\"name\": \"test\",", "\"name\": \"test\", \"name\": \"again\",", ["the key \"name\" appears twice"]),
        ("null calendar with walking demand", "\"calendar\": {\"days\": 5,", "\"calendar\": null, \"x\": {\"days\": 5,", ["walkingDemand needs a calendar"]),
        ("signed time", "\"start\": \"08:00\"", "\"start\": \"+8:00\"", ["\"+8:00\" is not a time of day"]),
        ("$schema is accepted", "\"name\": \"test\",", "\"name\": \"test\", \"$schema\": \"docs/instance.schema.json\",", []),
        ("missing required field", "\"subject\": \"数学\", ", "", ["teachers[0] (T1): the field \"subject\" is missing"]),
    ]

    @Test(arguments: cases.indices)
    func eachProblemIsNamed(_ k: Int) {
        let (label, from, to, expected) = Self.cases[k]
        #expect(baseInstance.contains(from), "\(label): the base instance lacks the text to replace")
        let text = baseInstance.replacingOccurrences(of: from, with: to)
        let found = errors(text)
        if expected.isEmpty {
            #expect(found.isEmpty, "\(label): \(found)")
            return
        }
        #expect(!found.isEmpty, "\(label): accepted")
        let joined = found.joined(separator: "\n")
        for e in expected { #expect(joined.contains(e), "\(label): expected «\(e)» in\n\(joined)") }
        // Every message names the file.
        #expect(found.allSatisfy { $0.hasPrefix("test.json") }, "\(label)")
    }

    @Test func allProblemsAreReportedInOnePass() {
        var text = baseInstance.replacingOccurrences(of: "\"students\": 900", with: "\"students\": -1")
        text = text.replacingOccurrences(of: "\"yearsAtSchool\": 9,", with: "\"yearsAtSchool\": \"nine\",")
        text = text.replacingOccurrences(of: "\"group\": \"G1\"", with: "\"group\": \"G9\"")
        let found = errors(text)
        #expect(found.count == 3, "\(found)")
        // In file order.
        let lines = found.compactMap { Int($0.split(separator: ":")[1]) }
        #expect(lines == lines.sorted())
    }

    @Test(arguments: [
        ("non-UTF-8 (GBK) bytes", [0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xD6, 0xD0, 0xCE, 0xC4, 0x22, 0x7D] as [UInt8], "it looks like GBK"),
        ("empty file", [], "the file is empty"),
        ("only a BOM", [0xEF, 0xBB, 0xBF], "the file is empty"),
        ("top-level list", Array("[1, 2]".utf8), "the top-level value must be an object"),
        ("top-level string", Array("\"hello\"".utf8), "the top-level value must be an object"),
        ("deep nesting", Array((String(repeating: "[", count: 10_000)).utf8), "nested more than 64 levels"),
        ("text after the value", Array("{} {}".utf8), "unexpected text after the end"),
        ("truncated", Array("{\"schools\": [".utf8), "the file ends"),
        ("single quotes", Array("{'a': 1}".utf8), "expected a member name in double quotes"),
        ("lone surrogate", Array("{\"name\": \"\\ud800\"}".utf8), "surrogate"),
        ("control character", Array("{\"name\": \"a\tb\"}".utf8), "control character"),
        ("leading zero", Array("{\"name\": 01}".utf8), "leading zeros"),
    ])
    func malformedBytesAreRejectedWithPosition(_ label: String, _ bytes: [UInt8], _ expected: String) {
        do {
            _ = try InstanceLoader.load(bytes: bytes, file: "x.json")
            Issue.record("\(label): accepted")
        } catch {
            let text = error.description
            #expect(text.contains(expected), "\(label): \(text)")
            #expect(text.hasPrefix("x.json:1:") || text.hasPrefix("x.json:"), "\(label): \(text)")
        }
    }

    @Test func bomIsAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(baseInstance.utf8)
        #expect(throws: Never.self) { try InstanceLoader.load(bytes: bytes, file: "bom.json") }
    }

    @Test func missingFileAndFolder() throws {
        #expect(throws: InstanceError.self) { try InstanceLoader.load(path: "/no/such/file.json") }
        do { _ = try InstanceLoader.load(path: "/no/such/file.json") } catch {
            #expect(error.description == "/no/such/file.json: error: no such file")
        }
        let dir = FileManager.default.temporaryDirectory.path
        do { _ = try InstanceLoader.load(path: dir); Issue.record("folder accepted") } catch {
            #expect(error.description.contains("this is a folder, not a file"))
        }
    }

    @Test func hundredMegabyteFileDoesNotCrash() throws {
        // 100 MB of whitespace-padded JSON: read once, parsed in linear time, rejected
        // cleanly (no schools) — memory stays near the file size.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-100mb-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        var data = Data("{\"name\": \"big\", \"schools\": [".utf8)
        data.append(Data(repeating: 0x20, count: 100 << 20))
        data.append(Data("]}".utf8))
        try data.write(to: url)
        do {
            _ = try InstanceLoader.load(path: url.path)
            Issue.record("accepted an instance without schools")
        } catch {
            #expect(error.description.contains("the instance has no schools"))
        }
    }

    @Test func fileOverTheLimitIsRefusedBeforeReading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-big-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data()))
        let h = try FileHandle(forWritingTo: url)
        try h.truncate(atOffset: UInt64(InstanceLoader.maximumFileSize + 1))  // sparse: no disk used
        try h.close()
        do { _ = try InstanceLoader.load(path: url.path); Issue.record("accepted") } catch {
            #expect(error.description.contains("rotaplan reads input files of at most 256 MB"))
        }
    }
}
