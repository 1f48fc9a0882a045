import RotaplanDomain
import RotaplanText

/// The plan in plain words, for the top of the page and of summary.md: a banner when the
/// plan is not a proven optimum of every stage, and one sentence per stage.
extension PlanReport {
    /// How sure the plan is: `ok` (every stage proven optimal and nothing left out),
    /// `warn` (a plan, but a shortfall — walking periods uncovered, new hires a partial
    /// training plan leaves out —, not proven optimal, or interrupted), `bad` (a stage has
    /// no plan at all). A shortfall comes first: the plan is optimal only for what it could
    /// do (`6 of 9 walking periods could not be covered: …; for the rest the plan is optimal.`).
    enum BannerKind: String { case ok, warn, bad }

    func banner(_ lang: ReportLanguage) -> (kind: BannerKind, text: String) {
        // A partial training plan (docs/training.md) is a shortfall, not a missing stage.
        let missing = stages.filter { !PlanMetrics.hasPlan($0) && !($0.problem == .training && solution.isPartial) }
        let unproven = stages.filter { $0.status == .feasible }
        let shortfalls = ShortfallText.shortfalls(solution, in: instance)
        var parts: [Bilingual] = []
        var kind = BannerKind.ok
        if !shortfalls.isEmpty {
            kind = .warn
            parts.append(ShortfallText.sentence(shortfalls, restOptimal: missing.isEmpty && unproven.isEmpty && !solution.interrupted))
        }
        if solution.interrupted {
            kind = .warn
            parts.append(ReportText.interrupted.bilingual)
        }
        if !missing.isEmpty {
            kind = .bad
            parts.append(ReportSentence.noPlanFor(missing.map { ($0.problem, $0.status.statusText) }))
        }
        if !unproven.isEmpty {
            if kind == .ok { kind = .warn }
            parts.append(ReportSentence.notProven(unproven.map { ($0.problem, $0.gap.map { HTMLPage.fmt($0 * 100, 2) }) }))
        }
        if parts.isEmpty { parts.append(ReportText.everyStageOptimal.bilingual) }
        return (kind, parts.map { $0.text(lang) }.joined(separator: " "))
    }

    /// One sentence per stage, in the page's language.
    func sentences(_ lang: ReportLanguage) -> [String] {
        let m = metrics
        func text(_ key: String) -> String { PlanMetrics.row(key)!.text(m, lang) }
        var out: [Bilingual] = []
        // Exchange.
        if let moved = m.teachersMoved {
            out.append(ReportSentence.exchange(.init(
                moved: moved, backbone: m.backboneMoved ?? 0, minimum: m.minimumMoves, shortfallBefore: m.shortfallBefore,
                shortfallAfter: m.shortfallAfter ?? 0, spreadBefore: text("qualitySpreadBefore"), spreadAfter: text("qualitySpreadAfter"),
                yuan: text("exchangeYuan"))))
        } else {
            out.append(ReportSentence.stageWithoutPlan(.exchange, status: m.exchangeStatus.statusText))
        }
        // Training.
        if m.newHires == 0 {
            out.append(ReportText.noTraining.bilingual)
        } else if let placed = m.hiresPlaced {
            out.append(ReportSentence.training(placed: placed, of: m.newHires, meanYears: text("meanTrainingYears"),
                                               atPriority: m.hiresAtPrioritySchools ?? 0))
        } else {
            out.append(ReportSentence.stageWithoutPlan(.training, status: m.trainingStatus.statusText))
        }
        // Walking.
        if m.demandPeriods == 0 {
            out.append(ReportText.noWalkingDemand.bilingual)
        } else if let lessons = m.lessons {
            out.append(ReportSentence.walking(.init(
                teachers: m.walkingTeachers ?? 0, lessons: lessons, demand: m.demandPeriods, uncovered: m.uncoveredPeriods ?? 0,
                visitDays: m.visitDays ?? 0, minutes: text("walkingTravelMinutes"), yuanPerWeek: text("walkingYuanPerWeek"),
                yuanPerYear: text("walkingYuanPerYear"))))
        } else {
            out.append(ReportSentence.stageWithoutPlan(.walking, status: m.walkingStatus.statusText))
        }
        if m.totalYuanPerYear != nil { out.append(ReportSentence.totalCost(text("totalYuanPerYear"))) }
        return out.map { $0.text(lang) }
    }
}
