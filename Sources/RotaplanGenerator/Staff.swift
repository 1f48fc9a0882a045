import RotaplanDomain

extension Builder {
    // MARK: students

    /// Scales the relative school sizes so that the staff comes to the size's teacher
    /// target, keeping every group within the preset's student limits (Luohe).
    mutating func scaleStudents(_ rng: inout SplitMix64) {
        let target = Double(size.teacherTarget(&rng))
        for s in schools.indices { schools[s].staffing = rng.double(0.93, 1.07) }
        let minStudents = size == .tiny ? 30.0 : 80.0
        let limits = Policy(preset: profile.preset).groups.maxStudents
        func teachers(_ s: Int, _ students: Double) -> Double {
            students / Subjects.ratio(schools[s].stage) * schools[s].staffing
        }
        var factor = target / schools.indices.reduce(0) { $0 + teachers($1, schools[$1].rawStudents) }
        for _ in 0..<8 {
            for s in schools.indices { schools[s].students = Int(max(minStudents, (schools[s].rawStudents * factor).rounded())) }
            if let limits {
                for g in groups {
                    guard let limit = limits.limit(for: schools[g.core].stage) else { continue }
                    let cap = Double(limit) * 0.96
                    let total = g.schools.reduce(0) { $0 + schools[$1].students }
                    if Double(total) > cap {
                        let f = cap / Double(total)
                        for s in g.schools { schools[s].students = Int(max(minStudents, (Double(schools[s].students) * f).rounded(.down))) }
                    }
                }
            }
            let total = schools.indices.reduce(0) { $0 + teachers($1, Double(schools[$1].students)) }
            if abs(total - target) <= 0.002 * target { break }
            factor *= target / total
        }
    }

    // MARK: staff

    /// Teacher shares after the school's circumstances: rural schools lack music, art, PE
    /// and IT teachers (农村学校音体美信息科技教师短缺), weak ones somewhat less so.
    func staffedShares(_ s: DraftSchool) -> [Double] {
        var w = Subjects.shares(s.stage)
        if s.rural {
            for (k, f) in [(Subjects.english, 0.85), (Subjects.music, 0.35), (Subjects.art, 0.35), (Subjects.pe, 0.6),
                           (Subjects.it, 0.3), (Subjects.psychology, 0.2)] { w[k] *= f }
        } else if s.has(.weak) {
            for (k, f) in [(Subjects.music, 0.7), (Subjects.art, 0.7), (Subjects.it, 0.7), (Subjects.psychology, 0.5)] { w[k] *= f }
        }
        if s.has(.new) { w[Subjects.psychology] *= 0.5 }
        return w
    }

    /// Largest-remainder apportionment of n over the weights (ties to the lower index).
    static func apportion(_ n: Int, _ weights: [Double]) -> [Int] {
        let total = weights.reduce(0, +)
        guard total > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { $0 / total * Double(n) }
        var counts = exact.map { Int($0.rounded(.down)) }
        var rest = n - counts.reduce(0, +)
        let order = weights.indices.sorted { a, b in
            let ra = exact[a] - Double(counts[a]), rb = exact[b] - Double(counts[b])
            return ra != rb ? ra > rb : a < b
        }
        for i in order where rest > 0 && weights[i] > 0 {
            counts[i] += 1
            rest -= 1
        }
        return counts
    }

    /// Standard need of subject k at school s (students ÷ ratio × curriculum share).
    func standardNeed(_ s: Int, _ k: Int) -> Double {
        let x = schools[s]
        return Double(x.students) / Subjects.ratio(x.stage) * Subjects.shares(x.stage)[k]
    }

    static let otherSubjectOf: [Int: Int] = [
        Subjects.music: Subjects.art, Subjects.art: Subjects.music, Subjects.math: Subjects.it,
        Subjects.physics: Subjects.it, Subjects.science: Subjects.it, 6: 7, 7: 6, 8: 7,
        Subjects.chinese: Subjects.psychology, Subjects.pe: Subjects.psychology, 5: 8, 4: 5,
    ]

    mutating func staffSchools(_ rng: inout SplitMix64) {
        for s in schools.indices {
            let x = schools[s]
            let n = max(3, Int((Double(x.students) / Subjects.ratio(x.stage) * x.staffing).rounded()))
            let noisy = staffedShares(x).map { $0 > 0 ? $0 * rng.double(0.85, 1.15) : 0 }
            let counts = Self.apportion(n, noisy)
            schools[s].teacherCount = n
            schools[s].firstTeacher = teachers.count
            schools[s].counts = counts
            schools[s].required = requiredCounts(&rng, s, counts)
            var subjects: [Int] = []
            for k in 0..<Subjects.count { subjects += [Int](repeating: k, count: counts[k]) }
            rng.shuffle(&subjects)
            for k in subjects { teachers.append(makeTeacher(&rng, school: s, subject: k)) }
        }
    }

