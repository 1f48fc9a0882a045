/// Why ``JSONParser`` rejected a file (RFC 8259), as data.
public enum JSONProblem: Sendable, Equatable, CustomStringConvertible {
    /// UTF-16, UTF-32, … by name (``TextEncoding``).
    case notUTF8Encoding(String)
    case invalidUTF8(byte: String, offset: Int, looksGBK: Bool)
    case empty
    case textAfterValue
    case endsWhereValueExpected
    /// `NaN`, `Infinity`, `-Infinity`.
    case notANumber(String)
    case valueMissingBefore(String)
    case singleQuotes
    case unexpectedCharacter(String)
    case didYouMean(String)
    case nestedTooDeep(Int)
    case endsInsideObject
    case trailingCommaBeforeBrace
    case expectedMemberName
    case duplicateKey(String)
    case expectedColon(after: String)
    case expectedCommaOrBrace(after: String)
    case endsInsideList
    case expectedCommaOrBracket
    case endsInsideString(closingQuote: Bool)
    case stringPastEndOfLine
    case controlCharacter(String)
    case halfSurrogate
    case invalidSurrogate
    case unknownEscape(String)
    case escapeNeedsFourHexDigits
    case numberNeedsDigits
    case numberNeedsFraction
    case numberNeedsExponent
    case leadingZeros
    case numberTooLarge(String)

    public var description: String {
        switch self {
        case let .notUTF8Encoding(name): return "the file is \(name), not UTF-8; save it as UTF-8 (in an editor: Save with encoding UTF-8)"
        case let .invalidUTF8(byte, offset, gbk):
            return "the file is not valid UTF-8 (byte 0x\(byte) at offset \(offset))"
                + (gbk ? "; it looks like GBK/GB18030 — save it as UTF-8 (in Excel: CSV UTF-8; in an editor: Save with encoding UTF-8)" : "")
        case .empty: return "the file is empty (expected a JSON object)"
        case .textAfterValue: return "unexpected text after the end of the JSON value"
        case .endsWhereValueExpected: return "the file ends where a value was expected"
        case let .notANumber(word): return "\(word) is not a JSON number; give a finite number or leave the field out"
        case let .valueMissingBefore(c): return "a value is missing before '\(c)' (a trailing comma?)"
        case .singleQuotes: return "strings must use double quotes \"…\", not single quotes"
        case let .unexpectedCharacter(c): return "unexpected character '\(c)' where a value was expected"
        case let .didYouMean(word): return "unexpected text; did you mean \(word)?"
        case let .nestedTooDeep(n): return "values are nested more than \(n) levels deep"
        case .endsInsideObject: return "the file ends inside an object (a '}' is missing)"
        case .trailingCommaBeforeBrace: return "trailing comma before '}'"
        case .expectedMemberName: return "expected a member name in double quotes"
        case let .duplicateKey(key): return "the key \"\(key)\" appears twice in this object"
        case let .expectedColon(key): return "expected ':' after \"\(key)\""
        case let .expectedCommaOrBrace(key): return "expected ',' or '}' after the value of \"\(key)\""
        case .endsInsideList: return "the file ends inside a list (a ']' is missing)"
        case .expectedCommaOrBracket: return "expected ',' or ']' in a list"
        case let .endsInsideString(quote): return "the file ends inside a string" + (quote ? " (a closing \" is missing)" : "")
        case .stringPastEndOfLine: return "a string runs past the end of the line (a closing \" is missing)"
        case let .controlCharacter(hex): return "control character 0x\(hex) inside a string; write it as an escape"
        case .halfSurrogate: return "a \\u escape holds half of a surrogate pair"
        case .invalidSurrogate: return "invalid surrogate pair in a \\u escape"
        case let .unknownEscape(c): return "unknown escape '\\\(c)' in a string"
        case .escapeNeedsFourHexDigits: return "a \\u escape needs four hex digits"
        case .numberNeedsDigits: return "a number needs digits"
        case .numberNeedsFraction: return "a number needs digits after the decimal point"
        case .numberNeedsExponent: return "a number needs digits in its exponent"
        case .leadingZeros: return "numbers must not have leading zeros"
        case let .numberTooLarge(text): return "the number \(text) is too large"
        }
    }
}
