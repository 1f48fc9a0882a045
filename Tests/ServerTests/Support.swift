import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// A workbench on a fresh data folder in /tmp, and helpers for signed-in requests.
struct TestBench {
    let wb: Workbench
    let dir: URL

    init(host: String = "127.0.0.1") throws {
        dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-serve-\(UUID().uuidString)")
        var config = WorkbenchConfiguration(host: host, port: 0, dataDirectory: dir, executable: TestBench.binary)
        config.requestsPerMinute = 100_000
        wb = try Workbench(configuration: config, localToken: "test-token")
    }

    /// The `rotaplan` binary beside the test bundle (solves run as its child processes).
    static var binary: URL {
        var d = Bundle.main.bundleURL
        if d.pathExtension == "xctest" { d.deleteLastPathComponent() }
        return d.appendingPathComponent("rotaplan")
    }

    var app: some ApplicationProtocol { WorkbenchApp.application(wb) }
}

/// A signed-in browser: the session cookie and the CSRF token of the local user.
struct Browser {
    var cookie: String
    var csrf: String

    /// Signs in with the printed link's token and reads the CSRF token from the home page.
    static func signIn(_ client: some TestClientProtocol) async throws -> Browser {
        let r = try await client.execute(uri: "/?token=test-token", method: .get)
        #expect(r.status == .seeOther)
        let setCookie = r.headers[.setCookie] ?? ""
        let cookie = String(setCookie.split(separator: ";").first ?? "")
        let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
        let body = String(buffer: home.body)
        guard let range = body.range(of: #"<meta name="csrf" content="([^"]+)">"#, options: .regularExpression) else {
            Issue.record("no csrf meta in \(body.prefix(300))"); return Browser(cookie: cookie, csrf: "")
        }
        let meta = String(body[range])
        let csrf = String(meta.dropFirst(#"<meta name="csrf" content=""#.count).dropLast(2))
        return Browser(cookie: cookie, csrf: csrf)
    }

    var headers: HTTPFields { [.cookie: cookie] }

    /// Posts a urlencoded form with the CSRF token.
    func post(_ client: some TestClientProtocol, _ uri: String, _ fields: [(String, String)]) async throws -> TestResponse {
        let body = (fields + [("csrf", csrf)]).map { "\(FormFields.encode($0.0))=\(FormFields.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post,
                                        headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                        body: ByteBuffer(string: body))
    }
}
