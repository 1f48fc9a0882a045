/// The column headers of every report table (CSV files, HTML and Markdown tables), once,
/// in both languages (docs/report.md lists the files).
public enum ReportColumns: Sendable, CaseIterable {
    // Plan report (PlanReport, PlanHTML, PlanMarkdown).
    case metricsCSV, schoolsCSV, costsCSV
    case schoolsTable, movesTable, placementsTable, uncoveredTable, costsTable, solverTable
    case schoolsMarkdown, figureValueMarkdown, stagesMarkdown
    // Single-problem files.
    case exchangesCSV, placementsCSV, mentorsCSV, arrivalsCSV, lessonsCSV
    // Comparison (CompareReport): key and label, then one column per variant.
    case compareCSV
    // Walking grids: the days of the week.
    case weekdays

    /// The headers in both languages, same count and order.
    public var both: (en: [String], zh: [String]) {
        switch self {
        case .metricsCSV: return (["key", "figure", "value"], ["指标代码", "指标", "数值"])
        case .compareCSV: return (["key", "figure"], ["指标代码", "指标"])
        case .schoolsCSV:
            return (["school", "school name", "group", "group name", "teachers before", "teachers after", "backbone before", "backbone after",
                     "quality per teacher before", "quality per teacher after", "subject shortfall before", "subject shortfall after",
                     "sent", "received", "new hires arriving", "visiting lessons a week"],
                    ["学校编号", "学校", "集团编号", "集团", "教师数(前)", "教师数(后)", "骨干(前)", "骨干(后)", "人均质量(前)", "人均质量(后)",
                     "学科缺编(前)", "学科缺编(后)", "派出", "接收", "新教师到岗", "外校走教课时/周"])
        case .costsCSV:
            return (["school", "school name", "group", "exchange allowance (yuan a year)", "exchange transport (yuan a year)",
                     "walking visit days a week", "walking transport (yuan a week)", "walking transport (yuan a year)",
                     "total (yuan a year)", "visit days without km"],
                    ["学校编号", "学校", "集团编号", "交流生活补助(元/年)", "交流交通费(元/年)", "走教外出人日/周", "走教交通费(元/周)",
                     "走教交通费(元/年)", "合计(元/年)", "缺少公里数的走教人日"])
        case .schoolsTable:
            return (["School", "Group", "Teachers", "Backbone", "Quality per teacher", "Subject shortfall", "Sent", "Received",
                     "New hires arriving", "Visiting lessons a week"],
                    ["学校", "集团", "教师数", "骨干", "人均质量", "学科缺编", "派出", "接收", "新教师到岗", "外校走教课时/周"])
        case .movesTable:
            return (["Teacher", "Subject", "Title", "Backbone", "From", "To", "Minutes one way", "Yuan a year"],
                    ["教师", "学科", "职称", "骨干", "原学校", "交流学校", "单程分钟", "年度费用（元）"])
        case .placementsTable:
            return (["New hire", "Subject", "Host (core school)", "Mentor", "Years", "Destination", "Arrives in year"],
                    ["新教师", "学科", "培育学校（核心校）", "导师", "培育年限", "去向学校", "到岗学年"])
        case .uncoveredTable: return (["School", "Class", "Subject", "Periods a week"], ["学校", "班级", "学科", "未排课时/周"])
        case .costsTable:
            return (["School", "Exchange allowance (yuan a year)", "Exchange transport (yuan a year)", "Walking visit days a week",
                     "Walking transport (yuan a week)", "Walking transport (yuan a year)", "Total (yuan a year)"],
                    ["学校", "交流生活补助（元/年）", "交流交通费（元/年）", "走教外出人日/周", "走教交通费（元/周）", "走教交通费（元/年）", "合计（元/年）"])
        case .solverTable:
            return (["Stage", "Status", "Objective", "Bound", "Gap", "Seconds", "Rows", "Columns", "Nonzeros", "Integers"],
                    ["阶段", "状态", "目标值", "下界", "间隙", "用时（秒）", "约束行", "变量列", "非零元", "整数变量"])
        case .schoolsMarkdown:
            return (["school", "group", "teachers", "backbone", "quality per teacher", "subject shortfall", "sent", "received", "new hires arriving",
                     "visiting lessons a week"],
                    ["学校", "集团", "教师数", "骨干", "人均质量", "学科缺编", "派出", "接收", "新教师到岗", "外校走教课时/周"])
        case .figureValueMarkdown: return (["figure", "value"], ["指标", "数值"])
        case .stagesMarkdown: return (["stage", "status", "objective", "gap", "seconds"], ["阶段", "状态", "目标值", "间隙", "用时（秒）"])
        case .exchangesCSV:
            return (["teacher", "name", "subject", "title", "backbone", "from", "from name", "to", "to name", "minutes", "yearly cost (yuan)"],
                    ["教师编号", "姓名", "学科", "职称", "骨干", "原学校编号", "原学校", "交流学校编号", "交流学校", "单程分钟", "年度费用(元)"])
        case .placementsCSV:
            return (["new hire", "name", "subject", "host", "host name", "mentor", "mentor name", "years", "destination", "destination name", "arrival year"],
                    ["新教师编号", "姓名", "学科", "培育学校编号", "培育学校", "导师编号", "导师", "培育年限", "去向学校编号", "去向学校", "到岗学年"])
        case .mentorsCSV:
            return (["mentor", "name", "school", "school name", "subject", "title", "backbone", "capacity", "hires", "new hires"],
                    ["导师编号", "姓名", "学校编号", "学校", "学科", "职称", "骨干", "带教容量", "带教人数", "新教师"])
        case .arrivalsCSV:
            return (["school", "school name", "subject", "year", "places opening", "hires arriving", "places open so far", "hires arrived so far"],
                    ["学校编号", "学校", "学科", "学年", "新增空编", "到岗人数", "累计空编", "累计到岗"])
        case .lessonsCSV:
            return (["teacher", "name", "home school", "school", "school name", "class", "subject", "day", "period", "start", "end", "arriving from"],
                    ["教师编号", "姓名", "任职学校", "授课学校编号", "授课学校", "班级", "学科", "星期", "节次", "开始", "结束", "从外校赶来"])
        case .weekdays:
            return (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"])
        }
    }

    /// The headers in `lang`.
    public func headers(_ lang: Language) -> [String] {
        switch lang {
        case .en: return both.en
        case .zh: return both.zh
        }
    }

    /// Header i in `lang`, or in both ("中文 English") when `lang` is nil.
    public func header(_ i: Int, _ lang: Language?) -> String { Bilingual(en: both.en[i], zh: both.zh[i]).text(lang) }
}
