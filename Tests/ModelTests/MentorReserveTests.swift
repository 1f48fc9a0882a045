import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanModels
import RotaplanText

/// Rule 4.8, the mentor reserve (MODEL.md §7 "Settled"), inside `plan` only: the model's
/// rows (plain and aggregated), the stand-alone exchange without them, the elastic
/// explanation, the greedy baseline, trainees in cap′, district hires, the size estimate
/// and the checker's own re-derivation.
@Suite struct MentorReserveTests {
    /// Core H (Core) and member A (rural), 10 minutes apart. H: T1 math senior (capacity 2),
    /// seeking the senior title, 12 years; T3 math, no title (no mentor), 8 years. A: T2
    /// math, no title. One math hire N1 of G1, a math place at A. Headcounts must balance,
    /// so one swap with A: T1 ↔ T2 wins §4 (ruralForTitle 10 pays −10), T3 ↔ T2 keeps the
    /// only math mentor at H (4.8: H(H,math) = 1, C = 2, at least 1 must stay).
    static func reserve(withT3: Bool = true, trainees: Int = 0, hireDistrict: Bool = false, secondCore: Bool = false) throws -> Instance {
        let t3 = withT3 ? #", {"id": "T3", "name": "Three", "school": "H", "subject": "math", "yearsAtSchool": 8}"# : ""
        let hire = hireDistrict ? #""district": "D1""# : #""group": "G1""#
        let g2 = secondCore ? #", {"id": "G2", "name": "Other", "type": "tight", "core": "K", "members": ["B"]}"# : ""
        let s2 = secondCore ? #", {"id": "K", "name": "Other core", "district": "D1", "stage": "primary", "students": 100}, {"id": "B", "name": "Other member", "district": "D1", "stage": "primary", "students": 100}"# : ""
        let kb = secondCore ? #", {"from": "K", "to": "B", "minutes": 10, "km": 5}"# : ""
        let text = """
            {"format": "rotaplan-instance/1", "name": "reserve", "year": 2025,
             "policy": {"preset": "national", "exchange": {"minRate": 0.3, "minBackboneShare": 0, "minYearsAtSchool": 6},
                        "weights": {"exchange": {"balance": 1, "ruralForTitle": 10}}},
             "groups": [{"id": "G1", "name": "Group", "type": "tight", "core": "H", "members": ["A"]}\(g2)],
             "schools": [{"id": "H", "name": "Core", "district": "D1", "stage": "primary", "students": 500},
                         {"id": "A", "name": "Member", "district": "D1", "stage": "primary", "students": 300, "tags": ["rural"]}\(s2)],
             "travel": [{"from": "H", "to": "A", "minutes": 10, "km": 5}\(kb)],
             "teachers": [
               {"id": "T1", "name": "One", "school": "H", "subject": "math", "title": "senior", "yearsAtSchool": 12, "seekingSeniorTitle": true},
               {"id": "T2", "name": "Two", "school": "A", "subject": "math", "yearsAtSchool": 10}\(t3)],
             "newHires": [{"id": "N1", "name": "New", \(hire), "subject": "math"}],
             "vacancies": [{"school": "A", "subject": "math"}]}
            """
        var x = try InstanceLoader.load(bytes: Array(text.utf8), file: "reserve.json").instance
        x.trainees = (0..<trainees).map { Trainee(id: "P\($0)", subject: Subject("math"), host: 0, destination: 1, mentor: 0, lastYear: 2025) }
        return x
    }

    static func movers(_ s: Solution) -> [String] { s.exchanges.map(\.teacher).sorted() }

    @Test func theFactReadsHostsAndCapacityLessTrainees() throws {
        let r = try Self.reserve().mentorReserves()
        #expect(r.map(\.core) == [0] && r.map(\.subject) == [Subject("math")] && r.map(\.hires) == [1] && r.map(\.capacity) == [2])
        #expect(try Self.reserve(trainees: 1).mentorReserves().map(\.capacity) == [1])
        #expect(try Self.reserve(trainees: 2).mentorReserves().map(\.need) == [0])
        // A district hire with one core in the district is reserved for; with two, not.
        #expect(try Self.reserve(hireDistrict: true).mentorReserves().map(\.hires) == [1])
        #expect(try Self.reserve(hireDistrict: true, secondCore: true).mentorReserves().isEmpty)
    }

