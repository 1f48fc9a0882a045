extension Finding {
    /// The policy keys (MODEL.md §3, ``PolicyKey`` names) whose values drive this finding:
    /// the setting a user changes to change it (`exchange.minRate` for §4.2). Data, derived
    /// from the rule and the situation, so every producer's findings carry it; RotaplanText
    /// names the key by its label and value (issue 17 item 4).
    public var policyKeys: [String] {
        switch (rule, situation) {
        case (.exchangeVolume, _): return ["exchange.minRate"]
        case (.exchangeBackbone, _): return ["exchange.minBackboneShare"]
        case (.exchangeCore, _): return ["exchange.maxCoreBackboneOutShare"]
        case (.exchangeHeadcount, _): return ["exchange.headcountTolerance"]
        case (.exchangeBudget, _): return ["cost.budgetPerGroup"]
        case (.exchangeTravel, _): return ["exchange.maxTravelMinutes"]
        case (.trainingYears, .unplaceable), (.trainingVacancies, .unplaceable), (.trainingVacancies, .outnumbered),
             (.trainingVacancies, .relaxed), (.trainingVacancies, .leftUnplaced):
            return ["training.maxYears"]
        case (.walkingTravel, _), (.walkingReach, _): return ["walking.maxTravelMinutes"]
        case (.walkingSchoolsPerDay, _): return ["walking.maxSchoolsPerDay"]
        default: return []
        }
    }
}
