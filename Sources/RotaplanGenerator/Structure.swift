import RotaplanDomain

/// Builds an instance draft in stages: the schools and groups of the profile's pattern
/// (this file), the students and staff (Staff.swift), then walking teaching, new hires,
/// vacancies and travel (Plans.swift).
struct Builder {
    let profile: GeneratorProfile
    let size: GeneratorSize
    let seed: UInt64
    let city: CityInfo
    var names: SchoolNames

    var schools: [DraftSchool] = []
    var groups: [DraftGroup] = []
    var teachers: [DraftTeacher] = []
    var newHires: [DraftNewHire] = []
    var vacancies: [DraftVacancy] = []
    var demand: [DraftDemand] = []
    var travel: [DraftTravel] = []
    var days = 5
    var periods: [(start: Int, end: Int)] = []

    /// Root stream; each stage forks its own.
    let root: SplitMix64

    init(profile: GeneratorProfile, size: GeneratorSize, seed: UInt64) {
        self.profile = profile
        self.size = size
        self.seed = seed
        city = CityData.city(profile)
        names = SchoolNames(city: city)
        var r = SplitMix64(seed: seed ^ SplitMix64.fnv1a("rotaplan-generate/\(profile.rawValue)/\(size.rawValue)"))
        _ = r.next()
        root = r
    }

    mutating func build() {
        var rng = root.fork("structure")
        buildStructure(&rng)
        var staff = root.fork("staff")
        scaleStudents(&staff)
        staffSchools(&staff)
        var cal = root.fork("calendar")
        buildCalendar(&cal)
        var walk = root.fork("walking")
        buildWalking(&walk)
        var hires = root.fork("hires")
        buildHires(&hires)
        var trav = root.fork("travel")
        buildTravel(&trav)
    }

    // MARK: geometry (no libm: equirectangular distances with the city's constant cos φ)

    static let kmPerDegree = 111.19493  // 2π · 6371 / 360

    func straightKm(_ a: Int, _ b: Int) -> Double {
        straightKm(schools[a].lat, schools[a].lon, schools[b].lat, schools[b].lon)
    }

    func straightKm(_ lat1: Double, _ lon1: Double, _ lat2: Double, _ lon2: Double) -> Double {
        let dy = (lat2 - lat1) * Self.kmPerDegree
        let dx = (lon2 - lon1) * Self.kmPerDegree * city.cosLat
        return (dx * dx + dy * dy).squareRoot()
    }

    /// Minutes as the loader derives them for a pair without a row (km × 1.3 at 30 km/h).
    func derivedMinutes(_ a: Int, _ b: Int) -> Double { straightKm(a, b) * 1.3 / 30 * 60 }

    static func round5(_ x: Double) -> Double { (x * 100_000).rounded() / 100_000 }

    /// A point in district d: near the seat for town schools of a county, towards the edge
    /// for rural ones; within `maxKm` of `near` when given.
    func place(_ rng: inout SplitMix64, district d: Int, rural: Bool, near: Int? = nil, maxKm: Double? = nil) -> (Double, Double) {
        let info = city.districts[d]
        let r = info.radiusKm
        let (lo, hi): (Double, Double) = rural ? (0.4 * r, r) : (info.outer ? (0, 0.3 * r) : (0, 0.85 * r))
        var best: (Double, Double, Double)?
        for _ in 0..<40 {
            let dx = rng.double(-hi, hi), dy = rng.double(-hi, hi)
            let dist = (dx * dx + dy * dy).squareRoot()
            guard dist >= lo && dist <= hi else { continue }
            let lat = info.lat + dy / Self.kmPerDegree
            let lon = info.lon + dx / (Self.kmPerDegree * city.cosLat)
            guard let n = near, let maxKm else { return (Self.round5(lat), Self.round5(lon)) }
            let k = straightKm(lat, lon, schools[n].lat, schools[n].lon)
            if k <= maxKm { return (Self.round5(lat), Self.round5(lon)) }
            if best == nil || k < best!.2 { best = (lat, lon, k) }
        }
        if let n = near, let maxKm {
            // Fall back to a point around the core.
            while true {
                let dx = rng.double(-maxKm, maxKm) * 0.8, dy = rng.double(-maxKm, maxKm) * 0.8
                let dist = (dx * dx + dy * dy).squareRoot()
                guard dist <= maxKm * 0.8, dist >= (rural ? 3 : 0) else { continue }
                let lat = schools[n].lat + dy / Self.kmPerDegree
                let lon = schools[n].lon + dx / (Self.kmPerDegree * city.cosLat)
                return (Self.round5(lat), Self.round5(lon))
            }
        }
        return (Self.round5(best?.0 ?? info.lat), Self.round5(best?.1 ?? info.lon))
    }

