import RotaplanDomain

/// What validate, import and generate say at the terminal (issue 17 item 5), in both
/// languages: the summary line and the count of problems.
public enum CommandText {
    /// The counts of an instance a summary names.
    public struct Counts: Sendable {
        public var groups, schools, teachers, newHires, vacancies, walkingDemand: Int
        public var preset: String
        public init(_ x: Instance) {
            groups = x.groups.count; schools = x.schools.count; teachers = x.teachers.count
            newHires = x.newHires.count; vacancies = x.vacancies.count; walkingDemand = x.walkingDemand.count
            preset = x.policy.preset.rawValue
        }
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

    /// `FILE: 3 problems; the instance cannot be used`.
    public static func invalid(_ file: String, problems n: Int) -> Bilingual {
        Bilingual(en: "\(file): \(plural(n, "problem")); the instance cannot be used",
                  zh: "\(file)：\(n) 个问题；该实例无法使用")
    }

    /// `FILE: valid — 2 groups, …; preset national[; 1 policy finding]`.
    public static func valid(_ file: String, _ c: Counts, findings: Int) -> Bilingual {
        Bilingual(en: "\(file): valid — \(c.groups) groups, \(c.schools) schools, \(c.teachers) teachers, "
                      + "\(c.newHires) new hires, \(c.walkingDemand) walking-demand lines; preset \(c.preset)"
                      + (findings == 0 ? "" : "; \(plural(findings, "policy finding"))"),
                  zh: "\(file)：有效——\(c.groups) 个集团、\(c.schools) 所学校、\(c.teachers) 名教师、\(c.newHires) 名新教师、"
                      + "\(c.walkingDemand) 条走教需求；政策预设 \(c.preset)" + (findings == 0 ? "" : "；\(findings) 条政策提示"))
    }

    /// `3 problems; nothing was written` (import).
    public static func importFailed(problems n: Int) -> Bilingual {
        Bilingual(en: "\(plural(n, "problem")); nothing was written", zh: "\(n) 个问题；没有写入任何文件")
    }

    /// `FILE: wrote the exchange plan (9 rows); it holds` (import-plan).
    public static func importedPlan(_ file: String, problem: Solution.Problem, rows: Int, holds: Bool) -> Bilingual {
        Bilingual(en: "\(file): wrote the \(problem.rawValue) plan (\(rows) rows); " + (holds ? "it holds" : "it does not hold"),
                  zh: "\(file)：已写入\(problem.zh)方案（\(rows) 行）；" + (holds ? "方案成立" : "方案不成立"))
    }

    /// `PLAN: wrote the plan report in DIR/` (report).
    public static func reportWritten(_ file: String, problem: Solution.Problem, folder: String) -> Bilingual {
        Bilingual(en: "\(file): wrote the \(problem.rawValue) report in \(folder)/", zh: "\(file)：\(problem.zh)报告已写入 \(folder)/")
    }

    /// `PLAN: the plan does not hold; no report written` (report).
    public static func noReport(_ file: String) -> Bilingual {
        Bilingual(en: "\(file): the plan does not hold; no report written", zh: "\(file)：方案不成立；未写报告")
    }

    /// `PLAN: a solution of problem walking has no exchange plan: …` (why).
    public static func noExchangePlan(_ file: String, problem: Solution.Problem) -> Bilingual {
        Bilingual(en: "\(file): a solution of problem \(problem.rawValue) has no exchange plan: give an exchange or plan solution",
                  zh: "\(file)：\(problem.zh)方案中没有交流方案：请给出交流方案或年度方案")
    }

    /// A name `why` cannot find, or finds more than once.
    public static func unknownTeacher(_ file: String, _ name: String) -> Bilingual {
        Bilingual(en: "\(file): error: no teacher has the id or name \"\(name)\"", zh: "\(file)：错误：没有编号或姓名为“\(name)”的教师")
    }

    public static func teachersNamed(_ file: String, _ name: String, ids: [String]) -> Bilingual {
        Bilingual(en: "\(file): error: \(ids.count) teachers are named \"\(name)\" (\(ids.joined(separator: ", "))): give the id",
                  zh: "\(file)：错误：有 \(ids.count) 名教师叫“\(name)”（\(ids.joined(separator: "、"))）：请写编号")
    }

    /// `FILE: luohe small seed 1 — 2 groups, …; 0.12 s` (generate).
    public static func generated(_ file: String, profile: String, size: String, seed: UInt64, _ c: Counts, seconds: String) -> Bilingual {
        Bilingual(en: "\(file): \(profile) \(size) seed \(seed) — \(c.groups) groups, \(c.schools) schools, \(c.teachers) teachers, "
                      + "\(c.newHires) new hires, \(c.vacancies) vacancies, \(c.walkingDemand) walking-demand lines; preset \(c.preset); \(seconds) s",
                  zh: "\(file)：\(profile) \(size) 种子 \(seed)——\(c.groups) 个集团、\(c.schools) 所学校、\(c.teachers) 名教师、"
                      + "\(c.newHires) 名新教师、\(c.vacancies) 个空缺岗位、\(c.walkingDemand) 条走教需求；政策预设 \(c.preset)；\(seconds) 秒")
    }

    /// `FILE: imported …; preset national[; 2 warnings and notes above]`.
    public static func imported(_ file: String, _ c: Counts, warnings w: Int) -> Bilingual {
        Bilingual(en: "\(file): imported \(c.groups) groups, \(c.schools) schools, \(c.teachers) teachers, "
                      + "\(c.newHires) new hires, \(c.vacancies) vacancies, \(c.walkingDemand) walking-demand lines; preset \(c.preset)"
                      + (w == 0 ? "" : "; \(plural(w, "warning")) and note\(w == 1 ? "" : "s") above"),
                  zh: "\(file)：已导入 \(c.groups) 个集团、\(c.schools) 所学校、\(c.teachers) 名教师、\(c.newHires) 名新教师、"
                      + "\(c.vacancies) 个空缺岗位、\(c.walkingDemand) 条走教需求；政策预设 \(c.preset)" + (w == 0 ? "" : "；上面有 \(w) 条警告和提示"))
    }
}

extension Solution.Problem {
    /// The stage as a Chinese sentence names it: 交流轮岗, 首站式培育, 走教, 年度方案.
    public var zh: String {
        switch self {
        case .exchange: return "交流轮岗"
        case .training: return "首站式培育"
        case .walking: return "走教"
        case .plan: return "年度方案"
        }
    }
}
