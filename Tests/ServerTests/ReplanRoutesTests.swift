import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Re-plan near a plan (MODEL.md §12) from its page: a pin, then POST …/replan.
@Suite struct ReplanRoutesTests {
    @Test func pinThenReplanKeepsThePinAndShowsTheChanges() async throws {
        let wb = try JobFixture.bench()
        let (w, i) = try JobFixture.workspace(wb)
        let ws = w.id!
        try await WorkbenchApp.application(wb).test(.router) { client in
            let b = try await Browser.signIn(client)
            let first = try await wb.jobs.enqueue(.plan(i, timeLimit: 60, who: "test", language: .zh))
            await wb.jobs.wait(for: first)
            let planId = try #require(try JobFixture.job(wb, first).planId)
            let plan = try #require(try wb.store.plan(planId, workspace: ws))
            let solution = try String(contentsOf: try #require(plan.folderURL(wb.store.files)).appendingPathComponent(PlanFolder.solution), encoding: .utf8)
            // T0103 moves to S02 in the optimal Zhengdong plan; the principal keeps her.
            #expect(solution.contains("\"teacher\": \"T0103\""))
            let pin = try await b.post(client, "/w/\(ws)/years/2025/pins", [("who", "T0103"), ("rule", "必须留任"), ("target", "")])
            #expect(pin.status == .seeOther)
            let r = try await b.post(client, "/w/\(ws)/plans/\(planId)/replan", [("timeLimit", "60")])
            #expect(r.status == .seeOther)
            let location = try #require(r.headers[.location])
            let job = try #require(Int64(location.split(separator: "/").last!))
            await wb.jobs.wait(for: job)
            let record = try JobFixture.job(wb, job)
            #expect(record.state == .done, "\(record.message ?? "")")
            let nearId = try #require(record.planId)
            let near = try #require(try wb.store.plan(nearId, workspace: ws))
            #expect(near.origin == .near)
            #expect(near.parentId == planId)
            #expect(near.version == 2)
            let nearSolution = try String(contentsOf: try #require(near.folderURL(wb.store.files)).appendingPathComponent(PlanFolder.solution), encoding: .utf8)
            #expect(!nearSolution.contains("\"teacher\": \"T0103\""))
            let page = String(buffer: try await client.execute(uri: "/w/\(ws)/plans/\(nearId)", method: .get, headers: b.headers).body)
            #expect(page.contains("id=\"changes\""))
            #expect(page.contains("T0103"))
            // Another workspace cannot re-plan this one's plan; a bad time limit is 422.
            let bad = try await b.post(client, "/w/\(ws)/plans/\(planId)/replan", [("timeLimit", "0")])
            #expect(bad.status == .unprocessableContent)
            let missing = try await b.post(client, "/w/\(ws)/plans/99999/replan", [("timeLimit", "60")])
            #expect(missing.status == .notFound)
        }
    }
}
