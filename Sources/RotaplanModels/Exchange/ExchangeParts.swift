import RotaplanDomain

/// Independent parts of an exchange: groups that cannot interact, solved separately.
///
/// Every rule of MODEL.md §4 is a row of one group (§4.2–§4.4, §4.7) or of one school
/// (§4.5, §4.6), and every objective term is a sum over moves or over schools. Two groups
/// interact only when a teacher of one may move to a school of the other, which needs
/// `allowCrossGroup` and two schools of one district within `maxTravelMinutes` (§4
/// "Decision", §10). The parts are the connected components of that relation; the
/// optimum of the whole exchange is the sum of the parts' optima, and a plan is the
/// union of the parts' plans. Solving them one by one is far faster than one
/// branch-and-bound tree over all of them, whose gap must close everywhere at once.
public enum ExchangeParts {
    /// Some groups, by index, and whether the part carries the schools in no group (their
    /// shortage is a constant of the objective, counted once).
    public struct Part: Sendable, Equatable {
        public var groups: [Int]
        public var ungrouped: Bool
        public init(groups: [Int], ungrouped: Bool) { self.groups = groups; self.ungrouped = ungrouped }
        var groupSet: Set<Int> { Set(groups) }
    }

    /// The connected components of "a teacher of one group may move to a school of the
    /// other", in order of their first group; the first part also carries the schools in
    /// no group. Without `allowCrossGroup` every group is its own part. O(S²) with S the
    /// number of grouped schools, only when `allowCrossGroup` is on.
    public static func of(_ x: Instance) -> [Part] {
        guard !x.groups.isEmpty else { return [Part(groups: [], ungrouped: true)] }
        var sets = DisjointSets(count: x.groups.count)
        if x.policy.exchange.allowCrossGroup {
            var sending = [Bool](repeating: false, count: x.schools.count)
            for t in x.teachers.indices where x.isEligible(teacher: t) { sending[x.teachers[t].school] = true }
            let grouped = x.schools.indices.filter { x.schools[$0].group != nil }
            for a in grouped where sending[a] {
                for b in grouped where b != a && x.schools[a].group != x.schools[b].group && x.sameDistrict(a, b) {
                    // A missing travel figure links the groups, so the model reports it.
                    if let m = x.travel.minutes(a, b), m > x.policy.exchange.maxTravelMinutes { continue }
                    sets.union(x.schools[a].group!, x.schools[b].group!)
                }
            }
        }
        var partOfRoot: [Int: Int] = [:]
        var parts: [Part] = []
        for g in x.groups.indices {
            let r = sets.find(g)
            if let p = partOfRoot[r] { parts[p].groups.append(g) } else {
                partOfRoot[r] = parts.count
                parts.append(Part(groups: [g], ungrouped: parts.isEmpty))
            }
        }
        return parts
    }
}