    /// Districts whose seat is within `km` of district d's seat (d included).
    func nearbyDistricts(_ d: Int, km: Double) -> [Int] {
        let a = city.districts[d]
        return city.districts.indices.filter { e in
            let b = city.districts[e]
            return straightKm(a.lat, a.lon, b.lat, b.lon) <= km
        }
    }

    // MARK: schools and groups

    /// Relative size (students) of a new school of this role and stage.
    static func rawStudents(_ rng: inout SplitMix64, stage: Stage, role: SchoolRole, tags: [SchoolTag]) -> Double {
        let rural = tags.contains(.rural)
        var base: Double
        switch role {
        case .core:
            switch stage {
            case .primary, .preschool: base = rng.double(2200, 3200)
            case .junior: base = rng.double(1800, 2800)
            case .nineYear, .twelveYear: base = rng.double(2600, 3600)
            case .senior: base = rng.double(3000, 4500)
            }
        case .member, .attached, .single:
            if rural {
                base = rng.double(250, 800) * (stage == .primary ? 1 : 1.6)
            } else if tags.contains(.new) {
                base = rng.double(700, 1500)
            } else {
                base = rng.double(900, 2000)
            }
            if stage == .senior { base *= 1.8 }
        }
        return base
    }

    @discardableResult
    mutating func addSchool(_ rng: inout SplitMix64, name: String, district: Int, stage: Stage, role: SchoolRole,
                            tags: [SchoolTag], near: Int? = nil, maxKm: Double? = nil) -> Int {
        let rural = tags.contains(.rural)
        let (lat, lon) = place(&rng, district: district, rural: rural, near: near, maxKm: maxKm)
        let raw = Self.rawStudents(&rng, stage: stage, role: role, tags: tags)
        schools.append(DraftSchool(name: name, district: district, stage: stage, role: role, tags: tags.sorted(),
                                   lat: lat, lon: lon, rawStudents: raw))
        return schools.count - 1
    }

    mutating func addGroup(name: String, type: GroupType, core: Int, members: [Int]) {
        precondition(!members.isEmpty)
        let g = groups.count
        for s in [core] + members { schools[s].group = g }
        groups.append(DraftGroup(name: name, type: type, core: core, members: members))
    }

    func pickDistrict(_ rng: inout SplitMix64, among: [Int]? = nil) -> Int {
        let list = among ?? Array(city.districts.indices)
        return list[rng.weighted(list.map { city.districts[$0].weight })]
    }

    mutating func buildStructure(_ rng: inout SplitMix64) {
        var target = size.schoolTarget(&rng)
        if profile == .zhengzhou && size == .tiny { target = 4 }
        if profile == .zhengzhou && size == .small { target = 14 }
        if profile == .qingdao && size == .tiny { target = 5 }
        var k = 0
        while schools.count < target {
            let remaining = target - schools.count
            switch profile {
            case .luohe: luoheCluster(&rng, k, remaining)
            case .changsha: changshaCluster(&rng, k, remaining)
            case .zhengzhou: zhengzhouCluster(&rng, k, remaining)
            case .qingdao: qingdaoCluster(&rng, k, remaining)
            case .nanchang: nanchangCluster(&rng, k, remaining)
            }
            k += 1
        }
    }

