import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import RotaplanText
import RotaplanWorkbenchText

/// Sets the viewer from the session cookie (`rotaplan_session`: HttpOnly, SameSite=Strict,
/// 12 hours; `Secure` behind an HTTPS proxy, see ``SecurityHeadersMiddleware``). Bound to
/// the loopback, a GET carrying the sign-in token the server printed (`?token=…`) gets a
/// session of the local user and is redirected to the same page without the token, so the
/// token never stays in the address bar or the history (and `no-referrer` keeps it out of
/// Referer headers).
///
/// The token stays valid for the server's life, as a notebook server's does: it is made
/// anew at each start, kept only in memory (never on disk) and printed only to the terminal
/// of whoever started the server; a reader of that terminal can read the data folder
/// anyway. A one-time token would lock the clerk out when her session ends, in a second
/// browser, or after signing out, with a restart of the server (and its queued solves) as
/// the only way back in. Sessions of the local user count only while the server is bound
/// to the loopback: started on another address, only accounts sign in.
public struct SessionMiddleware: RouterMiddleware {
    public typealias Context = WorkbenchContext
    let workbench: Workbench
    static let cookieName = "rotaplan_session"

    public init(workbench: Workbench) {
        self.workbench = workbench
        _ = Passwords.decoy   // made now, so the first unknown account's sign-in takes no longer than the next
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let store = workbench.store
        if let token = request.uri.queryParameters.get("token"), let local = workbench.localToken,
           request.method == .get || request.method == .head {
            guard Tokens.equal(token, local) else { throw WorkbenchError.unauthorized }
            let cookie = try workbench.newSession(account: nil)
            var target = request.uri.path
            if target.isEmpty || !target.hasPrefix("/") || target.hasPrefix("//") { target = "/" }
            var r = Response(status: .seeOther, headers: [.location: target])
            r.setCookie(cookie)
            return r
        }
        if let value = request.cookies[Self.cookieName]?.value {
            let hash = Tokens.hash(value)
            let found: (SessionRecord, Account?)? = try await store.pool.read { db in
                guard let s = try SessionRecord.fetchOne(db, key: hash), s.expiresAt > Date() else { return nil }
                let a = try s.accountId.flatMap { try Account.fetchOne(db, key: $0) }
                return (s, a)
            }
            if let (session, account) = found {
                if let account { context.viewer = .account(account) }
                else if workbench.configuration.isLocal { context.viewer = .local }
                if context.viewer != nil { context.session = session }
            }
        }
        return try await next(request, context)
    }
}

extension Workbench {
    /// Starts a session for `account` (nil: the local user) and returns its cookie; the
    /// history line of the sign-in is written in the same transaction.
    public func newSession(account: Account?) throws -> Cookie {
        let value = Tokens.random()
        let now = Date()
        let record = SessionRecord(tokenHash: Tokens.hash(value), accountId: account?.id, csrf: Tokens.random(),
                                   createdAt: now, expiresAt: now.addingTimeInterval(configuration.sessionLifetime))
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM session WHERE expiresAt < ?", arguments: [now])
            try record.insert(db)
            try WorkbenchStore.record(db, workspace: nil, who: account.map { Viewer.account($0) }?.name ?? Viewer.local.name,
                                      action: "signin")
        }
        return Cookie(name: SessionMiddleware.cookieName, value: value, maxAge: Int(configuration.sessionLifetime), path: "/",
                      secure: false, httpOnly: true, sameSite: .strict)
    }
}

/// Refuses every state-changing request (POST, PUT, PATCH, DELETE) that does not carry the
/// session's CSRF token (form field `csrf`, or header `X-CSRF-Token` for the page's
/// scripts), or whose `Origin` is another site: 403. Sign-in has no session yet and is
/// checked by its Origin alone.
///
/// A browser tells a cross-site request by its `Origin` (which must name this host, as the
/// `Host` header gives it: a proxy in front must pass `Host` on) and by
/// `Sec-Fetch-Site: cross-site`; either is refused. A form body is read up to the form
/// limit (1 MiB: 413 over it) and kept for the route.
public struct CSRFMiddleware: RouterMiddleware {
    public typealias Context = WorkbenchContext
    let formLimit: Int

    public init(formLimit: Int = 1024 * 1024) { self.formLimit = formLimit }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard [.post, .put, .patch, .delete].contains(request.method) else { return try await next(request, context) }
        if let origin = request.headers[.origin] {
            guard let host = request.head.authority, ["http://\(host)", "https://\(host)"].contains(origin.lowercased())
            else { throw WorkbenchError.forbidden }
        }
        if request.headers[HTTPField.Name("Sec-Fetch-Site")!]?.lowercased() == "cross-site" { throw WorkbenchError.forbidden }
        if request.uri.path == "/signin" { return try await next(request, context) }
        guard let session = context.session else { throw WorkbenchError.unauthorized }
        if let header = request.headers[HTTPField.Name("X-CSRF-Token")!], Tokens.equal(header, session.csrf) {
            return try await next(request, context)
        }
        // A urlencoded form: the token is read from the body, which is kept for the route.
        var request = request
        let type = request.headers[.contentType] ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else { throw WorkbenchError.forbidden }
        let form = try await FormFields.read(&request, limit: formLimit)
        guard let token = form["csrf"], Tokens.equal(token, session.csrf) else { throw WorkbenchError.forbidden }
        return try await next(request, context)
    }
}

/// Requests per client per minute (a fixed window); over the limit is 429.
/// Requests per client in the last 60 seconds (a sliding window: the limit holds over any
/// minute, not only within a clock minute); over the limit is 429.
public actor RateLimiter {
    let perMinute: Int
    var times: [String: [Double]] = [:]
    var lastSweep = 0.0
    public init(perMinute: Int) { self.perMinute = perMinute }

    public func admit(_ client: String, now: Date = Date()) -> Bool {
        let t = now.timeIntervalSince1970
        // Clients quiet for a minute are forgotten (bounded memory under many addresses).
        if t - lastSweep > 60 {
            times = times.filter { $0.value.last.map { t - $0 < 60 } ?? false }
            lastSweep = t
        }
        var recent = (times[client] ?? []).filter { t - $0 < 60 }
        let admitted = recent.count < perMinute
        if admitted { recent.append(t) }
        times[client] = recent
        return admitted
    }
}

public struct RateLimitMiddleware: RouterMiddleware {
    public typealias Context = WorkbenchContext
    let limiter: RateLimiter
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard await limiter.admit(context.client) else { throw WorkbenchError.tooManyRequests }
        return try await next(request, context)
    }
}

/// The page language: `lang` cookie (set by `/lang`), else Chinese.
public struct LanguageMiddleware: RouterMiddleware {
    public typealias Context = WorkbenchContext
    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let v = request.cookies["lang"]?.value, let l = Language(rawValue: v) { context.language = l }
        return try await next(request, context)
    }
}
