import Foundation

/// A subject's canonical key (MODEL.md §10 "Subjects"): lower-case English for the
/// common subjects, any other name lower-cased. "数学", "Math" and "math" are the same
/// subject.
public struct Subject: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let key: String

    /// The canonical key of `name`: a known Chinese or English name maps to its key
    /// (see ``Subject/aliases``); anything else is its own key, trimmed and lower-cased.
    public init(_ name: String) {
        let trimmed = name.trimmedWhitespace()
        let lower = trimmed.lowercased()
        key = Subject.aliases[lower] ?? Subject.aliases[trimmed] ?? lower
    }

    public static func < (a: Subject, b: Subject) -> Bool { a.key < b.key }
    public var description: String { key }

    /// The canonical keys with their Chinese names, in MODEL.md §10 order.
    public static let canonical: [(key: String, chinese: [String])] = [
        ("chinese", ["语文"]), ("math", ["数学"]), ("english", ["英语"]), ("physics", ["物理"]),
        ("chemistry", ["化学"]), ("biology", ["生物"]), ("politics", ["道德与法治", "政治"]),
        ("history", ["历史"]), ("geography", ["地理"]), ("science", ["科学"]), ("music", ["音乐"]),
        ("art", ["美术"]), ("pe", ["体育"]), ("it", ["信息技术", "信息科技"]), ("psychology", ["心理健康"]),
    ]

    /// Further names accepted for the same keys (rotaplan's extension, docs/subjects.md).
    public static let extraAliases: [String: String] = [
        "思想政治": "politics", "思政": "politics", "道法": "politics", "品德与社会": "politics",
        "体育与健康": "pe", "信息": "it", "计算机": "it", "心理": "psychology",
        "mathematics": "math", "maths": "math", "physical education": "pe",
        "information technology": "it", "ict": "it", "fine arts": "art", "moral education": "politics",
    ]

    /// Every accepted name → key.
    public static let aliases: [String: String] = {
        var map: [String: String] = [:]
        for (key, chinese) in canonical {
            map[key] = key
            for c in chinese { map[c] = key }
        }
        for (name, key) in extraAliases { map[name] = key }
        return map
    }()

    /// Chinese display name of a key, when it has one.
    public var chineseName: String? { Subject.canonical.first { $0.key == key }?.chinese.first }
}