    /// An ungrouped school (not tagged new, so that Zhengzhou's rule holds).
    mutating func single(_ rng: inout SplitMix64, district d: Int, stage: Stage? = nil) {
        let st = stage ?? [Stage.primary, .junior, .senior, .nineYear][rng.weighted([0.45, 0.25, 0.15, 0.15])]
        let ruralOK = !city.districts[d].towns.isEmpty && st != .senior
        let rural = ruralOK && rng.chance(city.districts[d].outer ? 0.5 : 0.15)
        var tags: [SchoolTag] = rural ? [.rural] : []
        if !rural && rng.chance(0.12) { tags.append(.private) }
        let name = rural ? names.rural(&rng, district: city.districts[d], stage: st, profile: profile)
            : names.urban(&rng, district: city.districts[d], stage: st, profile: profile)
        addSchool(&rng, name: name, district: d, stage: st, role: .single, tags: tags)
    }

    /// A generated core's name without its city or district prefix, for its branches' names.
    static func withoutPrefix(_ name: String, _ prefixes: [String]) -> String {
        for p in prefixes where !p.isEmpty && name.hasPrefix(p) && name.count > p.count + 2 { return String(name.dropFirst(p.count)) }
        return name
    }

    // MARK: Luohe: ≤ 3 schools, city or county-town core with rural members

    mutating func luoheCluster(_ rng: inout SplitMix64, _ k: Int, _ remaining: Int) {
        let d = k < city.anchors.count ? city.anchors[k].district : pickDistrict(&rng)
        let info = city.districts[d]
        if remaining == 1 || (k > 0 && size != .tiny && rng.chance(0.12)) {
            single(&rng, district: d)
            return
        }
        if k > 0 && size.atLeastMedium && rng.chance(0.08) {
            // A senior-high pair (county No. 1 and No. 2 high schools).
            let core = addSchool(&rng, name: names.numbered(prefix: info.outer ? info.name : city.prefix, suffix: "高级中学"),
                                 district: d, stage: .senior, role: .core, tags: [.core])
            let m = addSchool(&rng, name: names.numbered(prefix: info.outer ? info.name : city.prefix, suffix: "高级中学"),
                              district: d, stage: .senior, role: .member, tags: rng.chance(0.5) ? [.weak] : [],
                              near: core, maxKm: 15)
            addGroup(name: schools[core].name + "教育集团", type: .tight, core: core, members: [m])
            return
        }
        let n = min(remaining, rng.chance(0.7) ? 3 : 2)
        let stage: Stage
        let coreName: String
        if k < city.anchors.count {
            stage = city.anchors[k].stage
            coreName = names.fixed(city.anchors[k].name)
        } else {
            stage = [Stage.primary, .junior, .nineYear][rng.weighted([0.55, 0.25, 0.20])]
            coreName = names.urban(&rng, district: info, stage: stage, profile: profile)
        }
        let core = addSchool(&rng, name: coreName, district: d, stage: stage, role: .core, tags: [.core])
        var members: [Int] = []
        for j in 1..<n {
            // County groups always take rural members; city groups pair with a town school or a weak one.
            let rural = !info.towns.isEmpty && (info.outer || j == 1 || rng.chance(0.5))
            let mStage: Stage = stage == .junior ? (rng.chance(0.3) ? .nineYear : .junior)
                : stage == .nineYear ? (rng.chance(0.5) ? .nineYear : .primary) : .primary
            var tags: [SchoolTag] = rural ? [.rural] : (rng.chance(0.3) ? [.new] : [])
            if rng.chance(rural ? 0.35 : 0.5) { tags.append(.weak) }
            let name = rural ? names.rural(&rng, district: info, stage: mStage, profile: profile)
                : names.urban(&rng, district: info, stage: mStage, profile: profile)
            members.append(addSchool(&rng, name: name, district: d, stage: mStage, role: .member, tags: tags,
                                     near: core, maxKm: 15))
        }
        addGroup(name: coreName + "教育集团", type: .tight, core: core, members: members)
    }

    // MARK: Changsha: about 10 schools of one stage, one partner per district

