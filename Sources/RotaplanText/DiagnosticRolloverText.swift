import RotaplanFormats

/// Why rollover refused (MODEL.md §11), in either language: `PLAN: cannot roll over: …`.
extension RolloverProblem {
    /// The reason in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: return description
        case .zh: return zh
        }
    }

    /// The line rollover prints for this reason.
    public func line(plan: String, _ language: Language) -> String {
        Bilingual(en: "\(plan): cannot roll over: \(description)", zh: "\(plan)：无法结转：\(zh)").text(language)
    }

    var zh: String {
        switch self {
        case .noYear: return "实例没有“year”；结转需要它所规划的学年（例如 \"year\": 2025）"
        case .walkingMovesNobody: return "走教方案不调动任何人；请结转整体方案、交流方案或培育方案"
        case let .otherInstance(plan, instance): return "该方案属于实例“\(plan)”，不是“\(instance)”"
        case let .placesUnknownHire(h): return "方案安排了 \(h)，但他不是该实例的新教师"
        case let .noVacancyLeft(h, school, subject): return "方案把 \(h) 安排到 \(school)，但那里已没有 \(subject) 空缺"
        case let .unknownSchool(t, school): return "方案把 \(t) 调往 \(school)，但实例中没有这所学校"
        case let .unworded(text): return text
        case let .breaksBound(path, text): return "结转后的实例会超出输入范围（§10）：\(path)：\(text.text(.zh))"
        }
    }
}
