import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Cancel (SIGINT: the best plan so far kept) and a child that crashes (the job fails,
/// the plans before stay, the server goes on).
@Suite struct JobCancelTests {
    @Test func cancelALongSolveKeepsItsBestPlanOrSaysThereIsNone() async throws {
        let wb = try JobFixture.bench()
        let (w, _) = try JobFixture.workspace(wb, "bench/zhengzhou-large-s1.json")
        try await WorkbenchApp.application(wb).test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(w.id!)/years/2025/plan", [("timeLimit", "120")])
            let location = try #require(r.headers[.location])
            let id = try #require(Int64(location.split(separator: "/").last!))
            // Once the child reports a stage, it is solving (its signal handler is in place).
            let p = try await JobFixture.waitForProgress(wb, id)
            #expect(p != nil, "no progress from the child")
            let running = String(buffer: try await client.execute(uri: location, method: .get, headers: b.headers).body)
            #expect(running.contains("data-state=\"running\""))
            #expect(running.contains("id=\"cancel\""))
            #expect(running.contains("id=\"progress-stage\""))
            let c = try await b.post(client, location + "/cancel", [])
            #expect(c.status == .seeOther)
            await wb.jobs.wait(for: id)
            let job = try JobFixture.job(wb, id)
            #expect(job.state == .cancelled, "\(job.message ?? "")")
            #expect(job.exitCode == 130, "\(job.message ?? "")")
            let page = String(buffer: try await client.execute(uri: location, method: .get, headers: b.headers).body)
            if let planId = job.planId {
                let plan = try #require(try wb.store.plan(planId, workspace: w.id!))
                #expect(plan.status == "interrupted")
                #expect(page.contains("id=\"job-result\""))
                #expect(page.contains("停止前找到的最好方案已经核验并保存"))
            } else {
                #expect(page.contains("在找到任何方案之前已停止"))
                #expect(try wb.store.latestPlan(workspace: w.id!, year: 2025) == nil)
            }
            // The history says who stopped it.
            let actions = try await wb.store.pool.read { db in try HistoryEntry.fetchAll(db) }.map(\.action)
            #expect(actions.contains("job.cancel"))
        }
    }

    @Test func aChildThatCrashesFailsItsJobAndLeavesThePlanBefore() async throws {
        let crash = try JobFixture.script("echo '{\"event\":\"start\",\"stage\":\"exchange\",\"seconds\":0.1,\"incumbent\":null,\"bound\":null,\"gap\":null,\"nodes\":null}' >&2\nkill -9 $$")
        let wb = try JobFixture.bench(executable: crash)
        let (w, i) = try JobFixture.workspace(wb)
        let before = try JobFixture.handPlan(wb, i, files: ["solution.json": "{}", "report/report.html": "<p>v1</p>"])
        try await WorkbenchApp.application(wb).test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(w.id!)/years/2025/plan", [("timeLimit", "5")])
            let location = try #require(r.headers[.location])
            let id = try #require(Int64(location.split(separator: "/").last!))
            await wb.jobs.wait(for: id)
            let job = try JobFixture.job(wb, id)
            #expect(job.state == .failed)
            #expect(job.exitCode == -9)
            #expect(job.planId == nil)
            #expect(ProgressEvent.stored(job.progress)?.stage == "exchange")
            let latest = try wb.store.latestPlan(workspace: w.id!, year: 2025)
            #expect(latest?.id == before.id)
            let folder = try #require(before.folderURL(wb.store.files))
            #expect(try String(contentsOf: folder.appendingPathComponent("report/report.html"), encoding: .utf8) == "<p>v1</p>")
            // The server answers on; the page says what happened in the page's language.
            let page = try await client.execute(uri: location, method: .get, headers: b.headers)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("求解器意外终止（信号 9）"))
            let stream = String(buffer: try await client.execute(uri: location + "/events", method: .get, headers: b.headers).body)
            #expect(stream.hasPrefix("event: done\ndata: {\"state\":\"failed\""))
        }
    }

    @Test func cancelOfAQueuedJobTakesItOutOfTheQueue() async throws {
        let gate = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-gate-\(UUID().uuidString)")
        let child = try JobFixture.script("while [ ! -e '\(gate.path)' ]; do sleep 0.05; done\nexit 1")
        let wb = try JobFixture.bench(executable: child)
        let (w, i) = try JobFixture.workspace(wb)
        try await WorkbenchApp.application(wb).test(.router) { client in
            let b = try await Browser.signIn(client)
            let first = try await wb.jobs.enqueue(.plan(i, timeLimit: 5, who: "a", language: .zh))
            let second = try await wb.jobs.enqueue(.plan(i, timeLimit: 5, who: "a", language: .zh))
            let c = try await b.post(client, "/w/\(w.id!)/jobs/\(second)/cancel", [])
            #expect(c.status == .seeOther)
            #expect(try JobFixture.job(wb, second).state == .cancelled)
            #expect(try JobFixture.job(wb, second).startedAt == nil)
            _ = FileManager.default.createFile(atPath: gate.path, contents: nil)
            await wb.jobs.wait(for: first)
            #expect(try JobFixture.job(wb, first).state == .failed)
            #expect(try JobFixture.job(wb, second).startedAt == nil)
        }
    }
}
