import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

@Suite struct PinRoutesTests {
    @Test func pinIsSavedListedAndDeletedWithHistory() async throws {
        let t = try TestBench()
        let (w, i) = try t.workspace()
        let plan = try t.solve(i)
        let ws = w.id!
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let back = "/w/\(ws)/plans/\(plan.id!)"
            // Chinese rule words and a school by name resolve as the CLI's pins reader does.
            let r = try await b.post(client, "/w/\(ws)/years/2025/pins", [("who", "T0101"), ("rule", "必须调往"), ("target", "龙翔小学"), ("back", back)])
            #expect(r.status == .seeOther)
            #expect(r.headers[.location] == back)
            let pins = try t.wb.store.pins(workspace: ws, year: 2025)
            #expect(pins.count == 1)
            #expect(pins.first.map { [$0.who, $0.rule, $0.target] } == ["T0101", "must-move-to", "S02"])
            let page = String(buffer: try await b.get(client, back).body)
            #expect(page.contains("data-pin=\"\(pins[0].id!)\""))
            #expect(page.contains("T0101（秦春梅） 必须调往 S02（龙翔小学）"))
            // The dialog's fetch gets JSON.
            let j = try await client.execute(uri: "/w/\(ws)/years/2025/pins", method: .post,
                                             headers: [.cookie: b.cookie, .contentType: "application/x-www-form-urlencoded",
                                                       .accept: "application/json", HTTPField.Name("X-CSRF-Token")!: b.csrf],
                                             body: ByteBuffer(string: "who=N01&rule=mentor&target=T0101"))
            #expect(j.status == .ok)
            #expect(String(buffer: j.body).contains("\"id\":"))
            let d = try await b.post(client, "/w/\(ws)/pins/\(pins[0].id!)/delete", [("back", back)])
            #expect(d.status == .seeOther)
            #expect(try t.wb.store.pins(workspace: ws, year: 2025).map(\.who) == ["N01"])
            let actions = try await t.wb.store.pool.read { db in
                try HistoryEntry.filter(Column("workspaceId") == ws).order(Column("id")).fetchAll(db).map(\.action)
            }
            #expect(actions.filter { $0.hasPrefix("pin.") } == ["pin.add", "pin.add", "pin.delete"])
        }
    }

    @Test func unknownTeacherIs422NamingTheField() async throws {
        let t = try TestBench()
        let (w, _) = try t.workspace()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(w.id!)/years/2025/pins", [("who", "T9999"), ("rule", "must-stay"), ("target", "")])
            #expect(r.status == .unprocessableContent)
            let html = String(buffer: r.body)
            #expect(html.contains("表单项“对象”（who）"))
            #expect(html.contains("T9999"))
            let target = try await b.post(client, "/w/\(w.id!)/years/2025/pins", [("who", "T0101"), ("rule", "must-move-to"), ("target", "S99")])
            #expect(target.status == .unprocessableContent)
            #expect(String(buffer: target.body).contains("（target）"))
            let rule = try await b.post(client, "/w/\(w.id!)/years/2025/pins", [("who", "T0101"), ("rule", "fly-to"), ("target", "S02")])
            #expect(rule.status == .unprocessableContent)
            #expect(try t.wb.store.pins(workspace: w.id!, year: 2025).isEmpty)
            let noYear = try await b.post(client, "/w/\(w.id!)/years/2030/pins", [("who", "T0101"), ("rule", "must-stay")])
            #expect(noYear.status == .unprocessableContent)
        }
    }

    @Test func anotherWorkspacesPinIs404() async throws {
        let t = try TestBench()
        let (w, _) = try t.workspace()
        let (other, _) = try t.workspace("其他集团")
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(w.id!)/years/2025/pins", [("who", "T0101"), ("rule", "must-stay")])
            #expect(r.status == .seeOther)
            let id = try t.wb.store.pins(workspace: w.id!, year: 2025)[0].id!
            let d = try await b.post(client, "/w/\(other.id!)/pins/\(id)/delete", [])
            #expect(d.status == .notFound)
            #expect(try t.wb.store.pins(workspace: w.id!, year: 2025).count == 1)
        }
    }
}
