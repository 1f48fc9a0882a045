import RotaplanDomain

/// The CSV tables `rotaplan import` reads and the header names each accepts
/// (docs/import.md): the JSON field names of MODEL.md §2 and their Chinese names.
public enum ImportTable: String, CaseIterable, Sendable {
    case schools, groups, teachers, travel
    case newHires = "new-hires"
    case trainees, vacancies, demand, calendar

    /// The instance list the rows become.
    var list: String {
        switch self {
        case .newHires: return "newHires"
        case .demand: return "walkingDemand"
        case .calendar: return "calendar.periods"
        default: return rawValue
        }
    }

    /// The command-line option that names the file.
    public var option: String { "--\(rawValue)" }

    /// Whether the rows have an `id` column (and so a record id in messages).
    var hasIDs: Bool { [.schools, .groups, .teachers, .newHires, .trainees].contains(self) }

    /// One line of what the table holds, for the help text.
    var summary: String {
        switch self {
        case .schools: return "one row per school"
        case .groups: return "one row per education group (集团)"
        case .teachers: return "one row per teacher"
        case .travel: return "one row per pair of schools (both directions unless the reverse has its own row)"
        case .newHires: return "one row per new hire (首站式培育)"
        case .trainees: return "one row per hire still in first-station training (在培新教师, MODEL.md §11; needs --year)"
        case .vacancies: return "one row per vacancy (岗位空缺)"
        case .demand: return "one row per class and subject taught by walking teachers (走教需求)"
        case .calendar: return "one row per period of the school day, in time order"
        }
    }

    var columns: [ImportColumn] {
        switch self {
        case .schools: return ImportColumn.schools
        case .groups: return ImportColumn.groups
        case .teachers: return ImportColumn.teachers
        case .travel: return ImportColumn.travel
        case .newHires: return ImportColumn.newHires
        case .trainees: return ImportColumn.trainees
        case .vacancies: return ImportColumn.vacancies
        case .demand: return ImportColumn.demand
        case .calendar: return ImportColumn.calendar
        }
    }
}

/// How a cell is read.
enum CellKind: Sendable {
    case text, number, integer, bool, time
    /// yes/no or a backbone level (市级骨干, 学科带头人…), ``CellValues/backbone(_:)``.
    case backbone
    case title, stage, groupType, tags
    case subject, subjects
    case school, schools, group
    case slots
    /// Dates and 性别, read into years (``ImportRun/applyDates(_:_:_:at:_:)``), never written.
    case date, gender
}

/// One accepted column: its canonical (JSON) name, the other names it goes by and how
/// its cells are read.
struct ImportColumn: Sendable {
    let key: String
    let aliases: [String]
    let kind: CellKind
    let required: Bool
    let help: String

    init(_ key: String, _ aliases: [String], _ kind: CellKind, required: Bool = false, _ help: String) {
        self.key = key
        self.aliases = aliases
        self.kind = kind
        self.required = required
        self.help = help
    }

    static let schools: [ImportColumn] = [
        .init("id", ["学校编号", "学校代码", "编号"], .text, required: true, "school id"),
        .init("name", ["学校名称", "校名", "名称"], .text, "school name"),
        .init("district", ["区县", "所在区县", "县区", "区"], .text, "district (区县)"),
        .init("stage", ["学段"], .stage, required: true, "stage: 幼儿园/学前 preschool, 小学 primary, 初中 junior, 高中 senior, 九年一贯制 nine-year, 十二年一贯制 twelve-year"),
        .init("students", ["学生数", "在校生数", "学生人数"], .integer, "number of students"),
        .init("tags", ["标签", "学校类别"], .tags, "list of 核心 core, 新建 new, 薄弱 weak, 乡村/农村 rural, 民办 private"),
        .init("lat", ["纬度", "location.lat"], .number, "latitude in degrees (with lon)"),
        .init("lon", ["经度", "location.lon"], .number, "longitude in degrees (with lat)"),
    ]

    /// Prefixes of the per-subject 编制 columns of schools.csv (`required.math`, `编制:数学`).
    static let requiredPrefixes = ["required.", "required:", "编制:", "编制：", "编制.", "编制-", "编制_"]

