import Foundation
import RotaplanDomain
import RotaplanText

/// A walking-teaching timetable as people read it (MODEL.md §6, §8): the lessons, one
/// weekly grid per itinerant teacher and per school, uncovered demand with its reasons,
/// and the transport cost charged to each member school visited (transportPerKm · 2 · km
/// per visit day, §6 "Money"). Computed from the instance and the solution file alone.
public struct WalkingReport {
    public static let files = ["lessons.csv", "summary.md", "report.html"]

    /// One lesson, resolved to indices.
    public struct LessonRow {
        public var teacher: Int
        public var school: Int
        public var className: String
        public var subject: Subject
        public var day: Int
        public var period: Int
        /// The school of the teacher's previous lesson that day when it is another one:
        /// a journey (travel leg) ends here.
        public var arrivingFrom: Int?
    }

    /// Transport charged to one school for the visits it receives.
    public struct SchoolCost {
        public var school: Int
        public var visitDays = 0
        public var weekly = 0.0
        /// Visit days whose km is unknown (not in the cost).
        public var unknownKm = 0
    }

    public let instance: Instance
    public let solution: Solution
    /// Why each uncovered line is uncovered, one sentence each (from the solver).
    public let explanations: [String]
    public private(set) var lessons: [LessonRow] = []
    public private(set) var costs: [SchoolCost] = []

    /// School weeks in a term: half of cost.workdaysPerYear, in weeks of calendar.days.
    public var weeksPerTerm: Double {
        let days = Double(instance.calendar?.days ?? 5)
        return instance.policy.cost.workdaysPerYear / 2 / days
    }

    public init(instance x: Instance, solution: Solution, explanations: [String] = []) {
        self.instance = x
        self.solution = solution
        self.explanations = explanations
        var rows: [LessonRow] = []
        for e in solution.lessons {
            guard let t = x.teacherIndex[TeacherID(e.teacher)], let s = x.schoolIndex[SchoolID(e.school)] else { continue }
            rows.append(LessonRow(teacher: t, school: s, className: e.class, subject: Subject(e.subject), day: e.day, period: e.period))
        }
        rows.sort { ($0.teacher, $0.day, $0.period) < ($1.teacher, $1.day, $1.period) }
        for i in rows.indices.dropFirst() where rows[i - 1].teacher == rows[i].teacher && rows[i - 1].day == rows[i].day
            && rows[i - 1].school != rows[i].school {
            rows[i].arrivingFrom = rows[i - 1].school
        }
        lessons = rows
        var bySchool = x.schools.indices.map { SchoolCost(school: $0) }
        var seen = Set<[Int]>()
        for r in rows where r.school != x.teachers[r.teacher].school && seen.insert([r.teacher, r.school, r.day]).inserted {
            bySchool[r.school].visitDays += 1
            if let km = x.travel.km(x.teachers[r.teacher].school, r.school) {
                bySchool[r.school].weekly += x.walkingTransport(km: km)
            } else {
                bySchool[r.school].unknownKm += 1
            }
        }
        costs = bySchool.filter { $0.visitDays > 0 }
    }

    /// Itinerant teachers with at least one lesson, in instance order.
    public var teachersTeaching: [Int] { Array(Set(lessons.map(\.teacher))).sorted() }
    /// Schools receiving at least one lesson, in instance order.
    public var schoolsVisited: [Int] { Array(Set(lessons.map(\.school))).sorted() }


    /// The three report files, in ``files`` order.
    public func files(_ lang: ReportLanguage) -> [String] { [lessonsCSV(lang), summaryMarkdown(), html()] }

    // MARK: lessons.csv

    public func lessonsCSV(_ lang: ReportLanguage) -> String { lessonsTable(lang).text }

