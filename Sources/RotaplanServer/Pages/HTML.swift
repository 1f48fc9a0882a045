import Foundation
import RotaplanReports
import RotaplanText
import RotaplanWorkbenchText

/// A piece of HTML whose text parts are escaped when they go in: pages are built from
/// `HTML` values, and a `String` only enters through ``text(_:)`` (escaped) or
/// ``raw(_:)`` (for markup written in this module). A teacher named
/// `<img src=x onerror=alert(1)>` is then shown as those characters.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var markup: String

    public init(raw: String) { markup = raw }
    public static func raw(_ s: String) -> HTML { HTML(raw: s) }
    public static func text(_ s: String) -> HTML { HTML(raw: escape(s)) }
    public var description: String { markup }

    /// Literal parts are markup; interpolated strings are escaped; interpolated `HTML` is kept.
    public struct StringInterpolation: StringInterpolationProtocol {
        var out = ""
        public init(literalCapacity: Int, interpolationCount: Int) { out.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ s: String) { out += s }
        public mutating func appendInterpolation(_ h: HTML) { out += h.markup }
        public mutating func appendInterpolation(_ s: String) { out += HTML.escape(s) }
        public mutating func appendInterpolation(_ b: Bilingual, _ l: Language) { out += HTML.escape(b.text(l)) }
        public mutating func appendInterpolation<N: BinaryInteger>(_ n: N) { out += String(n) }
        public mutating func appendInterpolation(_ hs: [HTML]) { for h in hs { out += h.markup } }
    }
    public init(stringInterpolation: StringInterpolation) { markup = stringInterpolation.out }
    public init(stringLiteral s: String) { markup = s }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(raw: a.markup + b.markup) }

    /// Escapes `& < > " '` (text and attribute values alike).
    public static func escape(_ s: String) -> String { HTMLText.escape(s) }

    /// A percent-encoded path or query component.
    public static func component(_ s: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
