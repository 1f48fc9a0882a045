import RotaplanFormats

extension HorizonProblem {
    /// The problem in Chinese (English: ``description``).
    var zh: String {
        switch self {
        case let .notYears(example, found):
            return "应为以学年为键的对象，{\"\(example)\": {\"newHires\": […], \"vacancies\": […]}}，实际是\(found.zh)"
        case let .notAYear(example): return "键应为学年，例如 \"\(example)\""
        case let .firstYear(y, from, to): return "\(y) 是第一年实例自身的学年：它的新教师和岗位请写在实例里；此文件只能加入 \(from)…\(to) 学年"
        case let .outsideHorizon(y, years, first, from, to): return "\(y) 不在推演期内：从 \(first) 起推演 \(years) 年（--years \(years)），此文件只能写 \(from)…\(to) 学年"
        case let .yearTwice(y): return "学年 \(y) 出现了两次"
        case let .notYearObject(found): return "应为含 \"newHires\" 和/或 \"vacancies\" 的对象，实际是\(found.zh)"
        case .unknownList: return "未知的列表；每个学年只能有 \"newHires\" 和 \"vacancies\""
        case let .notList(found): return "应为记录组成的数组，实际是\(found.zh)"
        case let .notRecord(found): return "应为一条记录（对象），实际是\(found.zh)"
        }
    }
}
