import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body (the first value of each
/// name; `+` is a space). Text that is not UTF-8 becomes U+FFFD, never a crash.
public struct FormFields: Sendable {
    public var values: [String: [String]] = [:]

    public init(_ body: ByteBuffer) {
        self.init(String(buffer: body))
    }

    public init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(kv[0]), value = kv.count > 1 ? Self.decode(kv[1]) : ""
            values[key, default: []].append(value)
        }
    }

    static func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    public subscript(_ name: String) -> String? { values[name]?.first }
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The body of `request` as form fields, at most `limit` bytes (413 over it).
    public static func read(_ request: inout Request, limit: Int) async throws -> FormFields {
        do { return FormFields(try await request.collectBody(upTo: limit)) }
        // Hummingbird throws NIO's NIOTooManyBytesError (an HTTPResponseError of status 413) past the limit.
        catch let e as any HTTPResponseError where e.status == .contentTooLarge { throw WorkbenchError.tooLarge(limit: limit) }
    }
}

extension FormFields {
    /// A name or value encoded for a form body.
    public static func encode(_ s: String) -> String { HTML.component(s) }
}
