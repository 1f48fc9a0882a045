import RotaplanDomain

/// What a solving command prints on stdout and stderr around its plan (MODEL.md §9), in
/// both languages: the summary line (`exchange optimal: objective 12, 3 teachers move;
/// wrote p.json` / `交流轮岗 最优：目标值 12，3 名教师交流；已写入 p.json`) and the line
/// that says there is no plan and why. The English wording is what scripts read: it stays
/// as it is.
public enum SummaryText {
    /// The command at the head of the summary: `exchange`, `plan greedy` / `交流轮岗`,
    /// `整体方案（贪心基线）`.
    public static func head(_ problem: Solution.Problem, greedy: Bool) -> Bilingual {
        let zh = problem == .plan ? "整体方案" : StageText.name(Pin.Problem(rawValue: problem.rawValue)).zh.dropLast().description
        return Bilingual(en: problem.rawValue + (greedy ? " greedy" : ""), zh: zh + (greedy ? "（贪心基线）" : ""))
    }

    /// A solver status in words (`optimal` / `最优`).
    public static func status(_ s: Solution.Status) -> Bilingual {
        switch s {
        case .optimal: Bilingual(en: s.rawValue, zh: "最优")
        case .feasible: Bilingual(en: s.rawValue, zh: "可行")
        case .infeasible: Bilingual(en: s.rawValue, zh: "无可行解")
        case .noSolution: Bilingual(en: s.rawValue, zh: "未找到解")
        }
    }

    /// The summary line: `HEAD STATUS: objective X` then `counts` (each starting with its
    /// own separator), the gap of a plan not proven optimal (in percent, as given), where
    /// the plan was written and the report's folder.
    public static func line(head: Bilingual, status s: Solution.Status, objective: String, counts: Bilingual,
                            gap: String?, output: String, report: String?) -> Bilingual {
        let st = status(s)
        var en = "\(head.en) \(st.en): objective \(objective)\(counts.en)", zh = "\(head.zh) \(st.zh)：目标值 \(objective)\(counts.zh)"
        if let gap { en += ", gap \(gap)%"; zh += "，差距 \(gap)%" }
        en += "; wrote \(output)" + (report.map { " and the report in \($0)/" } ?? "")
        zh += "；已写入 \(output)" + (report.map { "，报告在 \($0)/" } ?? "")
        return Bilingual(en: en, zh: zh)
    }

    /// `, 3 teachers move` / `，3 名教师交流` (exchange).
    public static func moved(_ n: Int) -> Bilingual { Bilingual(en: ", \(n) teachers move", zh: "，\(n) 名教师交流") }

    /// `, 4 new hires placed` (training).
    public static func placed(_ n: Int) -> Bilingual { Bilingual(en: ", \(n) new hires placed", zh: "，安置 \(n) 名新教师") }

    /// `, 10 lessons, 2 periods uncovered` (walking).
    public static func lessons(_ n: Int, uncovered: Int) -> Bilingual {
        Bilingual(en: ", \(n) lessons, \(uncovered) periods uncovered", zh: "，\(n) 节走教课，\(uncovered) 课时未覆盖")
    }

    /// The three stages' counts of a whole plan.
    public static func plan(moved: Int, placed: Int, lessons: Int, uncovered: Int) -> Bilingual {
        Bilingual(en: "; \(moved) teachers move, \(placed) new hires placed, \(lessons) walking lessons (\(uncovered) periods uncovered)",
                  zh: "；\(moved) 名教师交流，安置 \(placed) 名新教师，\(lessons) 节走教课（\(uncovered) 课时未覆盖）")
    }

    /// Why a stage has no plan.
    public enum NoPlan: Sendable {
        /// The greedy baseline found none.
        case greedy
        /// The rules cannot all hold together.
        case infeasible
        /// The model does not fit the memory of the run.
        case tooLarge
        /// GLPK found none within the limits.
        case notFound
    }

