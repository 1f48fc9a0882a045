import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// The workbench's shared state: the configuration, the store, the sign-in token (loopback
/// only) and the solve queue. Routes get it by value; everything in it is Sendable.
public struct Workbench: Sendable {
    public let configuration: WorkbenchConfiguration
    public let store: WorkbenchStore
    /// The token of the printed sign-in link (nil on other addresses: accounts instead).
    public let localToken: String?
    public let limiter: RateLimiter
    public let signIns: RateLimiter
    /// Parsed instance versions and plan folders (immutable once written).
    let instanceCache = LoadedCache<InstanceLoader.Loaded>()
    let planCache = LoadedCache<PlanData>()
    /// The solve queue: child processes of the `rotaplan` binary, one per workspace at a time.
    public let jobs: SolveJobs

    public init(configuration: WorkbenchConfiguration, localToken: String? = nil) throws {
        self.configuration = configuration
        self.store = try WorkbenchStore(directory: configuration.dataDirectory)
        self.localToken = configuration.isLocal ? (localToken ?? Tokens.random()) : nil
        self.limiter = RateLimiter(perMinute: configuration.requestsPerMinute)
        self.signIns = RateLimiter(perMinute: configuration.signInsPerMinute)
        self.jobs = SolveJobs(store: store, configuration: configuration)
    }

    /// The link the server prints at start (loopback only).
    public var signInURL: String? {
        localToken.map { "http://\(configuration.host):\(configuration.port)/?token=\($0)" }
    }

    /// The workspace `id` if the viewer may see it; 404 otherwise (also for one that exists
    /// but belongs to another group, so its existence is not told).
    public func workspace(_ id: String?, for viewer: Viewer) async throws -> Workspace {
        guard let id, let n = Int64(id) else { throw WorkbenchError.notFound }
        guard let w = try await store.pool.read({ db in try Workspace.fetchOne(db, key: n) }), viewer.canSee(w)
        else { throw WorkbenchError.notFound }
        return w
    }
}

/// Turns every error a route throws into a page (or JSON under `/api/`) in the viewer's
/// language with its HTTP code; an unexpected error is a 500 with a sentence, logged.
public struct ErrorPageMiddleware: RouterMiddleware {
    public typealias Context = WorkbenchContext

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as WorkbenchError {
            return Self.response(e.status, e.sentence, request: request, context: context)
        } catch let e as VersionConflict {
            _ = e
            return Self.response(.conflict, WorkbenchText.conflict, request: request, context: context)
        } catch let e as any HTTPResponseError {   // HTTPError, and NIOTooManyBytesError (413) of a body read past its limit
            let sentence: Bilingual = switch e.status {
            case .contentTooLarge: WorkbenchText.tooLargeSentence(context.maxUploadSize)
            case .notFound: WorkbenchText.notFound
            case .unauthorized: WorkbenchText.needSignIn
            case .forbidden: WorkbenchText.forbidden
            default: WorkbenchText.internalError
            }
            return Self.response(e.status, sentence, request: request, context: context)
        } catch {
            context.logger.error("\(request.method) \(request.uri.path): \(error)")
            return Self.response(.internalServerError, WorkbenchText.internalError, request: request, context: context)
        }
    }

    static func response(_ status: HTTPResponse.Status, _ sentence: Bilingual, request: Request, context: Context) -> Response {
        let l = context.language
        if request.uri.path.hasPrefix("/api/") || (request.headers[.accept] ?? "").hasPrefix("application/json") {
            let body = "{\"error\":\(JSONText.quote(sentence.text(l))),\"status\":\(status.code)}"
            return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let frame = context.frame(path: "/")
        let body: HTML = """
            <section class="error" id="error" data-status="\(status.code)"><h1>\(status.code)</h1><p>\(sentence, l)</p>
            \(status == .unauthorized ? HTML("<p><a href=\"/signin\">\(WorkbenchText.signIn, l)</a></p>") : "")
            <p><a href="/">\(WorkbenchText.back, l)</a></p></section>
            """
        return Pages.response(frame.page(String(status.code), body), status: status)
    }
}

/// JSON string quoting for the small JSON answers of the API.
public enum JSONText {
    public static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            default:
                if c.value < 0x20 { out += String(format: "\\u%04x", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}

/// Responses of pages.
public enum Pages {
    /// Headers every page has: no caching of personal data, no framing by other sites, no
    /// loading from outside (CSP), no content sniffing.
    public static let securityHeaders: [(HTTPField.Name, String)] = [
        (.contentSecurityPolicy, "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'"),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "same-origin"),  // not no-referrer: Chrome then posts forms with `Origin: null`, which the CSRF check refuses
        (.cacheControl, "no-store"),
    ]

    public static func response(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8"]
        for (k, v) in securityHeaders { headers[k] = v }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html.markup)))
    }

    public static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}
