import RotaplanDomain
import RotaplanFormats

/// The Chinese of the policy's messages (MODEL.md §3): presets, `--set`, `groups.*`
/// findings, costs that are all zero.
extension PolicyProblem {
    var zh: String {
        switch self {
        case let .unknownPreset(name, known): return "未知的政策预设“\(name)”；已有的预设：\(known.joined(separator: "、"))"
        case let .notFinite(v): return "\(v) 超出范围：不是有限的数"
        case let .unknownKey(key, closest):
            return "未知的政策键“\(key)”" + (closest.flatMap(PolicyKey.named).map { "；是不是 \($0.label.zh)（\($0.name)）？" } ?? "")
        case let .expectedKeyValue(t): return "“\(t)”：应为 键=值，例如 最低交流比例=0.15 或 exchange.minRate=0.15"
        case let .keyNotPolicyKey(t): return "“\(t)”：键必须是政策键，例如 最低交流比例 或 exchange.minRate"
        case let .valueMissing(t): return "“\(t)”：缺少值"
        case let .noSetting(t): return "“\(t)”：没有设置；应为 键=值[,键=值…]"
        case let .groups(rule, f): return "\(rule.rawValue)：\(Self.chinese(f))"
        case let .zeroCosts(preset, keys):
            return "所有费用都是 0 元：预设 \(preset) 没有设定交流补贴和交通费用，预算和费用权重看不到任何花费；"
                + "请在政策中设定（实例 JSON 或政策表），或用 compare --set："
                + keys.compactMap(PolicyKey.named).map { "\($0.label.zh) 或 \($0.name)" }.joined(separator: "、")
        }
    }

    static func chinese(_ f: GroupsFinding) -> String {
        switch f {
        case let .tooManySchools(n, max): return "该集团有 \(n) 所学校；政策最多允许 \(max) 所"
        case let .tooManyStudents(n, stage, limit): return "该集团有 \(n) 名学生；\(stage) 学段集团的上限是 \(limit)"
        case let .mixedStages(stages): return "该集团混合了学段 \(stages.joined(separator: "、"))；政策要求一个集团只有一个学段"
        case let .partnersInDistrict(n, district, schools):
            return "\(district ?? "（未填区县）") 有 \(n) 所成员校（\(schools.joined(separator: "、"))）；政策规定每个区县一所"
        case .newSchoolOutsideGroups: return "该校标为新建校，但不属于任何集团"
        }
    }
}