    /// `no exchange plan: WHY (STATUS); wrote OUT` / `没有交流轮岗方案：…（…）；已写入 OUT`.
    public static func noPlan(_ problem: Solution.Problem, _ why: NoPlan, status s: Solution.Status, output: String) -> Bilingual {
        let (plan, reason) = (planName(problem), reason(why, problem))
        return Bilingual(en: "no \(plan.en): \(reason.en) (\(s.rawValue)); wrote \(output)",
                         zh: "没有\(plan.zh)：\(reason.zh)（\(status(s).zh)）；已写入 \(output)")
    }

    /// `no training plan: the rules cannot all hold together (infeasible); wrote the partial
    /// plan (1 of 2 new hires placed) to OUT` (docs/training.md, "Partial plans").
    public static func partialTraining(placed: Int, of total: Int, output: String) -> Bilingual {
        let (plan, reason) = (planName(.training), reason(.infeasible, .training))
        return Bilingual(en: "no \(plan.en): \(reason.en) (infeasible); wrote the partial plan (\(placed) of \(total) new hires placed) to \(output)",
                         zh: "没有\(plan.zh)：\(reason.zh)（\(status(.infeasible).zh)）；已将部分方案（\(total) 名新教师中安排了 \(placed) 名）写入 \(output)")
    }

    /// `no complete plan: no plan for walking (infeasible); wrote what the other stages
    /// found to OUT` (`nothing written` without `wroteTo`).
    public static func incomplete(_ missing: [(Solution.Problem, Solution.Status?)], wroteTo output: String?) -> Bilingual {
        let en = missing.map { "\($0.0.rawValue) (\($0.1?.rawValue ?? "not run"))" }.joined(separator: ", ")
        let zh = missing.map { "\(head($0.0, greedy: false).zh)（\($0.1.map { status($0).zh } ?? "未运行")）" }.joined(separator: "、")
        return Bilingual(en: "no complete plan: no plan for \(en)" + (output.map { "; wrote what the other stages found to \($0)" } ?? "; nothing written"),
                         zh: "没有完整方案：\(zh)没有方案" + (output.map { "；其他阶段的结果已写入 \($0)" } ?? "；未写入任何文件"))
    }

    /// `the model was not exported: WHY` (--write-lp / --write-mps of a model too large).
    public static func notExported(_ why: Bilingual) -> Bilingual {
        Bilingual(en: "the model was not exported: " + why.en, zh: "模型未导出：" + why.zh)
    }

    static func planName(_ problem: Solution.Problem) -> Bilingual {
        switch problem {
        case .exchange: Bilingual(en: "exchange plan", zh: "交流轮岗方案")
        case .training: Bilingual(en: "training plan", zh: "首站式培育方案")
        case .walking: Bilingual(en: "walking timetable", zh: "走教课表")
        case .plan: Bilingual(en: "plan", zh: "方案")
        }
    }

    static func reason(_ why: NoPlan, _ problem: Solution.Problem) -> Bilingual {
        switch why {
        case .infeasible: return Bilingual(en: "the rules cannot all hold together", zh: "所有规则无法同时满足")
        case .tooLarge: return Bilingual(en: "the model is too large for the memory this run may use", zh: "模型过大，超出本次运行可用的内存")
        case .notFound:
            return problem == .exchange ? Bilingual(en: "none found within the time limit", zh: "在时间限制内未找到")
                : Bilingual(en: "none found within the time or memory limit", zh: "在时间或内存限制内未找到")
        case .greedy:
            switch problem {
            case .training: return Bilingual(en: "the greedy baseline could not place every hire", zh: "贪心基线无法安置每位新教师")
            case .walking: return Bilingual(en: "the greedy baseline found no timetable that keeps every rule", zh: "贪心基线找不到满足所有规则的课表")
            default: return Bilingual(en: "the greedy baseline found no plan that keeps every rule", zh: "贪心基线找不到满足所有规则的方案")
            }
        }
    }
}
