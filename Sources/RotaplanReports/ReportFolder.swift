import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText

/// Everything `--report DIR` writes (docs/report.md): the report's text files in its
/// `files` order, `plan.xlsx` of its CSV tables and one notice per school
/// (issue 17 item 6).
public struct ReportFolder {
    /// The texts of the report's fixed files, in their order.
    public var texts: [String]
    public var tables: [ReportWorkbook.Table]
    public var notices: [SchoolNotice]
    /// Further files beside the texts (`changes.csv` with `--near`, ``addNear``).
    public var extraFiles: [(path: String, bytes: Data)] = []

    public init(texts: [String], tables: [ReportWorkbook.Table], notices: [SchoolNotice]) {
        self.texts = texts
        self.tables = tables
        self.notices = notices
    }

    /// The folder of `texts` and `tables`, with the notices of `solution` as a plan of `x`.
    public init(texts: [String], tables: [ReportWorkbook.Table], instance x: Instance, solution: Solution, lang: ReportLanguage) {
        self.init(texts: texts, tables: tables, notices: PlanReport(instance: x, solution: solution).notices(lang))
    }

    /// The files besides the texts, by path inside the folder: `plan.xlsx`, then
    /// `notices/SCHOOL.html` in school order.
    public func binaryFiles() throws(XLSXWriter.Failure) -> [(path: String, bytes: Data)] {
        [(ReportWorkbook.file, try ReportWorkbook.bytes(tables))] + extraFiles + notices.map { ($0.file, Data($0.html.utf8)) }
    }
}

extension PlanReport {
    public func folder(_ lang: ReportLanguage) -> ReportFolder {
        ReportFolder(texts: files(lang), tables: tables(lang), notices: notices(lang))
    }
}

extension TrainingReport {
    public func folder(_ lang: ReportLanguage) -> ReportFolder {
        ReportFolder(texts: files(lang), tables: tables(lang), instance: instance, solution: solution, lang: lang)
    }
}

extension WalkingReport {
    public func folder(_ lang: ReportLanguage) -> ReportFolder {
        ReportFolder(texts: files(lang), tables: tables(lang), instance: instance, solution: solution, lang: lang)
    }
}
