import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

@Suite struct HomeRoutesTests {
    @Test func noTokenIs401() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let r = try await client.execute(uri: "/", method: .get)
            #expect(r.status == .unauthorized)
            let page = String(buffer: r.body)
            #expect(page.contains("登录令牌"))
            let w = try await client.execute(uri: "/w/1", method: .get)
            #expect(w.status == .unauthorized)
        }
    }

    @Test func wrongTokenIs401() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let r = try await client.execute(uri: "/?token=nope", method: .get)
            #expect(r.status == .unauthorized)
        }
    }

    @Test func tokenSignsInAndWorkspaceIsCreated() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            #expect(b.cookie.hasPrefix("rotaplan_session="))
            let r = try await b.post(client, "/workspaces", [("name", "郑东新区 <b>"), ("district", "郑东")])
            #expect(r.status == .seeOther)
            let location = r.headers[.location] ?? ""
            #expect(location.hasPrefix("/w/"))
            let page = try await client.execute(uri: location, method: .get, headers: b.headers)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("郑东新区 &lt;b&gt;"))
            #expect(!html.contains("郑东新区 <b>"))
        }
    }

    @Test func formPostWithoutCSRFTokenIs403() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await client.execute(uri: "/workspaces", method: .post,
                                             headers: [.cookie: b.cookie, .contentType: "application/x-www-form-urlencoded"],
                                             body: ByteBuffer(string: "name=x"))
            #expect(r.status == .forbidden)
            let cross = try await client.execute(uri: "/workspaces", method: .post,
                                                 headers: [.cookie: b.cookie, .origin: "http://evil.example",
                                                           .contentType: "application/x-www-form-urlencoded"],
                                                 body: ByteBuffer(string: "name=x&csrf=\(b.csrf)"))
            #expect(cross.status == .forbidden)
        }
    }

    @Test func languageSwitchRefusesOffSiteRedirects() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let r = try await client.execute(uri: "/lang?to=en&back=//evil.example/", method: .get)
            #expect(r.headers[.location] == "/")
            let ok = try await client.execute(uri: "/lang?to=en&back=/w/1", method: .get)
            #expect(ok.headers[.location] == "/w/1")
        }
    }

    @Test func passwordsHashAndVerify() throws {
        let h = try Passwords.hash("correct horse battery")
        #expect(h.hasPrefix("scrypt$15$8$1$"))
        #expect(Passwords.verify("correct horse battery", against: h))
        #expect(!Passwords.verify("correct horse batterz", against: h))
        #expect(!Passwords.verify("x", against: "garbage"))
        #expect(try Passwords.hash("a") != Passwords.hash("a"))
    }

    @Test func fileAreaRefusesEscapes() throws {
        let t = try TestBench()
        let area = t.wb.store.files
        for bad in ["", "/etc/passwd", "../x", "a/../../x", "a/./b", "a\\b", "a\0b", "a//b"] {
            #expect(area.resolve(bad) == nil, "\(bad)")
        }
        #expect(area.resolve("plans/1/report.html") != nil)
    }
}
