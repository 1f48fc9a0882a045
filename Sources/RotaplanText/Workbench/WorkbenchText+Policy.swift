import RotaplanText

/// The words of the policy form (`/w/:ws/years/:year/policy`): one row per key of the
/// policy key table, its label as the table gives it in both languages.
extension WorkbenchText {
    public static let policyTitle = Bilingual(en: "Policy", zh: "政策参数")
    public static let policyAction = Bilingual(en: "Change the policy", zh: "修改政策参数")
    public static func policyIntro(preset: String, source: String) -> Bilingual {
        Bilingual(en: "The rules and weights the plan is made under. Preset: \(preset) (\(source)). Change a value and save: a new version of the year's roster is made; the plans before stay as they were.",
                  zh: "编制方案所依据的规则与权重。预设：\(preset)（\(source)）。修改数值并保存，即生成本学年名册的新版本；此前的方案保持不变。")
    }
    public static func instanceVersion(_ name: String, _ version: Int) -> Bilingual {
        Bilingual(en: "Roster \(name), version \(version)", zh: "名册 \(name)，第 \(version) 版")
    }
    public static let policyKey = Bilingual(en: "Key", zh: "参数")
    public static let policyValue = Bilingual(en: "Value", zh: "取值")
    public static let policyUnit = Bilingual(en: "Unit", zh: "单位")
    public static let policyRange = Bilingual(en: "Range", zh: "范围")
    public static let policyPresetValue = Bilingual(en: "Preset's value", zh: "预设值")
    public static let policySource = Bilingual(en: "Source", zh: "依据")
    public static let policySave = Bilingual(en: "Save the policy", zh: "保存政策参数")
    public static let policyNone = Bilingual(en: "none (no limit)", zh: "不限")
    public static let yes = Bilingual(en: "yes", zh: "是")
    public static let no = Bilingual(en: "no", zh: "否")
    public static let stagePreschool = Bilingual(en: "preschool", zh: "幼儿园")
    public static let stageCompulsory = Bilingual(en: "compulsory", zh: "义务教育")
    public static let stageSenior = Bilingual(en: "senior high", zh: "高中")
    public static let noRosterForYear = Bilingual(en: "This year has no roster yet: upload one first.", zh: "本学年还没有名册：请先上传。")

    /// A key's label as the key table gives it (``PolicyKey/label``).
    public static func policyLabel(en: String, zh: String) -> Bilingual { Bilingual(en: en, zh: zh) }

    /// A key's help line as the key table gives it.
    public static func policyHelp(en: String, zh: String) -> Bilingual { Bilingual(en: en, zh: zh) }

    /// A section of the key table (`exchange`, `weights.walking` …).
    public static func policySection(_ section: String) -> Bilingual {
        switch section {
        case "exchange": Bilingual(en: "Exchange (交流轮岗)", zh: "交流轮岗")
        case "cost": Bilingual(en: "Costs", zh: "费用")
        case "training": Bilingual(en: "First-station training (首站式培育)", zh: "首站式培育")
        case "walking": Bilingual(en: "Walking teaching (走教)", zh: "走教")
        case "groups": Bilingual(en: "Group rules (checked, with their city)", zh: "集团规则（校验，注明城市依据）")
        case "weights.exchange": Bilingual(en: "Weights of the exchange", zh: "目标权重：交流轮岗")
        case "weights.training": Bilingual(en: "Weights of the training", zh: "目标权重：首站式培育")
        case "weights.walking": Bilingual(en: "Weights of walking teaching", zh: "目标权重：走教")
        default: Bilingual(en: section, zh: section)
        }
    }

    /// A unit of the key table (`years`, `yuan`, `minutes`, `days`).
    public static func policyUnitName(_ unit: String) -> Bilingual {
        switch unit {
        case "years": Bilingual(en: "years", zh: "年")
        case "yuan": Bilingual(en: "yuan", zh: "元")
        case "minutes": Bilingual(en: "minutes", zh: "分钟")
        case "days": Bilingual(en: "days", zh: "天")
        default: Bilingual(en: unit, zh: unit)
        }
    }

    /// A value the form could not take: the field's label, the value, and why.
    public static func policyFieldInvalid(label: Bilingual, value: String, why: Bilingual) -> Bilingual {
        Bilingual(en: "Form field “\(label.en)”: the value “\(value)” cannot be used: \(why.en) Nothing was saved; the other values are kept below.",
                  zh: "表单项“\(label.zh)”：取值“\(value)”不可用：\(why.zh) 未保存；其他取值保留在下方。")
    }

    /// The policy with the changes is not a valid roster (a rule across keys).
    public static func policyInvalid(_ why: Bilingual) -> Bilingual {
        Bilingual(en: "The policy with these values is not valid: \(why.en) Nothing was saved.",
                  zh: "按这些取值，政策参数无效：\(why.zh) 未保存。")
    }

    public static let baseMissing = Bilingual(en: "Form field “base”: the version of the roster the form was made from is missing; reload the page.",
                                              zh: "表单项“base”：缺少表单所依据的名册版本；请刷新页面。")

    /// A text that renders itself in a language (a diagnostic's message), in both languages.
    public static func rendered(_ text: (Language) -> String) -> Bilingual { Bilingual(en: text(.en), zh: text(.zh)) }
}

extension WorkbenchText {
    public static let anyNumber = Bilingual(en: "any number", zh: "任意数")
    public static let policyEmptyIsPreset = Bilingual(en: "An empty field takes the preset's value.", zh: "留空即采用预设值。")
}
