import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// `rotaplan import` of the §11 state: the 交流状态 / 人事关系学校 / 交流起始年 / 期限 columns
/// of the teachers table and the 在培新教师 (trainees) table.
@Suite struct YearImportTests {
    static let schools = "学校编号,学段,标签,纬度,经度\nS1,小学,核心,34.7,113.7\nS2,小学,,34.75,113.75\n"
    static let groups = "集团编号,核心校,成员校\nG1,S1,S2\n"
    static let teachers = "教师编号,学校,学科,本校任教年限,交流状态,人事关系学校,交流起始年,期限\nT1,S1,数学,8,,,,\nT2,S2,数学,1,是,S1,2024,3\n"
    static let trainees = "编号,姓名,学科,培育学校,导师,去向学校,培育截止年\nN7,王乐,数学,S1,T1,S2,2026\n"

    static func sources(_ teachers: String = teachers) -> [ImportTable: CSVImporter.Source] {
        [.schools: .init(name: "schools.csv", bytes: Array(schools.utf8)), .groups: .init(name: "groups.csv", bytes: Array(groups.utf8)),
         .teachers: .init(name: "teachers.csv", bytes: Array(teachers.utf8)),
         .trainees: .init(name: "trainees.csv", bytes: Array(Self.trainees.utf8))]
    }

    @Test func theColumnsAndTheTableAreRead() throws {
        let x = try CSVImporter.load(sources: Self.sources(), name: "t", year: 2025).instance
        #expect(x.year == 2025)
        #expect(x.teachers[0].onExchange == nil)
        #expect(x.teachers[1].onExchange == OnExchange(from: 0, since: 2024, termYears: 3))
        #expect(x.trainees == [Trainee(id: "N7", name: "王乐", subject: Subject("math"), host: 0, destination: 1, mentor: 0, lastYear: 2026)])
    }

    @Test func aProblemNamesTheCell() {
        do {
            _ = try CSVImporter.load(sources: Self.sources(Self.teachers.replacingOccurrences(of: "2024,3", with: "2026,3")), name: "t", year: 2025)
            Issue.record("accepted")
        } catch {
            let text = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(text.contains("teachers.csv:3:") && text.contains("the term starts in 2026, after the instance's year 2025"), "\(text)")
        }
    }

    @Test func withoutAYearTheTermIsRefused() {
        #expect(throws: InstanceError.self) { try CSVImporter.load(sources: Self.sources(), name: "t") }
    }
}
