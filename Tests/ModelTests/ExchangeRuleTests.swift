import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels
import RotaplanFormats

/// One hand-worked micro-instance per hard rule of the exchange (MODEL.md §4, rules 1–7).
///
/// Each instance is small enough to enumerate every plan by hand (worked out in the
/// comment above it). In each, the rule binds: the optimum with the rule differs from the
/// optimum of the same instance with the rule relaxed (a policy or instance change after
/// which the rule cannot bind). The test asserts both optima — plan and objective — for
/// both formulations, and that the independent checker, run against the strict instance,
/// rejects the relaxed plan for exactly that rule: the model and the checker read the
/// rule the same way.
///
/// To keep the arithmetic visible, most objective weights are 0. Two devices recur:
/// `travelHour` 60 makes a move cost its travel minutes, and `travelHour` 6 with
/// `ruralForTitle` 10 makes a title-seeking teacher's move to a rural school worth
/// −10 + minutes/10 (the reward gives the plan a reason to move people). Every instance
/// goes through the loader and the real solver. All teachers have 10 years at their
/// school (eligible) unless they have 2 (not eligible: they only count as staff).
@Suite struct ExchangeRuleTests {
    static func load(_ json: String) throws -> Instance {
        try InstanceLoader.load(bytes: Array(json.utf8), file: "rule.json").instance
    }

    static func plan(_ s: Solution) -> [String] { s.exchanges.map { "\($0.teacher)→\($0.to)" } }

