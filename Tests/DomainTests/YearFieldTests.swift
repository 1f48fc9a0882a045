import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// The fields of MODEL.md §11 (`year`, `teachers[].onExchange`, `trainees`): read, written
/// back, and every input error named by list, record and field.
@Suite struct YearFieldTests {
    static let withYear = baseInstance.replacingOccurrences(of: "\"name\": \"test\",", with: "\"name\": \"test\", \"year\": 2025,")
    static let onExchange = "\"yearsAtSchool\": 7, \"onExchange\": {\"from\": \"S1\", \"since\": 2024, \"termYears\": 3}"
    static let trainees = "\"newHires\": [\n  {\"id\": \"N1\", \"name\": \"王新\", \"group\": \"G1\", \"subject\": \"math\"}\n ],\n \"trainees\": [\n  {\"id\": \"N7\", \"name\": \"王乐\", \"subject\": \"数学\", \"host\": \"S1\", \"mentor\": \"T1\", \"destination\": \"S2\", \"lastYear\": 2025}\n ],"
    static let full = withYear.replacingOccurrences(of: "\"yearsAtSchool\": 7", with: onExchange)
        .replacingOccurrences(of: "\"newHires\": [\n  {\"id\": \"N1\", \"name\": \"王新\", \"group\": \"G1\", \"subject\": \"math\"}\n ],", with: trainees)

    @Test func theFieldsAreRead() throws {
        let x = try load(Self.full).get().instance
        #expect(x.year == 2025)
        #expect(x.teachers[1].onExchange == OnExchange(from: 0, since: 2024, termYears: 3))
        #expect(x.trainees == [Trainee(id: "N7", name: "王乐", subject: Subject("math"), host: 0, destination: 1, mentor: 0, lastYear: 2025)])
        // §11: a teacher on exchange is not in E.
        #expect(x.eligibility(ofTeacher: 1).reasons.contains(.onExchange))
        #expect(!x.isEligible(teacher: 1))
    }

    @Test func nullYearIsAbsentAndWholeDoublesAreAccepted() throws {
        #expect(try load(baseInstance.replacingOccurrences(of: "\"name\": \"test\",", with: "\"name\": \"test\", \"year\": null,")).get().instance.year == nil)
        #expect(try load(Self.full.replacingOccurrences(of: "\"year\": 2025", with: "\"year\": 2025.0")).get().instance.year == 2025)
    }

    @Test func writerRoundTrip() throws {
        let x = try load(Self.full).get().instance
        let text = InstanceWriter.json(x)
        let y = try load(text).get().instance
        #expect(InstanceWriter.json(y) == text)
        #expect(y.year == 2025 && y.trainees == x.trainees && y.teachers[1].onExchange == x.teachers[1].onExchange)
        // An instance without the fields is written as before: no year, no trainees key.
        let plain = InstanceWriter.json(try load(baseInstance).get().instance)
        #expect(!plain.contains("\"year\": 20") && !plain.contains("\"trainees\"") && !plain.contains("onExchange"))
    }

    /// (case, replace this, with this, expected message). Each breaks one rule of §11.
    static let cases: [(String, String, String, String)] = [
        ("year out of range", "\"year\": 2025", "\"year\": 1850", "year: 1850 is out of range; it must be between 1900 and 2200"),
        ("year not whole", "\"year\": 2025", "\"year\": 2025.5", "year: 2025.5 is not a whole number"),
        ("onExchange without year", "\"year\": 2025,", "", "teachers[1] (T2).onExchange: an exchange term needs the instance's \"year\""),
        ("from unknown", "\"from\": \"S1\"", "\"from\": \"S9\"", "teachers[1] (T2).onExchange.from: unknown school \"S9\""),
        ("from is the school", "\"from\": \"S1\"", "\"from\": \"S2\"", "teachers[1] (T2).onExchange.from: \"from\" (the personnel school, 人事关系) is the school the teacher teaches at"),
        ("since after year", "\"since\": 2024", "\"since\": 2026", "teachers[1] (T2).onExchange.since: the term starts in 2026, after the instance's year 2025"),
        ("termYears below 1", "\"termYears\": 3", "\"termYears\": 0", "teachers[1] (T2).onExchange.termYears: 0 is out of range; it must be between 1 and 80"),
        ("term over", "\"termYears\": 3", "\"termYears\": 1", "teachers[1] (T2).onExchange.termYears: the term 2024…2024 is over by 2025"),
        ("since missing", "\"since\": 2024, ", "", "teachers[1] (T2).onExchange: the field \"since\" is missing"),
        ("unknown onExchange field", "\"termYears\": 3}", "\"termYears\": 3, \"to\": \"S2\"}", "teachers[1] (T2).onExchange.to: unknown field \"to\""),
        ("trainee host unknown", "\"host\": \"S1\"", "\"host\": \"S8\"", "trainees[0] (N7).host: unknown school \"S8\""),
        ("trainee destination unknown", "\"destination\": \"S2\"", "\"destination\": \"S8\"", "trainees[0] (N7).destination: unknown school \"S8\""),
        ("trainee mentor unknown", "\"mentor\": \"T1\"", "\"mentor\": \"T9\"", "trainees[0] (N7).mentor: unknown teacher \"T9\""),
        ("lastYear before year", "\"lastYear\": 2025", "\"lastYear\": 2024", "trainees[0] (N7).lastYear: training ended in 2024, before the instance's year 2025"),
        ("trainee id of a teacher", "{\"id\": \"N7\"", "{\"id\": \"T1\"", "trainees[0] (T1).id: duplicate id; teachers[0] (T1) already has it"),
        ("trainee id of a new hire", "{\"id\": \"N7\"", "{\"id\": \"N1\"", "trainees[0] (N1).id: duplicate id; newHires[0] (N1) already has it"),
        ("trainee subject missing", "\"subject\": \"数学\", \"host\"", "\"host\"", "trainees[0] (N7): the field \"subject\" is missing"),
        ("trainees without year", "\"year\": 2025,", "", "trainees: trainees need the instance's \"year\""),
    ]

    @Test(arguments: cases.indices)
    func eachProblemIsNamed(_ k: Int) {
        let (label, from, to, expected) = Self.cases[k]
        #expect(Self.full.contains(from), "\(label): the instance lacks the text to replace")
        let found = errors(Self.full.replacingOccurrences(of: from, with: to)).joined(separator: "\n")
        #expect(found.contains(expected), "\(label): expected «\(expected)» in\n\(found)")
    }

    @Test func solutionsRecordTheYear() throws {
        var s = Solution(problem: .exchange, of: try load(Self.full).get().instance, status: .optimal)
        s.objective = 0
        let text = SolutionFile.json(s, timing: false)
        #expect(text.contains("\"instance\": \"test\",\n \"year\": 2025,"))
        #expect(try SolutionFile.read(bytes: Array(text.utf8), file: "s.json").year == 2025)
        #expect(!SolutionFile.json(Solution(problem: .exchange, instance: "test", status: .optimal)).contains("\"year\""))
    }
}