    mutating func changshaCluster(_ rng: inout SplitMix64, _ k: Int, _ remaining: Int) {
        let n = size == .tiny ? remaining : min(remaining, k == 0 ? rng.int(9...10) : rng.int(7...10))
        if n < 2 {
            single(&rng, district: pickDistrict(&rng, among: [0, 1, 2, 3, 4]))
            return
        }
        let brand: String, coreName: String, stage: Stage, d: Int
        if k < city.anchors.count {
            let a = city.anchors[k]
            brand = a.brand
            coreName = names.fixed(a.name)
            stage = a.stage
            d = a.district
        } else {
            d = pickDistrict(&rng, among: [0, 1, 2, 3, 4])
            stage = [Stage.primary, .junior, .senior][rng.weighted([0.4, 0.4, 0.2])]
            if stage == .primary {
                coreName = names.unique(&rng, prefix: city.prefix, suffix: "小学") { r in r.pick(city.roads) + "小学" }
                brand = String(coreName.dropLast(2))  // 东塘小学 → 东塘
            } else {
                coreName = names.numbered(prefix: city.prefix, suffix: "中学")
                brand = String(coreName.dropLast())  // 长沙市第十一中学 → 长沙市第十一中
            }
        }
        let core = addSchool(&rng, name: coreName, district: d, stage: stage, role: .core, tags: [.core])
        // One partner per district or county (长教通〔2020〕97号: 同一区县限设一所合作学校).
        let districts = rng.sample(Array(city.districts.indices), n - 1)
        var members: [Int] = []
        for md in districts {
            let info = city.districts[md]
            let rural = info.outer && !info.towns.isEmpty && rng.chance(0.55)
            var tags: [SchoolTag] = rural ? [.rural] : []
            if rng.chance(0.2) { tags.append(.weak) }
            if !rural && rng.chance(0.15) { tags.append(.new) }
            let name = names.branch(&rng, brand: brand, district: info, sameDistrict: md == d, stage: stage, profile: profile)
            members.append(addSchool(&rng, name: name, district: md, stage: stage, role: .member, tags: tags))
        }
        let type: GroupType = k == 0 ? .tight : [GroupType.tight, .cooperative, .alliance][rng.weighted([0.55, 0.3, 0.15])]
        addGroup(name: brand + "教育集团", type: type, core: core, members: members)
    }

    // MARK: Zhengzhou: the bulletin's five Zhengdong groups, then more of the same shape

    static let zhengdongGroups: [(core: (String, Stage), members: [(String, Stage, [SchoolTag])], type: GroupType, ruralMembers: Int)] = [
        (("郑东新区外国语学校", .nineYear), [("龙翔小学", .primary, [.new]), ("龙翔初级中学", .junior, [.new]),
                                             ("丰盈路初级中学", .junior, [.weak])], .tight, 0),
        (("聚源路小学", .primary), [("通泰路小学", .primary, [])], .tight, 0),
        (("春华学校", .nineYear), [("商鼎路第一小学", .primary, [.weak]), ("华水小学", .primary, [])], .tight, 0),
        (("文苑学校", .nineYear), [("艺慧街小学", .primary, [.weak])], .tight, 0),
        (("郑州市第四十七中学郑东思贤学校", .junior), [], .cooperative, 2),
    ]

