import RotaplanDomain

extension Builder {
    // MARK: walking teaching 走教

    /// Demand lines at member schools short of music, art, PE, English or IT teachers, and
    /// itinerant teachers of the same group (or district) within reach to cover them.
    mutating func buildWalking(_ rng: inout SplitMix64) {
        let maxLinesPerSubject = size == .tiny ? 1 : 6
        var byDistrict = [[Int]](repeating: [], count: city.districts.count)
        for s in schools.indices { byDistrict[schools[s].district].append(s) }
        for g in groups.indices {
            var demandSchools: [[Int]] = Array(repeating: [], count: Subjects.count)
            var demandPeriods = [Int](repeating: 0, count: Subjects.count)
            for m in groups[g].members {
                let x = schools[m]
                let shares = Subjects.shares(x.stage)
                for k in Subjects.walking where shares[k] > 0 {
                    let have = x.counts[k]
                    let need = x.required[k] ?? 0
                    let short = need - have
                    guard short > 0 || have == 0 else { continue }  // no teacher of a curriculum subject, or fewer than 编制
                    let classes = classNames(m, from: Subjects.firstGrade(k))
                    guard !classes.isEmpty else { continue }
                    let lines = min(classes.count, maxLinesPerSubject, rng.int(1...3) + max(short, 1))
                    let chosen = rng.sample(Array(classes.indices), lines).sorted()
                    let h = Subjects.periodsPerWeek(k, stage: x.stage)
                    for c in chosen {
                        demand.append(DraftDemand(school: m, className: classes[c], subject: k, periodsPerWeek: h,
                                                  slots: makeSlots(&rng, periods: h)))
                        demandPeriods[k] += h
                    }
                    demandSchools[k].append(m)
                }
            }
            for k in Subjects.walking where !demandSchools[k].isEmpty {
                let need = min(3, (demandPeriods[k] + 11) / 12)
                assignItinerants(&rng, group: g, subject: k, to: demandSchools[k], count: need, byDistrict: byDistrict)
            }
        }
        // A few more itinerant teachers at core schools, available but not yet needed.
        for t in teachers.indices where teachers[t].itinerant == nil && !teachers[t].exempt
            && schools[teachers[t].school].role == .core && Subjects.walking.contains(teachers[t].subject) && rng.chance(0.01) {
            teachers[t].itinerant = makeItinerant(&rng)
        }
    }

    /// Class names "grade-number" from the given grade on: 3-1, 3-2, …, 7-1, …
    func classNames(_ s: Int, from firstGrade: Int) -> [String] {
        let x = schools[s]
        let grades = Subjects.grades(x.stage)
        let perGrade = max(1, Int((Double(x.students) / Double(grades.count) / (x.rural ? 35 : 45)).rounded()))
        var out: [String] = []
        for g in grades where g >= firstGrade {
            for c in 1...min(perGrade, 12) { out.append("\(g)-\(c)") }
        }
        return out
    }

    /// Allowed slots of a line: h to h + 2 different days, one or two periods on each.
    func makeSlots(_ rng: inout SplitMix64, periods h: Int) -> [Slot] {
        let nDays = min(days, rng.int(h...(h + 2)))
        var slots: [Slot] = []
        for d in rng.sample(Array(1...days), nDays).sorted() {
            for p in rng.sample(Array(1...periods.count), rng.int(1...2)).sorted() { slots.append(Slot(day: d, period: p)) }
        }
        return slots
    }

    func makeItinerant(_ rng: inout SplitMix64) -> DraftItinerant {
        let maxWeek: Int? = [nil, 8, 12, 16][rng.weighted([0.3, 0.2, 0.3, 0.2])]
        var unavailable: [Slot] = []
        for _ in 0..<rng.int(1...6) {
            let s = Slot(day: rng.int(1...days), period: rng.int(1...periods.count))
            if !unavailable.contains(s) { unavailable.append(s) }
        }
        return DraftItinerant(maxPeriodsPerWeek: maxWeek, unavailable: unavailable.sorted())
    }

    /// Chooses up to `count` teachers of subject k at schools of the group without that
    /// demand (the core preferred) within 40 minutes of a demand school; then, for each
    /// demand school still out of everyone's reach, a teacher of its own district (county
    /// 走教), else a teacher of another subject in the group who takes the lessons on (兼课).
    mutating func assignItinerants(_ rng: inout SplitMix64, group g: Int, subject k: Int, to targets: [Int], count: Int,
                                   byDistrict: [[Int]]) {
        func reaches(_ s: Int, _ target: Int) -> Bool { derivedMinutes(s, target) <= 40 }
        func candidates(_ homes: [Int], for goals: [Int], _ accept: (DraftTeacher) -> Bool) -> [Int] {
            var out: [Int] = []
            for s in homes where !targets.contains(s) && goals.contains(where: { reaches(s, $0) }) {
                for t in teachersOf(s) where !teachers[t].exempt && teachers[t].itinerant == nil && accept(teachers[t]) {
                    out.append(t)
                }
            }
            return out
        }
        var chosen: [Int] = []
        func choose(_ rng: inout SplitMix64, _ pool: inout [Int]) {
            let i = rng.weighted(pool.map { schools[teachers[$0].school].role == .core ? 3.0 : 1.0 })
            let t = pool.remove(at: i)
            if teachers[t].subject != k && !teachers[t].otherSubjects.contains(k) { teachers[t].otherSubjects.append(k) }
            teachers[t].itinerant = makeItinerant(&rng)
            // Music and art teachers often cover both (音美兼课).
            if let o = [Subjects.music: Subjects.art, Subjects.art: Subjects.music][teachers[t].subject],
               !teachers[t].otherSubjects.contains(o), rng.chance(0.3) {
                teachers[t].otherSubjects.append(o)
            }
            chosen.append(t)
        }
        let groupSchools = groups[g].schools
        var pool = candidates(groupSchools, for: targets) { $0.subject == k }
        for _ in 0..<count where !pool.isEmpty { choose(&rng, &pool) }
        for target in targets where !chosen.contains(where: { reaches(teachers[$0].school, target) }) {
            let local = byDistrict[schools[target].district].filter { schools[$0].group != g }
            var p = candidates(local, for: [target]) { $0.subject == k }
            if p.isEmpty { p = candidates(groupSchools, for: [target]) { $0.otherSubjects.contains(k) } }
            if p.isEmpty { p = candidates(groupSchools, for: [target]) { _ in true } }
            if !p.isEmpty { choose(&rng, &p) }
        }
    }

