import RotaplanDomain

/// The cities the generator imitates, each with its group pattern and policy preset
/// (docs/generator.md).
public enum GeneratorProfile: String, CaseIterable, Sendable {
    case luohe, changsha, zhengzhou, qingdao, nanchang

    /// The policy preset the instances use.
    public var preset: PolicyPreset {
        switch self {
        case .luohe: return .luohe
        case .changsha: return .changsha
        case .zhengzhou: return .zhengzhou
        case .qingdao: return .qingdao
        case .nanchang: return .nanchang
        }
    }

    /// One-paragraph description (for `--help` and the docs).
    public var summary: String {
        switch self {
        case .luohe:
            return "Luohe 漯河 (漯教〔2021〕56号): county and district groups of at most 3 schools, a town or city core with rural village members; senior-high pairs and some ungrouped schools; preset luohe (80 yuan/day allowance, ≤ 3 schools, student limits)."
        case .changsha:
            return "Changsha 长沙 (长教通〔2020〕97号): 名校集团 of about 10 schools of one stage, a famous core and one partner school per district or county; preset changsha (≤ 10 schools, same stage, one partner per district, 6-year term)."
        case .zhengzhou:
            return "Zhengzhou 郑东新区 (bulletin 2022-07-20): the 5 groups named in the bulletin (郑东新区外国语学校, 聚源路小学, 春华学校, 文苑学校, cooperative 郑州市第四十七中学郑东思贤学校), then generated groups of 2–4 schools with new and weak members; preset zhengzhou (new schools must be grouped)."
        case .qingdao:
            return "Qingdao 青岛 (集团化办学意见): 1+N+X — a core with N branch members (tight group) and X loosely attached schools (an alliance group led by the largest of them); preset qingdao (transport paid per km)."
        case .nanchang:
            return "Nanchang 南昌 (洪教义教字〔2021〕5号): 1+1+N — a leading school, one newly built school and N weak or rural schools nearby, with many itinerant (走教) teachers; preset nanchang (transport paid per km)."
        }
    }
}

/// Instance sizes (docs/generator.md).
public enum GeneratorSize: String, CaseIterable, Sendable {
    case tiny, small, medium, large, xl

    /// Number of schools aimed at (the profile's pattern may end a little off).
    func schoolTarget(_ rng: inout SplitMix64) -> Int {
        switch self {
        case .tiny: return rng.int(3...5)
        case .small: return rng.int(10...15)
        case .medium: return rng.int(38...42)
        case .large: return rng.int(195...205)
        case .xl: return rng.int(980...1020)
        }
    }

    /// Number of teachers aimed at.
    func teacherTarget(_ rng: inout SplitMix64) -> Int {
        switch self {
        case .tiny: return rng.int(25...35)
        case .small: return rng.int(1_150...1_350)
        case .medium: return rng.int(2_850...3_150)
        case .large: return rng.int(19_200...20_800)
        case .xl: return rng.int(96_000...104_000)
        }
    }

    /// One-line description.
    public var summary: String {
        switch self {
        case .tiny: return "3–5 schools, 20–40 teachers (a miniature for hand checks and tests)"
        case .small: return "10–15 schools, 1,000–1,500 teachers (one or a few groups)"
        case .medium: return "about 40 schools, 3,000 teachers (a district)"
        case .large: return "about 200 schools, 20,000 teachers (a city, the pattern repeated over its districts)"
        case .xl: return "about 1,000 schools, 100,000 teachers (a stress test)"
        }
    }

    var atLeastMedium: Bool { self == .medium || self == .large || self == .xl }
    var atLeastLarge: Bool { self == .large || self == .xl }
}
