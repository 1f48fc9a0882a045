import Foundation
import RotaplanDomain
import RotaplanText

/// The first-station training plan as a principal reads it (MODEL.md §5, §8): who trains
/// where, with whom and for how long, where they go and when they arrive, each mentor's
/// load, and per school and year the places opening against the hires arriving.
/// Computed from the instance and the solution file alone, so any solution can be
/// reported.
public struct TrainingReport {
    /// The report folder's files, in the order ``files(_:)`` returns their text.
    public static let files = ["placements.csv", "mentors.csv", "arrivals.csv", "summary.md", "report.html"]

    public struct PlacementRow {
        public var hire: Int
        public var host: Int
        public var mentor: Int
        public var years: Int
        public var destination: Int
        /// The school year the hire starts at the destination (= years of training).
        public var arrivalYear: Int { years }
    }

    public struct MentorRow {
        public var teacher: Int
        public var capacity: Int
        /// Hire indices, in id order.
        public var hires: [Int]
    }

    /// Places opening and hires arriving at one school in one subject, by year 0 … maxYears.
    public struct ArrivalRow {
        public var school: Int
        public var subject: Subject
        public var opening: [Int]
        public var arriving: [Int]
    }

    public let instance: Instance
    public let solution: Solution
    public private(set) var placements: [PlacementRow] = []
    /// Every possible mentor at a host of some hire, in teacher order.
    public private(set) var mentors: [MentorRow] = []
    public private(set) var arrivals: [ArrivalRow] = []

    public init(instance x: Instance, solution: Solution) {
        instance = x
        self.solution = solution
        var hireIndex: [String: Int] = [:]
        for (n, h) in x.newHires.enumerated() { hireIndex[h.id.rawValue] = n }
        for p in solution.placements {
            guard let n = hireIndex[p.newHire], let host = x.schoolIndex[SchoolID(p.host)],
                  let m = x.teacherIndex[TeacherID(p.mentor)], let s = x.schoolIndex[SchoolID(p.destination)] else { continue }
            placements.append(PlacementRow(hire: n, host: host, mentor: m, years: p.years, destination: s))
        }
        // Mentors: teachers with capacity at a core, teaching a subject some hire teaches.
        let subjects = Set(x.newHires.map(\.subject))
        var load: [Int: [Int]] = [:]
        for p in placements { load[p.mentor, default: []].append(p.hire) }
        for t in x.teachers.indices {
            let teacher = x.teachers[t]
            let atCore = x.groups.contains { $0.core == teacher.school }
            let capacity = x.mentorCapacity(ofTeacher: t)
            guard load[t] != nil || (atCore && capacity > 0 && subjects.contains(teacher.subject)) else { continue }
            mentors.append(MentorRow(teacher: t, capacity: capacity, hires: (load[t] ?? []).sorted()))
        }
        // Arrivals by school, subject and year.
        let maxYears = x.policy.training.maxYears
        var rows: [String: ArrivalRow] = [:]
        func key(_ s: Int, _ k: Subject) -> String { "\(s)|\(k.key)" }
        func touch(_ s: Int, _ k: Subject) {
            if rows[key(s, k)] == nil {
                rows[key(s, k)] = ArrivalRow(school: s, subject: k, opening: .init(repeating: 0, count: maxYears + 1),
                                             arriving: .init(repeating: 0, count: maxYears + 1))
            }
        }
        for v in x.vacancies where v.year >= 0 && v.year <= maxYears {
            touch(v.school, v.subject)
            rows[key(v.school, v.subject)]!.opening[v.year] += v.count
        }
        for p in placements where p.years >= 0 && p.years <= maxYears {
            let k = x.newHires[p.hire].subject
            touch(p.destination, k)
            rows[key(p.destination, k)]!.arriving[p.years] += 1
        }
        arrivals = rows.values.sorted { ($0.school, $0.subject) < ($1.school, $1.subject) }
    }

    /// The text of each file of ``files``, in that order.
    public func files(_ lang: ReportLanguage) -> [String] {
        [placementsCSV(lang), mentorsCSV(lang), arrivalsCSV(lang), summaryMarkdown(), html()]
    }

    // MARK: CSV

    public func placementsCSV(_ lang: ReportLanguage) -> String { placementsTable(lang).text }

