import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Roles over real sign-ins: a principal sees and edits only her workspace (another one is
/// 404, the answer a missing one gets), bureau staff their district's, the local user all.
@Suite struct AccessRolesTests {
    struct World {
        let a: AccessBench
        let east1: Workspace, east2: Workspace, north: Workspace
        init(host: String = "0.0.0.0") throws {
            a = try AccessBench(host: host)
            east1 = try a.workspace("郑东一集团", district: "郑东")
            east2 = try a.workspace("郑东二集团", district: "郑东")
            north = try a.workspace("金水集团", district: "金水")
            try a.account("ana", .principal, workspace: east1)
            try a.account("bo", .bureau, district: "郑东")
        }
    }

    @Test func principalSeesOnlyHerWorkspace() async throws {
        let w = try World()
        try await w.a.bench.app.test(.router) { client in
            let ana = try await Browser.signIn(client, account: "ana")
            let home = try await client.execute(uri: "/", method: .get, headers: ana.headers)
            #expect(home.status == .ok)
            #expect(Browser.workspaceIds(in: String(buffer: home.body)) == [w.east1.id!])
            #expect(!String(buffer: home.body).contains("new-workspace"))
            #expect(try await client.execute(uri: "/w/\(w.east1.id!)", method: .get, headers: ana.headers).status == .ok)
            let missing = try await client.execute(uri: "/w/9999", method: .get, headers: ana.headers)
            #expect(missing.status == .notFound)
            for other in [w.east2, w.north] {
                let r = try await client.execute(uri: "/w/\(other.id!)", method: .get, headers: ana.headers)
                #expect(r.status == .notFound)
                // The same page as a workspace that does not exist: nothing tells them apart.
                #expect(String(buffer: r.body) == String(buffer: missing.body))
                #expect(!String(buffer: r.body).contains(other.name))
            }
            // She may not create workspaces.
            let create = try await ana.post(client, "/workspaces", [("name", "新集团"), ("district", "郑东")])
            #expect(create.status == .forbidden)
        }
        #expect(try await w.a.wb.store.pool.read { db in try Workspace.fetchCount(db) } == 3)
    }

    @Test func bureauSeesItsDistrictAndCreatesThereOnly() async throws {
        let w = try World()
        try await w.a.bench.app.test(.router) { client in
            let bo = try await Browser.signIn(client, account: "bo")
            let home = try await client.execute(uri: "/", method: .get, headers: bo.headers)
            #expect(Set(Browser.workspaceIds(in: String(buffer: home.body))) == [w.east1.id!, w.east2.id!])
            #expect(try await client.execute(uri: "/w/\(w.east2.id!)", method: .get, headers: bo.headers).status == .ok)
            #expect(try await client.execute(uri: "/w/\(w.north.id!)", method: .get, headers: bo.headers).status == .notFound)
            // A district in the form is ignored: the workspace is made in the bureau's own.
            let r = try await bo.post(client, "/workspaces", [("name", "新集团"), ("district", "金水")])
            #expect(r.status == .seeOther)
            let made = try await w.a.wb.store.pool.read { db in try Workspace.filter(Column("name") == "新集团").fetchOne(db) }
            #expect(made?.district == "郑东")
        }
        let lines = try w.a.history()
        #expect(lines.contains { $0.who == "bo" && $0.action == "signin" })
        #expect(lines.contains { $0.who == "bo" && $0.action == "workspace.create" && $0.detail == "新集团" && $0.workspaceId != nil })
    }

    @Test func localUserSeesEveryWorkspace() async throws {
        let w = try World(host: "127.0.0.1")
        try await w.a.bench.app.test(.router) { client in
            let me = try await Browser.signIn(client)
            let home = try await client.execute(uri: "/", method: .get, headers: me.headers)
            #expect(Set(Browser.workspaceIds(in: String(buffer: home.body))) == [w.east1.id!, w.east2.id!, w.north.id!])
            for ws in [w.east1, w.east2, w.north] {
                #expect(try await client.execute(uri: "/w/\(ws.id!)", method: .get, headers: me.headers).status == .ok)
            }
        }
    }

    @Test func removedAccountIsSignedOutAtOnce() async throws {
        let w = try World()
        try await w.a.bench.app.test(.router) { client in
            let ana = try await Browser.signIn(client, account: "ana")
            #expect(try await client.execute(uri: "/", method: .get, headers: ana.headers).status == .ok)
            _ = try await w.a.wb.store.pool.write { db in try Account.filter(Column("name") == "ana").deleteAll(db) }
            #expect(try await client.execute(uri: "/", method: .get, headers: ana.headers).status == .unauthorized)
        }
    }

    @Test func aRoleChangeCountsAtTheNextRequest() async throws {
        let w = try World()
        try await w.a.bench.app.test(.router) { client in
            let ana = try await Browser.signIn(client, account: "ana")
            try await w.a.wb.store.pool.write { db in
                try db.execute(sql: "UPDATE account SET workspaceId = ? WHERE name = 'ana'", arguments: [w.east2.id!])
            }
            #expect(try await client.execute(uri: "/w/\(w.east1.id!)", method: .get, headers: ana.headers).status == .notFound)
            #expect(try await client.execute(uri: "/w/\(w.east2.id!)", method: .get, headers: ana.headers).status == .ok)
        }
    }
}
