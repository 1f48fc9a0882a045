import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats
import RotaplanText

/// A micro-instance for rollover (MODEL.md §11), each step worked by hand below.
let rolloverBase = """
{
 "$schema": "docs/instance.schema.json",
 "format": "rotaplan-instance/1",
 "name": "micro",
 "year": 2025,
 "policy": {"preset": "national"},
 "groups": [
  {"id": "G1", "core": "S1", "members": ["S2", "S3"]}
 ],
 "schools": [
  {"id": "S1", "stage": "primary", "tags": ["core"]},
  {"id": "S2", "stage": "primary"},
  {"id": "S3", "stage": "primary"}
 ],
 "travel": [
  {"from": "S1", "to": "S2", "minutes": 20},
  {"from": "S1", "to": "S3", "minutes": 20},
  {"from": "S2", "to": "S3", "minutes": 20}
 ],
 "teachers": [
  {"id": "T1", "name": "张敏", "school": "S1", "subject": "math", "title": "senior", "backbone": true, "yearsAtSchool": 9, "yearsToRetirement": 1},
  {"id": "T2", "school": "S2", "subject": "math", "yearsAtSchool": 7.5, "itinerant": {"maxPeriodsPerWeek": 6}},
  {"id": "T3", "school": "S3", "subject": "music", "onExchange": {"from": "S1", "since": 2023, "termYears": 3}},
  {"id": "T4", "school": "S1", "subject": "math", "mentorCapacity": 2}
 ],
 "newHires": [
  {"id": "N1", "name": "李想", "group": "G1", "subject": "数学"},
  {"id": "N2", "group": "G1", "subject": "math"},
  {"id": "N3", "group": "G1", "subject": "math"}
 ],
 "trainees": [
  {"id": "N7", "name": "王乐", "subject": "math", "host": "S1", "mentor": "T1", "destination": "S3", "lastYear": 2025},
  {"id": "N8", "subject": "math", "host": "S1", "mentor": "T1", "destination": "S2", "lastYear": 2026}
 ],
 "vacancies": [
  {"school": "S2", "subject": "math", "year": 2},
  {"school": "S2", "subject": "数学", "year": 1, "count": 2},
  {"school": "S2", "subject": "math"},
  {"school": "S3", "subject": "math", "year": 2, "count": 1},
  {"school": "S3", "subject": "art", "count": 0}
 ]
}
"""

/// Rolls `text` over with `plan`; the next year's text and summary.
func rollover(_ text: String, _ plan: Solution) throws -> Rollover.Result {
    let x = try InstanceLoader.load(bytes: Array(text.utf8), file: "micro.json").instance
    return try Rollover.next(document: try JSONParser.parse(Array(text.utf8)), instance: x, plan: plan)
}

/// The records of list `key` of an instance text, as parsed JSON objects.
func records(_ text: String, _ key: String) throws -> [[String: Any]] {
    let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return (root[key] as? [[String: Any]]) ?? []
}

func plan(_ problem: Solution.Problem, exchanges: [Solution.Exchange] = [], placements: [Solution.Placement] = []) -> Solution {
    var s = Solution(problem: problem, instance: "micro", status: .optimal)
    s.exchanges = exchanges
    s.placements = placements
    return s
}

@Suite struct RolloverTests {
    static let placements = [
        Solution.Placement(newHire: "N1", host: "S1", mentor: "T4", years: 1, destination: "S2"),
        Solution.Placement(newHire: "N2", host: "S1", mentor: "T1", years: 2, destination: "S3"),
    ]
    static let move = Solution.Exchange(teacher: "T2", from: "S2", to: "S1")