    @Test(arguments: ExchangeModel.Formulation.allCases)
    func planKeepsTheMentorTheStandAloneExchangeSendsAway(_ f: ExchangeModel.Formulation) throws {
        let x = try Self.reserve()
        let alone = try ExchangeSolve.run(x, formulation: f).solution
        #expect(Self.movers(alone) == ["T1", "T2"])
        #expect(!SolutionChecker.mentorReserve(alone.exchanges, against: x).isEmpty)
        let kept = try ExchangeSolve.run(x, formulation: f, mentorReserve: true).solution
        #expect(kept.status == .optimal && Self.movers(kept) == ["T2", "T3"])
        #expect(SolutionChecker.mentorReserve(kept.exchanges, against: x).isEmpty)
        #expect(kept.objective! > alone.objective! + 1)
        let model = try ExchangeModel(x, formulation: f, mentorReserve: true).model
        #expect(model.rowNames.contains("exchange.4.8.mentors[H,math]"))
        #expect(!(try ExchangeModel(x, formulation: f).model).rowNames.contains { $0.hasPrefix("exchange.4.8") })
        // One model of everything and the parts agree.
        #expect(CheckReport.close(try ExchangeSolve.run(x, formulation: f, separateParts: false, mentorReserve: true).solution.objective!,
                                  kept.objective!))
    }

    @Test func trainingsOwnCapacityDecidesWhetherThereIsAnythingToKeep() throws {
        // Two trainees already take T1's two places: nothing to reserve, §4's optimum stands.
        let x = try Self.reserve(trainees: 2)
        #expect(Self.movers(try ExchangeSolve.run(x, mentorReserve: true).solution) == ["T1", "T2"])
        // A district hire with two possible hosts is not reserved for either.
        let y = try Self.reserve(hireDistrict: true, secondCore: true)
        #expect(Self.movers(try ExchangeSolve.run(y, mentorReserve: true).solution) == ["T1", "T2"])
    }

    @Test func theGreedyBaselineKeepsTheReserve() throws {
        let x = try Self.reserve()
        #expect(Self.movers(try ExchangeGreedy.run(x)) == ["T1", "T2"])
        let g = try ExchangeGreedy.run(x, mentorReserve: true)
        #expect(g.status == .feasible && Self.movers(g) == ["T2", "T3"])
        #expect(SolutionChecker.check(g, against: x).passed)
        // Without T3 the only swap breaks 4.8: the baseline moves nobody, which the checker
        // rejects (§4.2), rather than break the reserve.
        let none = try Self.reserve(withT3: false)
        let left = try ExchangeGreedy.run(none, mentorReserve: true)
        #expect(left.exchanges.isEmpty && !SolutionChecker.check(left, against: none).passed)
        // A pinned move that breaks 4.8 is no plan either.
        var pinned = x
        pinned.pins = try PinLoader.load(bytes: Array("who,rule,target\nT1,must-move-to,A\n".utf8), file: "pins.csv", for: x).pins
        #expect(try ExchangeGreedy.run(pinned, mentorReserve: true).objective == nil)
    }

    @Test func whenTheReserveCannotHoldTheExplanationNamesTheRuleTheCoreAndTheSubject() throws {
        let x = try Self.reserve(withT3: false)
        #expect(try ExchangeSolve.run(x).solution.status == .optimal)
        let out = try ExchangeSolve.run(x, mentorReserve: true)
        #expect(out.solution.status == .infeasible)
        let f = try #require(out.explanations.first { $0.rule == .exchangeMentorReserve })
        #expect(f.schools() == [0] && f.subjects() == [Subject("math")])
        let text = FindingText.sentence(f, in: x)
        #expect(text.en == "§4.8 mentor reserve: 1 math new hire can train only at the core H (Core), whose math mentors can take 2; the exchange must leave mentoring for 1 there, but with the other rules at most 0 can stay", "\(text.en)")
        #expect(text.zh.contains("§4.8 导师保留") && text.zh.contains("H（Core）") && text.zh.contains("数学"), "\(text.zh)")
    }

    @Test func theCheckerRederivesTheReserveForAPlansExchange() throws {
        let x = try Self.reserve()
        let alone = try ExchangeSolve.run(x).solution
        let findings = SolutionChecker.mentorReserve(alone.exchanges, against: x)
        #expect(findings.map(\.amounts) == [[Amount(.required, 1), Amount(.base, 2), Amount(.limit, 1), Amount(.actual, 0)]])
        let v = CheckReport.Violation(findings[0], stage: .exchange)
        #expect(CheckText.line(v, in: x).en == "§4.8 mentor reserve: exchange stage: 1 math new hire can train only at the core H (Core), whose math mentors can take 2; after the exchange its math mentors can take 0, at least 1 must stay",
                "\(CheckText.line(v, in: x).en)")
        #expect(CheckText.line(v, in: x).zh.hasPrefix("§4.8 导师保留：交流轮岗阶段："), "\(CheckText.line(v, in: x).zh)")
        // The stand-alone exchange's check does not apply it (its optimum is §4's).
        #expect(SolutionChecker.check(alone, against: x).passed)
    }

    @Test func theSizeEstimateCountsTheReserveRows() throws {
        let x = try Self.reserve()
        let part = ExchangeParts.of(x)[0]
        for f in ExchangeModel.Formulation.allCases {
            let plain = ExchangeModel.estimatedSize(x, formulation: f, part: part)
            let reserved = ExchangeModel.estimatedSize(x, formulation: f, part: part, mentorReserve: true)
            let built = try ExchangeModel(x, formulation: f, part: part, mentorReserve: true).model.size
            #expect(reserved.rows == plain.rows + 1 && reserved.nonzeros > plain.nonzeros)
            #expect(reserved.columns >= built.columns && reserved.rows >= built.rows && reserved.nonzeros >= built.nonzeros)
        }
    }
}