    /// The rows of placements.csv as cells (the workbook's sheet too).
    public func placementsTable(_ lang: ReportLanguage) -> CSVTable {
        var table = CSVTable(header: ReportColumns.placementsCSV.headers(lang))
        for p in placements {
            let hire = instance.newHires[p.hire], mentor = instance.teachers[p.mentor]
            table.append([
                .text(hire.id.rawValue), .text(hire.name), .text(hire.subject.name(lang)),
                .text(instance.schools[p.host].id.rawValue), .text(instance.schools[p.host].name),
                .text(mentor.id.rawValue), .text(mentor.name), .integer(p.years),
                .text(instance.schools[p.destination].id.rawValue), .text(instance.schools[p.destination].name),
                .integer(p.arrivalYear),
            ])
        }
        return table
    }

    public func mentorsCSV(_ lang: ReportLanguage) -> String { mentorsTable(lang).text }

    /// The rows of mentors.csv as cells (the workbook's sheet too).
    public func mentorsTable(_ lang: ReportLanguage) -> CSVTable {
        var table = CSVTable(header: ReportColumns.mentorsCSV.headers(lang))
        for m in mentors {
            let t = instance.teachers[m.teacher]
            table.append([
                .text(t.id.rawValue), .text(t.name), .text(instance.schools[t.school].id.rawValue), .text(instance.schools[t.school].name),
                .text(t.subject.name(lang)), .text(t.title.name(lang)),
                .text((t.backbone ? ReportText.yes : .no).text(lang)),
                .integer(m.capacity), .integer(m.hires.count),
                .text(m.hires.map { instance.newHires[$0].id.rawValue }.joined(separator: " ")),
            ])
        }
        return table
    }

    public func arrivalsCSV(_ lang: ReportLanguage) -> String { arrivalsTable(lang).text }

    /// The rows of arrivals.csv as cells (the workbook's sheet too).
    public func arrivalsTable(_ lang: ReportLanguage) -> CSVTable {
        var table = CSVTable(header: ReportColumns.arrivalsCSV.headers(lang))
        for r in arrivals {
            var open = 0, arrived = 0
            for y in r.opening.indices {
                open += r.opening[y]
                arrived += r.arriving[y]
                guard r.opening[y] + r.arriving[y] > 0 else { continue }
                table.append([
                    .text(instance.schools[r.school].id.rawValue), .text(instance.schools[r.school].name),
                    .text(r.subject.name(lang)), .integer(y), .integer(r.opening[y]), .integer(r.arriving[y]),
                    .integer(open), .integer(arrived),
                ])
            }
        }
        return table
    }

    // MARK: summary.md

    /// Mean training length of the plan, in years.
    var meanYears: Double { placements.isEmpty ? 0 : Double(placements.reduce(0) { $0 + $1.years }) / Double(placements.count) }

    /// Placements at a school tagged new, weak or rural.
    var priorityPlacements: Int {
        placements.filter { !instance.schools[$0.destination].tags.isDisjoint(with: [.new, .weak, .rural]) }.count
    }

    public func summaryMarkdown() -> String {
        let s = solution, md = HTMLPage.md, fmt = HTMLPage.fmt
        var out = "# First-station training 首站式培育: \(md(instance.name))\n\n"
        out += HTMLPage.shortfallMarkdown(s, instance)
        out += HTMLPage.summary(s, body: """
            - new hires placed: **\(placements.count)** of \(instance.newHires.count)
            - mean training length: \(fmt(meanYears, 2)) years (training.maxYears \(instance.policy.training.maxYears))
            - placed at new, weak or rural schools: \(priorityPlacements)
            - mentors used: \(Set(placements.map(\.mentor)).count)

            """)
        out += "\n## Placements 培育安排\n\n| new hire | subject | host | mentor | years | destination | arrives in year |\n|---|---|---|---|---|---|---|\n"
        for p in placements {
            let hire = instance.newHires[p.hire], mentor = instance.teachers[p.mentor]
            out += "| \(md(hire.id.rawValue)) \(md(hire.name)) | \(md("\(hire.subject)")) | \(md(instance.schools[p.host].name)) | \(md(mentor.id.rawValue)) \(md(mentor.name)) | \(p.years) | \(md(instance.schools[p.destination].name)) | \(p.arrivalYear) |\n"
        }
        out += "\n## Mentor load 导师带教\n\n| mentor | school | subject | capacity | hires |\n|---|---|---|---|---|\n"
        for m in mentors where !m.hires.isEmpty {
            let t = instance.teachers[m.teacher]
            out += "| \(md(t.id.rawValue)) \(md(t.name)) | \(md(instance.schools[t.school].name)) | \(md("\(t.subject)")) | \(m.capacity) | \(m.hires.count) |\n"
        }
        out += "\n## Arrivals by school and year 各校到岗\n\nSee `arrivals.csv` (places opening and hires arriving per school, subject and year) and `mentors.csv` (every possible mentor with free capacity).\n"
        return out
    }
}
