import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

@Suite struct EditRoutesTests {
    /// Two English teachers who would trade places (S03 → S04, S04 → S03) both stay: holds.
    static let holdingEdit = [("dest.T0303", ""), ("dest.T0404", "")]
    /// T0104 (N01's mentor at S01) moves as well: §5 mentors and §4 rules break.
    static let brokenEdit = [("dest.T0104", "S02")]
    static let brokenSentence = "N01 的导师 T0104 在 S02 任教，不在培育校 S01"

    @Test func editPageHasDestinationsSwapAndCheck() async throws {
        let t = try TestBench()
        let (w, i) = try t.workspace()
        let plan = try t.solve(i)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let html = String(buffer: try await b.get(client, "/w/\(w.id!)/plans/\(plan.id!)/edit").body)
            #expect(html.contains("<tr data-teacher=\"T0103\">"))
            #expect(html.contains("class=\"destination\" name=\"dest.T0103\" data-base=\"S02\""))
            #expect(html.contains("id=\"swap\""))
            #expect(html.contains("id=\"check-result\""))
            #expect(html.contains("id=\"violations\""))
            #expect(html.contains("id=\"distance\""))
            #expect(html.contains("id=\"edit-save\""))
            #expect(html.contains("所有规则都满足"))
        }
    }

    @Test func checkOfAHoldingEditGivesTheDistanceFromTheOptimum() async throws {
        let t = try TestBench()
        let (w, i) = try t.workspace()
        let plan = try t.solve(i)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(w.id!)/plans/\(plan.id!)/check", Self.holdingEdit)
            #expect(r.status == .ok)
            let json = String(buffer: r.body)
            #expect(json.contains("\"holds\":true"))
            #expect(json.contains("与最优方案相比：目标值"))
            #expect(json.contains("交流人数 18，原为 20"))
            // A swap gives the same as the two destinations.
            let swap = try await b.post(client, "/w/\(w.id!)/plans/\(plan.id!)/check", [("a", "T0303"), ("b", "T0404")])
            #expect(String(buffer: swap.body) == json)
            let bad = try await b.post(client, "/w/\(w.id!)/plans/\(plan.id!)/check", [("dest.T9999", "S02")])
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test func checkOfABrokenEditListsTheViolation() async throws {
        let t = try TestBench()
        let (w, i) = try t.workspace()
        let plan = try t.solve(i)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(w.id!)/plans/\(plan.id!)/check", Self.brokenEdit)
            let json = String(buffer: r.body)
            #expect(json.contains("\"holds\":false"))
            #expect(json.contains(Self.brokenSentence), "\(json)")
            // Saving it needs "save anyway".
            let refused = try await b.post(client, "/w/\(w.id!)/plans/\(plan.id!)/edit", [("base", "\(plan.id!)")] + Self.brokenEdit)
            #expect(refused.status == .unprocessableContent)
            let saved = try await b.post(client, "/w/\(w.id!)/plans/\(plan.id!)/edit", [("base", "\(plan.id!)"), ("saveAnyway", "1")] + Self.brokenEdit)
            #expect(saved.status == .seeOther)
            let page = String(buffer: try await b.get(client, saved.headers[.location] ?? "").body)
            #expect(page.contains("id=\"plan-violations\""))
            #expect(try t.wb.store.latestPlan(workspace: w.id!, year: 2025)?.summary.contains("违反") == true)
        }
    }

    @Test func savedEditIsVersion2AndAStaleBaseIs409() async throws {
        let t = try TestBench()
        let (w, i) = try t.workspace()
        let plan = try t.solve(i)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(w.id!)/plans/\(plan.id!)/edit", [("base", "\(plan.id!)")] + Self.holdingEdit)
            #expect(r.status == .seeOther)
            let latest = try #require(try t.wb.store.latestPlan(workspace: w.id!, year: 2025))
            #expect(latest.version == 2)
            #expect(latest.origin == .edit)
            #expect(latest.parentId == plan.id)
            #expect(r.headers[.location] == "/w/\(w.id!)/plans/\(latest.id!)")
            let folder = try #require(latest.folderURL(t.wb.store.files))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("solution.json").path))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report/report.html").path))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report/plan.xlsx").path))
            // The new version's page says what changed against v1.
            let page = String(buffer: try await b.get(client, r.headers[.location] ?? "").body)
            #expect(page.contains("id=\"changes\" data-count=\"2\""))
            #expect(page.contains("T0404（白颖）：调往 S03（龙翔初级中学） → 留任。"))
            // v1 is no longer the year's latest plan: an edit of it is refused, nothing written.
            let stale = try await b.post(client, "/w/\(w.id!)/plans/\(plan.id!)/edit", [("base", "\(plan.id!)")] + Self.holdingEdit)
            #expect(stale.status == .conflict)
            #expect(try t.wb.store.latestPlan(workspace: w.id!, year: 2025)?.version == 2)
        }
    }
}
