import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// The access rules on EVERY route the router has — not a list kept by hand: the routes
/// come from Hummingbird's `Router.routes`, so a route another part adds later is covered
/// the day it lands. Captures are filled with ids of real rows (`{ws}`, `{year}`, `{plan}`,
/// `{job}`, `{pin}`, `{upload}` …), wildcards with `solution.json`.
@Suite struct AccessRouteTableTests {
    /// Rows of every kind in one workspace, for the captures of a route.
    struct Objects {
        let workspace: Int64, instance: Int64, plan: Int64, job: Int64, pin: Int64, upload: Int64
        static let year = 2025

        init(_ store: WorkbenchStore, workspace: Int64) throws {
            let i = try store.addInstance(workspace: workspace, year: Self.year, name: "roster", origin: .json, json: Data("{}".utf8), who: "t")
            (plan, job, pin, upload) = try store.pool.write { db in
                var job = JobRecord(id: nil, workspaceId: workspace, kind: .plan, state: .done, instanceId: i.id, arguments: "{}", progress: nil,
                                    exitCode: 0, message: nil, createdBy: "t", createdAt: Date(), startedAt: nil, finishedAt: Date())
                try job.insert(db)
                var plan = PlanVersion(id: nil, workspaceId: workspace, instanceId: i.id!, year: Self.year, version: 1, origin: .solve, parentId: nil,
                                       jobId: job.id, status: "optimal", objective: 1, folder: "plans/\(workspace)/x", summary: "", createdBy: "t", createdAt: Date())
                try plan.insert(db)
                var pin = PinRecord(id: nil, workspaceId: workspace, year: Self.year, who: "T001", rule: "must-stay", target: "", createdBy: "t", createdAt: Date())
                try pin.insert(db)
                var upload = Upload(id: nil, workspaceId: workspace, fileName: "teachers.csv", table: "teachers", bytes: Data("id\n".utf8), createdBy: "t", createdAt: Date())
                try upload.insert(db)
                return (plan.id!, job.id!, pin.id!, upload.id!)
            }
            self.workspace = workspace
            self.instance = i.id!
        }

        /// The value of capture `name`.
        func value(_ name: String) -> String {
            let n = name.lowercased()
            if n == "ws" || n.hasPrefix("workspace") { return String(workspace) }
            if n.contains("year") { return String(Self.year) }
            if n.contains("plan") { return String(plan) }
            if n.contains("job") { return String(job) }
            if n.contains("pin") { return String(pin) }
            if n.contains("upload") { return String(upload) }
            if n.contains("instance") || n.contains("version") { return String(instance) }
            return "1"
        }
    }

    /// The routes of the workbench: method and path as Hummingbird describes them (`/w/{ws}/plans/{plan}`).
    static func routes(_ wb: Workbench) -> [(method: HTTPRequest.Method, path: String)] {
        WorkbenchApp.router(wb).routes.map { ($0.method, $0.path.description) }
    }

