import Foundation
import RotaplanDomain

/// The reasons per teacher (``ExchangeReasons``, MODEL.md §2, §4) in English and Chinese:
/// the report's reasons table, `rotaplan why` and docs/report.md "Why each teacher moves
/// or stays" read these words. Numbers: spread with two decimals, yuan whole, the
/// objective change signed with two decimals.
public enum ReasonText {
    /// The section heading.
    public static let heading = Bilingual(en: "Why each teacher moves or stays", zh: "每位教师交流或留任的原因")

    /// The reasons table's columns (reasons.csv, summary.md, report.html).
    public static let columns: [Bilingual] = [
        Bilingual(en: "teacher id", zh: "工号"), Bilingual(en: "name", zh: "姓名"), Bilingual(en: "school", zh: "学校"),
        Bilingual(en: "decision", zh: "结果"), Bilingual(en: "reason", zh: "原因"),
        Bilingual(en: "movers otherwise", zh: "否则交流人数"), Bilingual(en: "spread otherwise", zh: "否则质量极差"),
        Bilingual(en: "shortfall otherwise", zh: "否则学科缺编"), Bilingual(en: "yuan otherwise", zh: "否则费用（元）"),
        Bilingual(en: "objective change", zh: "目标值变化"),
    ]

    /// What the plan does with the teacher: moves to S, stays, not eligible.
    public static func verdict(_ v: TeacherReason.Verdict, in x: Instance) -> Bilingual {
        switch v {
        case let .moved(to): return x.label(school: to).prefixed(en: "moves to ", zh: "调往 ")
        case .stayed: return Bilingual(en: "stays", zh: "留任")
        case .ineligible: return Bilingual(en: "not eligible", zh: "不符合交流条件")
        }
    }

    /// The reason sentence of one teacher; `plan` holds the plan's own figures.
    public static func sentence(_ r: TeacherReason, plan: ExchangeFigures?, share: Double, in x: Instance) -> Bilingual {
        let moved: Bool
        if case .moved = r.verdict { moved = true } else { moved = false }
        switch r.why {
        case let .ineligible(reasons):
            return Bilingual.joined(reasons.map(ineligibility)).prefixed(en: "Not eligible (§2): ", zh: "不符合交流条件（§2）：").ended
        case let .pinned(pin):
            return Bilingual(en: "Decided by the principal: \(pin.label).", zh: "由校长固定：\(pin.labelZh)。")
        case let .otherwise(alt):
            let lead = moved ? Bilingual(en: "Kept at their school, the best plan would have ", zh: "若其留任，最优方案为")
                : Bilingual(en: "Moved", zh: "若其交流").concatenated(alt.destination.map { s in
                    x.label(school: s).prefixed(en: " (best: to ", zh: "（最佳去向 ").concatenated(Bilingual(en: ")", zh: "）"))
                } ?? Bilingual(en: "", zh: "")).concatenated(Bilingual(en: ", the best plan would have ", zh: "，最优方案为"))
            var out = lead.concatenated(comparison(alt.figures, plan, objective: alt.objectiveChange))
            if !alt.proven { out = out.concatenated(Bilingual(en: " (not proven best within \(number(share, 1)) s)", zh: "（在 \(number(share, 1)) 秒内未证明最优）")) }
            return out.ended
        case let .impossible(rules):
            let names = rulesText(rules)
            return moved ? Bilingual(en: "Essential: kept at their school, no plan keeps \(names.en).", zh: "不可或缺：若其留任，没有方案能满足\(names.zh)。")
                : Bilingual(en: "Cannot move: moving them, no plan keeps \(names.en).", zh: "无法交流：若其交流，没有方案能满足\(names.zh)。")
        case .unanswered:
            return Bilingual(en: "No answer within its \(number(share, 1)) s share of the time budget: run `rotaplan why` for \(x.teachers[r.teacher].id) with a longer --time-limit.",
                             zh: "在分配的 \(number(share, 1)) 秒内未能求出：请对 \(x.teachers[r.teacher].id) 运行 `rotaplan why` 并给更长的 --time-limit。")
        case .beyondBudget:
            return Bilingual(en: "Not computed: the group needs more re-solves than the time budget allows; ask `rotaplan why INSTANCE PLAN \(x.teachers[r.teacher].id)`.",
                             zh: "未计算：该集团所需的重新求解超出时间预算；可运行 `rotaplan why 实例 方案 \(x.teachers[r.teacher].id)`。")
        case .noPlan:
            return Bilingual(en: "The exchange has no plan.", zh: "交流轮岗没有方案。")
        }
    }

