import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import RotaplanDomain
import RotaplanFormats
import Testing
@testable import RotaplanServer

@Suite struct YearRoutesTests {
    typealias F = ImportFixture

    /// A workspace with the luohe instance of 2025 (named `name`), imported through the routes.
    func bench(_ client: some TestClientProtocol, name: String = "舞阳县 2025") async throws -> (Browser, String, Int64) {
        let b = try await Browser.signIn(client)
        let ws = try await F.workspace(client, b)
        var ids: [String] = []
        for n in F.luohe { ids.append(try await F.upload(client, b, ws, n, try F.bytes("luohe", n))) }
        let r = try await F.importForm(client, b, ws, ids: ids, preset: "luohe", name: name)
        #expect(r.status == .seeOther)
        return (b, ws, Int64(ws.dropFirst(3))!)
    }

    @Test func yearPageShowsTheRosterAndTheWayOn() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let (b, ws, _) = try await bench(client)
            let r = try await client.execute(uri: "\(ws)/years/2025", method: .get, headers: b.headers)
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            for part in [#"<b id="count-schools">6</b>"#, #"<b id="count-teachers">60</b>"#, #"<b id="count-hires">5</b>"#,
                         #"<b id="preset">luohe</b>"#, #"id="policy-link" href="\#(ws)/years/2025/policy""#,
                         #"id="compare-link" href="\#(ws)/years/2025/compare""#, #"id="horizon-link" href="\#(ws)/years/2025/horizon""#,
                         #"<form method="post" action="\#(ws)/years/2025/plan" id="plan-form""#, #"name="timeLimit" type="number" min="1" max="3600" value="60""#,
                         #"<button id="plan-start">"#, #"<section id="pins">"#, #"<section id="plans">"#, #"<section id="jobs">"#, "第 1 版"] {
                #expect(html.contains(part), "\(part)")
            }
            // The workspace page links here.
            let home = String(buffer: try await client.execute(uri: ws, method: .get, headers: b.headers).body)
            #expect(home.contains(#"href="\#(ws)/years/2025""#))
        }
    }

    @Test func unknownYearsAndWorkspacesAre404() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let (b, ws, _) = try await bench(client)
            for uri in ["\(ws)/years/2024", "\(ws)/years/abc", "\(ws)/years/2024/instance.json", "/w/999/years/2025",
                        "/w/999/years/2025/instance.json"] {
                let r = try await client.execute(uri: uri, method: .get, headers: b.headers)
                #expect(r.status == .notFound, "\(uri)")
            }
            let other = try await F.workspace(client, b, "another")
            let r = try await client.execute(uri: "\(other)/years/2025", method: .get, headers: b.headers)
            #expect(r.status == .notFound)
            let anonymous = try await client.execute(uri: "\(ws)/years/2025", method: .get)
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test func instanceDownloadIsTheCurrentVersion() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let (b, ws, id) = try await bench(client)
            let again = try await F.upload(client, b, ws, "group.json", Data(try t.wb.store.currentInstance(workspace: id, year: 2025)!.json))
            #expect(try await F.importForm(client, b, ws, ids: [again], preset: "luohe").status == .seeOther)
            let current = try #require(try t.wb.store.currentInstance(workspace: id, year: 2025))
            #expect(current.version == 2)
            let r = try await client.execute(uri: "\(ws)/years/2025/instance.json", method: .get, headers: b.headers)
            #expect(r.status == .ok)
            #expect(r.headers[.contentDisposition] == "attachment; filename=\"instance-2025-v2.json\"")
            #expect(Data(r.body.readableBytesView) == current.json)
            let page = String(buffer: try await client.execute(uri: "\(ws)/years/2025", method: .get, headers: b.headers).body)
            #expect(page.contains(#"data-version="2""#))
        }
    }

    @Test func pinsPlansAndUnfinishedJobsAreListed() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let (b, ws, id) = try await bench(client)
            let instance = try #require(try t.wb.store.currentInstance(workspace: id, year: 2025))
            try await t.wb.store.pool.write { db in
                var pin = PinRecord(id: nil, workspaceId: id, year: 2025, who: "T001", rule: "must-stay", target: "", createdBy: "local", createdAt: Date())
                try pin.insert(db)
                var other = PinRecord(id: nil, workspaceId: id, year: 2026, who: "T002", rule: "must-stay", target: "", createdBy: "local", createdAt: Date())
                try other.insert(db)
                for state in [JobState.queued, .running, .done, .failed] {
                    var j = JobRecord(id: nil, workspaceId: id, kind: .plan, state: state, instanceId: instance.id, arguments: "{}",
                                      progress: nil, exitCode: nil, message: nil, createdBy: "local", createdAt: Date(), startedAt: nil, finishedAt: nil)
                    try j.insert(db)
                }
                var p = PlanVersion(id: nil, workspaceId: id, instanceId: instance.id!, year: 2025, version: 1, origin: .solve, parentId: nil,
                                    jobId: nil, status: "optimal", objective: 12, folder: "plans/x", summary: "12 exchanges",
                                    createdBy: "local", createdAt: Date())
                try p.insert(db)
            }
            let html = String(buffer: try await client.execute(uri: "\(ws)/years/2025", method: .get, headers: b.headers).body)
            #expect(html.components(separatedBy: "<li data-pin=").count == 2)
            #expect(html.contains("T001") && !html.contains("T002"))
            #expect(html.contains(#"class="plan" href="\#(ws)/plans/"#) && html.contains("12 exchanges"))
            #expect(html.components(separatedBy: "<li data-job=").count == 3)
            #expect(html.contains(#"<span class="badge queued">排队中</span>"#) && html.contains(#"<span class="badge running">求解中</span>"#))
            #expect(html.contains(#"href="\#(ws)/jobs/1""#))
        }
    }

    @Test func markupInNamesIsEscapedOnTheYearPage() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let (b, ws, id) = try await bench(client, name: F.xss)
            try await t.wb.store.pool.write { db in
                var pin = PinRecord(id: nil, workspaceId: id, year: 2025, who: F.xss, rule: "must-stay", target: F.xss, createdBy: F.xss, createdAt: Date())
                try pin.insert(db)
            }
            let html = String(buffer: try await client.execute(uri: "\(ws)/years/2025", method: .get, headers: b.headers).body)
            #expect(!html.contains("<img"))
            #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        }
    }
}
