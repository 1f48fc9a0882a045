import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// The store keeps everything across restarts (SQLite in WAL mode), never keeps half a
/// transaction, and turns two saves on one base version into one version and one conflict.
@Suite struct DurabilityTests {
    static func folder() -> URL {
        URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-durability-\(UUID().uuidString)")
    }

    @Test func aRestartKeepsEverythingAndTheJournalIsWAL() throws {
        let dir = Self.folder()
        do {
            let store = try WorkbenchStore(directory: dir)
            #expect(try store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
            let w = try store.pool.write { db -> Workspace in
                var w = Workspace(name: "郑东集团", district: "郑东")
                try w.insert(db)
                try WorkbenchStore.record(db, workspace: w.id, who: "ana", action: "workspace.create", detail: w.name)
                return w
            }
            _ = try store.addInstance(workspace: w.id!, year: 2025, name: "roster", origin: .upload, json: Data("{\"a\":1}".utf8), who: "ana")
            _ = try store.addInstance(workspace: w.id!, year: 2025, name: "roster", origin: .policy, json: Data("{\"a\":2}".utf8), who: "bo", expectedVersion: 1)
        }
        // The first store is gone (its pool closed); a new one on the same folder has it all.
        let again = try WorkbenchStore(directory: dir)
        #expect(try again.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "wal")
        let w = try #require(try again.pool.read { db in try Workspace.fetchOne(db) })
        #expect(w.name == "郑东集团" && w.district == "郑东")
        let current = try #require(try again.currentInstance(workspace: w.id!, year: 2025))
        #expect(current.version == 2 && current.json == Data("{\"a\":2}".utf8) && current.createdBy == "bo")
        let lines = try again.pool.read { db in try HistoryEntry.order(Column("id")).fetchAll(db) }.map { "\($0.who) \($0.action)" }
        #expect(lines == ["ana workspace.create", "ana instance.upload", "bo instance.policy"])
    }

    @Test func aServerRestartKeepsWorkspacesAndAccounts() async throws {
        let a = try AccessBench()
        let w = try a.workspace("郑东集团", district: "郑东")
        try a.account("bo", .bureau, district: "郑东")
        var config = a.wb.configuration
        config.port = 0
        let restarted = try Workbench(configuration: config)
        try await WorkbenchApp.application(restarted).test(.router) { client in
            let bo = try await Browser.signIn(client, account: "bo")
            let home = try await client.execute(uri: "/", method: .get, headers: bo.headers)
            #expect(Browser.workspaceIds(in: String(buffer: home.body)) == [w.id!])
        }
    }

    struct Crash: Error {}

    @Test func anErrorInsideATransactionLeavesNothingWritten() throws {
        let store = try WorkbenchStore(directory: Self.folder())
        #expect(throws: Crash.self) {
            try store.pool.write { db in
                var w = Workspace(name: "半截", district: "郑东")
                try w.insert(db)
                try WorkbenchStore.record(db, workspace: w.id, who: "ana", action: "workspace.create")
                throw Crash()
            }
        }
        let counts = try store.pool.read { db in (try Workspace.fetchCount(db), try HistoryEntry.fetchCount(db)) }
        #expect(counts == (0, 0))
    }

    @Test func twoSavesOnOneBaseGiveOneVersionAndOneConflict() async throws {
        let store = try WorkbenchStore(directory: Self.folder())
        let w = try await store.pool.write { db -> Workspace in var w = Workspace(name: "g", district: "d"); try w.insert(db); return w }
        _ = try store.addInstance(workspace: w.id!, year: 2025, name: "r", origin: .upload, json: Data("{}".utf8), who: "ana")
        let outcomes = await withTaskGroup(of: Result<Int, VersionConflict>.self) { group in
            for who in ["ana", "bo"] {
                group.addTask {
                    do {
                        return .success(try store.addInstance(workspace: w.id!, year: 2025, name: "r", origin: .policy,
                                                              json: Data("{\"by\":\"\(who)\"}".utf8), who: who, expectedVersion: 1).version)
                    } catch let e as VersionConflict { return .failure(e) } catch { Issue.record("\(error)"); return .failure(VersionConflict(current: -1, expected: -1)) }
                }
            }
            var all: [Result<Int, VersionConflict>] = []
            for await r in group { all.append(r) }
            return all
        }
        let won = outcomes.compactMap { try? $0.get() }
        let lost = outcomes.compactMap { r -> VersionConflict? in if case .failure(let e) = r { e } else { nil } }
        #expect(won == [2])
        #expect(lost == [VersionConflict(current: 2, expected: 1)])
        #expect(try await store.pool.read { db in try InstanceVersion.fetchCount(db) } == 2)
    }

    @Test func aConflictIsA409PageThatChangesNothing() async throws {
        let t = try TestBench()
        let wb = t.wb
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: ErrorPageMiddleware())
        router.get("/conflict") { _, _ -> Response in throw VersionConflict(current: 3, expected: 2) }
        try await Application(router: router).test(.router) { client in
            let r = try await client.execute(uri: "/conflict", method: .get)
            #expect(r.status == .conflict)
            #expect(String(buffer: r.body).contains("本次没有改动"))
        }
        #expect(try await wb.store.pool.read { db in try HistoryEntry.fetchCount(db) } == 0)
    }
}
