import RotaplanText

/// The words of the compare pages (`/w/:ws/years/:year/compare`): variants of the policy
/// solved beside the year's roster as it is, shown side by side.
extension WorkbenchText {
    public static let compareTitle = Bilingual(en: "Compare policy variants", zh: "比较政策方案")
    public static let compareAction = Bilingual(en: "Compare policy variants", zh: "比较政策方案")
    public static let compareIntro = Bilingual(
        en: "Each variant is the year's roster with some policy keys changed, one KEY=VALUE a line (the key's name or its Chinese label, as `rotaplan compare --set` takes them). Each is planned beside the roster as it is (the baseline) and the figures are shown side by side.",
        zh: "每个方案即本学年名册改动若干政策参数，每行一个“参数=取值”（参数可写英文名或中文名称，与 `rotaplan compare --set` 相同）。各方案与原名册（基准）分别编制，并排比较各项指标。")
    public static func variant(_ n: Int) -> Bilingual { Bilingual(en: "Variant \(n)", zh: "方案 \(n)") }
    public static let variantName = Bilingual(en: "Name", zh: "名称")
    public static let variantSettings = Bilingual(en: "Policy changes (KEY=VALUE, one a line)", zh: "政策改动（参数=取值，每行一个）")
    public static let compareStart = Bilingual(en: "Compare", zh: "开始比较")
    public static let policyKeysList = Bilingual(en: "The policy keys", zh: "政策参数一览")
    public static let baseline = Bilingual(en: "Baseline (the roster as it is)", zh: "基准（原名册）")
    public static let figure = Bilingual(en: "Figure", zh: "指标")
    public static let compareResultTitle = Bilingual(en: "Comparison", zh: "比较结果")
    public static let fullReport = Bilingual(en: "The full report", zh: "完整报告")
    public static let earlierResults = Bilingual(en: "Earlier results", zh: "此前的结果")
    public static let differsNote = Bilingual(en: "Shaded: differs from the baseline.", zh: "底色标出的与基准不同。")
    public static let resultMissing = Bilingual(en: "This job has no result yet (it is queued, running, or it failed: its page says which).",
                                                zh: "该任务还没有结果（排队中、运行中或已失败：见任务页面）。")
    public static let jobPage = Bilingual(en: "The job's page", zh: "任务页面")

    public static let noVariant = Bilingual(en: "Form field “\(variantSettings.en)”: give at least one variant a policy change.",
                                            zh: "表单项“\(variantSettings.zh)”：请至少给一个方案填写政策改动。")

    /// A variant's line that is no KEY=VALUE of the policy, or whose value the policy refuses.
    public static func variantInvalid(_ variant: String, line: Int?, why: Bilingual) -> Bilingual {
        let en = line.map { ", line \($0)" } ?? "", zh = line.map { "第 \($0) 行" } ?? ""
        return Bilingual(en: "\(variant), form field “\(variantSettings.en)”\(en): \(why.en) Nothing was started.",
                         zh: "\(variant)，表单项“\(variantSettings.zh)”\(zh)：\(why.zh) 未开始计算。")
    }

    /// A whole number of a form field out of its range.
    public static func numberField(_ field: Bilingual, value: String, range: ClosedRange<Int>) -> Bilingual {
        Bilingual(en: "Form field “\(field.en)”: “\(value)” is not a whole number from \(range.lowerBound) to \(range.upperBound).",
                  zh: "表单项“\(field.zh)”：“\(value)”不是 \(range.lowerBound) 到 \(range.upperBound) 之间的整数。")
    }

    public static func nameTooLong(_ variant: String) -> Bilingual {
        Bilingual(en: "\(variant), form field “\(variantName.en)”: at most 40 characters.", zh: "\(variant)，表单项“\(variantName.zh)”：不超过 40 个字。")
    }
}
