/// Whether a teacher is in E, the teachers the exchange may move (MODEL.md §2 "Derived
/// values", §4 "Decision"), and if not, every reason why. The one definition of E: the
/// models, the greedy baseline, the pin explanations and the reports read it (the
/// checker keeps its own independent copy).
public enum Eligibility: Sendable, Hashable {
    case eligible
    /// Not in E, for these reasons (at least one), in the order ``Ineligibility`` lists them.
    case ineligible([Ineligibility])

    public var isEligible: Bool { self == .eligible }

    /// The reasons a teacher is not in E (empty when eligible).
    public var reasons: [Ineligibility] {
        switch self {
        case .eligible: return []
        case let .ineligible(reasons): return reasons
        }
    }
}

/// One reason a teacher is not in E (§2).
public enum Ineligibility: Sendable, Hashable {
    /// Their school is in no group.
    case schoolInNoGroup
    /// yearsAtSchool < exchange.minYearsAtSchool.
    case tooFewYearsAtSchool(has: Double, needs: Double)
    /// The teacher is marked `exempt`.
    case exempt
    /// yearsToRetirement ≤ exchange.retirementExemptYears.
    case nearRetirement(yearsLeft: Double, exemptYears: Double)
    /// In the middle of an exchange term (§11 `onExchange`).
    case onExchange
}

extension Instance {
    /// Whether teacher t is in E, with the reasons when not (§2): yearsAtSchool ≥
    /// exchange.minYearsAtSchool, yearsToRetirement > exchange.retirementExemptYears
    /// (absent = not near retirement), not exempt, their school is in a group, and not in
    /// the middle of an exchange term (§11).
    public func eligibility(ofTeacher t: Int) -> Eligibility {
        let x = teachers[t]
        let p = policy.exchange
        var reasons: [Ineligibility] = []
        if schools[x.school].group == nil { reasons.append(.schoolInNoGroup) }
        if x.yearsAtSchool < p.minYearsAtSchool { reasons.append(.tooFewYearsAtSchool(has: x.yearsAtSchool, needs: p.minYearsAtSchool)) }
        if x.exempt { reasons.append(.exempt) }
        if let r = x.yearsToRetirement, r <= p.retirementExemptYears {
            reasons.append(.nearRetirement(yearsLeft: r, exemptYears: p.retirementExemptYears))
        }
        if x.onExchange != nil { reasons.append(.onExchange) }
        return reasons.isEmpty ? .eligible : .ineligible(reasons)
    }

    /// Whether teacher t is in E (§2): ``eligibility(ofTeacher:)`` is `.eligible`.
    public func isEligible(teacher t: Int) -> Bool { eligibility(ofTeacher: t).isEligible }
}
