/// What a plan kept of the plan it was solved near and what it changed (§12; the
/// report's "decisions kept and changed" and `changes.csv`): moves dropped and added,
/// placements changed, lessons moved. Data only; RotaplanText words it.
public struct NearChanges: Sendable, Equatable {
    /// A previous hire's placement and the new one (nil: not placed now, or gone).
    public struct PlacementChange: Sendable, Equatable {
        public var newHire: String
        public var before: Near.Placement
        public var after: Near.Placement?
    }

    public var movesKept: [Near.Move] = []
    public var movesDropped: [Near.Move] = []
    public var movesAdded: [Near.Move] = []
    public var placementsKept: [String] = []
    public var placementsChanged: [PlacementChange] = []
    public var lessonsKept = 0
    public var lessonsDropped: [Near.Lesson] = []
    public var lessonsAdded: [Near.Lesson] = []

    /// The decisions of the previous plan that `solution` kept.
    public var kept: Int { movesKept.count + placementsKept.count + lessonsKept }
    /// The decisions changed: each move dropped or added, each placement changed, each
    /// lesson dropped or added.
    public var changed: Int {
        movesDropped.count + movesAdded.count + placementsChanged.count + lessonsDropped.count + lessonsAdded.count
    }

    /// Compares `solution` with `previous`, stage by stage, for the parts `previous` holds.
    public init(previous: Near, solution: Solution) {
        let now = Near(previous: solution)
        if let before = previous.moves {
            let after = now.moves ?? []
            movesKept = before.intersection(after).sorted()
            movesDropped = before.subtracting(after).sorted()
            movesAdded = after.subtracting(before).sorted()
        }
        if let before = previous.placements {
            let after = now.placements ?? [:]
            for hire in before.keys.sorted() {
                if after[hire] == before[hire] { placementsKept.append(hire) } else {
                    placementsChanged.append(PlacementChange(newHire: hire, before: before[hire]!, after: after[hire]))
                }
            }
        }
        if let before = previous.lessons {
            let after = now.lessons ?? []
            lessonsKept = before.intersection(after).count
            lessonsDropped = before.subtracting(after).sorted()
            lessonsAdded = after.subtracting(before).sorted()
        }
    }
}