    @Test func everyStepByHand() throws {
        let r = try rollover(rolloverBase, plan(.plan, exchanges: [Self.move], placements: Self.placements))
        let t = try records(r.text, "teachers")
        // Step 2: T1 has yearsToRetirement 1 → 0: retires. Step 1 + 2: T2 moved, 0 + 1 = 1
        // year at S1, on a 3-year term since 2025, its itinerant record kept.
        #expect(t.map { $0["id"] as? String } == ["T2", "T3", "T4", "N7", "N1"])
        #expect(t[0]["school"] as? String == "S1" && t[0]["yearsAtSchool"] as? Double == 1)
        let e = try #require(t[0]["onExchange"] as? [String: Any])
        #expect(e["from"] as? String == "S2" && e["since"] as? Int == 2025 && e["termYears"] as? Int == 3)
        #expect((t[0]["itinerant"] as? [String: Int]) == ["maxPeriodsPerWeek": 6])
        // Step 3: T3's term 2023…2025 ends: back at S1, yearsAtSchool 0, no onExchange.
        #expect(t[1]["school"] as? String == "S1" && t[1]["yearsAtSchool"] as? Int == 0 && t[1]["onExchange"] == nil)
        // Step 2: a missing yearsAtSchool is written 1, a missing yearsToRetirement stays missing.
        #expect(t[2]["yearsAtSchool"] as? Int == 1 && t[2]["yearsToRetirement"] == nil)
        // Step 4: N7 (lastYear 2025) is a teacher at S3, exactly these fields.
        #expect(NSDictionary(dictionary: t[3]) == NSDictionary(dictionary: [
            "id": "N7", "name": "王乐", "school": "S3", "subject": "math", "title": "none", "backbone": false, "yearsAtSchool": 0]))
        // Step 5: N1 (L = 1) teaches at S2, subject as written; N2 (L = 2) trains on until
        // 2026, and its mentor T1 retired: no mentor. N3 is not placed: still a new hire.
        #expect(NSDictionary(dictionary: t[4]) == NSDictionary(dictionary: [
            "id": "N1", "name": "李想", "school": "S2", "subject": "数学", "title": "none", "backbone": false, "yearsAtSchool": 0]))
        let tr = try records(r.text, "trainees")
        #expect(tr.count == 2)
        // N8 trains on; its mentor T1 retired: written without mentor.
        #expect(NSDictionary(dictionary: tr[0]) == NSDictionary(dictionary: [
            "id": "N8", "subject": "math", "host": "S1", "destination": "S2", "lastYear": 2026]))
        #expect(NSDictionary(dictionary: tr[1]) == NSDictionary(dictionary: [
            "id": "N2", "subject": "math", "host": "S1", "destination": "S3", "lastYear": 2026]))
        #expect(try records(r.text, "newHires").map { $0["id"] as? String } == ["N3"])
        // Step 6: N1 takes S2 math from the earliest row, vacancies[1] (year 1, before
        // vacancies[2], also year 1 by default): count 2 → 1. N2 takes S3 math (vacancies[3]):
        // 1 → 0, removed, as is the art row given at 0. Every remaining year − 1, never below 0;
        // a count never written stays absent.
        let v = try records(r.text, "vacancies")
        #expect(v.count == 3)
        #expect(NSDictionary(dictionary: v[0]) == NSDictionary(dictionary: ["school": "S2", "subject": "math", "year": 1]))
        #expect(NSDictionary(dictionary: v[1]) == NSDictionary(dictionary: ["school": "S2", "subject": "数学", "year": 0, "count": 1]))
        #expect(NSDictionary(dictionary: v[2]) == NSDictionary(dictionary: ["school": "S2", "subject": "math", "year": 0]))
        // Step 7 and what is kept: year + 1, the $schema member, the policy.
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any])
        #expect(root["year"] as? Int == 2026 && root["$schema"] as? String == "docs/instance.schema.json")
        // The summary.
        #expect(r.summary.retired == ["T1"])
        #expect(r.summary.returned == [.init(teacher: "T3", from: "S3", to: "S1")])
        #expect(r.summary.finishedTraining == [.init(id: "N7", school: "S3")])
        #expect(r.summary.placedAsTeachers == [.init(id: "N1", school: "S2")])
        #expect(r.summary.unplacedHires == ["N3"])
        #expect(r.summary.orphans == [.init(teacher: "T1", kind: .traineeMentor(trainee: "N8")),
                                      .init(teacher: "T1", kind: .traineeMentor(trainee: "N2"))])
        #expect(r.summary.vacanciesUsed.map(\.row) == [1, 3])
        // The next year validates.
        #expect(throws: Never.self) { try InstanceLoader.load(bytes: Array(r.text.utf8), file: "next.json") }
    }

    @Test func aOneYearTermIsBackAtOnce() throws {
        let text = rolloverBase.replacingOccurrences(of: "{\"preset\": \"national\"}", with: "{\"preset\": \"national\", \"exchange\": {\"termYears\": 1}}")
        let t = try #require(try records(try rollover(text, plan(.exchange, exchanges: [Self.move])).text, "teachers").first { $0["id"] as? String == "T2" })
        #expect(t["school"] as? String == "S2" && t["yearsAtSchool"] as? Int == 0 && t["onExchange"] == nil)
    }

    @Test func aTransferWritesNoTerm() throws {
        let text = rolloverBase.replacingOccurrences(of: "{\"preset\": \"national\"}", with: "{\"preset\": \"national\", \"exchange\": {\"termYears\": 0}}")
        let t = try #require(try records(try rollover(text, plan(.exchange, exchanges: [Self.move])).text, "teachers").first { $0["id"] as? String == "T2" })
        #expect(t["school"] as? String == "S1" && t["yearsAtSchool"] as? Int == 1 && t["onExchange"] == nil)
    }

    /// A three-year term from 2025: away in 2026 and 2027, back in 2028.
    @Test func aThreeYearTerm() throws {
        var text = try rollover(rolloverBase, plan(.exchange, exchanges: [Self.move])).text
        var schools: [String] = []
        for _ in 0..<3 {
            let t = try records(text, "teachers")
            schools.append(t.first { $0["id"] as? String == "T2" }?["school"] as? String ?? "")
            var next = Solution(problem: .exchange, instance: "micro", status: .optimal)
            next.exchanges = []
            text = try rollover(text, next).text
        }
        schools.append(try records(text, "teachers").first { $0["id"] as? String == "T2" }?["school"] as? String ?? "")
        #expect(schools == ["S1", "S1", "S2", "S2"])
    }

    /// A two-year trainee: placed with L = 2 in 2025, a trainee in 2026, a teacher in 2027.
    @Test func aTwoYearTrainee() throws {
        let p = [Solution.Placement(newHire: "N3", host: "S1", mentor: "T4", years: 2, destination: "S3")]
        let first = try rollover(rolloverBase, plan(.training, placements: p)).text
        #expect(try records(first, "trainees").contains { $0["id"] as? String == "N3" && $0["mentor"] as? String == "T4" && $0["lastYear"] as? Int == 2026 })
        let second = try rollover(first, plan(.training)).text
        #expect(try records(second, "trainees").allSatisfy { $0["id"] as? String != "N3" })
        #expect(try records(second, "teachers").contains { $0["id"] as? String == "N3" && $0["school"] as? String == "S3" })
    }

    @Test func refusals() throws {
        let noYear = rolloverBase.replacingOccurrences(of: " \"year\": 2025,\n", with: "")
            .replacingOccurrences(of: ", \"onExchange\": {\"from\": \"S1\", \"since\": 2023, \"termYears\": 3}", with: "")
            .replacingOccurrences(of: #"(?s) "trainees": \[.*?\],\n"#, with: "", options: .regularExpression)
        #expect(throws: RolloverError.self) { try rollover(noYear, plan(.exchange)) }
        #expect(throws: RolloverError.self) { try rollover(rolloverBase, plan(.walking)) }
        var other = plan(.exchange)
        other.instance = "another"
        #expect(throws: RolloverError.self) { try rollover(rolloverBase, other) }
        // A result that breaks a bound of §10 (yearsAtSchool 80 + 1), naming the teacher.
        let old = rolloverBase.replacingOccurrences(of: "\"yearsAtSchool\": 7.5", with: "\"yearsAtSchool\": 80")
        do { _ = try rollover(old, plan(.exchange)); Issue.record("accepted") } catch let error as RolloverError {
            #expect(error.messages.joined().contains("teachers[0] (T2).yearsAtSchool: 81 is out of range"))
        }
    }

    @Test func pinsNamingARetiredTeacherAreReported() throws {
        var x = try InstanceLoader.load(bytes: Array(rolloverBase.utf8), file: "micro.json").instance
        let origin = Pin.Origin(file: "pins.csv", line: 2, record: 0, text: "T1,must-stay", isJSON: false)
        x.pins = [Pin(person: .teacher(0), rule: .mustStay, origin: origin), Pin(person: .newHire(2), rule: .mentor(teacher: 0), origin: origin),
                  Pin(person: .teacher(3), rule: .mustStay, origin: origin)]
        let r = try Rollover.next(document: try JSONParser.parse(Array(rolloverBase.utf8)), instance: x, plan: plan(.exchange))
        #expect(r.summary.orphans.filter { if case .pin = $0.kind { true } else { false } }
                == [.init(teacher: "T1", kind: .pin(rule: "must-stay")), .init(teacher: "T1", kind: .pin(rule: "mentor"))])
        #expect(r.summary.lines.map(\.en).contains("T1 retired; a must-stay pin names them"))
    }

    @Test func deterministicAndAnInstanceWithoutTheNewKeysGainsOnlyYear() throws {
        let p = plan(.plan, exchanges: [Self.move], placements: Self.placements)
        #expect(try rollover(rolloverBase, p).text == rollover(rolloverBase, p).text)
        // No trainees key is added when there is none to write.
        let plain = try rollover(baseInstance.replacingOccurrences(of: "\"name\": \"test\",", with: "\"name\": \"test\", \"year\": 2025,"),
                                 { var s = plan(.exchange); s.instance = "test"; return s }())
        #expect(!plain.text.contains("\"trainees\""))
    }
}
