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
    public static func importedPlan(_ file: String, problem: String, rows: Int, holds: Bool) -> Bilingual {
        Bilingual(en: "\(file): wrote the \(problem) plan (\(rows) rows); " + (holds ? "it holds" : "it does not hold"),
                  zh: "\(file)：已写入\(problem == "training" ? "培育" : "交流")方案（\(rows) 行）；" + (holds ? "方案成立" : "方案不成立"))
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