    mutating func zhengzhouCluster(_ rng: inout SplitMix64, _ k: Int, _ remaining: Int) {
        let zhengdong = 0
        if k < Self.zhengdongGroups.count {
            let spec = Self.zhengdongGroups[k]
            let total = 1 + spec.members.count + spec.ruralMembers
            if total <= remaining {
                let core = addSchool(&rng, name: names.fixed(spec.core.0), district: zhengdong, stage: spec.core.1,
                                     role: .core, tags: [.core])
                var members: [Int] = []
                for m in spec.members {
                    members.append(addSchool(&rng, name: names.fixed(m.0), district: zhengdong, stage: m.1, role: .member,
                                             tags: m.2, near: core, maxKm: 9))
                }
                for _ in 0..<spec.ruralMembers {
                    let name = names.rural(&rng, district: city.districts[zhengdong], stage: .primary, profile: profile)
                    members.append(addSchool(&rng, name: name, district: zhengdong, stage: .primary, role: .member,
                                             tags: [.rural], near: core, maxKm: 14))
                }
                addGroup(name: spec.core.0 + "教育集团", type: spec.type, core: core, members: members)
                return
            }
        }
        let d = size.atLeastLarge ? pickDistrict(&rng) : zhengdong
        let info = city.districts[d]
        if remaining == 1 || rng.chance(0.1) {
            single(&rng, district: d)
            return
        }
        let n = min(remaining, rng.int(2...4))
        let stage = [Stage.nineYear, .primary, .junior][rng.weighted([0.35, 0.45, 0.2])]
        let coreName = names.urban(&rng, district: info, stage: stage, profile: profile)
        let core = addSchool(&rng, name: coreName, district: d, stage: stage, role: .core, tags: [.core])
        var members: [Int] = []
        for _ in 1..<n {
            let rural = !info.towns.isEmpty && rng.chance(info.outer ? 0.6 : 0.12)
            let mStage: Stage = stage == .junior ? .junior : (stage == .nineYear && rng.chance(0.3) ? .junior : .primary)
            var tags: [SchoolTag] = rural ? [.rural] : []
            if !rural && rng.chance(0.35) { tags.append(.new) }  // 新建公办学校全部纳入集团化管理
            if rng.chance(0.3) { tags.append(.weak) }
            let name = rural ? names.rural(&rng, district: info, stage: mStage, profile: profile)
                : names.urban(&rng, district: info, stage: mStage, profile: profile)
            members.append(addSchool(&rng, name: name, district: d, stage: mStage, role: .member, tags: tags,
                                     near: core, maxKm: 14))
        }
        let type = [GroupType.tight, .cooperative, .alliance][rng.weighted([0.75, 0.15, 0.10])]
        addGroup(name: coreName + "教育集团", type: type, core: core, members: members)
    }

    // MARK: Qingdao: 1 + N + X

    mutating func qingdaoCluster(_ rng: inout SplitMix64, _ k: Int, _ remaining: Int) {
        if remaining == 1 {
            single(&rng, district: pickDistrict(&rng))
            return
        }
        var nN = rng.int(2...4), nX = rng.int(2...3)
        if remaining < 1 + nN + nX {
            if remaining >= 5 {
                nN = min(nN, remaining - 3)
                nX = min(nX, remaining - 1 - nN)
            } else {
                nN = remaining - 1
                nX = 0
            }
        }
        let brand: String, coreName: String, stage: Stage, d: Int
        if k < city.anchors.count {
            let a = city.anchors[k]
            (brand, coreName, stage, d) = (a.brand, names.fixed(a.name), a.stage, a.district)
        } else {
            d = pickDistrict(&rng)
            stage = [Stage.junior, .primary, .nineYear][rng.weighted([0.4, 0.35, 0.25])]
            coreName = names.urban(&rng, district: city.districts[d], stage: stage, profile: profile)
            brand = Self.withoutPrefix(coreName, [city.prefix, city.districts[d].name])
        }
        let core = addSchool(&rng, name: coreName, district: d, stage: stage, role: .core, tags: [.core])
        let near = nearbyDistricts(d, km: 14)
        var members: [Int] = []
        for _ in 0..<nN {
            let md = rng.chance(0.55) ? d : rng.pick(near)
            let info = city.districts[md]
            let rural = info.outer && !info.towns.isEmpty && rng.chance(0.4)
            var tags: [SchoolTag] = rural ? [.rural] : (rng.chance(0.35) ? [.new] : [])
            if rng.chance(0.2) { tags.append(.weak) }
            let mStage: Stage = rng.chance(0.25) && stage != .senior ? .nineYear : stage
            let name = names.branch(&rng, brand: brand, district: info, sameDistrict: md == d, stage: mStage, profile: profile)
            members.append(addSchool(&rng, name: name, district: md, stage: mStage, role: .member, tags: tags,
                                     near: core, maxKm: 15))
        }
        addGroup(name: coreName + "教育集团", type: .tight, core: core, members: members)
        guard nX >= 2 else { return }
        // X: loosely attached schools, an alliance led by the largest of them.
        var attached: [Int] = []
        for _ in 0..<nX {
            let md = rng.chance(0.6) ? d : rng.pick(near)
            let info = city.districts[md]
            let rural = !info.towns.isEmpty && rng.chance(info.outer ? 0.5 : 0.15)
            let xStage = [Stage.primary, .junior, .nineYear][rng.weighted([0.5, 0.3, 0.2])]
            var tags: [SchoolTag] = rural ? [.rural] : []
            if rng.chance(0.3) { tags.append(.weak) }
            if !rural && rng.chance(0.12) { tags.append(.private) }
            let name = rural ? names.rural(&rng, district: info, stage: xStage, profile: profile)
                : names.urban(&rng, district: info, stage: xStage, profile: profile)
            attached.append(addSchool(&rng, name: name, district: md, stage: xStage, role: .attached, tags: tags,
                                      near: core, maxKm: 15))
        }
        let leader = attached.max { schools[$0].rawStudents < schools[$1].rawStudents }!
        addGroup(name: coreName + "教育联盟", type: .alliance, core: leader, members: attached.filter { $0 != leader })
    }

