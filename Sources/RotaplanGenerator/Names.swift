import RotaplanDomain

/// Chinese numerals for ordinal names (第一, 第十二, 第一百零五).
enum ChineseNumeral {
    static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func of(_ n: Int) -> String {
        precondition(n > 0 && n < 10_000)
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 1000 {
            let rest = n % 100
            let head = digits[n / 100] + "百"
            if rest == 0 { return head }
            if rest < 10 { return head + "零" + digits[rest] }
            return head + (rest < 20 ? "一" + of(rest) : of(rest))
        }
        let rest = n % 1000
        let head = digits[n / 1000] + "千"
        if rest == 0 { return head }
        if rest < 100 { return head + "零" + (rest < 20 && rest >= 10 ? "一" + of(rest) : of(rest)) }
        return head + of(rest)
    }
}

/// Person names: a surname (frequent ones more often) and one or two given characters.
enum PersonNames {
    static let surnameWeights: [Double] = CityData.surnames.indices.map { 1.0 / (1.0 + Double($0) * 0.08) }

    static func make(_ rng: inout SplitMix64, female: Bool) -> String {
        let surname = CityData.surnames[rng.weighted(surnameWeights)]
        let pool = female ? CityData.femaleChars : CityData.maleChars
        if rng.chance(0.45) { return surname + rng.pick(pool) }
        let first = rng.chance(0.5) ? rng.pick(CityData.neutralChars) : rng.pick(pool)
        return surname + first + rng.pick(pool)
    }
}

/// School names, unique within an instance. Names are tried at random from the city's
/// pools; numbered names (第N…) are the fallback and never repeat.
struct SchoolNames {
    let city: CityInfo
    private var used: Set<String> = []
    private var counters: [String: Int] = [:]

    init(city: CityInfo) { self.city = city }

    /// Marks a fixed name as used; returns it.
    mutating func fixed(_ name: String) -> String {
        used.insert(name)
        return name
    }

    /// The first candidate not yet used, else a numbered name "\(prefix)第N\(suffix)".
    mutating func unique(_ rng: inout SplitMix64, tries: Int = 12, prefix: String, suffix: String,
                         _ candidate: (inout SplitMix64) -> String) -> String {
        for _ in 0..<tries {
            let c = candidate(&rng)
            if used.insert(c).inserted { return c }
        }
        return numbered(prefix: prefix, suffix: suffix)
    }

    mutating func numbered(prefix: String, suffix: String) -> String {
        let key = prefix + "|" + suffix
        var n = counters[key, default: 0]
        while true {
            n += 1
            let name = "\(prefix)第\(ChineseNumeral.of(n))\(suffix)"
            if used.insert(name).inserted {
                counters[key] = n
                return name
            }
        }
    }

    static func suffix(_ stage: Stage, profile: GeneratorProfile) -> String {
        switch stage {
        case .preschool: return "幼儿园"
        case .primary: return "小学"
        case .junior: return profile == .changsha || profile == .qingdao ? "中学" : "初级中学"
        case .senior: return "高级中学"
        case .nineYear: return "学校"
        case .twelveYear: return "实验学校"
        }
    }

    /// A town school: 舞阳县北舞渡镇中心小学, 浏阳市永安镇石冲小学, …
    mutating func rural(_ rng: inout SplitMix64, district d: DistrictInfo, stage: Stage, profile: GeneratorProfile) -> String {
        let town = rng.pick(d.towns)
        let suffix = stage == .junior ? "初级中学" : stage == .nineYear ? "九年制学校" : stage == .senior ? "高级中学" : "小学"
        let villages = city.villageEndings
        return unique(&rng, prefix: d.name + town, suffix: suffix) { r in
            let kind = r.int(0...3)
            if kind == 0 && stage == .primary { return d.name + town + "中心小学" }
            if kind == 1 && stage != .primary { return d.name + town + (stage == .junior ? "第一初级中学" : suffix) }
            let village = r.pick(CityData.surnames) + r.pick(villages)
            return d.name + town + village + suffix
        }
    }

    /// A city or county-town school named after a road or numbered.
    mutating func urban(_ rng: inout SplitMix64, district d: DistrictInfo, stage: Stage, profile: GeneratorProfile) -> String {
        let suffix = Self.suffix(stage, profile: profile)
        let prefix: String
        switch profile {
        case .luohe: prefix = d.outer ? d.name : city.prefix
        case .zhengzhou: prefix = d.name == "郑东新区" ? "" : d.name
        case .changsha, .nanchang: prefix = d.name
        case .qingdao: prefix = d.outer ? d.name : city.prefix
        }
        let numberedPrefix = prefix.isEmpty ? "郑东新区" : prefix
        let roads = city.roads
        return unique(&rng, prefix: numberedPrefix, suffix: suffix) { r in
            if r.chance(0.25) && (stage == .junior || stage == .senior) {
                return numberedPrefix + "第" + ChineseNumeral.of(r.int(1...40)) + suffix
            }
            return prefix + r.pick(roads) + suffix
        }
    }

    /// A branch of a brand school: 长郡雨花外国语学校, 青岛二中西海岸分校, 育新学校红谷滩分校, …
    /// A branch in the core's own district is named after a road instead.
    mutating func branch(_ rng: inout SplitMix64, brand: String, district d: DistrictInfo, sameDistrict: Bool, stage: Stage,
                         profile: GeneratorProfile) -> String {
        let suffixes: [String]
        if brand.hasSuffix("小学") || brand.hasSuffix("中学") || brand.hasSuffix("学校") {
            suffixes = ["分校", "校区"]
        } else {
            switch (profile, stage) {
            case (.changsha, .primary): suffixes = ["实验小学", "小学", "外国语小学", "第二小学"]
            case (.changsha, _): suffixes = ["实验中学", "外国语学校", "实验学校", "中学", "双语实验学校"]
            case (_, .primary): suffixes = ["分校", "小学", "实验小学"]
            default: suffixes = ["分校", "实验学校", "学校"]
            }
        }
        let roads = city.roads
        return unique(&rng, prefix: brand + d.short, suffix: "分校") { r in
            if sameDistrict && profile != .changsha {
                let road = r.pick(roads)
                return brand + (road.hasSuffix("路") || road.hasSuffix("街") ? String(road.dropLast()) : road) + r.pick(suffixes)
            }
            return brand + d.short + r.pick(suffixes)
        }
    }
}
