import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Plan versions made for real: the `rotaplan` binary plans the Zhengdong instance into a
/// scratch folder of the store, which becomes the year's next plan version.
extension TestBench {
    static var repository: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    /// The Zhengdong instance's bytes, with the first teacher's name replaced by `firstName`.
    static func zhengdong(firstName: String? = nil) throws -> Data {
        var text = try String(contentsOf: repository.appendingPathComponent("instances/zhengdong-2025.json"), encoding: .utf8)
        if let firstName { text = text.replacingOccurrences(of: "秦春梅", with: firstName) }
        return Data(text.utf8)
    }

    /// A workspace with the Zhengdong roster for 2025.
    func workspace(_ name: String = "郑东新区", firstName: String? = nil) throws -> (Workspace, InstanceVersion) {
        let w = try wb.store.pool.write { db -> Workspace in
            var w = Workspace(name: name, district: "郑东")
            try w.insert(db)
            return w
        }
        let i = try wb.store.addInstance(workspace: w.id!, year: 2025, name: "zhengdong-2025", origin: .example,
                                         json: try Self.zhengdong(firstName: firstName), who: "test")
        return (w, i)
    }

    /// `rotaplan plan` of `instance` (with `pins` as a pins CSV) as the year's next plan version.
    func solve(_ instance: InstanceVersion, pins: String? = nil, parent: Int64? = nil, origin: PlanOrigin = .solve) throws -> PlanVersion {
        let scratch = try wb.store.files.scratchFolder()
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-instance-\(UUID().uuidString).json")
        try instance.json.write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        var arguments = ["plan", input.path, "-o", scratch.appendingPathComponent("solution.json").path,
                         "--report", scratch.appendingPathComponent("report").path, "--lang", "zh"]
        if let pins {
            let file = scratch.appendingPathComponent(PlanFolder.pins)
            try Data(pins.utf8).write(to: file)
            arguments += ["--pins", file.path]
        }
        let p = Process()
        p.executableURL = TestBench.binary
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return try wb.store.addPlan(workspace: instance.workspaceId, instance: instance, origin: origin, parent: parent, job: nil,
                                    status: "optimal", objective: nil, summary: "", scratch: scratch, who: "test")
    }
}

extension Browser {
    func get(_ client: some TestClientProtocol, _ uri: String, language: String? = nil) async throws -> TestResponse {
        var h = headers
        if let language { h[.cookie] = cookie + "; lang=\(language)" }
        return try await client.execute(uri: uri, method: .get, headers: h)
    }
}

@Suite struct PlanRoutesTests {
    @Test func planPageShowsStatusTeachersHiresAndDownloads() async throws {
        let t = try TestBench()
        let (w, i) = try t.workspace()
        let plan = try t.solve(i)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.get(client, "/w/\(w.id!)/plans/\(plan.id!)")
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            for id in ["id=\"plan-status\"", "id=\"kpis\"", "id=\"teachers\"", "id=\"hires\"", "id=\"downloads\"", "id=\"replan\"",
                       "id=\"edit-link\"", "id=\"pin-dialog\"", "id=\"pins\"", "id=\"report\""] {
                #expect(html.contains(id), "\(id)")
            }
            #expect(html.contains("三个阶段都已求得最优方案"))
            #expect(html.contains("data-teacher=\"T0103\""))
            #expect(html.contains("调往 S02（龙翔小学）"))
            // The reason of the report, and the pin buttons of teachers and hires.
            #expect(html.contains("若其留任，最优方案为"))
            #expect(html.contains("class=\"pin-button secondary\" data-kind=\"hire\" data-who=\"N01\""))
            #expect(html.contains("data-hire=\"N01\""))
            #expect(html.contains("/files/report/report.html?inline=1"))
            #expect(html.contains("/files/report/plan.xlsx"))
            #expect(html.contains("/files/report/notices/S01.html"))
            #expect(html.contains("/files/solution.json"))
            #expect(!html.contains("id=\"changes\""))
            // English: the decisions and statuses from data.
            let en = String(buffer: try await b.get(client, "/w/\(w.id!)/plans/\(plan.id!)", language: "en").body)
            #expect(en.contains("moves to S02 (龙翔小学)"))
            #expect(en.contains("Every stage was solved to proven optimality."))
        }
    }

    @Test func anotherWorkspacesPlanIs404() async throws {
        let t = try TestBench()
        let (_, i) = try t.workspace()
        let plan = try t.solve(i)
        let (other, _) = try t.workspace("其他集团")
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            for path in ["", "/edit"] {
                let r = try await b.get(client, "/w/\(other.id!)/plans/\(plan.id!)\(path)")
                #expect(r.status == .notFound)
            }
            let check = try await b.post(client, "/w/\(other.id!)/plans/\(plan.id!)/check", [])
            #expect(check.status == .notFound)
            #expect(try await b.get(client, "/w/\(other.id!)/plans/nope").status == .notFound)
        }
    }

    @Test func hostileTeacherNameIsText() async throws {
        let t = try TestBench()
        let evil = "<img src=x onerror=alert(1)>"
        let (w, i) = try t.workspace(firstName: evil)
        let plan = try t.solve(i)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            for path in ["", "/edit"] {
                let html = String(buffer: try await b.get(client, "/w/\(w.id!)/plans/\(plan.id!)\(path)").body)
                #expect(!html.contains(evil))
                #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
            }
            let page = String(buffer: try await b.get(client, "/w/\(w.id!)/plans/\(plan.id!)").body)
            // The dialog's data: the pin button's data-name and the mentor options.
            #expect(page.contains("data-name=\"&lt;img src=x onerror=alert(1)&gt;\""))
            #expect(page.contains("data-target=\"teacher\" data-subject=\"chinese\">T0101（&lt;img src=x onerror=alert(1)&gt;）</option>"))
        }
    }
}
