import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Accounts and workspaces for the access tests: made in the store as `rotaplan accounts
/// add` makes them, and signed in over HTTP with their passwords.
struct AccessBench {
    let bench: TestBench
    var wb: Workbench { bench.wb }
    static let password = "correct horse battery"

    /// A bench bound to `host` (0.0.0.0: accounts only, the printed token is not accepted).
    init(host: String = "0.0.0.0", configure: (inout WorkbenchConfiguration) -> Void = { _ in }) throws {
        bench = try TestBench(host: host, configure: configure)
    }

    @discardableResult
    func workspace(_ name: String, district: String) throws -> Workspace {
        try wb.store.pool.write { db in
            var w = Workspace(name: name, district: district)
            try w.insert(db)
            return w
        }
    }

    @discardableResult
    func account(_ name: String, _ role: AccountRole, district: String = "", workspace: Workspace? = nil) throws -> Account {
        let hash = try Passwords.hash(Self.password)
        return try wb.store.pool.write { db in
            var a = Account(name: name, role: role, district: workspace?.district ?? district, workspaceId: workspace?.id, passwordHash: hash)
            try a.insert(db)
            return a
        }
    }

    /// The history lines, oldest first.
    func history() throws -> [HistoryEntry] {
        try wb.store.pool.read { db in try HistoryEntry.order(Column("id")).fetchAll(db) }
    }
}

extension TestBench {
    /// A bench bound to `host` whose configuration `configure` changes (limits, lifetimes).
    init(host: String, configure: (inout WorkbenchConfiguration) -> Void) throws {
        dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-serve-\(UUID().uuidString)")
        var config = WorkbenchConfiguration(host: host, port: 0, dataDirectory: dir, executable: TestBench.binary)
        config.requestsPerMinute = 100_000
        configure(&config)
        wb = try Workbench(configuration: config, localToken: "test-token")
    }
}

extension Browser {
    /// Signs in with an account's name and password through `POST /signin`.
    static func signIn(_ client: some TestClientProtocol, account: String, password: String = AccessBench.password) async throws -> Browser {
        let r = try await client.execute(uri: "/signin", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                         body: ByteBuffer(string: "account=\(FormFields.encode(account))&password=\(FormFields.encode(password))"))
        #expect(r.status == .seeOther, "sign-in of \(account)")
        let cookie = String((r.headers[.setCookie] ?? "").split(separator: ";").first ?? "")
        let home = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie])
        return Browser(cookie: cookie, csrf: Self.csrf(in: String(buffer: home.body)))
    }

    /// The CSRF token of a page's `<meta name="csrf">`.
    static func csrf(in page: String) -> String {
        guard let range = page.range(of: #"<meta name="csrf" content="([^"]+)">"#, options: .regularExpression) else { return "" }
        return String(String(page[range]).dropFirst(#"<meta name="csrf" content=""#.count).dropLast(2))
    }

    /// The workspace links of the home page (`a.workspace`), as ids.
    static func workspaceIds(in page: String) -> [Int64] {
        page.components(separatedBy: "class=\"workspace\" href=\"/w/").dropFirst()
            .compactMap { Int64($0.prefix { $0.isNumber }) }
    }
}

@Suite struct AccessSupportTests {
    @Test func csrfIsReadFromTheMetaTag() {
        #expect(Browser.csrf(in: #"<head><meta name="csrf" content="abc-_1"></head>"#) == "abc-_1")
        #expect(Browser.csrf(in: "<head></head>") == "")
        #expect(Browser.workspaceIds(in: #"<a class="workspace" href="/w/3">x</a><a class="workspace" href="/w/12">y</a>"#) == [3, 12])
    }
}
