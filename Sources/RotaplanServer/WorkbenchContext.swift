import Foundation
import Hummingbird
import RotaplanText
import RotaplanWorkbenchText

/// Who is asking: the person at this computer (the server bound to 127.0.0.1, signed in
/// through the printed link) or an account (any other address).
public enum Viewer: Sendable, Equatable {
    case local
    case account(Account)

    /// The name the history records.
    public var name: String {
        switch self {
        case .local: "local"
        case .account(let a): a.name
        }
    }

    /// Whether the viewer may see and change `w`: the local user every workspace; a bureau
    /// account every workspace of its district; a principal only her own.
    public func canSee(_ w: Workspace) -> Bool {
        switch self {
        case .local: return true
        case .account(let a):
            switch a.role {
            case .bureau: return a.district == w.district
            case .principal: return a.workspaceId == w.id
            }
        }
    }

    /// Whether the viewer may create workspaces (and in which district): not a principal.
    public var mayCreateWorkspaces: Bool {
        if case .account(let a) = self, a.role == .principal { return false }
        return true
    }
}

/// The request context of every route: the viewer and session (set by
/// ``SessionMiddleware``), the page language (set by ``LanguageMiddleware``), and the
/// upload limit of this route.
public struct WorkbenchContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var viewer: Viewer?
    public var session: SessionRecord?
    public var language: Language = .zh
    /// The client's address (for rate limits), "local" in router tests.
    public var client: String
    public var uploadLimit: Int = 20 * 1024 * 1024

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        client = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    public var maxUploadSize: Int { uploadLimit }

    /// The frame of a page for this request.
    public func frame(path: String) -> PageFrame {
        PageFrame(language: language, viewerName: viewer.map { v in v == .local ? WorkbenchText.localUser.text(language) : v.name } ?? "",
                  csrf: session?.csrf ?? "", path: path, signedIn: viewer != nil)
    }

    /// The viewer, or 401 when nobody is signed in.
    public func requireViewer() throws -> Viewer {
        guard let viewer else { throw WorkbenchError.unauthorized }
        return viewer
    }
}