    /// `path` with its captures filled from `ws` (the workspace) and `objects` (the other ids).
    static func uri(_ path: String, ws: Objects, objects: Objects) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { part -> String in
            if part == "*" || part == "**" { return "solution.json" }
            var s = String(part)
            while let open = s.firstIndex(of: "{"), let close = s[open...].firstIndex(of: "}") {
                let name = String(s[s.index(after: open)..<close])
                s.replaceSubrange(open...close, with: name == "ws" ? ws.value(name) : objects.value(name))
            }
            return s
        }.joined(separator: "/")
    }

    /// Whether a route's path has a capture naming a row (not the workspace or the year).
    static func namesARow(_ path: String) -> Bool {
        path.components(separatedBy: "{").dropFirst().map { $0.prefix { $0 != "}" } }
            .contains { !($0 == "ws" || $0.lowercased().contains("year")) } || path.contains("*")
    }

    static func isWrite(_ m: HTTPRequest.Method) -> Bool { [.post, .put, .patch, .delete].contains(m) }

    func send(_ client: some TestClientProtocol, _ b: Browser, _ method: HTTPRequest.Method, _ uri: String) async throws -> TestResponse {
        Self.isWrite(method) ? try await b.post(client, uri, [], method: method)
                             : try await client.execute(uri: uri, method: method, headers: b.headers)
    }

    @Test func anotherGroupsRowsAre404OnEveryWorkspaceRoute() async throws {
        let a = try AccessBench()
        let mine = try a.workspace("郑东一集团", district: "郑东"), theirs = try a.workspace("金水集团", district: "金水")
        try a.account("ana", .principal, workspace: mine)
        let own = try Objects(a.wb.store, workspace: mine.id!), other = try Objects(a.wb.store, workspace: theirs.id!)
        let routes = Self.routes(a.wb).filter { $0.path.hasPrefix("/w/{ws}") }
        #expect(routes.contains { $0.method == .get && $0.path == "/w/{ws}" }, "\(routes)")
        try await a.bench.app.test(.router) { client in
            let ana = try await Browser.signIn(client, account: "ana")
            for (method, path) in routes {
                // Another group's workspace, with its own rows: 404.
                let uri = Self.uri(path, ws: other, objects: other)
                let r = try await send(client, ana, method, uri)
                #expect(r.status == .notFound, "\(method) \(uri) (another group's workspace) gave \(r.status)")
                // Her workspace with another group's row in the path: 404 as well.
                if Self.namesARow(path) {
                    let mixed = Self.uri(path, ws: own, objects: other)
                    let m = try await send(client, ana, method, mixed)
                    #expect(m.status == .notFound, "\(method) \(mixed) (a row of another workspace) gave \(m.status)")
                }
            }
        }
        // Nothing was written in the other workspace by any of those requests.
        let written = try await a.wb.store.pool.read { db in
            try HistoryEntry.filter(Column("workspaceId") == theirs.id! && Column("who") == "ana").fetchCount(db)
        }
        #expect(written == 0)
    }

    @Test func everyWriteRouteRefusesCrossSiteAndTokenlessPosts() async throws {
        let a = try AccessBench(host: "127.0.0.1")
        let w = try a.workspace("郑东一集团", district: "郑东")
        let own = try Objects(a.wb.store, workspace: w.id!)
        let routes = Self.routes(a.wb).filter { Self.isWrite($0.method) }
        #expect(routes.contains { $0.path == "/workspaces" } && routes.contains { $0.path == "/signout" })
        let before = try a.history().count
        try await a.bench.app.test(.router) { client in
            let me = try await Browser.signIn(client)
            let form: HTTPFields = [.cookie: me.cookie, .contentType: "application/x-www-form-urlencoded"]
            let body = ByteBuffer(string: "name=x&csrf=\(me.csrf)")
            for (method, path) in routes {
                let uri = Self.uri(path, ws: own, objects: own)
                var evil = form; evil[.origin] = "http://evil.example"
                var null = form; null[.origin] = "null"
                var otherPort = form; otherPort[.origin] = "http://localhost:1"
                var fetchSite = form; fetchSite[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
                for (what, headers) in [("Origin evil", evil), ("Origin null", null), ("Origin of another port", otherPort), ("Sec-Fetch-Site", fetchSite)] {
                    let r = try await client.execute(uri: uri, method: method, headers: headers, body: body)
                    #expect(r.status == .forbidden, "\(method) \(uri) with \(what) gave \(r.status)")
                }
                if path != "/signin" {
                    let r = try await client.execute(uri: uri, method: method, headers: form, body: ByteBuffer(string: "name=x"))
                    #expect(r.status == .forbidden, "\(method) \(uri) without the CSRF token gave \(r.status)")
                    let wrong = try await client.execute(uri: uri, method: method, headers: form, body: ByteBuffer(string: "name=x&csrf=\(Tokens.random())"))
                    #expect(wrong.status == .forbidden, "\(method) \(uri) with a wrong CSRF token gave \(wrong.status)")
                }
            }
            // Still signed in (the refused sign-out did nothing), and nothing was created.
            #expect(try await client.execute(uri: "/", method: .get, headers: me.headers).status == .ok)
        }
        #expect(try a.history().count == before + 1)   // the sign-in only
        #expect(try await a.wb.store.pool.read { db in try Workspace.fetchCount(db) } == 1)
    }

    @Test func everyRouteBehindSignInIs401WithoutASession() async throws {
        let a = try AccessBench(host: "127.0.0.1")
        let w = try a.workspace("郑东一集团", district: "郑东")
        let own = try Objects(a.wb.store, workspace: w.id!)
        // What a stranger may open: the assets, the sign-in and language pages, the template, the (empty) favicon.
        let open = ["/assets/", "/signin", "/lang", "/signedout", "/template", "/favicon.ico"]
        let routes = Self.routes(a.wb).filter { r in !open.contains { r.path.hasPrefix($0) } }
        #expect(routes.count >= 3)
        try await a.bench.app.test(.router) { client in
            for (method, path) in routes {
                let uri = Self.uri(path, ws: own, objects: own)
                let r = try await client.execute(uri: uri, method: method, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                 body: ByteBuffer(string: "name=x"))
                #expect(r.status == .unauthorized, "\(method) \(uri) without a session gave \(r.status)")
            }
        }
    }
}

extension Browser {
    /// A form with the CSRF token, sent with `method`.
    func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [(String, String)], method: HTTPRequest.Method) async throws -> TestResponse {
        let body = (fields + [("csrf", csrf)]).map { "\(FormFields.encode($0.0))=\(FormFields.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: method, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                        body: ByteBuffer(string: body))
    }
}
