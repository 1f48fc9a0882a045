import RotaplanChecker
import RotaplanDomain

/// `rotaplan check` and `--verify` in words: each violation as `§4.2 volume: group G1
/// moves 1 of 12 eligible teachers; …` (`§4.2 交流比例：…`), each claim that cannot be
/// verified as `status infeasible: the checker cannot verify …`.
public enum CheckText {
    /// The rule as the checker names it: its section, then its short name where the
    /// section has several rules (`4.2 volume`, `6.6 travel`, `8`, `pins`).
    public static func label(_ rule: RuleID) -> Bilingual {
        switch rule {
        case .exchangeMove, .exchangeModel, .trainingPlacement, .trainingModel, .walkingTimetable, .walkingSlot, .solutionFile, .pin:
            return Bilingual(en: rule.section, zh: rule.section)
        case .trainingOnce:
            return Bilingual(en: "\(rule.section) once", zh: "\(rule.section) \(rule.name.zh)")
        case .exchangeEligibility, .exchangeDestination, .exchangeTravel, .exchangeOnce, .exchangeVolume, .exchangeBackbone,
             .exchangeCore, .exchangeHeadcount, .exchangeSubject, .exchangeBudget, .exchangeMentorReserve, .exchangeBalanceTerm,
             .exchangeTravelTerm, .exchangePreferenceTerm, .exchangeShortageTerm, .exchangeCostTerm, .exchangeRuralTerm,
             .trainingHost, .trainingMentor, .trainingYears, .trainingDestination, .trainingHostLink, .trainingCapacity,
             .trainingVacancies, .trainingMentorTerm, .trainingPreferenceTerm, .trainingPriorityTerm, .trainingYearTerm,
             .walkingReach, .walkingOneTeacher, .walkingDemand, .walkingOnePlace, .walkingOneLesson, .walkingSpread,
             .walkingTravel, .walkingSchoolsPerDay, .walkingLoad, .walkingUncoveredTerm, .walkingVisitTerm, .walkingTravelTerm,
             .solutionUncovered, .groupsMaxSchools, .groupsMaxStudents, .groupsSameStage, .groupsOnePartnerPerDistrict,
             .groupsTermYears, .groupsNewSchoolsInGroup:
            return Bilingual(en: "\(rule.section) \(rule.name.en)", zh: "\(rule.section) \(rule.name.zh)")
        }
    }

    /// A plan's stage before what was found in it: `training stage: ` / `首站式培育阶段：`.
    static func stage(_ p: Solution.Problem?) -> Bilingual {
        guard let p else { return Bilingual(en: "", zh: "") }
        return Bilingual(en: "\(p.rawValue) stage: ", zh: "\(p.zh)阶段：")
    }

    /// What was found, after the stage: `training stage: N01's mentor T10 works at S3, …`.
    public static func message(_ v: CheckReport.Violation, in x: Instance) -> Bilingual {
        let body = FindingText.sentence(v.finding, in: x), at = stage(v.stage)
        return Bilingual(en: at.en + body.en, zh: at.zh + body.zh)
    }

    /// The whole line: `§5 mentors: training stage: N01's mentor T10 works at S3, not at the host S1`.
    public static func line(_ v: CheckReport.Violation, in x: Instance) -> Bilingual {
        let l = label(v.rule)
        return message(v, in: x).prefixed(en: "§\(l.en): ", zh: "§\(l.zh)：")
    }

    /// A claim the checker cannot verify: `status infeasible: the checker cannot verify that
    /// no plan exists; re-solve to confirm`.
    public static func line(_ u: CheckReport.Unverified) -> Bilingual {
        let text: Bilingual
        switch u.claim {
        case .infeasible:
            text = Bilingual(en: "status infeasible: the checker cannot verify that no plan exists; re-solve to confirm",
                             zh: "状态 infeasible：检查程序无法验证方案不存在；请重新求解确认")
        case .noSolution:
            text = Bilingual(en: "status no-solution: the file holds no plan, so there is nothing to verify; re-solve (with more time) to get one",
                             zh: "状态 no-solution：文件中没有方案，无可验证；请（用更长时间）重新求解")
        case let .gapWithoutBound(gap):
            let g = FindingParts.figure(gap)
            text = Bilingual(en: "gap \(g) without a bound: the checker cannot verify it; give the bound it was measured against",
                             zh: "gap \(g) 没有给出界：检查程序无法验证；请给出计算它所用的界")
        case let .partial(placed, of, unplaced):
            let ids = unplaced.joined(separator: ", ")
            text = Bilingual(en: "partial: \(placed) of \(of) hires placed, every placement holds; §5 rule 1 fails for \(ids)",
                             zh: "部分方案：\(of) 名新教师中已安排 \(placed) 名，每项安排均满足规则；\(ids) 不满足 §5 规则 1")
        case .notRun:
            let part = u.stage?.rawValue ?? "plan"
            text = Bilingual(en: "not run: the plan has no \(part) part to verify; re-solve to complete it",
                             zh: "未运行：方案没有可验证的 \(part) 部分；请重新求解以补全")
        }
        let at = stage(u.stage)
        return Bilingual(en: at.en + text.en, zh: at.zh + text.zh)
    }

    /// Every finding of a report as lines in `language`: `violation: …` for each broken
    /// rule, then `not verified: …` for each claim (what `rotaplan check` prints after the
    /// file name).
    public static func lines(_ report: CheckReport, _ x: Instance, _ language: Language) -> [String] {
        let (violation, unverified) = language == .en ? ("violation: ", "not verified: ") : ("违反规则：", "未能验证：")
        return report.violations.map { violation + line($0, in: x).text(language) }
            + report.unverified.map { unverified + line($0).text(language) }
    }
}
