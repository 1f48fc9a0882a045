import Testing
import RotaplanChecker
import RotaplanDomain
import RotaplanModels
import RotaplanText

/// §2 eligibility (rule `exchange.4.eligibility`): the checker names the reason a moved
/// teacher is not eligible, derived by itself from the teacher's fields and the policy.
@Suite struct CheckEligibilityTests {
    @Test func aTeacherNearRetirementIsNamedAsSuch() throws {
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        let good = try ExchangeSolve.run(x).solution
        let moved = try #require(good.exchanges.first)
        let t = try #require(x.teacherIndex[TeacherID(moved.teacher)])
        x.teachers[t].yearsToRetirement = 2
        x.policy.exchange.retirementExemptYears = 3
        let report = SolutionChecker.check(good, against: x)
        let v = try #require(report.violations.first { $0.rule == .exchangeEligibility })
        #expect(CheckText.message(v, in: x).en == "\(moved.teacher) (\(x.teachers[t].name)) is not eligible: 2 years from retirement, within exchange.retirementExemptYears 3",
                "\(CheckText.message(v, in: x).en)")
        #expect(CheckText.lines(report, x, .en).contains("violation: " + CheckText.line(v, in: x).en))
        #expect(CheckText.lines(report, x, .zh).contains("违反规则：" + CheckText.line(v, in: x).zh))
        #expect(CheckText.line(v, in: x).zh == "§4 交流资格：\(moved.teacher)（\(x.teachers[t].name)） 不符合交流条件：距退休 2 年，在 exchange.retirementExemptYears（3 年）以内")
    }

    /// Every reason that applies is named, in the order of §2 E's tests.
    @Test func everyFailedTestIsNamed() throws {
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        let good = try ExchangeSolve.run(x).solution
        let moved = try #require(good.exchanges.first)
        let t = try #require(x.teacherIndex[TeacherID(moved.teacher)])
        x.teachers[t].exempt = true
        x.teachers[t].yearsAtSchool = 2
        x.policy.exchange.minYearsAtSchool = 6
        let v = try #require(SolutionChecker.check(good, against: x).violations.first { $0.rule == .exchangeEligibility })
        let home = x.schools[x.teachers[t].school].id
        #expect(CheckText.line(v, in: x).en
                == "§4 eligibility: \(x.label(teacher: t).en) is not eligible: 2 years at \(home), fewer than the 6 exchange.minYearsAtSchool asks; they are exempt")
    }

    /// §11: a teacher in the middle of an exchange term is not in E; the checker derives it
    /// itself and its finding says why.
    @Test func aTeacherOnAnExchangeTermIsNamedAsSuch() throws {
        var x = try instance(examples.appendingPathComponent("tiny-luohe.json").path)
        let good = try ExchangeSolve.run(x).solution
        let moved = try #require(good.exchanges.first)
        let t = try #require(x.teacherIndex[TeacherID(moved.teacher)])
        let other = try #require(x.schools.indices.first { $0 != x.teachers[t].school })
        x.year = 2025
        x.teachers[t].onExchange = OnExchange(from: other, since: 2024, termYears: 3)
        let v = try #require(SolutionChecker.check(good, against: x).violations.first { $0.rule == .exchangeEligibility })
        #expect(CheckText.line(v, in: x).en
                == "§4 eligibility: \(x.label(teacher: t).en) is not eligible: they are in the middle of an exchange term (§11)")
        #expect(CheckText.line(v, in: x).zh.hasSuffix("不符合交流条件：该教师正在交流期内（§11）"))
    }
}