    static let groups: [ImportColumn] = [
        .init("id", ["集团编号", "编号"], .text, required: true, "group id"),
        .init("name", ["集团名称", "名称"], .text, "group name"),
        .init("type", ["类型", "集团类型"], .groupType, "紧密型/融合型 tight, 联盟型/聚合型 alliance, 区域型 regional, 合作型/联合型 cooperative (default tight)"),
        .init("core", ["核心校", "核心学校", "牵头学校"], .school, required: true, "the core school (id or name)"),
        .init("members", ["成员校", "成员学校"], .schools, required: true, "list of member schools (ids or names)"),
    ]

    static let teachers: [ImportColumn] = [
        .init("id", ["教师编号", "工号", "编号"], .text, required: true, "teacher id"),
        .init("name", ["姓名", "教师姓名"], .text, "name"),
        .init("school", ["学校", "学校编号", "所在学校", "任教学校"], .school, required: true, "home school (id or name)"),
        .init("subject", ["学科", "任教学科", "主教学科"], .subject, required: true, "primary subject (数学, math, …)"),
        .init("otherSubjects", ["兼教学科", "兼课学科"], .subjects, "list of further subjects"),
        .init("title", ["职称"], .title, "高级 senior, 一级 first, 二级 second, 无 none (empty = none); also the official names 正高级教师/高级教师/一级教师/二级教师/三级教师 and the former 中学高级/小学高级… series"),
        .init("backbone", ["骨干", "骨干教师", "是否骨干", "骨干级别", "骨干类别"], .backbone, "backbone teacher: 是/否, or a level (市级骨干, 区级骨干, 县级骨干, 学科带头人, 名师…), which counts as 是"),
        .init("yearsAtSchool", ["本校任教年限", "本校年限", "在本校年限", "本校教龄"], .number, "years at the present school (empty = 0)"),
        .init("yearsToRetirement", ["距退休年限", "距退休年数"], .number, "years until retirement (empty = not near retirement)"),
        .init("joinedSchool", ["入校时间", "入校日期", "调入本校时间", "来校时间", "到校时间"], .date, "date joined the present school (2019-09, 2019/9/1, 2019年9月, a date cell): gives yearsAtSchool, counted to September of the school year"),
        .init("birth", ["出生年月", "出生日期", "出生时间"], .date, "date of birth: with 性别 gives yearsToRetirement by the statutory retirement age (men 60→63, women 55→58)"),
        .init("gender", ["性别"], .gender, "男/女, for the retirement age"),
        .init("retirement", ["退休时间", "退休日期", "拟退休时间"], .date, "date of retirement: gives yearsToRetirement (wins over 出生年月)"),
        .init("exempt", ["免交流", "免于交流"], .bool, "exempt from the exchange"),
        .init("preferences", ["志愿", "意向学校", "志愿学校"], .schools, "list of wanted schools (ids or names), most wanted first"),
        .init("seekingSeniorTitle", ["评高级", "拟评高级"], .bool, "seeking the senior title"),
        .init("mentorCapacity", ["带教人数", "带徒人数"], .integer, "how many new hires the teacher can mentor (empty = policy default)"),
        .init("itinerant", ["走教"], .bool, "can walk-teach (走教); also implied by a filled maxPeriodsPerWeek or unavailable cell"),
        .init("maxPeriodsPerWeek", ["每周最多课时", "周最多课时", "itinerant.maxPeriodsPerWeek"], .integer, "walk-teaching: most periods a week"),
        .init("unavailable", ["不可排课时段", "不可排时段", "itinerant.unavailable"], .slots, "walk-teaching: list of day-period slots the teacher cannot teach"),
        .init("onExchange", ["交流状态", "交流中"], .bool, "in the middle of an exchange term (交流中 = 是); also implied by a filled from, since or termYears cell (MODEL.md §11; needs --year)"),
        .init("from", ["人事关系学校", "人事关系", "onExchange.from"], .school, "exchange: the personnel school (人事关系), not the school taught at"),
        .init("since", ["交流起始年", "交流开始年份", "onExchange.since"], .integer, "exchange: first year of the term"),
        .init("termYears", ["期限", "交流期限", "onExchange.termYears"], .integer, "exchange: years of the term, 1…80"),
    ]

