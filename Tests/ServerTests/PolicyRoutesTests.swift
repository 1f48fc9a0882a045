import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import RotaplanDomain
import RotaplanFormats
import Testing
@testable import RotaplanServer

/// A workspace with a bundled instance as its year's roster (version 1).
struct YearFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func instanceBytes(_ name: String = "zhengdong-2025") throws -> Data {
        try Data(contentsOf: repository.appendingPathComponent("instances/\(name).json"))
    }

    /// Creates a workspace named `name` with the instance as the roster of its year; returns (workspace, year).
    static func make(_ t: TestBench, name: String = "郑东", instance: String = "zhengdong-2025") throws -> (Int64, Int) {
        let bytes = try instanceBytes(instance)
        let x = try InstanceLoader.load(bytes: [UInt8](bytes), file: instance).instance
        let year = x.year ?? 2025
        let w = try t.wb.store.pool.write { db -> Workspace in
            var w = Workspace(name: name, district: "郑东")
            try w.insert(db)
            return w
        }
        _ = try t.wb.store.addInstance(workspace: w.id!, year: year, name: x.name, origin: .json, json: bytes, who: "test")
        return (w.id!, year)
    }
}

@Suite struct PolicyRoutesTests {
    @Test func formListsEveryKeyOfTheTable() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await client.execute(uri: "/w/\(ws)/years/\(year)/policy", method: .get, headers: b.headers)
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            let rows = html.components(separatedBy: "<tr data-key=\"").count - 1
            #expect(rows == PolicyKey.all.count)
            for key in PolicyKey.all {
                #expect(html.contains("<tr data-key=\"\(key.name)\""), "\(key.name)")
                #expect(html.contains(HTML.escape(key.label.zh)), "\(key.label.zh)")
            }
            // Range, unit, current value and the preset's citation (zhengzhou sets groups.newSchoolsInGroup).
            #expect(html.contains(#"name="exchange.minRate" type="number" value="0.1" min="0" max="1" step="any""#))
            #expect(html.contains(#"name="training.maxYears" type="number" value="2" min="1" max="80" step="1""#))
            #expect(html.contains("分钟"))
            #expect(html.contains("Zhengzhou bulletin 2022-07-20"))
            #expect(html.contains(#"name="base" value="1""#))
            let en = try await client.execute(uri: "/w/\(ws)/years/\(year)/policy", method: .get,
                                              headers: [.cookie: b.cookie + "; lang=en"])
            #expect(String(buffer: en.body).contains("minimum exchange rate"))
        }
    }

    @Test func aChangeMakesVersionTwoWithHistory() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(ws)/years/\(year)/policy",
                                     [("base", "1"), ("exchange.minRate", "0.15"), ("exchange.allowCrossGroup", "false"),
                                      ("groups.maxStudents.compulsory", "5000")])
            #expect(r.status == .seeOther)
            #expect(r.headers[.location] == "/w/\(ws)/years/\(year)")
            let current = try #require(try t.wb.store.currentInstance(workspace: ws, year: year))
            #expect(current.version == 2)
            #expect(current.origin == .policy)
            let x = try InstanceLoader.load(bytes: [UInt8](current.json), file: "v2").instance
            #expect(x.policy.exchange.minRate == 0.15)
            #expect(x.policy.groups.maxStudents?.compulsory == 5000)
            let history = try await t.wb.store.pool.read { db in
                try HistoryEntry.filter(Column("action") == "instance.policy").fetchAll(db)
            }
            #expect(history.count == 1)
            #expect(history.first?.detail.contains("exchange.minRate 0.1 → 0.15") == true)
            #expect(history.first?.detail.contains("groups.maxStudents.compulsory") == true)
            #expect(history.first?.detail.contains("allowCrossGroup") == false)
            // The same form again (now unchanged against version 2) writes nothing.
            let same = try await b.post(client, "/w/\(ws)/years/\(year)/policy", [("base", "2"), ("exchange.minRate", "0.15")])
            #expect(same.status == .seeOther)
            #expect(try t.wb.store.currentInstance(workspace: ws, year: year)?.version == 2)
        }
    }

    @Test func badValueIs422NamingTheFieldAndKeepingTheOthers() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(ws)/years/\(year)/policy",
                                     [("base", "1"), ("exchange.minRate", "0.2"), ("training.maxYears", "2.5")])
            #expect(r.status == .unprocessableContent)
            let html = String(buffer: r.body)
            #expect(html.contains("id=\"policy-error\""))
            #expect(html.contains("培育最长年限"))
            #expect(html.contains("2.5"))
            #expect(html.contains(#"name="exchange.minRate" type="number" value="0.2""#))
            #expect(html.contains(#"name="training.maxYears" type="number" value="2.5""#) && html.contains("aria-invalid"))
            let out = try await b.post(client, "/w/\(ws)/years/\(year)/policy", [("base", "1"), ("exchange.minRate", "1.5")])
            #expect(out.status == .unprocessableContent)
            #expect(String(buffer: out.body).contains("最低交流比例"))
            let weight = try await b.post(client, "/w/\(ws)/years/\(year)/policy", [("base", "1"), ("weights.exchange.balance", "-1")])
            #expect(weight.status == .unprocessableContent)
            let hostile = try await b.post(client, "/w/\(ws)/years/\(year)/policy", [("base", "1"), ("exchange.allowCrossGroup", "<script>")])
            #expect(hostile.status == .unprocessableContent)
            #expect(!String(buffer: hostile.body).contains("<script>"))
            #expect(try t.wb.store.currentInstance(workspace: ws, year: year)?.version == 1)
        }
    }

    @Test func staleBaseIs409AndMissingBaseIs400() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let first = try await b.post(client, "/w/\(ws)/years/\(year)/policy", [("base", "1"), ("exchange.minRate", "0.2")])
            #expect(first.status == .seeOther)
            let stale = try await b.post(client, "/w/\(ws)/years/\(year)/policy", [("base", "1"), ("exchange.minRate", "0.3")])
            #expect(stale.status == .conflict)
            let none = try await b.post(client, "/w/\(ws)/years/\(year)/policy", [("exchange.minRate", "0.3")])
            #expect(none.status == .badRequest)
            #expect(try t.wb.store.currentInstance(workspace: ws, year: year)?.version == 2)
        }
    }

    @Test func anotherWorkspaceOrAMissingYearIs404() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        let principal = try await t.wb.store.pool.write { db -> Account in
            var other = Workspace(name: "其他", district: "郑东")
            try other.insert(db)
            var a = Account(name: "p", role: .principal, district: "郑东", workspaceId: other.id, passwordHash: "x")
            try a.insert(db)
            return a
        }
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            for uri in ["/w/\(ws)/years/1999/policy", "/w/\(ws)/years/x/policy", "/w/999/years/\(year)/policy"] {
                let r = try await client.execute(uri: uri, method: .get, headers: b.headers)
                #expect(r.status == .notFound, "\(uri)")
            }
            // A principal of another group: the same 404.
            let cookie = try t.wb.newSession(account: principal)
            let r = try await client.execute(uri: "/w/\(ws)/years/\(year)/policy", method: .get,
                                             headers: [.cookie: "\(cookie.name)=\(cookie.value)"])
            #expect(r.status == .notFound)
        }
    }
}
