import Foundation
import HTTPTypes
import Hummingbird

/// The outermost middleware: every response (pages, error pages, redirects, JSON, files,
/// the 404 of an unknown path) gets ``Pages/securityHeaders`` — a Content-Security-Policy
/// that loads nothing from outside and forbids framing by other sites, `nosniff`,
/// `no-referrer` (the sign-in token never leaks in a Referer), `no-store` — unless the
/// route set that header itself (assets cache for an hour; a plan's files may have their own CSP).
///
/// Cookies get `Secure` when the request came over HTTPS: the workbench itself speaks plain
/// HTTP, so HTTPS means a TLS proxy in front that says so with `X-Forwarded-Proto: https`
/// (or `Forwarded: proto=https`). A client that sends the header on plain HTTP only makes
/// its own cookie unusable to itself, so the header is trusted as it is.
public struct SecurityHeadersMiddleware: RouterMiddleware {
    public typealias Context = WorkbenchContext
    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        for (name, value) in Pages.securityHeaders where response.headers[name] == nil {
            response.headers[name] = value
        }
        if Self.isHTTPS(request) {
            let cookies = response.headers[values: .setCookie]
            if !cookies.isEmpty {
                response.headers[values: .setCookie] = cookies.map { c in
                    c.lowercased().contains("; secure") ? c : c + "; Secure"
                }
            }
        }
        return response
    }

    /// Whether the browser spoke HTTPS to the proxy in front of the workbench.
    public static func isHTTPS(_ request: Request) -> Bool {
        if let p = request.headers[HTTPField.Name("X-Forwarded-Proto")!], p.split(separator: ",").first?
            .trimmingCharacters(in: .whitespaces).lowercased() == "https" { return true }
        if let f = request.headers[HTTPField.Name("Forwarded")!]?.lowercased() {
            return f.split(whereSeparator: { $0 == ";" || $0 == "," })
                .contains { $0.trimmingCharacters(in: .whitespaces) == "proto=https" }
        }
        return request.head.scheme == "https"
    }
}
