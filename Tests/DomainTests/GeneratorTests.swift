import Foundation
import RotaplanDomain
import RotaplanGenerator
import Testing
import RotaplanFormats

/// `rotaplan generate` (docs/generator.md): determinism, validity, the city rules of each
/// profile and realistic proportions. Sizes up to small (medium for one profile) keep
/// the suite fast; large and xl are exercised by scripts/generate-bench.sh.
@Suite struct GeneratorTests {
    static func generate(_ p: GeneratorProfile, _ s: GeneratorSize, seed: UInt64 = 1) throws -> InstanceGenerator.Generated {
        try InstanceGenerator.generate(profile: p, size: s, seed: seed)
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    // MARK: the random source

    @Test func splitMix64MatchesTheReferenceSequence() {
        // Reference values of splitmix64.c (Vigna) for seed 0.
        var r = SplitMix64(seed: 0)
        #expect(r.next() == 0xE220_A839_7B1D_CDAF)
        #expect(r.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(r.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedDrawsStayInRange() {
        var r = SplitMix64(seed: 42)
        for _ in 0..<2000 {
            let x = r.int(-3...7)
            #expect((-3...7).contains(x))
            let u = r.unit()
            #expect(u >= 0 && u < 1)
        }
        #expect(r.sample(Array(0..<10), 4).count == 4)
        #expect(Set(r.sample(Array(0..<10), 10)) == Set(0..<10))
    }

    // MARK: determinism

    @Test(arguments: GeneratorProfile.allCases)
    func sameSeedSameBytesDifferentSeedDifferentBytes(_ p: GeneratorProfile) throws {
        let a = try Self.generate(p, .tiny, seed: 7).json
        let b = try Self.generate(p, .tiny, seed: 7).json
        let c = try Self.generate(p, .tiny, seed: 8).json
        #expect(a == b)
        #expect(a != c)
        #expect(try Self.generate(p, .small, seed: 3).json == Self.generate(p, .small, seed: 3).json)
    }

    @Test(arguments: GeneratorProfile.allCases)
    func benchTinyFilesEqualAFreshGeneration(_ p: GeneratorProfile) throws {
        let url = Self.repositoryRoot.appendingPathComponent("instances/bench/\(p.rawValue)-tiny-s1.json")
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == (try Self.generate(p, .tiny, seed: 1).json),
                "instances/bench/\(p.rawValue)-tiny-s1.json differs from a fresh generation; run scripts/generate-bench.sh")
    }

    // MARK: validity

