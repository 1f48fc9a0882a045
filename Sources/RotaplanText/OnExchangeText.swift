/// The words for teachers in the middle of an exchange term (MODEL.md §11) in the reports
/// and school notices: a heading, a lead, the columns and the return year.
public enum OnExchangeText: Sendable, CaseIterable {
    case heading, lead, noticeHeading
    case teacher, name, subject, personnelSchool, teachingSchool, since, termYears, returns

    public var text: Bilingual {
        switch self {
        case .heading: return Bilingual(en: "Teachers on exchange", zh: "在交流中的教师")
        case .lead: return Bilingual(en: "These teachers are in the middle of an exchange term this year: they teach where they are, count there, and are not eligible to move again until they are back (MODEL.md §11).",
                                     zh: "以下教师本学年仍在交流期内：在任教学校任教并计入该校，返回人事关系学校之前不再参加交流（MODEL.md §11）。")
        case .noticeHeading: return Bilingual(en: "Teachers on exchange (this school's, or teaching here)", zh: "交流期内的教师（本校派出或在本校任教）")
        case .teacher: return Bilingual(en: "Teacher", zh: "教师编号")
        case .name: return Bilingual(en: "Name", zh: "姓名")
        case .subject: return Bilingual(en: "Subject", zh: "学科")
        case .personnelSchool: return Bilingual(en: "Personnel school", zh: "人事关系学校")
        case .teachingSchool: return Bilingual(en: "Teaching at", zh: "任教学校")
        case .since: return Bilingual(en: "Since", zh: "交流起始年")
        case .termYears: return Bilingual(en: "Term (years)", zh: "期限（年）")
        case .returns: return Bilingual(en: "Returns in school year", zh: "返回学年")
        }
    }

    /// The columns of the table, in order.
    public static let columns: [OnExchangeText] = [.teacher, .name, .subject, .personnelSchool, .teachingSchool, .since, .termYears, .returns]
}
