import RotaplanDomain

/// The generator's working records. They hold plain indices and numbers; `Emit` turns
/// them into `rotaplan-instance/1` JSON, which the domain loader then validates.

enum SchoolRole: Sendable { case core, member, attached, single }

struct DraftSchool {
    var name: String
    var district: Int
    var stage: Stage
    var role: SchoolRole
    var tags: [SchoolTag]
    var lat: Double
    var lon: Double
    /// Relative size before scaling to the teacher target.
    var rawStudents: Double
    var students = 0
    var group: Int?
    /// Staffing noise (teachers per standard), drawn once.
    var staffing = 1.0
    var teacherCount = 0
    /// Index of the school's first teacher.
    var firstTeacher = 0
    /// Teachers by subject index (``Subjects/keys``).
    var counts: [Int] = []
    /// Required teachers by subject index; nil = no requirement.
    var required: [Int?] = []

    func has(_ t: SchoolTag) -> Bool { tags.contains(t) }
    var rural: Bool { has(.rural) }
}

struct DraftGroup {
    var name: String
    var type: GroupType
    var core: Int
    var members: [Int]
    var schools: [Int] { [core] + members }
}

struct DraftItinerant {
    var maxPeriodsPerWeek: Int?
    var unavailable: [Slot]
}

struct DraftTeacher {
    var name: String
    var school: Int
    var subject: Int
    var otherSubjects: [Int] = []
    var title: Title
    var backbone: Bool
    var yearsAtSchool: Int
    var yearsToRetirement: Int
    var exempt = false
    var preferences: [Int] = []
    var seekingSeniorTitle = false
    var mentorCapacity: Int?
    var itinerant: DraftItinerant?

    /// The capacity the training model will use (MODEL.md §5 default: 2 for backbone or senior).
    func effectiveMentorCapacity(default d: Int) -> Int {
        mentorCapacity ?? ((backbone || title == .senior) ? d : 0)
    }
}

struct DraftNewHire {
    var name: String
    var group: Int?
    var district: String?
    var subject: Int
    var minYears: Int
    var preferences: [Int]
}

struct DraftVacancy {
    var school: Int
    var subject: Int
    var year: Int
    var count: Int
}

struct DraftDemand {
    var school: Int
    var className: String
    var subject: Int
    var periodsPerWeek: Int
    var slots: [Slot]
}

struct DraftTravel {
    var from: Int
    var to: Int
    var minutes: Double
    var km: Double?
}

/// The subjects the generator staffs, in MODEL.md §10 order, with teacher shares by stage.
enum Subjects {
    static let keys = ["chinese", "math", "english", "physics", "chemistry", "biology", "politics", "history", "geography",
                       "science", "music", "art", "pe", "it", "psychology"]
    static let count = keys.count
    static let chinese = 0, math = 1, english = 2, physics = 3, science = 9
    static let music = 10, art = 11, pe = 12, it = 13, psychology = 14
    /// Subjects that walking teachers (走教) cover.
    static let walking = [music, art, pe, english, it]

    static func index(_ key: String) -> Int { keys.firstIndex(of: key)! }

    /// Share of a school's teachers by primary subject. Sources: the compulsory curriculum
    /// plan 义务教育课程方案 (2022) lesson-hour shares (语文 20–22 %, 数学 13–15 %, 外语 6–8 %,
    /// 艺术 9–11 %, 体育与健康 10–11 %, 信息科技 1–3 %) and the senior plan (2017/2020),
    /// with Chinese and mathematics teachers also serving as class teachers (班主任).
    static func shares(_ stage: Stage) -> [Double] {
        switch stage {
        case .primary, .preschool: return primary
        case .junior: return junior
        case .senior: return senior
        case .nineYear: return mix([(primary, 0.62), (junior, 0.38)])
        case .twelveYear: return mix([(primary, 0.45), (junior, 0.30), (senior, 0.25)])
        }
    }

    //                           chi   math  eng   phy   chem  bio   pol   his   geo   sci   mus   art   pe    it    psy
    static let primary: [Double] = [0.27, 0.20, 0.09, 0, 0, 0, 0.04, 0, 0, 0.06, 0.06, 0.06, 0.09, 0.03, 0.02]
    static let junior: [Double] = [0.14, 0.14, 0.13, 0.06, 0.04, 0.05, 0.06, 0.06, 0.05, 0, 0.035, 0.035, 0.08, 0.03, 0.02]
    static let senior: [Double] = [0.12, 0.12, 0.12, 0.09, 0.07, 0.07, 0.06, 0.06, 0.06, 0, 0.02, 0.02, 0.06, 0.03, 0.02]

    static func mix(_ parts: [([Double], Double)]) -> [Double] {
        var out = [Double](repeating: 0, count: count)
        for (shares, w) in parts { for k in 0..<count { out[k] += shares[k] * w } }
        return out
    }

    /// Students per teacher (教育统计: primary ≈ 16.8, junior ≈ 12.7, senior ≈ 12.8 in 2022).
    static func ratio(_ stage: Stage) -> Double {
        switch stage {
        case .primary: return 17
        case .junior: return 13
        case .senior: return 12
        case .nineYear: return 15.4
        case .twelveYear: return 14.3
        case .preschool: return 15
        }
    }

    /// Grades taught at a stage (1–12).
    static func grades(_ stage: Stage) -> ClosedRange<Int> {
        switch stage {
        case .primary, .preschool: return 1...6
        case .junior: return 7...9
        case .senior: return 10...12
        case .nineYear: return 1...9
        case .twelveYear: return 1...12
        }
    }

    /// Weekly periods of a walking subject per class.
    static func periodsPerWeek(_ k: Int, stage: Stage) -> Int {
        switch k {
        case music, art: return 2
        case pe: return 3
        case english: return stage == .primary ? 3 : 4
        default: return 1
        }
    }

    /// Lowest grade with the subject (English and IT from grade 3).
    static func firstGrade(_ k: Int) -> Int { k == english || k == it ? 3 : 1 }
}
