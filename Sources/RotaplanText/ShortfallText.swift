import RotaplanDomain

/// What a plan could not do, said before anything else (issue 17 item 4): the walking
/// periods no one covers, the new hires a partial training plan leaves out
/// (docs/training.md). A plan with a shortfall is "optimal for what it could do", never
/// plainly "optimal": the report banners and the terminal put these sentences first.
public enum ShortfallText {
    /// `6 of 9 walking periods could not be covered: S2 (二小) 3-1 music 2, …` (at most
    /// `shown` lines named, then how many more).
    public static func uncovered(_ lines: [Solution.Uncovered], demand: Int, in x: Instance, shown: Int = 4) -> Bilingual {
        let total = lines.reduce(0) { $0 + $1.periods }
        let named = lines.prefix(shown).map { u -> Bilingual in
            let school = x.schoolIndex[SchoolID(u.school)].map { x.label(school: $0) } ?? Bilingual(en: u.school, zh: u.school)
            let k = Subject(u.subject)
            return Bilingual(en: "\(school.en) \(u.class) \(k.key) \(u.periods)", zh: "\(school.zh) \(u.class) \(k.zh) \(u.periods) 课时")
        }
        let more = lines.count - named.count
        return Bilingual(
            en: "\(total) of \(demand) walking periods could not be covered: " + named.map(\.en).joined(separator: ", ")
                + (more > 0 ? " and \(more) more lines" : ""),
            zh: "\(demand) 节走教课中有 \(total) 节无法安排：" + named.map(\.zh).joined(separator: "、")
                + (more > 0 ? " 等另 \(more) 项" : ""))
    }

    /// `1 of 2 new hires could not be placed: N02 (孙悦)`.
    public static func unplaced(_ hires: [Solution.Unplaced], of total: Int, in x: Instance) -> Bilingual {
        let names = hires.map { h -> Bilingual in
            x.newHires.firstIndex { $0.id.rawValue == h.newHire }.map { x.label(newHire: $0) } ?? Bilingual(en: h.newHire, zh: h.newHire)
        }
        return Bilingual(en: "\(hires.count) of \(total) new hires could not be placed: " + names.map(\.en).joined(separator: ", "),
                         zh: "\(total) 名新教师中有 \(hires.count) 名无法安排：" + names.map(\.zh).joined(separator: "、"))
    }

    /// The shortfalls, then `for the rest the plan is optimal` when every part planned is
    /// proven optimal: `…; for the rest the plan is optimal.`
    public static func sentence(_ shortfalls: [Bilingual], restOptimal: Bool) -> Bilingual {
        let rest = restOptimal ? Bilingual(en: "; for the rest the plan is optimal.", zh: "；其余部分为最优方案。")
            : Bilingual(en: ".", zh: "。")
        return Bilingual(en: shortfalls.map(\.en).joined(separator: "; ") + rest.en, zh: shortfalls.map(\.zh).joined(separator: "；") + rest.zh)
    }

    /// The shortfalls of solution `s` of `x` (training's unplaced hires, then walking's
    /// uncovered periods), empty when it did everything asked.
    public static func shortfalls(_ s: Solution, in x: Instance) -> [Bilingual] {
        var out: [Bilingual] = []
        if s.isPartial { out.append(unplaced(s.unplaced, of: x.newHires.count, in: x)) }
        if !s.uncovered.isEmpty {
            out.append(uncovered(s.uncovered, demand: x.walkingDemand.reduce(0) { $0 + $1.periodsPerWeek }, in: x))
        }
        return out
    }
}