    static let travel: [ImportColumn] = [
        .init("from", ["起点", "出发学校", "起点学校"], .school, required: true, "school (id or name)"),
        .init("to", ["终点", "到达学校", "终点学校"], .school, required: true, "school (id or name)"),
        .init("minutes", ["分钟", "用时", "用时分钟", "时间"], .number, required: true, "travel minutes"),
        .init("km", ["公里", "距离", "里程"], .number, "km (empty = from the two locations)"),
    ]

    static let newHires: [ImportColumn] = [
        .init("id", ["编号", "新教师编号", "工号"], .text, required: true, "new hire id"),
        .init("name", ["姓名"], .text, "name"),
        .init("group", ["集团", "集团编号", "所属集团"], .group, "group (id or name); wins over district"),
        .init("district", ["区县"], .text, "district, when no group is given"),
        .init("subject", ["学科", "任教学科"], .subject, required: true, "subject"),
        .init("minYears", ["最少年限", "最少培育年限", "培育年限"], .integer, "fewest years at the core (empty = 1)"),
        .init("preferences", ["志愿", "意向学校", "志愿学校"], .schools, "list of wanted schools (ids or names)"),
    ]

    static let trainees: [ImportColumn] = [
        .init("id", ["编号", "新教师编号", "工号"], .text, required: true, "trainee id (unique among trainees, teachers and new hires)"),
        .init("name", ["姓名"], .text, "name"),
        .init("subject", ["学科", "任教学科"], .subject, required: true, "subject"),
        .init("host", ["培育学校", "基地校", "核心校"], .school, required: true, "the core school that trains them (id or name)"),
        .init("mentor", ["导师", "带教导师", "导师编号"], .text, "the mentor's teacher id"),
        .init("destination", ["去向学校", "去向", "分配学校"], .school, required: true, "the school they go to after lastYear (id or name)"),
        .init("lastYear", ["培育截止年", "最后培育年", "结束年份"], .integer, required: true, "last year of training"),
    ]

    static let vacancies: [ImportColumn] = [
        .init("school", ["学校", "学校编号"], .school, required: true, "school (id or name)"),
        .init("subject", ["学科"], .subject, required: true, "subject"),
        .init("year", ["年度", "年份", "第几年"], .integer, "year the place opens, 0 = from the start (empty = 1)"),
        .init("count", ["人数", "数量", "空缺数"], .integer, "number of places (empty = 1)"),
    ]

    static let demand: [ImportColumn] = [
        .init("school", ["学校", "学校编号"], .school, required: true, "school (id or name)"),
        .init("class", ["班级"], .text, required: true, "class, e.g. 三(1)班"),
        .init("subject", ["学科"], .subject, required: true, "subject"),
        .init("periodsPerWeek", ["周课时", "每周课时"], .integer, required: true, "periods a week"),
        .init("slots", ["可排时段", "可排课时段"], .slots, "list of day-period slots the lessons may take"),
    ]

    static let calendar: [ImportColumn] = [
        .init("period", ["节次", "节"], .integer, "period number: 1, 2, … in order (optional check)"),
        .init("start", ["开始", "开始时间", "上课时间"], .time, required: true, "start, HH:MM"),
        .init("end", ["结束", "结束时间", "下课时间"], .time, required: true, "end, HH:MM"),
        .init("days", ["天数", "每周天数"], .integer, "school days a week, 1–7 (one cell is enough; empty = 5)"),
    ]

    /// Column headers that are accepted and ignored (serial numbers and remarks).
    static let ignored = ["序号", "备注", "说明", "注释", "no.", "note", "notes", "remark", "remarks", "comment", "comments"]
}

extension ImportTable {
    /// Every accepted header of every table with what it means, for `rotaplan import --help`
    /// and docs/import.md.
    public static var headerHelp: String {
        var out = ""
        for table in allCases {
            out += "\(table.option) (\(table.summary)):\n"
            for c in table.columns {
                let names = ([c.key] + c.aliases).joined(separator: " / ")
                out += "  \(names)\(c.required ? " (required)" : ""): \(c.help)\n"
            }
            if table == .schools {
                out += "  required.<subject> / 编制:<subject> (one column per subject, e.g. required.math or 编制:数学): teachers needed with that primary subject\n"
            }
        }
        out += "Columns named 序号, 备注, 说明, notes, remarks or starting with # are ignored; any other unknown column is ignored with one warning (an error when its name is close to an accepted one)."
        return out
    }
}
