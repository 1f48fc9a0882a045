import Foundation
import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanModels
import RotaplanText

/// Training that places every hire who can be placed when §5 is infeasible
/// (docs/training.md, "Partial plans"): the plan, the hires left out with their rule, the
/// checker's reading of such a file, and brute force on seeded micro-instances.
@Suite struct TrainingPartialTests {
    /// The solve of the solving commands and the pipeline (partial plans on).
    static func solve(_ x: Instance, _ formulation: TrainingModel.Formulation = .aggregated) throws -> StageOutcome {
        try TrainingSolve.solve(x, formulation: formulation, separateParts: true, options: .init(), progress: nil, cancellation: nil)
    }

    @Test(arguments: TrainingModel.Formulation.allCases)
    func aHireWithoutVacancyDoesNotStopTheOther(_ formulation: TrainingModel.Formulation) throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1"), Micro.teacher("T2", at: "S1", "music")],
                                   hires: [Micro.hire("N1"), Micro.hire("N2", "music")], vacancies: [Micro.vacancy("S2")])
        let out = try Self.solve(x, formulation)
        let s = out.solution
        #expect(s.status == .infeasible && s.objective == nil)
        #expect(s.placements.map(\.newHire) == ["N1"] && s.placements.first?.destination == "S2")
        #expect(s.unplaced == [.init(newHire: "N2", rule: "training.5.4.vacancies")])
        #expect(s.metrics.first { $0.0 == "placed" }?.1 == 1)
        let lines = english(out.explanations, x)
        #expect(lines.first?.hasPrefix("§5 rule 4 vacancies: no music vacancy opens within 2 years") == true, "\(lines)")
        #expect(lines.first?.contains("for N2 (N2新)") == true, "\(lines)")
        // The checker accepts it as partial: no violation, the claim stated.
        let report = SolutionChecker.check(s, against: x)
        #expect(report.passed, "\(report.violations)")
        #expect(report.unverified.map(\.claim).contains(.partial(placed: 1, of: 2, unplaced: ["N2"])), "\(report.unverified)")
        #expect(report.unverified.first.map { CheckText.line($0).en } == "partial: 1 of 2 hires placed, every placement holds; §5 rule 1 fails for N2")
    }

    @Test func theLibraryDefaultStaysAsStated() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1")], hires: [Micro.hire("N1"), Micro.hire("N2", "music")],
                                   vacancies: [Micro.vacancy("S2")])
        let s = try TrainingSolve.run(x).solution
        #expect(s.status == .infeasible && s.placements.isEmpty && s.unplaced.isEmpty)
    }

    @Test func vacanciesTakenNameWhoTookThem() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: 3)],
                                   hires: [Micro.hire("N1", preferences: ["S2"]), Micro.hire("N2")], vacancies: [Micro.vacancy("S2")])
        let out = try Self.solve(x)
        #expect(out.solution.placements.count == 1)
        let left = out.solution.unplaced.map(\.newHire), placed = out.solution.placements[0].newHire
        #expect(out.solution.unplaced.map(\.rule) == ["training.5.4.vacancies"])
        #expect(english(out.explanations, x).first == "§5 rule 4 vacancies: \(left[0]) (\(left[0])新) is not placed: the math vacancies opening within 2 years (training.maxYears) at S2 (S2校) are taken by \(placed) (\(placed)新)")
        #expect(words(out.explanations, x).first?.zh.contains("空缺岗位已由 \(placed)") == true)
    }

    @Test func mentorsTakenNameWhoUsesThem() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: 1)], hires: [Micro.hire("N1"), Micro.hire("N2")],
                                   vacancies: [Micro.vacancy("S2"), Micro.vacancy("S3")])
        let out = try Self.solve(x)
        #expect(out.solution.placements.count == 1 && out.solution.unplaced.map(\.rule) == ["training.5.3.capacity"])
        let line = english(out.explanations, x).first ?? ""
        #expect(line.hasPrefix("§5 rule 3 mentors: ") && line.contains("the math mentors at S1 (S1校) can mentor 1 new hires"), "\(line)")
        #expect(SolutionChecker.check(out.solution, against: x).passed)
    }

    @Test func theFileHoldsTheUnplacedHiresAndReadsBack() throws {
        let x = try Micro.instance(teachers: [Micro.teacher("T1", at: "S1")], hires: [Micro.hire("N1"), Micro.hire("N2", minYears: 3)],
                                   vacancies: [Micro.vacancy("S2")])
        let s = try Self.solve(x).solution
        #expect(s.unplaced == [.init(newHire: "N2", rule: "training.5.years")])
        let text = SolutionFile.json(s, timing: false)
        #expect(text.contains("\"unplaced\": [\n  {\"newHire\": \"N2\", \"rule\": \"training.5.years\"}"), "\(text)")
        let back = try SolutionFile.read(bytes: Array(text.utf8), file: "p.json")
        #expect(back.unplaced == s.unplaced && back.placements == s.placements)
        // A rule that is not §5's is refused, naming the field.
        let bad = text.replacingOccurrences(of: "\"training.5.years\"", with: "\"exchange.4.2.volume\"")
        #expect(throws: InstanceError.self) { try SolutionFile.read(bytes: Array(bad.utf8), file: "p.json") }
        // A hire both placed and listed breaks rule 1.
        var spoilt = s
        spoilt.unplaced.append(.init(newHire: "N1", rule: "training.5.4.vacancies"))
        #expect(SolutionChecker.check(spoilt, against: x).violations.map(\.rule) == [.trainingOnce])
        // Leaving out a hire without listing them breaks rule 1 too.
        spoilt = s
        spoilt.placements = []
        #expect(SolutionChecker.check(spoilt, against: x).violations.map(\.rule) == [.trainingOnce])
    }

    /// Brute force: on the seeds whose §5 is infeasible, every way of placing some hires
    /// (each hire one of their options or none) is judged by the checker as a partial plan;
    /// the solve places as many as the best of them, with the best §5 objective among those.
    @Test(arguments: 0..<BruteForce.chunks)
    func placesTheMostAnyPlanCan(_ chunk: Int) throws {
        var infeasible = 0
        for seed in BruteForce.seeds(chunk: chunk) {
            let x = try TrainingBruteForceTests.randomInstance(seed: seed)
            guard TrainingBruteForceTests.bruteForce(x) == nil else { continue }
            infeasible += 1
            let best = Self.mostPlaced(x)
            let out = try Self.solve(x, seed % 2 == 0 ? .aggregated : .plain).solution
            #expect(out.placements.count == best.count, "seed \(seed): \(out.placements.count) placed, brute force \(best.count)")
            #expect(out.unplaced.count == x.newHires.count - out.placements.count, "seed \(seed)")
            if out.isPartial {
                #expect(SolutionChecker.check(out, against: x).passed, "seed \(seed)")
                let objective = out.metrics.first { $0.0 == "partialObjective" }?.1
                #expect(objective.map { CheckReport.close($0, best.objective ?? .nan) } == true,
                        "seed \(seed): objective \(String(describing: objective)), brute force \(String(describing: best.objective))")
            }
        }
        BruteForce.note("training partial", chunk: chunk, "\(infeasible) infeasible seeds")
    }

    /// The most hires any partial plan places, and the best §5 objective among such plans
    /// (recomputed by the checker on the instance of the hires placed).
    static func mostPlaced(_ x: Instance) -> (count: Int, objective: Double?) {
        let options = TrainingBruteForceTests.options(x).map { $0.map(Optional.some) + [nil] }
        let total = options.reduce(1) { $0 * $1.count }
        var best: (count: Int, objective: Double?) = (0, nil)
        for i in 0..<total {
            var plan = Solution(problem: .training, instance: x.name, status: .infeasible)
            var rest = i
            for (n, choices) in options.enumerated() {
                if let p = choices[rest % choices.count] { plan.placements.append(p) } else {
                    plan.unplaced.append(.init(newHire: x.newHires[n].id.rawValue, rule: RuleID.trainingOnce.rawValue))
                }
                rest /= choices.count
            }
            guard plan.placements.count >= best.count, plan.isPartial || plan.placements.isEmpty,
                  SolutionChecker.check(plan, against: x).violations.isEmpty else { continue }
            var y = x
            let placed = Set(plan.placements.map(\.newHire))
            y.newHires = x.newHires.filter { placed.contains($0.id.rawValue) }
            var whole = plan
            whole.status = .optimal
            whole.unplaced = []
            let v = SolutionChecker.check(whole, against: y).recomputedObjective
            if plan.placements.count > best.count || (v != nil && best.objective.map { v! < $0 } ?? true) {
                best = (plan.placements.count, v)
            }
        }
        return best
    }
}