    /// 编制 by subject: near the actual count for most subjects, the curriculum standard
    /// for scarce subjects at rural and weak schools (so these show shortfalls).
    func requiredCounts(_ rng: inout SplitMix64, _ s: Int, _ counts: [Int]) -> [Int?] {
        let x = schools[s]
        let shares = Subjects.shares(x.stage)
        var out = [Int?](repeating: nil, count: Subjects.count)
        for k in 0..<Subjects.count where shares[k] > 0 {
            let scarce = [Subjects.music, Subjects.art, Subjects.pe, Subjects.it].contains(k)
            let core = k == Subjects.chinese || k == Subjects.math || k == Subjects.english
            let short = scarce && (x.rural || x.has(.weak))
            guard core || short || rng.chance(0.5) else { continue }
            guard counts[k] > 0 || standardNeed(s, k) >= 0.5 else { continue }
            if short {
                out[k] = max(1, Int((standardNeed(s, k) * rng.double(0.9, 1.05)).rounded()))
            } else {
                out[k] = max(1, Int((Double(counts[k]) * rng.double(0.93, 1.08) + rng.double(-1, 1)).rounded()))
            }
        }
        return out
    }

    func titleWeights(_ x: DraftSchool) -> [Double] {
        // senior, first, second, none — national shares of 高级/一级/二级/未定级 (docs/generator.md).
        if x.role == .core { return [0.16, 0.40, 0.28, 0.16] }
        if x.rural { return [0.06, 0.33, 0.36, 0.25] }
        if x.has(.new) { return [0.08, 0.34, 0.32, 0.26] }
        return [0.12, 0.38, 0.30, 0.20]
    }

    func femaleShare(_ stage: Stage, _ k: Int) -> Double {
        var p: Double
        switch stage {
        case .primary, .preschool: p = 0.75
        case .junior: p = 0.62
        case .senior: p = 0.52
        case .nineYear: p = 0.70
        case .twelveYear: p = 0.60
        }
        if k == Subjects.pe { p *= 0.5 }
        if k == Subjects.physics { p *= 0.7 }
        return p
    }

    mutating func makeTeacher(_ rng: inout SplitMix64, school s: Int, subject k: Int) -> DraftTeacher {
        let x = schools[s]
        let title = [Title.senior, .first, .second, .none][rng.weighted(titleWeights(x))]
        let career: Int
        switch title {
        case .none: career = rng.int(0...5)
        case .second: career = rng.int(3...14)
        case .first: career = rng.int(7...28)
        case .senior: career = rng.int(15...36)
        }
        let retirement = min(35, max(0, 35 - career + rng.int(-3...3)))
        var atSchool = Int((Double(min(25, career)) * rng.double(0.15, 1.0)).rounded())
        if x.has(.new) { atSchool = min(atSchool, rng.int(0...4)) }
        var p: Double = [Title.senior: 0.5, .first: 0.18, .second: 0.05, .none: 0.01][title]!
        if x.role == .core { p *= 1.35 } else if x.rural { p *= 0.6 }
        let backbone = rng.chance(p)
        var t = DraftTeacher(name: PersonNames.make(&rng, female: rng.chance(femaleShare(x.stage, k))), school: s, subject: k,
                             title: title, backbone: backbone, yearsAtSchool: atSchool, yearsToRetirement: retirement)
        t.exempt = rng.chance(0.015)
        // 全科 teachers at rural schools also teach music, art or PE; elsewhere a few teach a neighbour subject.
        if x.rural && (k == Subjects.chinese || k == Subjects.math) && rng.chance(0.15) {
            t.otherSubjects = [rng.pick([Subjects.music, Subjects.art, Subjects.pe])]
        } else if let o = Self.otherSubjectOf[k], Subjects.shares(x.stage)[o] > 0, rng.chance(0.03) {
            t.otherSubjects = [o]
        }
        if let g = x.group, rng.chance(0.3) {
            let others = groups[g].schools.filter { $0 != s }
            if !others.isEmpty { t.preferences = rng.sample(others, rng.int(1...min(3, others.count))) }
        }
        t.seekingSeniorTitle = title == .first && career >= 8 && rng.chance(0.3)
        if backbone && rng.chance(0.25) {
            t.mentorCapacity = rng.int(1...3)
        } else if x.role == .core && title == .first && !backbone && rng.chance(0.04) {
            t.mentorCapacity = 1
        }
        return t
    }

    // MARK: calendar

    /// Five days of 7 or 8 periods: 8:00 start, 10-minute breaks, a 30-minute 大课间 after
    /// the second period, lunch after the fourth.
    mutating func buildCalendar(_ rng: inout SplitMix64) {
        days = 5
        let n = rng.chance(profile == .changsha || profile == .qingdao ? 0.6 : 0.35) ? 8 : 7
        let len = city.periodMinutes
        var t = 8 * 60
        periods = []
        for p in 1...n {
            periods.append((t, t + len))
            t += len
            if p == 2 { t += 30 } else if p == 4 { t = city.afternoonStart } else { t += 10 }
        }
    }
}
