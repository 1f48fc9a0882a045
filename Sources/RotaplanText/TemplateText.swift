import RotaplanDomain

/// The words of `rotaplan template` (docs/import.md, "The template"): sheet and column
/// names in the chosen language, and the note row under each header saying what a column
/// holds (its unit and allowed values). The note row starts with `#`, which the importer
/// skips.
public enum TemplateText {
    public static func name(zh: String, en: String, _ lang: Language) -> String { Bilingual(en: en, zh: zh).text(lang) }

    /// What a column of this kind holds, in Chinese (the English help comes from the table).
    static let kindsZH: [String: String] = [
        "text": "文本", "integer": "整数", "number": "数字",
        "bool": "是/否（也可写 √/×、1/0；空 = 否）",
        "time": "时间 HH:MM，如 08:00",
        "backbone": "是/否，或骨干级别：市级骨干、区级骨干、县级骨干、学科带头人、名师",
        "title": "职称：正高级教师、高级教师、一级教师、二级教师、三级教师（空 = 无）",
        "stage": "学段：幼儿园、小学、初中、高中、九年一贯制、十二年一贯制",
        "groupType": "集团类型：紧密型、联盟型、区域型、合作型（空 = 紧密型）",
        "tags": "标签，可多个（用、分隔）：核心、新建、薄弱、乡村、民办",
        "subject": "学科：语文、数学、英语、音乐、美术、体育……",
        "subjects": "学科，可多个，用、分隔",
        "school": "学校编号或学校名称", "schools": "学校编号或名称，可多个，用、分隔", "group": "集团编号或集团名称",
        "slots": "时段：周一第3节 或 1-3（第1天第3节），多个用 ; 分隔；先把本列设为“文本”格式，Excel 就不会把 1-3 变成日期",
        "date": "日期：2019-09、2019/9/1、2019年9月 或日期单元格",
        "gender": "男/女（用于法定退休年龄）",
    ]

    /// What some columns mean beyond their kind, in Chinese.
    static let keysZH: [String: String] = [
        "yearsAtSchool": "本校任教年限（年）；空则由入校时间算出", "yearsToRetirement": "距退休年限（年）；空则由退休时间或出生年月与性别算出",
        "joinedSchool": "算出本校任教年限（到计划学年的9月）", "birth": "与性别一起按法定退休年龄（男60→63岁，女55→58岁）算出距退休年限",
        "retirement": "算出距退休年限（优先于出生年月）", "students": "在校学生人数", "minutes": "单程分钟数", "km": "公里；空则按经纬度估算",
        "periodsPerWeek": "每周课时数", "maxPeriodsPerWeek": "走教教师每周最多课时", "unavailable": "走教教师不能上课的时段",
        "slots": "可以安排课的时段", "minYears": "在核心校最少培育年数（空 = 1）", "year": "第几年开放（0 = 一开始就开放；空 = 1）",
        "count": "空缺人数（空 = 1）", "days": "每周上课天数 1–7（空 = 5）", "period": "第几节（按顺序 1、2、3……）",
        "lastYear": "培育的最后一个学年（需 --year）", "mentorCapacity": "最多带教新教师人数（空 = 政策默认）",
        "required.music": "该学科需要的教师数（每个学科一列，如 编制:数学）",
    ]

    /// The note under a column's header: required or not, then what it holds.
    public static func note(key: String, kind: String, required: Bool, help: String, _ lang: Language) -> String {
        let zh = (required ? "必填；" : "") + [kindsZH[kind] ?? "文本", keysZH[key]].compactMap { $0 }.joined(separator: "；")
        return Bilingual(en: (required ? "required; " : "") + help, zh: zh).text(lang)
    }

    /// The first cell of a note row: the importer skips rows whose first cell starts with #.
    public static func firstNote(_ note: String) -> String { "# " + note }

    /// The policy sheet's tab name and headers.
    public static func policySheet(_ lang: Language) -> String { Bilingual(en: "policy", zh: "政策").text(lang) }
    public static func policyHeader(_ lang: Language) -> [String] {
        lang == .zh ? ["参数", "值", "说明"] : ["key", "value", "notes"]
    }

    /// A policy row's key (the Chinese label, or the dotted name) and its note.
    public static func policyKey(_ key: PolicyKey, _ lang: Language) -> String { Bilingual(en: key.name, zh: key.label.zh).text(lang) }
    public static func policyNote(_ key: PolicyKey, _ lang: Language) -> String {
        let unit = key.unit.isEmpty ? "" : Bilingual(en: " (\(key.unit))", zh: "（\(key.unit)）").text(lang)
        return Bilingual(en: key.help.en + unit + "; empty = the preset's value", zh: key.help.zh + unit + "；空 = 预设值").text(lang)
    }

    /// The policy sheet's note row.
    public static func policyNoteRow(_ lang: Language) -> [String] {
        lang == .zh ? ["# 参数名（中文名或英文键，如 exchange.minRate）", "值（空 = 用预设值）", "说明"]
                    : ["# key (its Chinese name or the dotted key)", "value (empty = the preset's)", "notes"]
    }

    /// What `template` prints when it has written the workbook.
    public static func written(_ path: String, sheets: Int, _ lang: Language) -> String {
        Bilingual(en: "\(path): template with \(sheets) sheets written; fill it in, then run rotaplan import --workbook \(path) -o instance.json",
                  zh: "\(path)：已写出模板（\(sheets) 个工作表）；填好后运行 rotaplan import --workbook \(path) -o instance.json").text(lang)
    }
}
