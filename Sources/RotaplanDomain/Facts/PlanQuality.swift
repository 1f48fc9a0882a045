/// Quality before and after an exchange plan, with §10's definition (MODEL.md §4
/// balance, §10 "Balance divides by n(s) before any move, also when the tolerance lets
/// headcounts change"): the per-capita quality of s is F(s) / n(s), n(s) counted before
/// any move. Every report figure of quality (the KPI box, the school table, the
/// exchange summary) reads this, so one page cannot show two numbers for one figure.
public struct PlanQuality: Sendable, Equatable {
    /// F(s) before any move, by school.
    public let sumBefore: [Int]
    /// F(s) after the moves, by school.
    public let sumAfter: [Int]
    /// n(s) before any move, by school: the divisor of both.
    public let headcount: [Int]
    /// S*: the schools in a group with n(s) > 0.
    public let groupedSchools: [Int]

    /// F(s)/n(s) before any move; 0 for a school without teachers.
    public func perCapitaBefore(_ s: Int) -> Double { Self.perCapita(sumBefore[s], headcount[s]) }
    /// F(s)/n(s) after the moves, n(s) before them; 0 for a school without teachers before.
    public func perCapitaAfter(_ s: Int) -> Double { Self.perCapita(sumAfter[s], headcount[s]) }

    /// max − min over S* of F(s)/n(s), before and after the moves (0 when S* is empty).
    public var spread: (before: Double, after: Double) { (Self.range(groupedSchools.map(perCapitaBefore)), Self.range(groupedSchools.map(perCapitaAfter))) }

    static func perCapita(_ sum: Int, _ n: Int) -> Double { n > 0 ? Double(sum) / Double(n) : 0 }
    static func range(_ v: [Double]) -> Double { (v.max() ?? 0) - (v.min() ?? 0) }
}

/// A move of a plan resolved to indices: teacher t from their home school to `to`.
public struct ResolvedMove: Sendable, Hashable {
    public var teacher: Int
    public var from: Int
    public var to: Int
}

extension InstanceFacts {
    /// The moves of `exchanges` resolved to indices, in order; moves naming an unknown
    /// teacher or school are left out (as ``Instance/afterExchange(_:)`` does); `from` is
    /// the teacher's home in the instance.
    public func moves(_ exchanges: [Solution.Exchange]) -> [ResolvedMove] {
        let x = instance
        return exchanges.compactMap { e in
            guard let t = x.teacherIndex[TeacherID(e.teacher)], let to = x.schoolIndex[SchoolID(e.to)] else { return nil }
            return ResolvedMove(teacher: t, from: x.teachers[t].school, to: to)
        }
    }

    /// Quality before and after `moves` (each move takes v(t) from its home to `to`).
    public func quality(after moves: [ResolvedMove]) -> PlanQuality { quality(afterMoving: moves.map { ($0.teacher, $0.to) }) }

    /// Quality before and after moving each teacher from their home to `to`.
    public func quality(afterMoving moves: [(teacher: Int, to: Int)]) -> PlanQuality {
        var after = qualitySum
        for m in moves {
            after[instance.teachers[m.teacher].school] -= instance.teachers[m.teacher].quality
            after[m.to] += instance.teachers[m.teacher].quality
        }
        return PlanQuality(sumBefore: qualitySum, sumAfter: after, headcount: headcount, groupedSchools: groupedSchools)
    }

    /// Q̄(g) = Σ_{s∈g} F(s) / Σ_{s∈g} n(s), before any move (§4 balance); nil when the
    /// group has no teachers.
    public func groupMeanQuality(_ g: Int) -> Double? {
        let schools = instance.groups[g].schools
        let n = schools.reduce(0) { $0 + headcount[$1] }
        guard n > 0 else { return nil }
        return Double(schools.reduce(0) { $0 + qualitySum[$1] }) / Double(n)
    }
}
