/// The money of a move (MODEL.md §4 rule 7) and of a walking visit day (§6 "Money
/// reported"), written once: the exchange model, its greedy baseline and the reports
/// read these (the checker keeps its own copy).
public struct MoveCost: Sendable, Equatable {
    /// allowancePerDay · workdaysPerYear when the destination is rural or in another
    /// district than the home school, else 0 (yuan a year).
    public var allowance: Double
    /// transportPerKm · 2 · km(home, s) · workdaysPerYear (yuan a year); 0 when
    /// transportPerKm is 0, nil when it is not and km(home, s) is unknown.
    public var transport: Double?

    public init(allowance: Double, transport: Double?) {
        self.allowance = allowance
        self.transport = transport
    }

    /// allowance + transport, an unknown km counted 0 (what the reports show).
    public var yearly: Double { allowance + (transport ?? 0) }
}

extension InstanceFacts {
    /// cost[t,s] of §4 rule 7 for a teacher whose home is `home`, moving to s:
    /// allowancePerDay · workdaysPerYear · [s rural or district(s) ≠ district(home)]
    /// + transportPerKm · 2 · km(home, s) · workdaysPerYear.
    public func moveCost(from home: Int, to s: Int) -> MoveCost {
        let x = instance, c = x.policy.cost
        let away = x.schools[s].has(.rural) || !x.sameDistrict(s, home)
        let transport: Double?
        if c.transportPerKm > 0 {
            transport = x.travel.km(home, s).map { c.transportPerKm * 2 * $0 * c.workdaysPerYear }
        } else {
            transport = 0
        }
        return MoveCost(allowance: away ? c.allowancePerDay * c.workdaysPerYear : 0, transport: transport)
    }

    /// cost[t,s] of §4 rule 7 for teacher t (from their home school).
    public func moveCost(teacher t: Int, to s: Int) -> MoveCost { moveCost(from: instance.teachers[t].school, to: s) }
}

extension Instance {
    /// What `km` kilometres of visits cost in transport: transportPerKm · 2 · km, the
    /// money of one visit day at km(home, s) (§6 "Money reported", charged to the
    /// school visited). Linear, so a week's km may be given at once.
    public func walkingTransport(km: Double) -> Double { policy.cost.transportPerKm * 2 * km }
}
