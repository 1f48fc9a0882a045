import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// Rosters as bureaus keep them (issue 17, item 1; docs/import.md): official title and
/// backbone names, HR columns rotaplan does not read, GBK files.
@Suite struct BureauRosterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/csv-gbk")

    /// Official titles (人社部发〔2015〕79号 names and the former 中学/小学 series) map to
    /// the title scores of MODEL.md §2; 正高级 counts as senior.
    @Test func officialTitleNamesAreRead() throws {
        let titles = ["正高级教师", "高级教师", "一级教师", "二级教师", "三级教师", "中学高级教师", "小学高级教师", "中学一级教师", "小学一级教师", "中小学高级教师"]
        let rows = titles.enumerated().map { "T\($0.offset),S1,数学,\($0.element)" }.joined(separator: "\n")
        let x = try ImportTests.run([.teachers: "教师编号,学校,学科,职称\n\(rows)\n"]).get().instance
        #expect(x.teachers.map(\.title) == [.senior, .senior, .first, .second, .none, .senior, .first, .first, .second, .senior])
    }

    /// Backbone levels mean backbone = true; the levels are kept in one import note.
    @Test func backboneLevelsAreBackboneAndKeptInANote() throws {
        let teachers = "教师编号,学校,学科,骨干\nT1,S1,数学,市级骨干\nT2,S1,数学,区级骨干\nT3,S1,数学,县级骨干\nT4,S1,数学,学科带头人\nT5,S1,数学,否\nT6,S1,数学,\nT7,S1,数学,市级骨干教师\n"
        let loaded = try ImportTests.run([.teachers: teachers]).get()
        #expect(loaded.instance.teachers.map(\.backbone) == [true, true, true, true, false, false, true])
        let notes = loaded.warnings.filter { $0.severity == .note }.map(\.description)
        #expect(notes == ["teachers.csv:1:4: note: 骨干: backbone levels read as backbone = true (the level itself is not part of the instance): 市级骨干 T1; 区级骨干 T2; 县级骨干 T3; 学科带头人 T4; 市级骨干教师 T7"], "\(notes)")
    }

    @Test func yesNoBackboneColumnAndSchoolYearsColumnAreRead() throws {
        let loaded = try ImportTests.run([.teachers: "教师编号,学校,学科,是否骨干,本校教龄\nT1,S1,数学,是,6\nT2,S1,数学,否,2\n"]).get()
        #expect(loaded.instance.teachers.map(\.backbone) == [true, false])
        #expect(loaded.instance.teachers.map(\.yearsAtSchool) == [6, 2])
    }

    @Test func anUnknownBackboneLevelIsAnError() {
        let found = ImportTests.problems([.teachers: "教师编号,学校,学科,骨干\nT1,S1,数学,优秀\n"])
        #expect(found.first?.hasPrefix("teachers.csv:2:4: error: 骨干: \"优秀\" is not a yes/no value; write 是 or 否 (also true/false, Y/N, 1/0, √, or leave the cell empty for no), or a backbone level such as 市级骨干") == true, "\(found)")
    }

    /// HR columns rotaplan does not read are kept in the file and ignored, with one
    /// warning per column (not per row), saying how to map one.
    @Test func unknownColumnsAreOneWarningEach() throws {
        let teachers = "教师编号,姓名,民族,学校,学科,政治面貌\nT1,张三,汉,S1,数学,党员\nT2,李四,回,S2,语文,群众\nT3,王五,汉,S1,数学,\n"
        let loaded = try ImportTests.run([.teachers: teachers]).get()
        #expect(loaded.instance.teachers.count == 3)
        let warnings = loaded.warnings.map(\.description)
        #expect(warnings.count == 2, "\(warnings)")
        #expect(warnings.first?.hasPrefix("teachers.csv:1:3: warning: 民族: column \"民族\" is not one rotaplan reads: its 3 values are ignored") == true, "\(warnings)")
        #expect(warnings.first?.contains("rename the header") == true)
        #expect(warnings.last?.hasPrefix("teachers.csv:1:6: warning: 政治面貌: column \"政治面貌\" is not one rotaplan reads: its 2 values are ignored") == true, "\(warnings)")
    }

    /// A GBK file (written with `iconv -t GBK`) is read as GB18030 with a note naming it.
    @Test func gbkFilesAreReadWithANote() throws {
        let paths: [ImportTable: String] = [.schools: Self.fixtures.appendingPathComponent("学校.csv").path,
                                            .teachers: Self.fixtures.appendingPathComponent("教师.csv").path]
        let loaded = try CSVImporter.load(paths: paths, name: "gbk")
        let x = loaded.instance
        #expect(x.schools.map(\.name) == ["舞阳县第一小学", "舞阳县第二小学"])
        #expect(x.teachers.map(\.name) == ["张三", "李四"])
        #expect(x.teachers.map(\.title) == [.first, .senior])
        let notes = loaded.warnings.filter { $0.severity == .note }.map(\.message)
        #expect(notes.count == 2 && notes.allSatisfy { $0.hasPrefix("the file is not UTF-8; it was read as GBK/GB18030") }, "\(notes)")
    }
}
