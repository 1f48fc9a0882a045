import RotaplanDomain

/// The travel the models need (MODEL.md §2 travel, §4 destinations, §6 reach), checked
/// once the instance is read: its policy decides which pairs need minutes and which km.
extension InstanceReader {
    /// Every travel pair a model of this instance needs must be known (MODEL.md §2): for
    /// the exchange, every pair inside a group (or of grouped schools in one district with
    /// allowCrossGroup), with km as well when a cost per km is set; for walking, every
    /// itinerant teacher's home to every school with demand in one of their subjects, and
    /// every two schools with such demand.
    ///
    /// Each missing pair is named up to ``missingTravelShown`` times; the rest are counted
    /// in one closing line that also names the schools with no location (a group of 2,000
    /// schools without locations would otherwise print two million lines). Each pair is
    /// checked once, so the count is exact and no set of all pairs is kept.
    mutating func checkTravelNeeded(_ x: Instance) {
        var missing = 0
        let n = x.schools.count
        /// Checks a → b (and b → a unless `oneWay`) and reports the pair once.
        func need(_ a: Int, _ b: Int, km: Bool, oneWay: Bool = false, why: @autoclosure () -> InstanceProblem.TravelNeed) {
            guard a != b else { return }
            let missingMinutes = x.travel.minutes(a, b) == nil || (!oneWay && x.travel.minutes(b, a) == nil)
            let missingKm = km && (x.travel.km(a, b) == nil || (!oneWay && x.travel.km(b, a) == nil))
            guard missingMinutes || missingKm else { return }
            missing += 1
            guard missing <= Self.missingTravelShown else { return }
                        fields.error(nil, "travel", .travelMissing(km: !missingMinutes, a: x.schools[a].id.rawValue, aName: x.schools[a].name,
                                                      b: x.schools[b].id.rawValue, bName: x.schools[b].name, need: why()))
        }
        defer {
            if missing > Self.missingTravelShown {
                let more = missing - Self.missingTravelShown
                let unlocated = x.schools.filter { $0.location == nil }.map(\.id.rawValue)
                let named = unlocated.prefix(10).joined(separator: ", ") + (unlocated.count > 10 ? ", …" : "")
                fields.error(nil, "travel", .travelMissingMore(count: more, unlocated: unlocated.count, schools: n, named: named))
            }
        }
        // Each unordered pair is checked once: inside a group (groups do not share
        // schools), then across groups of one district, then for walking (a set of the
        // pairs seen, small there, keeps those from counting twice).
        let exchangeKm = x.policy.cost.transportPerKm > 0
        for g in x.groups {
            let s = g.schools
            for i in s.indices { for j in s.indices where j > i { need(s[i], s[j], km: exchangeKm, why: .exchangeInGroup(g.id.rawValue)) } }
        }
        let crossGroup = x.policy.exchange.allowCrossGroup
        if crossGroup {
            var byDistrict: [String?: [Int]] = [:]
            for (s, school) in x.schools.enumerated() where school.group != nil { byDistrict[school.district, default: []].append(s) }
            for list in byDistrict.values.sorted(by: { $0[0] < $1[0] }) {
                for i in list.indices {
                    for j in list.indices where j > i && x.schools[list[i]].group != x.schools[list[j]].group {
                        need(list[i], list[j], km: exchangeKm, why: .exchangeAcrossGroups)
                    }
                }
            }
        }
        /// Whether the exchange loops above already checked {a, b} (with km when `km`).
        func checkedForExchange(_ a: Int, _ b: Int, km: Bool) -> Bool {
            guard let ga = x.schools[a].group, let gb = x.schools[b].group, km == false || exchangeKm else { return false }
            return ga == gb || (crossGroup && x.sameDistrict(a, b))
        }
        if !x.walkingDemand.isEmpty {
            let walkingKm = x.policy.cost.transportPerKm > 0
            var demandSchools: [Subject: Set<Int>] = [:]
            for l in x.walkingDemand { demandSchools[l.subject, default: []].insert(l.school) }
            var seen = Set<Int>()
            // A teacher's home to a school is needed one way (with km for the visit's
            // cost); two schools of one day both ways, minutes only.
            func walkingNeed(_ a: Int, _ b: Int, km: Bool, oneWay: Bool, _ t: Teacher) {
                guard a != b, !checkedForExchange(a, b, km: km) else { return }
                let key = oneWay ? a * n + b : min(a, b) * n + max(a, b)
                guard seen.insert(key * 4 + (km ? 2 : 0) + (oneWay ? 1 : 0)).inserted else { return }
                need(a, b, km: km, oneWay: oneWay, why: .walking(teacher: t.id.rawValue))
            }
            for t in x.teachers where t.itinerant != nil {
                var reach = Set<Int>()
                for s in [t.subject] + t.otherSubjects { reach.formUnion(demandSchools[s] ?? []) }
                let list = reach.sorted()
                for s in list { walkingNeed(t.school, s, km: walkingKm, oneWay: true, t) }
                for i in list.indices { for j in list.indices where j > i { walkingNeed(list[i], list[j], km: false, oneWay: false, t) } }
            }
        }
    }

    /// Missing travel pairs named one by one before the rest are counted (``checkTravelNeeded(_:)``).
    static let missingTravelShown = 20
}
