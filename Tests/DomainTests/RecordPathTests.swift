import Testing
import RotaplanDomain
import RotaplanFormats

/// Diagnostics carry a structured location (file, line, column; list, index, id, field)
/// and render it as the text users have always read.
@Suite struct RecordPathTests {
    static func diagnostics(_ from: String, _ to: String) -> [Diagnostic] {
        #expect(baseInstance.contains(from))
        switch load(baseInstance.replacingOccurrences(of: from, with: to)) {
        case .success: return []
        case let .failure(e): return e.diagnostics
        }
    }

    @Test func aFieldOfARecordIsItsListIndexIdAndField() throws {
        let d = try #require(Self.diagnostics("\"yearsAtSchool\": 7,", "\"yearsAtSchool\": -7,").first)
        #expect(d.record == RecordPath(list: "teachers", index: 1, id: "T2", field: "yearsAtSchool"))
        #expect(d.path == "teachers[1] (T2).yearsAtSchool")
        #expect(d.file == "test.json" && d.line == 19)
        let slot = try #require(Self.diagnostics("\"unavailable\": [[1, 1]]", "\"unavailable\": [[9, 1]]").first)
        #expect(slot.record == RecordPath(list: "teachers", index: 1, id: "T2", field: "itinerant.unavailable[0][0]"))
        #expect(slot.path == "teachers[1] (T2).itinerant.unavailable[0][0]")
    }

    @Test func placesOutsideTheListsKeepTheirText() throws {
        let policy = try #require(Self.diagnostics("{\"preset\": \"national\"}", "{\"exchange\": {\"minRate\": 2}}").first)
        #expect(policy.record == RecordPath(list: "policy", field: "exchange.minRate"))
        #expect(policy.path == "policy.exchange.minRate")
        let travel = try #require(Self.diagnostics("\"from\": \"S1\", \"to\": \"S2\"", "\"from\": \"S1\", \"to\": \"S1\"").first)
        #expect(travel.record == RecordPath(list: "travel", index: 0, field: "to"))
        #expect(travel.path == "travel[0].to")
    }

    /// A message naming another record keeps it as a record, rendered as the instance names it.
    @Test func aRecordTheMessageNamesIsData() throws {
        let d = try #require(Self.diagnostics("\"members\": [\"S2\"]}", "\"members\": [\"S2\"]}, {\"id\": \"G2\", \"name\": \"二\", \"type\": \"tight\", \"core\": \"S2\", \"members\": [\"S3\"]}").first)
        #expect(d.text.parts == [.message(.instance(.schoolInTwoGroups(school: "S2", group: "G1", first: .record(RecordPath(list: "groups", index: 0, id: "G1")))))])
        #expect(d.message == "school S2 is already in group G1 (groups[0] (G1)); a school is in at most one group")
        #expect(d.path == "groups[1] (G2).core")
    }
}