    // MARK: new hires 首站式培育 and vacancies

    /// About 3 % of the teachers are this year's hires: each group takes some, with a
    /// mentor-capable teacher of their subject at the core; about one in seven is given
    /// only a district. Every hire has a vacancy of their subject at a member school
    /// (year 0–2); teachers retiring within a year add further vacancies.
    mutating func buildHires(_ rng: inout SplitMix64) {
        let defaultCapacity = Policy(preset: profile.preset).training.mentorCapacity
        var places: [VacancyKey: Int] = [:]
        for g in groups.indices {
            let group = groups[g]
            let core = group.core
            var capacity = [Int](repeating: 0, count: Subjects.count)
            for t in teachersOf(core) { capacity[teachers[t].subject] += teachers[t].effectiveMentorCapacity(default: defaultCapacity) }
            let staff = group.schools.reduce(0) { $0 + schools[$1].teacherCount }
            let n = max(1, Int((Double(staff) * 0.03 * rng.double(0.8, 1.2)).rounded()))
            for _ in 0..<n {
                let weights = (0..<Subjects.count).map { k -> Double in
                    guard capacity[k] > 0, group.members.contains(where: { Subjects.shares(schools[$0].stage)[k] > 0 }) else { return 0 }
                    return Double(schools[core].counts[k])
                }
                guard weights.contains(where: { $0 > 0 }) else { break }
                let k = rng.weighted(weights)
                capacity[k] -= 1
                let destinations = group.members.filter { Subjects.shares(schools[$0].stage)[k] > 0 }
                let districtOnly = rng.chance(0.15)
                var hire = DraftNewHire(
                    name: PersonNames.make(&rng, female: rng.chance(0.68)), group: districtOnly ? nil : g,
                    district: districtOnly ? city.districts[schools[core].district].name : nil, subject: k,
                    minYears: rng.chance(0.7) ? 1 : 2, preferences: [])
                if rng.chance(0.35) { hire.preferences = rng.sample(destinations, rng.int(1...2)) }
                newHires.append(hire)
                let w = destinations.map { s -> Double in
                    var x = 1.0
                    if let r = schools[s].required[k], schools[s].counts[k] < r { x += 2 }
                    for tag in [SchoolTag.weak, .rural, .new] where schools[s].has(tag) { x += 1 }
                    return x
                }
                let s = destinations[rng.weighted(w)]
                places[VacancyKey(school: s, subject: k, year: [0, 1, 2][rng.weighted([0.2, 0.5, 0.3])]), default: 0] += 1
            }
            for m in group.members {
                for t in teachersOf(m) where teachers[t].yearsToRetirement <= 1 && rng.chance(0.3) {
                    places[VacancyKey(school: m, subject: teachers[t].subject, year: teachers[t].yearsToRetirement + 1), default: 0] += 1
                }
            }
        }
        // Sorted, so the dictionary's order never reaches the output.
        vacancies = places.keys.sorted().map { DraftVacancy(school: $0.school, subject: $0.subject, year: $0.year, count: places[$0]!) }
    }

    // MARK: travel

    /// Explicit rows for some pairs inside groups (road distance 1.15–1.45 × straight
    /// line, 18–28 km/h in town, 30–42 km/h on county roads, sometimes different each
    /// way); the other pairs are derived from the locations by the loader.
    mutating func buildTravel(_ rng: inout SplitMix64) {
        let share = size == .tiny ? 0.4 : size == .small ? 0.2 : 0.12
        for g in groups {
            let list = g.schools
            for i in list.indices {
                for j in list.indices where i < j && rng.chance(share) {
                    let a = list[i], b = list[j]
                    let slowTown = !schools[a].rural && !schools[b].rural
                        && !city.districts[schools[a].district].outer && !city.districts[schools[b].district].outer
                    let km = (straightKm(a, b) * rng.double(1.15, 1.45) * 100).rounded() / 100
                    let speed = slowTown ? rng.double(18, 28) : rng.double(30, 42)
                    let minutes = max(3, (km / speed * 60 * 10).rounded() / 10)
                    let withKm = rng.chance(0.85)
                    travel.append(DraftTravel(from: a, to: b, minutes: minutes, km: withKm ? km : nil))
                    if rng.chance(0.15) {
                        let back = max(3, (minutes * rng.double(0.85, 1.2) * 10).rounded() / 10)
                        travel.append(DraftTravel(from: b, to: a, minutes: back, km: withKm ? km : nil))
                    }
                }
            }
        }
    }

    /// Teacher indices of a school (teachers are generated school by school).
    func teachersOf(_ s: Int) -> Range<Int> { schools[s].firstTeacher..<(schools[s].firstTeacher + schools[s].teacherCount) }
}

struct VacancyKey: Hashable, Comparable {
    var school: Int
    var subject: Int
    var year: Int
    static func < (a: VacancyKey, b: VacancyKey) -> Bool { (a.school, a.subject, a.year) < (b.school, b.subject, b.year) }
}
