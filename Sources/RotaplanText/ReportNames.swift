import RotaplanDomain

/// How the reports name the instance's things and the solver's answers in each language
/// (docs/report.md): subjects, titles, stages and statuses.
extension Language {
    /// The page's `<html lang>`.
    public var htmlTag: String {
        switch self {
        case .en: return "en"
        case .zh: return "zh-CN"
        }
    }
}

extension Subject {
    /// The subject in `lang`: the key in English, the Chinese name when there is one
    /// otherwise (also when `lang` is nil: the bilingual reports).
    public func name(_ lang: Language?) -> String { lang == .en ? key : zh }
}

extension Title {
    /// The title in Chinese: 高级, 一级, 二级, 无.
    public var zh: String {
        switch self {
        case .senior: return "高级"
        case .first: return "一级"
        case .second: return "二级"
        case .none: return "无"
        }
    }

    /// The title in `lang` (Chinese when `lang` is nil: the bilingual reports).
    public func name(_ lang: Language?) -> String { lang == .en ? rawValue : zh }
}

extension Solution.Problem {
    /// The stage as the plan report names it: 交流轮岗 Exchange, 首站式培育 …
    public var stageName: Bilingual {
        switch self {
        case .exchange: return Bilingual(en: "Exchange", zh: "交流轮岗")
        case .training: return Bilingual(en: "First-station training", zh: "首站式培育")
        case .walking: return Bilingual(en: "Walking teaching", zh: "走教")
        case .plan: return Bilingual(en: "Plan", zh: "年度方案")
        }
    }
}

extension Optional where Wrapped == Solution.Status {
    /// A stage or plan status as a principal reads it; nil = the stage did not run.
    public var statusText: Bilingual {
        switch self {
        case nil: return Bilingual(en: "did not run", zh: "未运行")
        case .optimal?: return Bilingual(en: "optimal", zh: "最优")
        case .feasible?: return Bilingual(en: "feasible (not proven optimal)", zh: "可行（未证最优）")
        case .infeasible?: return Bilingual(en: "infeasible", zh: "无可行方案")
        case .noSolution?: return Bilingual(en: "no plan found in time", zh: "限时内未找到方案")
        }
    }
}
