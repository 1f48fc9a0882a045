import RotaplanDomain

/// Every sentence about re-planning near an earlier plan (MODEL.md §12, docs/near.md):
/// the terminal's counts, `check`'s note on a near-solved solution, and the report's
/// "decisions kept and changed" section and `changes.csv`.
public enum NearText {
    /// The summary line's addition after its counts: `; near PREVIOUS.json: 9 decisions kept, 2 changed`.
    public static func counts(file: String, _ c: NearChanges) -> Bilingual {
        Bilingual(en: "; near \(file): \(c.kept) decision\(c.kept == 1 ? "" : "s") kept, \(c.changed) changed",
                  zh: "；参照 \(file)：保留 \(c.kept) 项决定，改动 \(c.changed) 项")
    }

    /// A summary line's `counts` followed by ``counts(file:_:)``.
    public static func after(_ counts: Bilingual, file: String, _ c: NearChanges) -> Bilingual {
        let near = Self.counts(file: file, c)
        return Bilingual(en: counts.en + near.en, zh: counts.zh + near.zh)
    }

    /// `check` without `--near` on a solution solved near a previous plan.
    public static func notComparable(_ record: Near.Record) -> Bilingual {
        Bilingual(en: "note: solved near a previous plan (\(record.instance)); objective not comparable without --near PREVIOUS.json",
                  zh: "提示：该方案参照先前方案（\(record.instance)）求解；未给出 --near PREVIOUS.json，目标值无法比较")
    }

    /// `check`'s summary for such a solution whose rules hold.
    public static let holdsNotComparable = Bilingual(
        en: "holds; solved near a previous plan, objective not comparable",
        zh: "方案成立；参照先前方案求解，目标值无法比较")

    /// The report section's title.
    public static let title = Bilingual(en: "Decisions kept and changed", zh: "保留与改动的决定")

    /// The report section's first sentence.
    public static func lead(_ record: Near.Record, _ c: NearChanges) -> Bilingual {
        Bilingual(en: "Re-planned near the earlier plan of \(record.instance): \(c.kept) decisions kept, \(c.changed) changed.",
                  zh: "参照先前方案（\(record.instance)）重新编排：保留 \(c.kept) 项决定，改动 \(c.changed) 项。")
    }

    /// Nothing changed.
    public static let none = Bilingual(en: "Every decision of the earlier plan was kept.", zh: "先前方案的决定全部保留。")

    /// The columns of changes.csv and of the report's table.
    public static let columns: [Bilingual] = [
        Bilingual(en: "change", zh: "改动"), Bilingual(en: "who", zh: "对象"),
        Bilingual(en: "before", zh: "原安排"), Bilingual(en: "after", zh: "新安排"),
    ]

    /// The kind of one change.
    public enum Kind: Sendable { case moveDropped, moveAdded, placementChanged, lessonDropped, lessonAdded }

    public static func kind(_ k: Kind) -> Bilingual {
        switch k {
        case .moveDropped: return Bilingual(en: "move dropped", zh: "取消交流")
        case .moveAdded: return Bilingual(en: "move added", zh: "新增交流")
        case .placementChanged: return Bilingual(en: "placement changed", zh: "培育安排改动")
        case .lessonDropped: return Bilingual(en: "lesson moved away", zh: "课时取消")
        case .lessonAdded: return Bilingual(en: "lesson added", zh: "课时新增")
        }
    }

    /// A move's destination: `to S3`.
    public static func move(to school: String) -> Bilingual { Bilingual(en: "to \(school)", zh: "调往 \(school)") }

    /// A placement: `mentor T0001, S2 after 1 year`.
    public static func placement(_ p: Near.Placement?) -> Bilingual {
        guard let p else { return Bilingual(en: "not placed", zh: "未安排") }
        return Bilingual(en: "mentor \(p.mentor), \(p.destination) after \(p.years) year\(p.years == 1 ? "" : "s")",
                         zh: "导师 \(p.mentor)，\(p.years) 年后到 \(p.destination)")
    }

    /// A lesson: `S3 3-1 music, day 1 period 3`.
    public static func lesson(_ l: Near.Lesson) -> Bilingual {
        let subject = Subject(l.subject)
        return Bilingual(en: "\(l.school) \(l.class) \(subject.key), day \(l.day) period \(l.period)",
                         zh: "\(l.school) \(l.class) \(subject.zh)，周\(l.day) 第\(l.period)节")
    }

    /// One row per change: kind, who, before, after (in the order moves, placements, lessons).
    public static func rows(_ c: NearChanges) -> [(kind: Kind, who: String, before: Bilingual?, after: Bilingual?)] {
        var out: [(kind: Kind, who: String, before: Bilingual?, after: Bilingual?)] = []
        for m in c.movesDropped { out.append((.moveDropped, m.teacher, move(to: m.to), nil)) }
        for m in c.movesAdded { out.append((.moveAdded, m.teacher, nil, move(to: m.to))) }
        for p in c.placementsChanged { out.append((.placementChanged, p.newHire, placement(p.before), placement(p.after))) }
        for l in c.lessonsDropped { out.append((.lessonDropped, l.teacher, lesson(l), nil)) }
        for l in c.lessonsAdded { out.append((.lessonAdded, l.teacher, nil, lesson(l))) }
        return out
    }
}
