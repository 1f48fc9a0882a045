import RotaplanText

/// The words of the year page (`/w/:ws/years/:year`), the hub of a school year.
extension WorkbenchText {
    public static let roster = Bilingual(en: "Roster", zh: "名册")
    public static let schoolsCount = Bilingual(en: "Schools", zh: "学校")
    public static let teachersCount = Bilingual(en: "Teachers", zh: "教师")
    public static let hiresCount = Bilingual(en: "New hires", zh: "新教师")
    public static let demandCount = Bilingual(en: "Walking-teaching lines", zh: "走教需求")
    public static let groupsCount = Bilingual(en: "Groups", zh: "集团")
    public static let presetLabel = Bilingual(en: "Policy preset", zh: "政策预设")
    public static func instanceVersion(_ v: Int, _ who: String, _ when: String) -> Bilingual {
        Bilingual(en: "version \(v), by \(who), \(when)", zh: "第 \(v) 版，\(who)，\(when)")
    }
    public static let downloadInstance = Bilingual(en: "Download the instance file (.json)", zh: "下载实例文件（.json）")
    public static let uploadNewVersion = Bilingual(en: "Upload a new roster", zh: "上传新名册")
    public static let policyLink = Bilingual(en: "Policy settings", zh: "政策参数")
    public static let compareLink = Bilingual(en: "Compare policy variants", zh: "比较政策方案")
    public static let horizonLink = Bilingual(en: "Several years ahead", zh: "多年规划")
    public static let makePlan = Bilingual(en: "Make a plan", zh: "编制方案")
    public static let plansTitle = Bilingual(en: "Plans", zh: "方案")
    public static let noPlans = Bilingual(en: "No plan yet for this year.", zh: "本学年还没有方案。")
    public static let jobsTitle = Bilingual(en: "Solves in progress", zh: "正在求解")
    public static let noJobs = Bilingual(en: "No solve is queued or running.", zh: "没有排队或运行中的求解。")
    public static let unreadableInstance = Bilingual(en: "The stored instance could not be read; upload the roster again.",
                                                     zh: "无法读取保存的实例；请重新上传名册。")
}
