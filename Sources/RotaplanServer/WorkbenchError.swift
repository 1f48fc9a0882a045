import Foundation
import Hummingbird
import RotaplanText
import RotaplanWorkbenchText

/// The errors a route ends with, each with its HTTP code and a sentence for people;
/// ``ErrorPageMiddleware`` turns them (and any other error) into a page in the user's
/// language, or JSON for `/api/` requests. Nothing becomes a bare 500 with a stack.
public enum WorkbenchError: Error, Sendable {
    /// 401: nobody signed in.
    case unauthorized
    /// 403: a cross-site or token-less form post, or a role that may not do this.
    case forbidden
    /// 404: no such thing, or one in a workspace the viewer cannot see (the same answer, so
    /// that another group's workspace cannot be told from a missing one).
    case notFound
    /// 413: a body over the limit (bytes).
    case tooLarge(limit: Int)
    /// 409: someone saved a newer version.
    case conflict
    /// 429: too many requests.
    case tooManyRequests
    /// 400 (or 422 for input that was read but is not valid): a sentence naming the form field.
    case badRequest(Bilingual)
    case invalid(Bilingual)

    public var status: HTTPResponse.Status {
        switch self {
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .tooLarge: .contentTooLarge
        case .conflict: .conflict
        case .tooManyRequests: .tooManyRequests
        case .badRequest: .badRequest
        case .invalid: .unprocessableContent
        }
    }

    public var sentence: Bilingual {
        switch self {
        case .unauthorized: WorkbenchText.needSignIn
        case .forbidden: WorkbenchText.forbidden
        case .notFound: WorkbenchText.notFound
        case .tooLarge(let limit): WorkbenchText.tooLargeSentence(limit)
        case .conflict: WorkbenchText.conflict
        case .tooManyRequests: WorkbenchText.tooMany
        case .badRequest(let b), .invalid(let b): b
        }
    }
}
