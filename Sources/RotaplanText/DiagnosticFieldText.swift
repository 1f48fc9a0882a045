import RotaplanDomain
import RotaplanFormats

/// The Chinese of the JSON reader's messages: fields, parsing, files, solution files.
extension FieldProblem {
    var zh: String {
        switch self {
        case let .expected(what, found): return "应为\(what.zh)，实际是\(found.zh)"
        case let .unknownField(key, closest, nested):
            if let nested { return "未知字段“\(key)”；政策键要嵌套书写：\(nested)（带点的写法用于 --set）" }
            return "未知字段“\(key)”" + (closest.map { "；是不是“\($0)”？" } ?? "")
        case let .missing(key): return "缺少字段“\(key)”"
        case .empty: return "不能为空"
        case let .outOfRange(value, low, high, unit):
            return "\(value) 超出范围；应在 \(low) 到 \(high)\(chineseUnit(unit)) 之间"
        case let .notWhole(value): return "\(value) 不是整数"
        case let .tooLarge(value, most): return "\(value) 太大（最多 \(most)）"
        case let .tooSmall(value, least): return "\(value) 太小（至少 \(least)）"
        case let .negativeWeight(value, key, _):
            return "\(value) 是负数；权重 \(key) 必须大于或等于 0（为负时模型会无限追求这一项，得不到有意义的最优解）"
        }
    }
}

extension JSONProblem {
    var zh: String {
        switch self {
        case let .notUTF8Encoding(name): return "文件编码是 \(name)，不是 UTF-8；请另存为 UTF-8（在编辑器中：以 UTF-8 编码保存）"
        case let .invalidUTF8(byte, offset, gbk):
            return "文件不是有效的 UTF-8（偏移 \(offset) 处的字节 0x\(byte)）"
                + (gbk ? "；看起来是 GBK/GB18030 编码——请另存为 UTF-8（Excel：CSV UTF-8；编辑器：以 UTF-8 编码保存）" : "")
        case .empty: return "文件是空的（应为一个 JSON 对象）"
        case .textAfterValue: return "JSON 值结束后还有多余的文字"
        case .endsWhereValueExpected: return "文件在应有值的地方结束了"
        case let .notANumber(word): return "\(word) 不是 JSON 数字；请写一个有限的数，或省略该字段"
        case let .valueMissingBefore(c): return "“\(c)”前缺少一个值（多了一个逗号？）"
        case .singleQuotes: return "字符串要用双引号 \"…\"，不能用单引号"
        case let .unexpectedCharacter(c): return "此处应有一个值，却出现了字符“\(c)”"
        case let .didYouMean(word): return "无法识别的文字；是不是 \(word)？"
        case let .nestedTooDeep(n): return "嵌套超过 \(n) 层"
        case .endsInsideObject: return "文件在对象内部结束（缺少“}”）"
        case .trailingCommaBeforeBrace: return "“}”前多了一个逗号"
        case .expectedMemberName: return "此处应为双引号括起的成员名"
        case let .duplicateKey(key): return "键“\(key)”在这个对象中出现了两次"
        case let .expectedColon(key): return "“\(key)”之后应为“:”"
        case let .expectedCommaOrBrace(key): return "“\(key)”的值之后应为“,”或“}”"
        case .endsInsideList: return "文件在列表内部结束（缺少“]”）"
        case .expectedCommaOrBracket: return "列表中应为“,”或“]”"
        case let .endsInsideString(quote): return "文件在字符串内部结束" + (quote ? "（缺少结尾的 \"）" : "")
        case .stringPastEndOfLine: return "字符串越过了行尾（缺少结尾的 \"）"
        case let .controlCharacter(hex): return "字符串中有控制字符 0x\(hex)；请写成转义形式"
        case .halfSurrogate: return "\\u 转义只给出了代理对的一半"
        case .invalidSurrogate: return "\\u 转义中的代理对无效"
        case let .unknownEscape(c): return "字符串中有未知的转义“\\\(c)”"
        case .escapeNeedsFourHexDigits: return "\\u 转义需要四位十六进制数字"
        case .numberNeedsDigits: return "数字缺少数位"
        case .numberNeedsFraction: return "数字的小数点后缺少数位"
        case .numberNeedsExponent: return "数字的指数部分缺少数位"
        case .leadingZeros: return "数字不能有前导零"
        case let .numberTooLarge(text): return "数字 \(text) 太大"
        }
    }
}

extension FileProblem {
    var zh: String {
        switch self {
        case .noSuchFile: return "文件不存在"
        case .isFolder: return "这是一个文件夹，不是文件"
        case .noAttributes: return "无法读取文件属性"
        case let .tooLarge(mb, limit): return "文件有 \(mb) MB；rotaplan 读取的输入文件最多 \(limit) MB"
        case let .largerThan(limit): return "文件超过 \(limit) MB"
        case .cannotOpen: return "无法打开文件（没有权限？）"
        case let .cannotRead(reason): return "无法读取文件：\(reason)"
        }
    }
}

extension SolutionProblem {
    var zh: String {
        switch self {
        case let .unknownFormat(f, expected): return "“\(f)”不是 rotaplan 能读的方案格式；应为“\(expected)”"
        case let .unknownProblem(p): return "未知的问题类型“\(p)”"
        case let .unknownStatus(s): return "未知的状态“\(s)”"
        case .stagesOutsidePlan: return "只有整体方案（plan）才有各阶段（stages）"
        case let .unplacedRuleNotTraining(id): return "“\(id)”不是 §5（首站式培育，training.…）的规则"
        case let .nearOfAnotherProblem(previous, problem):
            let wanted = problem == .plan ? "整体方案（plan）" : "\(problem.stageName.zh)（\(problem.rawValue)）方案或整体方案（plan）"
            return "\(previous.stageName.zh)（\(previous.rawValue)）方案不能用于 `\(problem.rawValue) --near`：请给出\(wanted)（MODEL.md §12）"
        case .unplacedOutsideTraining: return "只有首站式培育（training）或整体方案（plan）才列出未安置的新教师（unplaced）"
        }
    }
}
