import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Sessions, sign-in, the printed token, limits, headers and cookies.
@Suite struct AccessSessionTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    @Test func noSessionIs401AsAPageAndAsJSON() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let page = try await client.execute(uri: "/w/1", method: .get)
            #expect(page.status == .unauthorized)
            #expect(String(buffer: page.body).contains("href=\"/signin\""))
            let json = try await client.execute(uri: "/w/1", method: .get, headers: [.accept: "application/json"])
            #expect(json.status == .unauthorized)
            #expect(json.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(String(buffer: json.body).contains("\"status\":401"))
            let api = try await client.execute(uri: "/api/anything", method: .get)
            #expect(api.status == .notFound || api.status == .unauthorized)
            #expect(api.headers[.contentType]?.hasPrefix("application/json") == true)
        }
    }

    @Test func anExpiredSessionIsSignedOut() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let me = try await Browser.signIn(client)
            #expect(try await client.execute(uri: "/", method: .get, headers: me.headers).status == .ok)
            try await t.wb.store.pool.write { db in try db.execute(sql: "UPDATE session SET expiresAt = ?", arguments: [Date(timeIntervalSinceNow: -1)]) }
            #expect(try await client.execute(uri: "/", method: .get, headers: me.headers).status == .unauthorized)
        }
    }

    @Test func signOutEndsTheSessionAndIsRecorded() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let me = try await Browser.signIn(client)
            let out = try await me.post(client, "/signout", [])
            #expect(out.status == .seeOther)
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            #expect(try await client.execute(uri: "/", method: .get, headers: me.headers).status == .unauthorized)
            #expect(try await t.wb.store.pool.read { db in try SessionRecord.fetchCount(db) } == 0)
        }
        let actions = try await t.wb.store.pool.read { db in try HistoryEntry.order(Column("id")).fetchAll(db) }.map { "\($0.who) \($0.action)" }
        #expect(actions == ["local signin", "local signout"])
    }

    @Test func thePrintedTokenLastsTheServersLifeAndOnlyOnTheLoopback() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            // Twice (another browser, or after signing out): the same link signs in again.
            let one = try await Browser.signIn(client), two = try await Browser.signIn(client)
            #expect(one.cookie != two.cookie && one.csrf != two.csrf)
            // The redirect drops the token from the address bar and keeps only a local path.
            let r = try await client.execute(uri: "/w/7?token=test-token", method: .get)
            #expect(r.headers[.location] == "/w/7")
            #expect(try await client.execute(uri: "//evil.example/?token=test-token", method: .get).headers[.location] == "/")
        }
        let remote = try AccessBench(host: "0.0.0.0")
        try await remote.bench.app.test(.router) { client in
            let r = try await client.execute(uri: "/?token=test-token", method: .get)
            #expect(r.status == .unauthorized)
            #expect(r.headers[.setCookie] == nil)
        }
        // A session of the local user made while bound to 127.0.0.1 does not count on 0.0.0.0.
        let value = Tokens.random()
        try await remote.wb.store.pool.write { db in
            try SessionRecord(tokenHash: Tokens.hash(value), accountId: nil, csrf: "c", createdAt: Date(), expiresAt: Date(timeIntervalSinceNow: 3600)).insert(db)
        }
        try await remote.bench.app.test(.router) { client in
            let r = try await client.execute(uri: "/", method: .get, headers: [.cookie: "rotaplan_session=\(value)"])
            #expect(r.status == .unauthorized)
        }
    }

    @Test func signInAnswersAlikeForUnknownAccountsAndWrongPasswordsAndIsRateLimited() async throws {
        let a = try AccessBench()
        try a.account("ana", .bureau, district: "郑东")
        try await a.bench.app.test(.router) { client in
            func attempt(_ account: String, _ password: String) async throws -> TestResponse {
                try await client.execute(uri: "/signin", method: .post, headers: Self.form,
                                         body: ByteBuffer(string: "account=\(account)&password=\(FormFields.encode(password))"))
            }
            let unknown = try await attempt("nobody", AccessBench.password)
            let wrong = try await attempt("ana", "wrong password!")
            #expect(unknown.status == .unauthorized && wrong.status == .unauthorized)
            #expect(String(buffer: unknown.body) == String(buffer: wrong.body))
            #expect(unknown.headers[.setCookie] == nil && wrong.headers[.setCookie] == nil)
            for _ in 3...10 { #expect(try await attempt("ana", "x").status == .unauthorized) }
            // The 11th attempt in the minute is refused before the password is looked at, even the right one.
            let limited = try await attempt("ana", AccessBench.password)
            #expect(limited.status == .tooManyRequests)
            #expect(String(buffer: limited.body).contains("请求太频繁"))
        }
        #expect(try a.history().filter { $0.action == "signin" }.isEmpty)
    }

    @Test func theRateLimiterCountsPerClientAndPerMinute() async {
        let limiter = RateLimiter(perMinute: 2)
        let t0 = Date(timeIntervalSince1970: 600)
        #expect(await limiter.admit("a", now: t0))
        #expect(await limiter.admit("a", now: t0))
        #expect(await !limiter.admit("a", now: t0))
        #expect(await limiter.admit("b", now: t0))
        #expect(await limiter.admit("a", now: t0.addingTimeInterval(60)))
    }

    @Test func aFormOverOneMebibyteIs413() async throws {
        let a = try AccessBench(host: "127.0.0.1")
        let big = "name=" + String(repeating: "x", count: 1024 * 1024 + 1)
        try await a.bench.app.test(.router) { client in
            let me = try await Browser.signIn(client)
            let r = try await client.execute(uri: "/workspaces", method: .post, headers: [.cookie: me.cookie, .contentType: "application/x-www-form-urlencoded"],
                                             body: ByteBuffer(string: big + "&csrf=\(me.csrf)"))
            #expect(r.status == .contentTooLarge)
            #expect(String(buffer: r.body).contains("最多接受 1 MiB"))
            // With the header token the route reads the body itself, under the same limit.
            let h = try await client.execute(uri: "/workspaces", method: .post,
                                             headers: [.cookie: me.cookie, .contentType: "application/x-www-form-urlencoded", HTTPField.Name("X-CSRF-Token")!: me.csrf],
                                             body: ByteBuffer(string: big))
            #expect(h.status == .contentTooLarge)
            let signin = try await client.execute(uri: "/signin", method: .post, headers: Self.form, body: ByteBuffer(string: big))
            #expect(signin.status == .contentTooLarge)
            // Just under the limit is read (and refused for its long name, not for its size).
            let under = try await me.post(client, "/workspaces", [("name", String(repeating: "x", count: 1000 * 1000))])
            #expect(under.status == .unprocessableContent)
        }
    }

    @Test func aBodyReadPastItsLimitInAnyRouteIs413NotA500() async throws {
        // Hummingbird throws NIOTooManyBytesError, not HTTPError: the error page maps both.
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: ErrorPageMiddleware())
        router.post("/raw") { request, _ -> Response in
            var request = request
            _ = try await request.collectBody(upTo: 10)
            return Response(status: .ok)
        }
        try await Application(router: router).test(.router) { client in
            let r = try await client.execute(uri: "/raw", method: .post, body: ByteBuffer(string: String(repeating: "x", count: 11)))
            #expect(r.status == .contentTooLarge)
            let ok = try await client.execute(uri: "/raw", method: .post, body: ByteBuffer(string: "0123456789"))
            #expect(ok.status == .ok)
        }
    }

    @Test func noRouteReadsAnUnboundedBody() throws {
        // Every body read in the server names a limit from the configuration (or a `limit`
        // given by one): never `.max`, never a bare `collect()`.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Sources/RotaplanServer")
        let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var reads = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("collectBody(") || line.contains(".collect(upTo:") {
                reads += 1
                let limit = line.components(separatedBy: "upTo:").dropFirst().first ?? ""
                #expect(!limit.contains(".max") && ["limit", "maxFormBytes", "maxUploadBytes", "Limit"].contains { limit.contains($0) },
                        "\(file.lastPathComponent): \(line)")
            }
        }
        #expect(reads >= 1)
    }

    @Test func everyResponseHasTheSecurityHeaders() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let me = try await Browser.signIn(client)
            let responses: [(String, TestResponse)] = [
                ("home", try await client.execute(uri: "/", method: .get, headers: me.headers)),
                ("401", try await client.execute(uri: "/", method: .get)),
                ("404", try await client.execute(uri: "/no/such/page", method: .get, headers: me.headers)),
                ("json", try await client.execute(uri: "/w/99", method: .get, headers: [.cookie: me.cookie, .accept: "application/json"])),
                ("redirect", try await client.execute(uri: "/lang?to=en", method: .get)),
                ("sign-in", try await client.execute(uri: "/signin", method: .get)),
                ("script", try await client.execute(uri: "/assets/workbench.js", method: .get)),
            ]
            for (what, r) in responses {
                let csp = r.headers[.contentSecurityPolicy] ?? ""
                #expect(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'self'"), "\(what): \(csp)")
                // Nothing from outside: no scheme, host or wildcard source.
                #expect(!csp.contains("http") && !csp.contains("*") && !csp.contains("data: http"), "\(what): \(csp)")
                #expect(r.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(what)")
                #expect(r.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(what)")
                #expect(r.headers[.cacheControl] != nil, "\(what)")
            }
            #expect(responses.last!.1.headers[.cacheControl] == "private, max-age=3600")
            #expect(responses[0].1.headers[.cacheControl] == "no-store")
        }
    }

    @Test func cookiesAreHttpOnlyStrictAndSecureBehindHTTPS() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let plain = try await client.execute(uri: "/?token=test-token", method: .get)
            let cookie = plain.headers[.setCookie] ?? ""
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
            for proxy: HTTPFields in [[HTTPField.Name("X-Forwarded-Proto")!: "https"], [HTTPField.Name("Forwarded")!: "for=10.0.0.1;proto=https"]] {
                let tls = try await client.execute(uri: "/?token=test-token", method: .get, headers: proxy)
                #expect(tls.headers[.setCookie]?.hasSuffix("; Secure") == true, "\(proxy)")
                let lang = try await client.execute(uri: "/lang?to=en", method: .get, headers: proxy)
                #expect(lang.headers[.setCookie]?.contains("Secure") == true)
            }
        }
    }
}