    /// The figures that differ from the plan's, each with the plan's in brackets, then the
    /// objective change; "as good in every figure" when none differs.
    static func comparison(_ f: ExchangeFigures, _ plan: ExchangeFigures?, objective: Double?) -> Bilingual {
        var parts: [Bilingual] = []
        let p = plan
        if p == nil || number(f.spread, 2) != number(p!.spread, 2) {
            parts.append(Bilingual(en: "quality spread \(number(f.spread, 2))", zh: "人均质量极差 \(number(f.spread, 2))")
                .concatenated(p.map { bracket(number($0.spread, 2)) } ?? .empty))
        }
        if p == nil || f.shortfall != p!.shortfall {
            parts.append(Bilingual(en: "subject shortfall \(f.shortfall)", zh: "学科缺编 \(f.shortfall) 人")
                .concatenated(p.map { bracket("\($0.shortfall)", zh: " 人") } ?? .empty))
        }
        if p == nil || f.movers != p!.movers {
            parts.append(Bilingual(en: "\(f.movers) movers", zh: "交流 \(f.movers) 人").concatenated(p.map { bracket("\($0.movers)", zh: " 人") } ?? .empty))
        }
        if p == nil || number(f.yuan, 0) != number(p!.yuan, 0) {
            parts.append(Bilingual(en: "\(number(f.yuan, 0)) yuan a year", zh: "年度费用 \(number(f.yuan, 0)) 元")
                .concatenated(p.map { bracket(number($0.yuan, 0), zh: " 元") } ?? .empty))
        }
        var out = parts.isEmpty ? Bilingual(en: "the same figures as this plan", zh: "与本方案各项指标相同")
            : Bilingual.joined(parts, en: ", ", zh: "、")
        if let objective {
            out = out.concatenated(Bilingual(en: "; objective \(signed(objective))", zh: "；目标值 \(signed(objective))"))
        }
        return out
    }

    /// A group's movers against the §4.2 minimum, and what only the minimum would give.
    public static func quota(_ q: QuotaReading, plan: ExchangeFigures?, in x: Instance) -> Bilingual {
        let g = x.groups[q.group].name
        guard q.movers > q.minimum else {
            return Bilingual(en: "Group \(g) moves \(q.movers) teachers, the §4.2 minimum (\(q.minimum)).",
                             zh: "集团 \(g) 交流 \(q.movers) 人，即 §4.2 要求的最低人数（\(q.minimum) 人）。")
        }
        let lead = Bilingual(en: "Group \(g) moves \(q.movers) teachers where §4.2 asks \(q.minimum)",
                             zh: "集团 \(g) 交流 \(q.movers) 人，§4.2 只要求 \(q.minimum) 人")
        switch q.atMinimum {
        case let .plan(alt, fewest):
            let objective = alt.objectiveChange.map { Bilingual(en: " (objective \(signed($0)))", zh: "（目标值 \(signed($0))）") } ?? .empty
            let only = fewest ?? q.minimum
            let floor = fewest.map { Bilingual(en: "; no plan keeps the other rules with fewer than \($0)", zh: "；在其他规则下至少需交流 \($0) 人") } ?? .empty
            guard q.movers > only else {
                return lead.concatenated(floor).concatenated(Bilingual(en: ": the plan moves that fewest", zh: "：本方案即为最少人数")).ended
            }
            let (now, then) = (number(q.spread, 2), number(q.spreadAtMinimum ?? q.spread, 2))
            if now != then {
                return lead.concatenated(floor).concatenated(Bilingual(
                    en: ": the \(q.movers - only) moves beyond \(only) come from balancing quality — with only \(only), the group's quality spread would be \(then) instead of \(now)",
                    zh: "：超出 \(only) 人的 \(q.movers - only) 人来自质量均衡——若只交流 \(only) 人，集团内人均质量极差为 \(then)（本方案 \(now)）"))
                    .concatenated(objective).ended
            }
            return lead.concatenated(floor).concatenated(Bilingual(
                en: ": with only \(only) the group's quality spread would be the same; the \(q.movers - only) moves beyond \(only) come from the other terms of the objective",
                zh: "：若只交流 \(only) 人，集团内人均质量极差不变；超出 \(only) 人的 \(q.movers - only) 人来自目标函数的其他项")).concatenated(objective).ended
        case let .impossible(rules):
            let names = rulesText(rules)
            return lead.concatenated(Bilingual(en: ": the other rules need more (\(names.en))", zh: "：其他规则需要更多人交流（\(names.zh.dropFirst())）")).ended
        case .unknown:
            return lead.concatenated(Bilingual(en: " (the plan with only the minimum was not computed within the time budget)",
                                               zh: "（时间预算内未计算只交流最低人数的方案）")).ended
        }
    }

