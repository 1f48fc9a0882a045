import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Solves through the routes: `POST /w/:ws/years/:year/plan` → a child `rotaplan plan` →
/// a plan version with its files; the job page, its event stream, the queue.
@Suite struct JobRoutesTests {
    @Test func planRunsAsAChildAndBecomesAPlanVersion() async throws {
        // The real binary, behind a gate the test opens once the job's event stream is open
        // (so that the stream is asked for while it runs, however quick the solve).
        let gate = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-gate-\(UUID().uuidString)")
        let child = try JobFixture.script("while [ ! -e '\(gate.path)' ]; do sleep 0.05; done\nexec '\(TestBench.binary.path)' \"$@\"")
        let wb = try JobFixture.bench(executable: child)
        let (w, _) = try JobFixture.workspace(wb)
        try await WorkbenchApp.application(wb).test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(w.id!)/years/2025/plan", [("timeLimit", "60")])
            #expect(r.status == .seeOther)
            let location = try #require(r.headers[.location])
            #expect(location.hasPrefix("/w/\(w.id!)/jobs/"))
            let id = try #require(Int64(location.split(separator: "/").last!))
            // The event stream of the running job: progress events, then done with the plan.
            #expect(try JobFixture.job(wb, id).state != .done)
            Task {
                while await wb.jobs.watchers(of: id) == 0 { try await Task.sleep(for: .milliseconds(20)) }
                _ = FileManager.default.createFile(atPath: gate.path, contents: nil)
            }
            let events = try await client.execute(uri: location + "/events", method: .get, headers: b.headers)
            #expect(events.status == .ok)
            #expect(events.headers[.contentType]?.hasPrefix("text/event-stream") == true)
            #expect(events.headers[.cacheControl] == "no-store")
            let stream = String(buffer: events.body)
            let done = try #require(stream.range(of: "event: done\ndata: "))
            let progress = try #require(stream.range(of: "event: progress\ndata: {\"state\":"), "\(stream.prefix(500))")
            #expect(progress.lowerBound < done.lowerBound)
            await wb.jobs.wait(for: id)
            let job = try JobFixture.job(wb, id)
            #expect(job.state == .done, "\(job.message ?? "")")
            #expect(job.exitCode == 0)
            #expect(job.year == 2025)
            let planId = try #require(job.planId)
            #expect(stream.contains("\"planId\":\(planId)"))
            let plan = try #require(try wb.store.plan(planId, workspace: w.id!))
            #expect(plan.jobId == id && plan.version == 1 && plan.origin == .solve)
            #expect(["optimal", "feasible"].contains(plan.status))
            #expect(plan.objective != nil)
            #expect(!plan.summary.isEmpty)
            let folder = try #require(plan.folderURL(wb.store.files))
            for f in ["solution.json", "report/report.html", "report/plan.xlsx"] {
                #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(f).path), "\(f)")
            }
            // No scratch left behind.
            let tmp = wb.store.files.root.appendingPathComponent("tmp")
            #expect(((try? FileManager.default.contentsOfDirectory(atPath: tmp.path)) ?? []).isEmpty)
            // The job page links to the plan; the download of its solution works.
            let page = String(buffer: try await client.execute(uri: location, method: .get, headers: b.headers).body)
            #expect(page.contains("id=\"progress\" data-state=\"done\""))
            #expect(page.contains("id=\"job-result\" class=\"button\" href=\"/w/\(w.id!)/plans/\(planId)\""))
            #expect(!page.contains("id=\"cancel\""))
            let file = try await client.execute(uri: "/w/\(w.id!)/plans/\(planId)/files/solution.json", method: .get, headers: b.headers)
            #expect(file.status == .ok)
            #expect(String(buffer: file.body).contains("\"format\""))
            // The stream of an ended job is one done event at once.
            let again = String(buffer: try await client.execute(uri: location + "/events", method: .get, headers: b.headers).body)
            #expect(again.hasPrefix("event: done\n"))
        }
    }

    @Test func secondJobOfAWorkspaceWaitsForTheFirst() async throws {
        // Each child waits for the gate the test opens after looking at the queue.
        let gate = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-gate-\(UUID().uuidString)")
        let child = try JobFixture.script("while [ ! -e '\(gate.path)' ]; do sleep 0.05; done\nexit 2")
        let wb = try JobFixture.bench(executable: child)
        let (w, i) = try JobFixture.workspace(wb)
        let (other, j) = try JobFixture.workspace(wb, name: "另一个")
        try await WorkbenchApp.application(wb).test(.router) { client in
            let b = try await Browser.signIn(client)
            let first = try await wb.jobs.enqueue(.plan(i, timeLimit: 5, who: "a", language: .en))
            let second = try await wb.jobs.enqueue(.plan(i, timeLimit: 5, who: "b", language: .en))
            let elsewhere = try await wb.jobs.enqueue(.plan(j, timeLimit: 5, who: "c", language: .en))
            #expect(try JobFixture.job(wb, second).state == .queued)
            let page = String(buffer: try await client.execute(uri: "/w/\(w.id!)/jobs/\(second)", method: .get,
                                                               headers: b.headers + [.cookie: "lang=en"]).body)
            #expect(page.contains("data-state=\"queued\""))
            #expect(page.contains("Waiting for job \(first) to end (place 1 "), "\(page)")
            #expect(page.contains("id=\"cancel\""))
            _ = FileManager.default.createFile(atPath: gate.path, contents: nil)
            await wb.jobs.wait(for: second)
            await wb.jobs.wait(for: elsewhere)
            let a = try JobFixture.job(wb, first), s = try JobFixture.job(wb, second)
            #expect(a.state == .failed && s.state == .failed)
            #expect(s.exitCode == 2)
            let secondStarted = try #require(s.startedAt), firstEnded = try #require(a.finishedAt)
            #expect(secondStarted >= firstEnded)
            let failed = String(buffer: try await client.execute(uri: "/w/\(w.id!)/jobs/\(second)", method: .get,
                                                                 headers: b.headers + [.cookie: "lang=en"]).body)
            #expect(failed.contains("id=\"job-failed\""))
            #expect(failed.contains("exit 2"))
            // Another workspace's job is not found under this one.
            let foreign = try await client.execute(uri: "/w/\(w.id!)/jobs/\(elsewhere)", method: .get, headers: b.headers)
            #expect(foreign.status == .notFound)
            let foreignEvents = try await client.execute(uri: "/w/\(other.id!)/jobs/\(first)/events", method: .get, headers: b.headers)
            #expect(foreignEvents.status == .notFound)
            let foreignCancel = try await b.post(client, "/w/\(other.id!)/jobs/\(first)/cancel", [])
            #expect(foreignCancel.status == .notFound)
        }
    }

    @Test func planFormRefusesBadTimeLimitsAndUnknownYears() async throws {
        let wb = try JobFixture.bench()
        let (w, _) = try JobFixture.workspace(wb)
        try await WorkbenchApp.application(wb).test(.router) { client in
            let b = try await Browser.signIn(client)
            for bad in ["0", "3601", "-5", "1.5", "ten", "99999999999999999999"] {
                let r = try await b.post(client, "/w/\(w.id!)/years/2025/plan", [("timeLimit", bad)])
                #expect(r.status == .unprocessableContent, "\(bad)")
                #expect(String(buffer: r.body).contains("时间上限"))
            }
            for year in ["2031", "x", "2025.0"] {
                let r = try await b.post(client, "/w/\(w.id!)/years/\(year)/plan", [("timeLimit", "5")])
                #expect(r.status == .notFound, "\(year)")
            }
            let none = try await b.post(client, "/w/999/years/2025/plan", [("timeLimit", "5")])
            #expect(none.status == .notFound)
            let unknownJob = try await client.execute(uri: "/w/\(w.id!)/jobs/77", method: .get, headers: b.headers)
            #expect(unknownJob.status == .notFound)
            // Nothing was queued by the refused forms.
            #expect(try await wb.store.pool.read { db in try JobRecord.fetchCount(db) } == 0)
        }
    }
}

func + (a: HTTPFields, b: HTTPFields) -> HTTPFields {
    var out = a
    for f in b {
        if f.name == .cookie, let c = out[.cookie] { out[.cookie] = c + "; " + f.value } else { out.append(f) }
    }
    return out
}