    /// Solves `strict` and `relaxed` in both formulations and checks the hand-worked optima,
    /// then checks that the relaxed optimum breaks exactly `rule` of the strict instance.
    static func expectRuleBinds(
        _ rule: RuleID, strict: Instance, relaxed: Instance,
        plan want: [String], objective: Double,
        relaxedPlan wantRelaxed: [String], relaxedObjective: Double,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(relaxedObjective < objective, "the rule must cost something", sourceLocation: sourceLocation)
        for f in ExchangeModel.Formulation.allCases {
            let s = try ExchangeSolve.run(strict, formulation: f).solution
            #expect(s.status == .optimal, "\(f) strict: \(s.status)", sourceLocation: sourceLocation)
            #expect(plan(s) == want, "\(f) strict", sourceLocation: sourceLocation)
            let got = try #require(s.objective, sourceLocation: sourceLocation)
            #expect(CheckReport.close(got, objective), "\(f) strict: got \(got), hand-worked \(objective)", sourceLocation: sourceLocation)
            let strictReport = SolutionChecker.check(s, against: strict)
            #expect(strictReport.passed, "\(f) strict: \(strictReport.violations)", sourceLocation: sourceLocation)

            let r = try ExchangeSolve.run(relaxed, formulation: f).solution
            #expect(r.status == .optimal, "\(f) relaxed: \(r.status)", sourceLocation: sourceLocation)
            #expect(plan(r) == wantRelaxed, "\(f) relaxed", sourceLocation: sourceLocation)
            let gotRelaxed = try #require(r.objective, sourceLocation: sourceLocation)
            #expect(CheckReport.close(gotRelaxed, relaxedObjective), "\(f) relaxed: got \(gotRelaxed), hand-worked \(relaxedObjective)",
                    sourceLocation: sourceLocation)
            #expect(SolutionChecker.check(r, against: relaxed).passed, sourceLocation: sourceLocation)

            // The relaxed plan, judged by the strict rules: that rule and no other.
            let v = SolutionChecker.check(r, against: strict).violations
            #expect(v.contains { $0.rule == rule }, "\(f): \(v)", sourceLocation: sourceLocation)
            #expect(v.allSatisfy { $0.rule == rule }, "\(f): \(v)", sourceLocation: sourceLocation)
        }
    }

    // MARK: §4.1 at most one move per teacher

    /// S1 core; S2, S3 rural. Travel S1–S2 10, S1–S3 20, S2–S3 30 min.
    /// Weights: ruralForTitle 10, travelHour 6 (a move costs minutes/10), the rest 0.
    /// T1, T2 at S1: identical title seekers (one class of two in the aggregated model).
    /// T3 at S2 (eligible, not seeking), T4 at S3 (not eligible).
    ///
    /// Moves: T1/T2→S2 −10 + 1 = −9, T1/T2→S3 −10 + 2 = −8; T3→S1 +1, T3→S3 +3 (no reward:
    /// not seeking). Every other rule is slack (minRate 0, shares 0/1, tolerance 10).
    /// With §4.1 each seeker takes the best post once: T1→S2, T2→S2, objective −18.
    /// Without §4.1 each seeker would take both rural posts: 2 · (−9 − 8) = −34.
    ///
    /// §4.1 has no policy switch, so the relaxed optimum is built by hand: the plan
    /// moving T1 and T2 twice each. The model's own objective prices it at −34 (so only
    /// §4.1 stands between the solver and it), and the checker rejects it for §4.1 alone.
    static let once = """
        {"format": "rotaplan-instance/1", "name": "rule 4.1",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 0, "minBackboneShare": 0, "maxCoreBackboneOutShare": 1, "headcountTolerance": 10},
                    "weights": {"exchange": {"balance": 0, "travelHour": 6, "preferenceRank": 0, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 10}}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2", "S3"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "D", "stage": "primary", "tags": ["rural"]},
                     {"id": "S3", "name": "S3", "district": "D", "stage": "primary", "tags": ["rural"]}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 10}, {"from": "S1", "to": "S3", "minutes": 20},
                    {"from": "S2", "to": "S3", "minutes": 30}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10, "seekingSeniorTitle": true},
           {"id": "T2", "name": "T2", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10, "seekingSeniorTitle": true},
           {"id": "T3", "name": "T3", "school": "S2", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T4", "name": "T4", "school": "S3", "subject": "math", "title": "first", "yearsAtSchool": 2}]}
        """

    @Test func rule1OneMovePerTeacher() throws {
        let x = try Self.load(Self.once)
        let twice = ["T1→S2", "T1→S3", "T2→S2", "T2→S3"]
        for f in ExchangeModel.Formulation.allCases {
            let s = try ExchangeSolve.run(x, formulation: f).solution
            #expect(s.status == .optimal)
            #expect(Self.plan(s) == ["T1→S2", "T2→S2"], "\(f)")
            #expect(CheckReport.close(s.objective!, -18), "\(f): \(s.objective!)")
            #expect(SolutionChecker.check(s, against: x).passed)

            // The relaxed optimum, priced by the model itself: every chosen variable of
            // `twice` set (aggregated: y[{T1,T2},S2] = y[{T1,T2},S3] = 2, within their
            // bounds 0…2 — only the row Σ_s y ≤ 2 of §4.1 forbids it).
            let built = try ExchangeModel(x, formulation: f)
            var values = [Double](repeating: 0, count: built.model.variableCount)
            for m in built.moves where ["T1", "T2"].contains(x.teachers[m.teacher].id.rawValue) {
                let upper = built.model.bounds(of: m.variable).upperBound
                values[m.variable.index] = upper  // 1 per teacher (plain), 2 per class (aggregated)
                #expect(upper == (f == .plain ? 1 : 2))
            }
            #expect(CheckReport.close(built.model.objectiveValue(built.tightened(values)), -34), "\(f)")
        }
        var relaxed = try ExchangeSolve.run(x).solution
        relaxed.exchanges = twice.map { let p = $0.split(separator: "→"); return .init(teacher: String(p[0]), from: "S1", to: String(p[1])) }
        relaxed.objective = -34
        relaxed.bound = -34  // the header stays consistent: only §4.1 is broken
        let v = SolutionChecker.check(relaxed, against: x).violations
        #expect(v.filter { $0.rule == .exchangeOnce }.count == 2, "\(v)")  // T1 and T2 are each moved twice
        #expect(v.allSatisfy { $0.rule == .exchangeOnce }, "\(v)")
    }

    // MARK: §4.2 volume

    /// S1 core, S2, S3. Travel S1–S2 10, S1–S3 20, S2–S3 40. travelHour 60: a move costs
    /// its minutes; every other weight 0, every other rule slack (tolerance 10).
    /// Eligible: T1 (S1), T2 (S2), T3 (S3); T4 at S1 is not. |E| = 3, minRate 0.5:
    /// ⌈1.5⌉ = 2 teachers must move.
    ///
    /// Cheapest move of each: T1→S2 10 (→S3 20), T2→S1 10 (→S3 40), T3→S1 20 (→S2 40).
    /// Two different teachers: T1+T2 = 20, T1+T3 = 30, T2+T3 = 30.
    /// With §4.2: T1→S2, T2→S1, objective 20. Relaxed (minRate 0): nobody moves, 0.
    static let volume = """
        {"format": "rotaplan-instance/1", "name": "rule 4.2",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 0.5, "minBackboneShare": 0, "maxCoreBackboneOutShare": 1, "headcountTolerance": 10},
                    "weights": {"exchange": {"balance": 0, "travelHour": 60, "preferenceRank": 0, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 0}}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2", "S3"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "D", "stage": "primary"},
                     {"id": "S3", "name": "S3", "district": "D", "stage": "primary"}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 10}, {"from": "S1", "to": "S3", "minutes": 20},
                    {"from": "S2", "to": "S3", "minutes": 40}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T2", "name": "T2", "school": "S2", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T3", "name": "T3", "school": "S3", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T4", "name": "T4", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 2}]}
        """

    @Test func rule2Volume() throws {
        let x = try Self.load(Self.volume)
        #expect(ExchangeModel.requiredMovers(eligible: 3, minRate: 0.5) == 2)
        var relaxed = x
        relaxed.policy.exchange.minRate = 0
        try Self.expectRuleBinds(.exchangeVolume, strict: x, relaxed: relaxed,
                                 plan: ["T1→S2", "T2→S1"], objective: 20,
                                 relaxedPlan: [], relaxedObjective: 0)
    }

    // MARK: §4.3 backbone share

    /// S1 core, S2, S3. Travel S1–S2 10, S1–S3 20, S2–S3 30. travelHour 60 (a move costs
    /// its minutes). Tolerance 0: every school receives as many as it sends (only swaps
    /// and 3-cycles). Eligible: T1 (S1), T2 (S2), T3 (S3, backbone); T4 at S2 is not.
    /// minRate 0.5 → 2 movers; minBackboneShare 0.5 → backbone movers ≥ movers / 2.
    ///
    /// Swaps: T1↔T2 10 + 10 = 20 (no backbone), T1↔T3 20 + 20 = 40 (1 of 2), T2↔T3 30 + 30 = 60.
    /// 3-cycles (10 + 30 + 20 = 60 either way) have 1 backbone of 3 < 1.5.
    /// With §4.3: T1→S3, T3→S1, objective 40. Relaxed (share 0): T1→S2, T2→S1, 20.
    static let backbone = """
        {"format": "rotaplan-instance/1", "name": "rule 4.3",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 0.5, "minBackboneShare": 0.5, "maxCoreBackboneOutShare": 1, "headcountTolerance": 0},
                    "weights": {"exchange": {"balance": 0, "travelHour": 60, "preferenceRank": 0, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 0}}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2", "S3"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "D", "stage": "primary"},
                     {"id": "S3", "name": "S3", "district": "D", "stage": "primary"}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 10}, {"from": "S1", "to": "S3", "minutes": 20},
                    {"from": "S2", "to": "S3", "minutes": 30}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T2", "name": "T2", "school": "S2", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T3", "name": "T3", "school": "S3", "subject": "math", "title": "senior", "backbone": true, "yearsAtSchool": 10},
           {"id": "T4", "name": "T4", "school": "S2", "subject": "math", "title": "first", "yearsAtSchool": 2}]}
        """

    @Test func rule3BackboneShare() throws {
        let x = try Self.load(Self.backbone)
        var relaxed = x
        relaxed.policy.exchange.minBackboneShare = 0
        try Self.expectRuleBinds(.exchangeBackbone, strict: x, relaxed: relaxed,
                                 plan: ["T1→S3", "T3→S1"], objective: 40,
                                 relaxedPlan: ["T1→S2", "T2→S1"], relaxedObjective: 20)
    }

    // MARK: §4.4 core protection

    /// S1 core; S2, S3 rural. Travel S1–S2 10, S1–S3 20, S2–S3 30. Weights: ruralForTitle
    /// 10, travelHour 6 (minutes/10), preferenceRank 1, the rest 0. Tolerance 10.
    /// At the core: T1 (backbone, seeking, prefers [S2]), T2 (backbone, NOT eligible),
    /// T3 (backbone, seeking, prefers [S3]). T4 at S2 (eligible, not seeking), T5 at S3 (not eligible).
    /// maxCoreBackboneOutShare 0.4 of the core's 3 backbone teachers (eligible or not, §10)
    /// = 1.2: one may leave. (Counting only eligible ones, 0.8, no one could.)
    ///
    /// Moves (reward + travel + preference; a list of one ranks others at 2):
    /// T1→S2 −10 + 1 + 0 = −9, T1→S3 −10 + 2 + 2 = −6, T3→S2 −10 + 1 + 2 = −7,
    /// T3→S3 −10 + 2 + 0 = −8; T4→S1 +1, T4→S3 +3.
    /// With §4.4: T1→S2, objective −9. Relaxed (share 1): T1→S2, T3→S3, −17.
    static let core = """
        {"format": "rotaplan-instance/1", "name": "rule 4.4",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 0, "minBackboneShare": 0, "maxCoreBackboneOutShare": 0.4, "headcountTolerance": 10},
                    "weights": {"exchange": {"balance": 0, "travelHour": 6, "preferenceRank": 1, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 10}}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2", "S3"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "D", "stage": "primary", "tags": ["rural"]},
                     {"id": "S3", "name": "S3", "district": "D", "stage": "primary", "tags": ["rural"]}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 10}, {"from": "S1", "to": "S3", "minutes": 20},
                    {"from": "S2", "to": "S3", "minutes": 30}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "first", "backbone": true, "yearsAtSchool": 10,
            "seekingSeniorTitle": true, "preferences": ["S2"]},
           {"id": "T2", "name": "T2", "school": "S1", "subject": "math", "title": "senior", "backbone": true, "yearsAtSchool": 2},
           {"id": "T3", "name": "T3", "school": "S1", "subject": "math", "title": "first", "backbone": true, "yearsAtSchool": 10,
            "seekingSeniorTitle": true, "preferences": ["S3"]},
           {"id": "T4", "name": "T4", "school": "S2", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T5", "name": "T5", "school": "S3", "subject": "math", "title": "first", "yearsAtSchool": 2}]}
        """

    @Test func rule4CoreProtection() throws {
        let x = try Self.load(Self.core)
        var relaxed = x
        relaxed.policy.exchange.maxCoreBackboneOutShare = 1
        try Self.expectRuleBinds(.exchangeCore, strict: x, relaxed: relaxed,
                                 plan: ["T1→S2"], objective: -9,
                                 relaxedPlan: ["T1→S2", "T3→S3"], relaxedObjective: -17)
    }

    // MARK: §4.5 headcount

    /// S1 core; S2, S3 rural. Travel S1–S2 10, S1–S3 20, S2–S3 30. Weights: ruralForTitle
    /// 10, travelHour 6 (minutes/10), the rest 0. Tolerance 0 (two-way exchange).
    /// T1 at S1 seeks the senior title; T2 (S2) and T3 (S3) are eligible, not seeking;
    /// T4 at S1 is not eligible.
    ///
    /// Moves: T1→S2 −9, T1→S3 −8; T2→S1 +1, T2→S3 +3; T3→S1 +2, T3→S2 +3.
    /// With tolerance 0 the moves form cycles; those with T1: T1↔T2 −9 + 1 = −8,
    /// T1↔T3 −8 + 2 = −6, T1→S2→S3→S1 −9 + 3 + 2 = −4, T1→S3→S2→S1 −8 + 3 + 1 = −4.
    /// With §4.5: T1→S2, T2→S1, objective −8. Relaxed (tolerance 10): T1→S2 alone, −9.
    static let headcount = """
        {"format": "rotaplan-instance/1", "name": "rule 4.5",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 0, "minBackboneShare": 0, "maxCoreBackboneOutShare": 1, "headcountTolerance": 0},
                    "weights": {"exchange": {"balance": 0, "travelHour": 6, "preferenceRank": 0, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 10}}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2", "S3"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "D", "stage": "primary", "tags": ["rural"]},
                     {"id": "S3", "name": "S3", "district": "D", "stage": "primary", "tags": ["rural"]}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 10}, {"from": "S1", "to": "S3", "minutes": 20},
                    {"from": "S2", "to": "S3", "minutes": 30}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10, "seekingSeniorTitle": true},
           {"id": "T2", "name": "T2", "school": "S2", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T3", "name": "T3", "school": "S3", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T4", "name": "T4", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 2}]}
        """

    @Test func rule5Headcount() throws {
        let x = try Self.load(Self.headcount)
        var relaxed = x
        relaxed.policy.exchange.headcountTolerance = 10
        try Self.expectRuleBinds(.exchangeHeadcount, strict: x, relaxed: relaxed,
                                 plan: ["T1→S2", "T2→S1"], objective: -8,
                                 relaxedPlan: ["T1→S2"], relaxedObjective: -9)
    }

    // MARK: §4.6 subject floors

    /// S1 core, S2 (required math 1), S3 rural. Travel S1–S2 10, S1–S3 20, S2–S3 10.
    /// Weights: ruralForTitle 10, travelHour 6 (minutes/10), shortage 0 (so only the hard
    /// rule guards S2's math), the rest 0. Tolerance 10.
    /// T1 at S1 math (eligible), T2 at S2 math (eligible, seeking), T3 at S1 music
    /// (eligible), T4 at S3 music (not eligible).
    /// S2 has 1 math teacher and needs 1: final ≥ min(1, 1) = 1, so T2 may leave only if
    /// a math teacher comes in — T1 is the only one who can.
    ///
    /// Moves: T2→S3 −10 + 1 = −9; T1→S2 +1; every other move costs travel and gains nothing.
    /// With §4.6: T1→S2, T2→S3, objective −8. Relaxed (no requirement at S2): T2→S3, −9.
    static let subjects = """
        {"format": "rotaplan-instance/1", "name": "rule 4.6",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 0, "minBackboneShare": 0, "maxCoreBackboneOutShare": 1, "headcountTolerance": 10},
                    "weights": {"exchange": {"balance": 0, "travelHour": 6, "preferenceRank": 0, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 10}}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2", "S3"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "D", "stage": "primary", "required": {"math": 1}},
                     {"id": "S3", "name": "S3", "district": "D", "stage": "primary", "tags": ["rural"]}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 10}, {"from": "S1", "to": "S3", "minutes": 20},
                    {"from": "S2", "to": "S3", "minutes": 10}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T2", "name": "T2", "school": "S2", "subject": "math", "title": "first", "yearsAtSchool": 10, "seekingSeniorTitle": true},
           {"id": "T3", "name": "T3", "school": "S1", "subject": "music", "title": "first", "yearsAtSchool": 10},
           {"id": "T4", "name": "T4", "school": "S3", "subject": "music", "title": "first", "yearsAtSchool": 2}]}
        """

    @Test func rule6SubjectFloors() throws {
        let x = try Self.load(Self.subjects)
        var relaxed = x
        relaxed.schools[1].required = [:]
        try Self.expectRuleBinds(.exchangeSubject, strict: x, relaxed: relaxed,
                                 plan: ["T1→S2", "T2→S3"], objective: -8,
                                 relaxedPlan: ["T2→S3"], relaxedObjective: -9)
    }

    // MARK: §4.7 budget

    /// S1 core, S2 rural, S3; all in district D. Travel S1–S2 10, S1–S3 30, S2–S3 30.
    /// Cost: allowancePerDay 80 · workdaysPerYear 200 = 16000 yuan a year for a move to
    /// the rural S2, 0 to S3 (same district, no transport); budgetPerGroup 20000 pays for
    /// one rural move. Weights: travelHour 60 (a move costs its minutes), preferenceRank 1,
    /// the rest 0 (costPer10k too: only the hard rule limits spending). Tolerance 10.
    /// Eligible: T1, T2 at S1 (T2 prefers [S3]: S2 ranks 2); T3 (S2), T4 (S3) are not.
    /// minRate 1: both must move.
    ///
    /// Moves: T1→S2 10, T1→S3 30, T2→S2 10 + 2 = 12, T2→S3 30 + 0 = 30.
    /// Relaxed (no budget): both to S2, 22 (32000 yuan). With §4.7 at most one goes to S2:
    /// T1→S2 + T2→S3 = 40, T1→S3 + T2→S2 = 42, both to S3 60.
    /// With §4.7: T1→S2, T2→S3, objective 40.
    static let budget = """
        {"format": "rotaplan-instance/1", "name": "rule 4.7",
         "policy": {"preset": "national",
                    "exchange": {"minRate": 1, "minBackboneShare": 0, "maxCoreBackboneOutShare": 1, "headcountTolerance": 10},
                    "cost": {"allowancePerDay": 80, "workdaysPerYear": 200, "budgetPerGroup": 20000},
                    "weights": {"exchange": {"balance": 0, "travelHour": 60, "preferenceRank": 1, "shortage": 0,
                                             "costPer10k": 0, "ruralForTitle": 0}}},
         "groups": [{"id": "G1", "name": "G1", "type": "tight", "core": "S1", "members": ["S2", "S3"]}],
         "schools": [{"id": "S1", "name": "S1", "district": "D", "stage": "primary", "tags": ["core"]},
                     {"id": "S2", "name": "S2", "district": "D", "stage": "primary", "tags": ["rural"]},
                     {"id": "S3", "name": "S3", "district": "D", "stage": "primary"}],
         "travel": [{"from": "S1", "to": "S2", "minutes": 10}, {"from": "S1", "to": "S3", "minutes": 30},
                    {"from": "S2", "to": "S3", "minutes": 30}],
         "teachers": [
           {"id": "T1", "name": "T1", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10},
           {"id": "T2", "name": "T2", "school": "S1", "subject": "math", "title": "first", "yearsAtSchool": 10, "preferences": ["S3"]},
           {"id": "T3", "name": "T3", "school": "S2", "subject": "math", "title": "first", "yearsAtSchool": 2},
           {"id": "T4", "name": "T4", "school": "S3", "subject": "math", "title": "first", "yearsAtSchool": 2}]}
        """

    @Test func rule7Budget() throws {
        let x = try Self.load(Self.budget)
        var relaxed = x
        relaxed.policy.cost.budgetPerGroup = nil
        try Self.expectRuleBinds(.exchangeBudget, strict: x, relaxed: relaxed,
                                 plan: ["T1→S2", "T2→S3"], objective: 40,
                                 relaxedPlan: ["T1→S2", "T2→S2"], relaxedObjective: 22)
    }
}