    /// One §2 reason a teacher is not in E.
    public static func ineligibility(_ r: Ineligibility) -> Bilingual {
        switch r {
        case .schoolInNoGroup: return Bilingual(en: "their school is in no group", zh: "所在学校不属于任何集团")
        case let .tooFewYearsAtSchool(has, needs):
            return Bilingual(en: "\(number(has, 1)) years at this school, \(number(needs, 1)) needed (exchange.minYearsAtSchool)",
                             zh: "在校 \(number(has, 1)) 年，需满 \(number(needs, 1)) 年（exchange.minYearsAtSchool）")
        case .exempt: return Bilingual(en: "marked exempt", zh: "已标记免于交流")
        case let .nearRetirement(left, exempt):
            return Bilingual(en: "\(number(left, 1)) years to retirement, exempt within \(number(exempt, 1)) (exchange.retirementExemptYears)",
                             zh: "距退休 \(number(left, 1)) 年，\(number(exempt, 1)) 年内免于交流（exchange.retirementExemptYears）")
        case .onExchange: return Bilingual(en: "on an exchange term (onExchange)", zh: "正在交流期内（onExchange）")
        }
    }

    /// `§4.6 subjects, §4.5 headcount` / ` §4.6 学科、§4.5 编制人数平衡`.
    static func rulesText(_ rules: [RuleID]) -> Bilingual {
        Bilingual(en: rules.map { "§\($0.section) \($0.name.en)" }.joined(separator: ", "),
                  zh: " " + rules.map { "§\($0.section) \($0.name.zh)" }.joined(separator: "、"))
    }

    static func bracket(_ value: String, zh unit: String = "") -> Bilingual {
        Bilingual(en: " (this plan \(value))", zh: "（本方案 \(value)\(unit)）")
    }

    /// `x` with `digits` decimals (whole numbers without a point), no grouping.
    public static func number(_ x: Double, _ digits: Int) -> String {
        let v = abs(x) < 0.5 * pow(10, -Double(digits)) ? 0 : x
        return String(format: "%.\(digits)f", v)
    }

    /// `+3.10`, `−0.50`, `0.00`.
    public static func signed(_ x: Double) -> String {
        let text = number(x, 2)
        if text == "0.00" { return text }
        return x > 0 ? "+" + text : "−" + number(-x, 2)
    }
}

extension Bilingual {
    /// The empty sentence.
    fileprivate static let empty = Bilingual(en: "", zh: "")

    /// `self` followed by `other`, in each language.
    fileprivate func concatenated(_ other: Bilingual) -> Bilingual { Bilingual(en: en + other.en, zh: zh + other.zh) }

    /// `self` with a full stop in each language.
    fileprivate var ended: Bilingual { Bilingual(en: en + ".", zh: zh + "。") }
}
