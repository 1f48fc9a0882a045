import Foundation
import Testing
import RotaplanDomain
import RotaplanModels
import RotaplanReports

/// One printable notice per school (issue 17 item 6) on the bundled Zhengdong plan: who
/// leaves and where to, who arrives and from where, hires, visiting teachers, costs,
/// the plan's year and a signature line, in the report's language.
@Suite struct SchoolNoticeTests {
    @Test func noticesNameEveryMoveHireAndVisitOfTheirSchool() throws {
        var x = try zhengdong()
        x.year = 2025
        let (plan, _) = try solvedPlan(x)
        #expect(!plan.exchanges.isEmpty && !plan.placements.isEmpty && !plan.lessons.isEmpty)
        let report = PlanReport(instance: x, solution: plan)
        for lang in ReportLanguage.allCases {
            let notices = report.notices(lang)
            #expect(notices.map(\.file) == x.schools.map { "notices/\($0.id.rawValue).html" })
            #expect(notices == report.notices(lang), "deterministic")
            func page(_ s: String) -> String { notices[x.schoolIndex[SchoolID(s)]!].html }
            for e in plan.exchanges {
                let t = x.teachers[x.teacherIndex[TeacherID(e.teacher)]!]
                let from = page(e.from), to = page(e.to)
                #expect(from.contains(t.name) && from.contains(x.schools[x.schoolIndex[SchoolID(e.to)]!].name))
                #expect(to.contains(t.name) && to.contains(x.schools[x.schoolIndex[SchoolID(e.from)]!].name))
            }
            for p in plan.placements {
                let h = x.newHires.first { $0.id.rawValue == p.newHire }!
                #expect(page(p.destination).contains(h.name))
            }
            let after = x.afterExchange(plan.exchanges)
            for l in plan.lessons {
                let t = after.teachers[after.teacherIndex[TeacherID(l.teacher)]!]
                guard after.schools[t.school].id.rawValue != l.school else { continue }
                #expect(page(l.school).contains(t.name))
            }
            for n in notices {
                #expect(n.html.hasPrefix("<!DOCTYPE html>"))
                #expect(n.html.contains("@page") && n.html.contains("A4"))
                #expect(!n.html.contains("<script") && !n.html.contains("http://") && !n.html.contains("https://"))
                let text = PlanReportTests.withoutInstanceWords(PlanReportTests.visibleText(n.html), x)
                #expect(text.contains(lang == .zh ? "校长签字" : "Principal's signature"))
                #expect(text.contains(lang == .zh ? "日期" : "Date"))
                #expect(text.contains(lang == .zh ? "2025–26 学年" : "school year 2025–26"))
                #expect(!text.contains(lang == .zh ? "Principal" : "校长"))
            }
        }
    }
}
