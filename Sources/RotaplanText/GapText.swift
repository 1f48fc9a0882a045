import Foundation
import RotaplanDomain

/// What a solution's `bound` and `gap` mean (MODEL.md §8), in both languages, in one place
/// for `--help`, the terminal, summary.md and report.html.
///
/// Every stage minimises its objective, so the bound b is a proven lower bound: no plan
/// has an objective below b. With objective z, gap = |z − b| / |z|: no plan can be more
/// than gap · |z| better than this one, i.e. more than `gap` (as a share of z) better. A
/// gap of 0 means proven optimal. A plan without a bound says nothing about how far it is
/// from the best.
public enum GapText {
    /// The sentence for a plan: proven optimal, a gap with its bound, or no bound; nil
    /// without a plan (infeasible, no solution).
    public static func meaning(_ s: Solution) -> Bilingual? {
        meaning(status: s.status, objective: s.objective, bound: s.bound, gap: s.gap)
    }

    /// The same for a stage's figures (a whole plan's stages, MODEL.md §8): nil without a
    /// plan or for a stage not run.
    public static func meaning(status: Solution.Status?, objective: Double?, bound: Double?, gap: Double?) -> Bilingual? {
        guard let z = objective, let status else { return nil }
        switch status {
        case .optimal: return optimal
        case .feasible:
            guard let b = bound else { return noBound }
            return proven(gap: gap ?? abs(z - b) / max(1e-10, abs(z)), bound: b)
        case .infeasible, .noSolution: return nil
        }
    }

    /// `gap 0: proven optimal …`.
    public static let optimal = Bilingual(
        en: "gap 0: proven optimal, no plan is better than this one (its bound equals its objective).",
        zh: "差距 0：已证明最优，没有比本方案更好的方案（界等于目标值）。")

    /// `gap 0.04%: no plan can be more than 0.04% better than this one (the bound 238.7500
    /// is proven); 0 means proven optimal.`
    public static func proven(gap: Double, bound: Double) -> Bilingual {
        let g = percent(gap), b = String(format: "%.4f", bound)
        return Bilingual(
            en: "gap \(g): no plan can be more than \(g) better than this one (the bound \(b) is proven: no plan's objective is below it); 0 means proven optimal.",
            zh: "差距 \(g)：任何方案都不可能比本方案好 \(g) 以上（已证明界 \(b)：没有方案的目标值低于它）；差距为 0 表示已证明最优。")
    }

    /// A plan with no bound: what that means and what to do. (The solve stopped at its
    /// limit before proving one, or the plan, or part of it, comes from a search that
    /// proves nothing: the greedy baseline, the walking neighbourhood search of a city part.)
    public static let noBound = Bilingual(
        en: "no bound was proven: nothing bounds the best possible objective (the solve stopped at its limit before proving one, "
            + "or the plan comes from a search that proves nothing, such as the greedy baseline), so nothing says how much better "
            + "another plan may be; give the solver more time for a bound, or compare plans by their objective only.",
        zh: "未证明界：没有任何界限定最优目标值（求解在证明界之前就达到了限制，或方案来自不作证明的搜索，例如贪心基线），"
            + "因此无法说明其他方案可能好多少；给求解更多时间可得到界，否则只能按目标值比较方案。")

    /// What a gap means, for a sentence that lists stages with their gaps (the plan
    /// report's banner, ``ReportSentence/notProven(_:)``).
    public static let reading = Bilingual(
        en: "A gap of g% means no plan can be more than g% better (the bound is proven); 0 means proven optimal; without a bound nothing says how far the plan is from the best.",
        zh: "差距 g% 表示任何方案都不可能好 g% 以上（界已证明）；0 表示已证明最优；没有界则无法说明方案与最优相差多少。")

    /// The paragraph of `--time-limit`'s help that says what the written gap means.
    public static let timeLimitHelp = Bilingual(
        en: "The plan comes with its bound and gap: gap 0.04% means no plan can be more than 0.04% better than this one "
            + "(the bound is proven); 0 means proven optimal; a plan without a bound says nothing about how far it is from the best.",
        zh: "方案附带界和差距：差距 0.04% 表示任何方案都不可能比本方案好 0.04% 以上（界已证明）；0 表示已证明最优；"
            + "没有界的方案无法说明与最优方案相差多少。")

    /// A gap in percent: two decimals, or two significant digits below 0.01% (`0.0023%`),
    /// so that a small gap never shows as `0.00%`; below 0.0001%, `< 0.0001%`.
    public static func percent(_ gap: Double) -> String {
        let p = gap * 100
        if p == 0 { return "0%" }
        if p >= 0.01 { return String(format: "%.2f%%", p) }
        if p >= 0.0001 { return String(format: "%.2g%%", p) }
        return "< 0.0001%"
    }
}