    @Test(arguments: GeneratorProfile.allCases, [GeneratorSize.tiny, .small])
    func everyProfileValidatesWithoutErrorsOrFindings(_ p: GeneratorProfile, _ s: GeneratorSize) throws {
        let g = try Self.generate(p, s)
        #expect(g.warnings.isEmpty, "\(g.warnings.map(\.description))")
        // The written file loads again, to the same text.
        let again = try InstanceLoader.load(bytes: Array(g.json.utf8), file: "\(p)-\(s).json")
        #expect(again.warnings.isEmpty)
        #expect(InstanceWriter.json(again.instance) == g.json)
        let x = again.instance
        #expect(x.policy.preset == p.preset)
        let (schools, teachers) = s == .tiny ? (3...5, 20...40) : (10...15, 1000...1500)
        #expect(schools.contains(x.schools.count), "\(x.schools.count) schools")
        #expect(teachers.contains(x.teachers.count), "\(x.teachers.count) teachers")
        #expect(x.schools.allSatisfy { $0.location != nil && $0.district != nil })
        #expect(!x.groups.isEmpty && !x.newHires.isEmpty && !x.vacancies.isEmpty && !x.walkingDemand.isEmpty)
        #expect(x.teachers.contains { $0.itinerant != nil })
        #expect(x.calendar?.days == 5 && (7...8).contains(x.calendar?.periods.count ?? 0))
        // Every pair inside a group is known (given or derived).
        for group in x.groups {
            for a in group.schools { for b in group.schools { #expect(x.travel.minutes(a, b) != nil) } }
        }
    }

    @Test func aMediumDistrictValidates() throws {
        let g = try Self.generate(.zhengzhou, .medium)
        #expect(g.warnings.isEmpty)
        #expect((35...45).contains(g.instance.schools.count))
        #expect((2700...3300).contains(g.instance.teachers.count))
        _ = try InstanceLoader.load(bytes: Array(g.json.utf8), file: "zhengzhou-medium.json")
    }

    // MARK: the cities' rules

    @Test(arguments: [GeneratorSize.tiny, .small, .medium])
    func luoheGroupsHaveAtMostThreeSchoolsWithRuralMembers(_ s: GeneratorSize) throws {
        let x = try Self.generate(.luohe, s).instance
        let limits = try #require(x.policy.groups.maxStudents)
        for g in x.groups {
            #expect(g.schools.count <= 3, "\(g.name)")
            let students = g.schools.reduce(0) { $0 + x.schools[$1].students }
            #expect(students <= limits.limit(for: x.schools[g.core].stage)!, "\(g.name): \(students) students")
            if x.schools[g.core].district?.hasSuffix("县") == true && x.schools[g.core].stage != .senior {
                #expect(g.members.contains { x.schools[$0].has(.rural) }, "county group \(g.name) without a rural member")
            }
        }
        #expect(x.schools.contains { $0.has(.rural) })
    }

    @Test(arguments: [GeneratorSize.tiny, .small])
    func changshaGroupsAreOneStageWithOneMemberPerDistrict(_ s: GeneratorSize) throws {
        let x = try Self.generate(.changsha, s).instance
        for g in x.groups {
            #expect(g.schools.count <= 10)
            #expect(Set(g.schools.map { x.schools[$0].stage }).count == 1, "\(g.name) mixes stages")
            let districts = g.members.map { x.schools[$0].district ?? "" }
            #expect(Set(districts).count == districts.count, "\(g.name): two members in one district")
        }
        if s == .small { #expect((8...10).contains(x.groups[0].schools.count)) }
    }

    @Test func zhengzhouHasTheBulletinsFiveGroups() throws {
        let x = try Self.generate(.zhengzhou, .small).instance
        #expect(x.groups.count == 5)
        func names(_ g: Int) -> [String] { x.groups[g].schools.map { x.schools[$0].name } }
        #expect(names(0) == ["郑东新区外国语学校", "龙翔小学", "龙翔初级中学", "丰盈路初级中学"])
        #expect(names(1) == ["聚源路小学", "通泰路小学"])
        #expect(names(2) == ["春华学校", "商鼎路第一小学", "华水小学"])
        #expect(names(3) == ["文苑学校", "艺慧街小学"])
        #expect(names(4).first == "郑州市第四十七中学郑东思贤学校")
        #expect(x.groups[4].type == .cooperative)
        #expect(x.groups.allSatisfy { $0.name == x.schools[$0.core].name + "教育集团" })
        #expect(x.schools.allSatisfy { $0.district == "郑东新区" })
        // 新建公办学校全部纳入集团化管理: every new school is in a group.
        #expect(x.schools.allSatisfy { !$0.has(.new) || $0.group != nil })
        // The tiny instance is the first group.
        let tiny = try Self.generate(.zhengzhou, .tiny).instance
        #expect(tiny.schools.map(\.name) == ["郑东新区外国语学校", "龙翔小学", "龙翔初级中学", "丰盈路初级中学"])
    }

    @Test func qingdaoIsOnePlusNPlusX() throws {
        let x = try Self.generate(.qingdao, .small).instance
        // Each tight group (core + N) is followed by its alliance of X attached schools.
        var g = 0
        while g < x.groups.count {
            #expect(x.groups[g].type == .tight)
            #expect(x.groups[g].members.count >= 1)
            if g + 1 < x.groups.count, x.groups[g + 1].type == .alliance {
                #expect(x.groups[g + 1].name.hasSuffix("教育联盟"))
                g += 2
            } else {
                g += 1
            }
        }
        #expect(x.groups.contains { $0.type == .alliance })
    }

    @Test func nanchangIsOnePlusOnePlusN() throws {
        let x = try Self.generate(.nanchang, .small).instance
        for g in x.groups {
            #expect(x.schools[g.members[0]].has(.new), "\(g.name): the +1 is a new school")
            for m in g.members.dropFirst() {
                #expect(x.schools[m].has(.weak) || x.schools[m].has(.rural), "\(g.name): +N are weak or rural")
            }
        }
    }

    // MARK: proportions

    @Test(arguments: GeneratorProfile.allCases)
    func proportionsAreRealistic(_ p: GeneratorProfile) throws {
        let x = try Self.generate(p, .small).instance
        let n = Double(x.teachers.count)
        func share(_ f: (Teacher) -> Bool) -> Double { Double(x.teachers.filter(f).count) / n }
        #expect((0.10...0.25).contains(share { $0.backbone }))
        #expect((0.08...0.18).contains(share { $0.title == .senior }))
        #expect((0.30...0.45).contains(share { $0.title == .first }))
        #expect((0.24...0.36).contains(share { $0.title == .second }))
        #expect((0.12...0.26).contains(share { $0.title == .none }))
        #expect((0.003...0.04).contains(share { $0.exempt }))
        #expect((0.15...0.45).contains(share { !$0.preferences.isEmpty }))
        #expect((0.03...0.2).contains(share { $0.seekingSeniorTitle }))
        #expect(x.teachers.allSatisfy { (0...25).contains($0.yearsAtSchool) && (0...35).contains($0.yearsToRetirement ?? 0) })
        let hires = Double(x.newHires.count) / n
        #expect((0.02...0.045).contains(hires))
        // Students per teacher by stage.
        for stage in [Stage.primary, .junior, .senior] {
            let list = x.schools.indices.filter { x.schools[$0].stage == stage }
            let teachers = list.reduce(0) { $0 + x.headcount(ofSchool: $1) }
            guard teachers > 100 else { continue }
            let ratio = Double(list.reduce(0) { $0 + x.schools[$1].students }) / Double(teachers)
            let expected = [Stage.primary: 17.0, .junior: 13, .senior: 12][stage]!
            #expect(abs(ratio - expected) / expected < 0.12, "\(stage): \(ratio) students per teacher")
        }
        // Music, art, PE and IT are scarce at rural schools.
        let scarce = [Subject("music"), Subject("art"), Subject("pe"), Subject("it")]
        func scarceShare(_ rural: Bool) -> Double {
            let t = x.teachers.filter { x.schools[$0.school].has(.rural) == rural }
            return t.isEmpty ? 0 : Double(t.filter { scarce.contains($0.subject) }.count) / Double(t.count)
        }
        if x.schools.contains(where: { $0.has(.rural) }) && x.schools.contains(where: { $0.has(.rural) && $0.stage == .primary }) {
            #expect(scarceShare(true) < scarceShare(false))
        }
        // Walking demand only at member schools short of the subject (or without a teacher of it).
        for l in x.walkingDemand {
            let s = x.schools[l.school]
            #expect(s.group != nil && x.groups[s.group!].core != l.school)
            let have = x.teachersBySchool[l.school].filter { x.teachers[$0].subject == l.subject }.count
            #expect(have == 0 || have < (s.required[l.subject] ?? 0))
        }
        // Some travel rows are given, most pairs are derived.
        var given = 0, pairs = 0
        for g in x.groups {
            for a in g.schools { for b in g.schools where a < b { pairs += 1; if x.travel.source(a, b) == .given { given += 1 } } }
        }
        #expect(given > 0 && given < pairs)
    }
}