    // MARK: Nanchang: 1 + 1 + N

    mutating func nanchangCluster(_ rng: inout SplitMix64, _ k: Int, _ remaining: Int) {
        if remaining == 1 || (k > 0 && size.atLeastMedium && rng.chance(0.1)) {
            single(&rng, district: pickDistrict(&rng))
            return
        }
        let nN = min(rng.int(2...4), remaining - 2)
        let brand: String, coreName: String, stage: Stage, d: Int
        if k < city.anchors.count {
            let a = city.anchors[k]
            (brand, coreName, stage, d) = (a.brand, names.fixed(a.name), a.stage, a.district)
        } else {
            d = size.atLeastLarge ? pickDistrict(&rng) : pickDistrict(&rng, among: [0, 1, 2, 3, 4])
            stage = [Stage.primary, .nineYear, .junior][rng.weighted([0.5, 0.3, 0.2])]
            coreName = names.urban(&rng, district: city.districts[d], stage: stage, profile: profile)
            brand = Self.withoutPrefix(coreName, [city.prefix, city.districts[d].name])
        }
        let core = addSchool(&rng, name: coreName, district: d, stage: stage, role: .core, tags: [.core])
        let near = nearbyDistricts(d, km: 16)
        // The "+1": a newly built school, typically in a new development area nearby.
        let newDistrict = rng.pick(near)
        let newName = names.branch(&rng, brand: brand, district: city.districts[newDistrict], sameDistrict: newDistrict == d,
                                   stage: stage, profile: profile)
        var members = [addSchool(&rng, name: newName, district: newDistrict, stage: stage, role: .member, tags: [.new],
                                 near: core, maxKm: 14)]
        // The "+N": weak town schools and rural schools.
        for _ in 0..<max(0, nN) {
            let ruralDistricts = near.filter { !city.districts[$0].towns.isEmpty }
            let rural = !ruralDistricts.isEmpty && rng.chance(0.55)
            let md = rural ? rng.pick(ruralDistricts) : d
            let info = city.districts[md]
            let mStage: Stage = stage == .junior ? .junior : .primary
            var tags: [SchoolTag] = rural ? [.rural] : [.weak]
            if rural && rng.chance(0.4) { tags.append(.weak) }
            let name = rural ? names.rural(&rng, district: info, stage: mStage, profile: profile)
                : names.urban(&rng, district: info, stage: mStage, profile: profile)
            members.append(addSchool(&rng, name: name, district: md, stage: mStage, role: .member, tags: tags,
                                     near: core, maxKm: 15))
        }
        addGroup(name: coreName + "教育集团", type: .tight, core: core, members: members)
    }
}
