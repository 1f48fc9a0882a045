import RotaplanChecker
import RotaplanDomain

/// `rotaplan check`'s own lines around the checker's findings (MODEL.md §7), in both
/// languages: the objective's line and the summary on stdout (`holds; objective 12
/// matches` / `方案成立；目标值 12 一致`). Numbers come formatted (`none` when absent).
public enum CheckSummaryText {
    /// `objective: declared 12, recomputed 11` (a finding of the check).
    public static func objectiveDiffers(declared: String, recomputed: String) -> Bilingual {
        Bilingual(en: "objective: declared \(declared), recomputed \(recomputed)",
                  zh: "目标值：文件声明 \(declared)，重新计算为 \(recomputed)")
    }

    /// The note of a file whose objective is only out of date.
    public static func objectiveStale(declared: String, recomputed: String) -> Bilingual {
        Bilingual(en: "note: objective: declared \(declared) — the file's objective is stale: recomputed \(recomputed)",
                  zh: "提示：目标值：文件声明 \(declared)，已过时：重新计算为 \(recomputed)")
    }

    /// The summary of a plan that holds with a stale objective.
    public static func staleSummary(recomputed: String, declared: String) -> Bilingual {
        Bilingual(en: "holds; objective \(recomputed) (the file declared \(declared))",
                  zh: "方案成立；目标值 \(recomputed)（文件声明 \(declared)）")
    }

    /// One objective term the file states beside the checker's value (§8 rev 2):
    /// `objective term exchange.balance: file 70, recomputed 70` (`differs` when not within
    /// §10's tolerance; `none` when the checker has no value for it).
    public static func term(_ c: CheckReport.TermComparison, _ format: (Double) -> String) -> Bilingual {
        let d = format(c.declared), r = c.recomputed.map(format) ?? "none"
        let name = "\(c.stage.rawValue).\(c.name)"
        return Bilingual(en: "objective term \(name): file \(d), recomputed \(r)" + (c.matches ? "" : " — differs"),
                         zh: "目标项 \(name)：文件 \(d)，重新计算为 \(r)" + (c.matches ? "" : "——不一致"))
    }

    /// The summary line: "holds" only when every claim is verified.
    public static func summary(_ report: CheckReport, recomputed: String) -> Bilingual {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        if report.verified { return Bilingual(en: "holds; objective \(recomputed) matches", zh: "方案成立；目标值 \(recomputed) 一致") }
        let claims = report.unverified.count
        if report.passed {
            return Bilingual(en: "no violation found, but \(count(claims, "claim")) cannot be verified",
                             zh: "未发现违反规则，但有 \(claims) 项声明无法验证")
        }
        return Bilingual(
            en: count(report.violations.count, "violation") + (report.objectiveMatches ? "" : ", objective differs")
                + (report.termsMatch ? "" : ", objective terms differ")
                + (claims == 0 ? "" : ", \(count(claims, "claim")) not verified"),
            zh: "\(report.violations.count) 处违反规则" + (report.objectiveMatches ? "" : "，目标值不一致")
                + (report.termsMatch ? "" : "，目标项不一致")
                + (claims == 0 ? "" : "，\(claims) 项声明未验证"))
    }
}
