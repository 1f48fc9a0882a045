/// What an instance implies before any plan, computed once (MODEL.md §2, §4, §10): who is
/// in E and why not, E_g and the movers §4.2 asks of each group, n(s) and the quality
/// sums F(s). The exchange model, its greedy baseline and every report read these
/// instead of re-deriving them; the checker keeps its own independent copy on purpose.
///
/// Built from an `Instance` as it is: a copy whose policy or teachers change needs new
/// facts (`InstanceFacts(changed)`).
public struct InstanceFacts: Sendable {
    /// The instance the facts are about.
    public let instance: Instance
    /// Eligibility of each teacher, by teacher index (§2 E).
    public let eligibility: [Eligibility]
    /// E_g: the eligible teachers of each group, by group index, in teacher order (§4).
    public let eligibleByGroup: [[Int]]
    /// ⌈minRate · |E_g| − 1e-9⌉ for each group (§4.2).
    public let requiredMovers: [Int]
    /// n(s), the headcount of each school before any move (§2).
    public let headcount: [Int]
    /// F(s) before any move: Σ v(t) over the teachers whose school is s (§2, §4 balance).
    public let qualitySum: [Int]
    /// S*: the schools in a group with n(s) > 0, in school order (§4 balance, §10).
    public let groupedSchools: [Int]

    public init(_ x: Instance) {
        instance = x
        eligibility = x.teachers.indices.map { x.eligibility(ofTeacher: $0) }
        var byGroup = [[Int]](repeating: [], count: x.groups.count)
        for t in x.teachers.indices where eligibility[t].isEligible { byGroup[x.schools[x.teachers[t].school].group!].append(t) }
        eligibleByGroup = byGroup
        requiredMovers = byGroup.map { Self.requiredMovers(eligible: $0.count, minRate: x.policy.exchange.minRate) }
        headcount = x.teachersBySchool.map(\.count)
        qualitySum = x.teachersBySchool.map { $0.reduce(0) { $0 + x.teachers[$1].quality } }
        groupedSchools = x.schools.indices.filter { x.schools[$0].group != nil && x.teachersBySchool[$0].count > 0 }
    }

    /// ⌈minRate · |E_g| − 1e-9⌉ (§4.2): the movers a group with `eligible` teachers in E owes.
    public static func requiredMovers(eligible: Int, minRate: Double) -> Int {
        Int((minRate * Double(eligible) - 1e-9).rounded(.up))
    }

    /// Whether teacher t is in E.
    public func isEligible(_ t: Int) -> Bool { eligibility[t].isEligible }

    /// |E|.
    public var eligibleCount: Int { eligibleByGroup.reduce(0) { $0 + $1.count } }

    /// Σ_g ⌈minRate · |E_g| − 1e-9⌉: the fewest movers the policy accepts.
    public var minimumMoves: Int { requiredMovers.reduce(0, +) }
}
