import Foundation
import Testing
import RotaplanDomain
import RotaplanFormats

/// InstanceFacts (MODEL.md §2, §4, §10) against hand-worked numbers on a six-teacher
/// instance: eligibility with its reasons, E_g, required movers, the §4.7 cost split,
/// and per-capita quality dividing by n(s) before any move.
@Suite struct InstanceFactsTests {
    /// G1 = S1 (core), S2 (rural); S3 in another district, in no group. Allowance 80
    /// yuan a day, 1 yuan per km, 200 workdays; S1–S2 10 km; S1–S3 without km.
    static let text = """
        {"format": "rotaplan-instance/1", "name": "facts",
         "policy": {"preset": "national", "exchange": {"minRate": 0.5},
                    "cost": {"allowancePerDay": 80, "transportPerKm": 1, "workdaysPerYear": 200}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "A", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "A", "stage": "primary", "tags": ["rural"]},
                     {"id": "S3", "name": "S3", "district": "B", "stage": "primary"}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 20, "km": 10}, {"from": "S1", "to": "S3", "minutes": 30}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "senior", "backbone": true, "yearsAtSchool": 10},
           {"id": "T2", "name": "T2", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10, "yearsToRetirement": 2},
           {"id": "T3", "name": "T3", "school": "S2", "subject": "math", "yearsAtSchool": 4, "exempt": true},
           {"id": "T4", "name": "T4", "school": "S2", "subject": "math", "title": "second", "yearsAtSchool": 8},
           {"id": "T5", "name": "T5", "school": "S2", "subject": "math", "yearsAtSchool": 9},
           {"id": "T6", "name": "T6", "school": "S3", "subject": "math", "yearsAtSchool": 12}]}
        """

    static func load() throws -> Instance { try InstanceLoader.load(bytes: Array(text.utf8), file: "facts.json").instance }

    @Test func eligibilityWithItsReasons() throws {
        let f = InstanceFacts(try Self.load())
        #expect(f.eligibility[0] == .eligible)
        // Two years from retirement, within the national preset's 3: near retirement, not "too few years".
        #expect(f.eligibility[1] == .ineligible([.nearRetirement(yearsLeft: 2, exemptYears: 3)]))
        #expect(f.eligibility[2] == .ineligible([.tooFewYearsAtSchool(has: 4, needs: 6), .exempt]))
        #expect(f.eligibility[5] == .ineligible([.schoolInNoGroup]))
        #expect(f.eligibleByGroup == [[0, 3, 4]])
        #expect(f.eligibleCount == 3)
        // ⌈0.5 · 3 − 1e-9⌉ = 2.
        #expect(f.requiredMovers == [2])
        #expect(f.minimumMoves == 2)
        #expect(InstanceFacts.requiredMovers(eligible: 4, minRate: 0.5) == 2)
    }

    @Test func moveCostSplitsAllowanceAndTransport() throws {
        let x = try Self.load()
        let f = InstanceFacts(x)
        // S1 → S2: rural, so the allowance 80 · 200; transport 1 · 2 · 10 · 200.
        #expect(f.moveCost(teacher: 0, to: 1) == MoveCost(allowance: 16_000, transport: 4_000))
        #expect(f.moveCost(teacher: 0, to: 1).yearly == 20_000)
        // S2 → S1: not rural, same district: transport only.
        #expect(f.moveCost(from: 1, to: 0) == MoveCost(allowance: 0, transport: 4_000))
        // S1 → S3: another district, km unknown: the transport is unknown, the reports count 0.
        #expect(f.moveCost(from: 0, to: 2) == MoveCost(allowance: 16_000, transport: nil))
        #expect(f.moveCost(from: 0, to: 2).yearly == 16_000)
        var free = x
        free.policy.cost.transportPerKm = 0
        #expect(InstanceFacts(free).moveCost(from: 0, to: 2) == MoveCost(allowance: 16_000, transport: 0))
        #expect(x.walkingTransport(km: 10) == 20)
    }

    @Test func perCapitaQualityDividesByTheHeadcountBeforeAnyMove() throws {
        let x = try Self.load()
        let f = InstanceFacts(x)
        #expect(f.headcount == [2, 3, 1])
        #expect(f.qualitySum == [7, 1, 0])  // T1 5 + T2 2; T4 1
        #expect(f.groupedSchools == [0, 1])
        #expect(f.groupMeanQuality(0) == 8.0 / 5)
        // T1 moves S1 → S2 alone: S1 keeps 2 / 2, S2 has 6 / 3 (n before, not 1 and 4).
        let moves = f.moves([Solution.Exchange(teacher: "T1", from: "S1", to: "S2"), Solution.Exchange(teacher: "T9", from: "S1", to: "S2")])
        #expect(moves.map { [$0.teacher, $0.from, $0.to] } == [[0, 0, 1]])
        let q = f.quality(after: moves)
        #expect(q.perCapitaBefore(0) == 3.5 && q.perCapitaBefore(1) == 1.0 / 3)
        #expect(q.perCapitaAfter(0) == 1 && q.perCapitaAfter(1) == 2)
        #expect(q.spread.before == 3.5 - 1.0 / 3)
        #expect(q.spread.after == 1)
    }

    @Test func exchangeDestinationsAreTheGroupOrWithCrossGroupTheDistrict() throws {
        var x = try Self.load()
        #expect(x.exchangeDestinations(ofHome: 0) == [1])
        #expect(x.exchangeDestinations(ofHome: 1) == [0])
        // With allowCrossGroup: schools of the home district that are in a group (S3 is neither).
        x.policy.exchange.allowCrossGroup = true
        x.schools[2].district = "A"
        #expect(x.exchangeDestinations(ofHome: 0) == [1])
    }
}