    /// The rows of lessons.csv as cells (the workbook's sheet too).
    public func lessonsTable(_ lang: ReportLanguage) -> CSVTable {
        var table = CSVTable(header: ReportColumns.lessonsCSV.headers(lang))
        for r in lessons {
            let t = instance.teachers[r.teacher], p = instance.calendar?.periods[r.period - 1]
            table.append([
                .text(t.id.rawValue), .text(t.name), .text(instance.schools[t.school].id.rawValue),
                .text(instance.schools[r.school].id.rawValue), .text(instance.schools[r.school].name),
                .text(r.className), .text(r.subject.name(lang)), .integer(r.day), .integer(r.period),
                .text(p.map { Self.clock($0.start) } ?? ""), .text(p.map { Self.clock($0.end) } ?? ""),
                .text(r.arrivingFrom.map { instance.schools[$0].id.rawValue } ?? ""),
            ])
        }
        return table
    }

    static func clock(_ minutes: Int) -> String { String(format: "%02d:%02d", minutes / 60, minutes % 60) }

    // MARK: summary.md

    public func summaryMarkdown() -> String {
        let s = solution, fmt = HTMLPage.fmt, md = HTMLPage.md
        let demand = instance.walkingDemand.reduce(0) { $0 + $1.periodsPerWeek }
        let uncovered = s.uncovered.reduce(0) { $0 + $1.periods }
        var out = "# Walking teaching timetable 走教课表: \(md(instance.name))\n\n"
        out += HTMLPage.shortfallMarkdown(s, instance)
        out += "- status: **\(s.status.rawValue)**"
        if let o = s.objective { out += ", objective \(fmt(o, 4))" }
        if let g = s.gap, s.status == .feasible { out += ", gap \(fmt(g * 100, 2))%" }
        out += "\n" + HTMLPage.gapMarkdown(s) + "- lessons: **\(lessons.count)** of \(demand) periods a week; uncovered: **\(uncovered)**\n"
        out += "- itinerant teachers teaching: \(teachersTeaching.count) at \(schoolsVisited.count) schools\n"
        let weekly = costs.reduce(0) { $0 + $1.weekly }
        out += "- transport: \(fmt(weekly, 2)) yuan a week, \(fmt(weekly * weeksPerTerm, 0)) a term (\(fmt(weeksPerTerm, 0)) weeks)\n"
        if let m = s.model { out += "- model: \(m.rows) rows, \(m.columns) columns, \(m.nonzeros) nonzeros\(s.seconds.map { ", solved in \(fmt($0, 2)) s" } ?? "")\n" }
        out += "\n## Teachers 走教教师\n\n| teacher | home school | periods | visit days | schools |\n|---|---|---|---|---|\n"
        for t in teachersTeaching {
            let mine = lessons.filter { $0.teacher == t }, teacher = instance.teachers[t]
            let days = Set(mine.filter { $0.school != teacher.school }.map { [$0.school, $0.day] }).count
            let schools = Array(Set(mine.map(\.school))).sorted().map { instance.schools[$0].id.rawValue }.joined(separator: ", ")
            out += "| \(md(teacher.id.rawValue)) \(md(teacher.name)) | \(md(instance.schools[teacher.school].name)) | \(mine.count) | \(days) | \(md(schools)) |\n"
        }
        out += "\n## Transport charged to schools 交通费\n\n| school | visit days a week | yuan a week | yuan a term |\n|---|---|---|---|\n"
        for c in costs {
            let school = instance.schools[c.school]
            out += "| \(md(school.id.rawValue)) \(md(school.name)) | \(c.visitDays) | \(fmt(c.weekly, 2)) | \(fmt(c.weekly * weeksPerTerm, 0))\(c.unknownKm > 0 ? " (\(c.unknownKm) visit days without km)" : "") |\n"
        }
        if !explanations.isEmpty {
            out += "\n## Uncovered demand 未排课时\n\n"
            for e in explanations { out += "- \(md(e))\n" }
        }
        out += "\n## Lessons 课表\n\nSee `lessons.csv` (opens in Excel) and the weekly grids in `report.html`.\n"
        return out
    }
}
