/// Where the exchange may send a teacher (MODEL.md §4 "Decision", §10 allowCrossGroup):
/// the one definition the model, its size estimate and the explanations read.
extension Instance {
    /// The schools a teacher whose school is `home` may move to, before the travel limit:
    /// the other schools of the home group, or with exchange.allowCrossGroup every other
    /// school of the home district that is in some group. `home` must be in a group.
    public func exchangeDestinations(ofHome home: Int) -> [Int] {
        if policy.exchange.allowCrossGroup {
            return schools.indices.filter { $0 != home && schools[$0].group != nil && sameDistrict($0, home) }
        }
        return groups[schools[home].group!].schools.filter { $0 != home }
    }
}
