/// Something found about a plan or an instance, as data: the rule it concerns, the
/// people, schools and other entities involved, and the amounts — never a sentence.
/// RotaplanText turns a finding into English or Chinese; the checker, the models'
/// explanations, the walking obstacles, the pin conflicts and the plan's notes all speak
/// in findings.
public struct Finding: Sendable, Hashable {
    public var rule: RuleID
    /// Which of the rule's situations this is (a rule of §4 can be broken by an unknown
    /// teacher or by a wrong `from` school).
    public var situation: Situation
    /// The entities involved, most important first.
    public var refs: [EntityRef]
    /// The amounts involved, by role.
    public var amounts: [Amount]

    public init(_ rule: RuleID, _ situation: Situation = .broken, refs: [EntityRef] = [], amounts: [Amount] = []) {
        self.rule = rule
        self.situation = situation
        self.refs = refs
        self.amounts = amounts
    }

    /// The first amount of `role`, if any.
    public func amount(_ role: Amount.Role) -> Double? { amounts.first { $0.role == role }?.value }

    /// The entities of one kind, in order.
    public func teachers() -> [Int] { refs.compactMap { if case let .teacher(t) = $0 { t } else { nil } } }
    public func schools() -> [Int] { refs.compactMap { if case let .school(s) = $0 { s } else { nil } } }
    public func groups() -> [Int] { refs.compactMap { if case let .group(g) = $0 { g } else { nil } } }
    public func newHires() -> [Int] { refs.compactMap { if case let .newHire(n) = $0 { n } else { nil } } }
    public func subjects() -> [Subject] { refs.compactMap { if case let .subject(k) = $0 { k } else { nil } } }
}

extension Finding {
    /// The situations a finding can describe. Add a case when a rule gains one; the text
    /// module's switch over them has no `default`, so the compiler asks for its sentence.
    public enum Situation: Sendable, Hashable {
        /// The rule does not hold (the checker's violation, an elastic row that had to give).
        case broken
        /// A record names an entity that does not exist (the id as written).
        case unknownReference(String)
        /// A record contradicts the instance (a move's `from` that is not the home school).
        case contradicts
        /// A model could not be built for this reason (no host, no mentor, no slot).
        case impossible
        /// A plan note: something the pipeline observed between stages.
        case note
    }
}

/// An entity a finding names, by index into the instance's arrays (or by what the file
/// wrote, for an id that does not resolve).
public enum EntityRef: Sendable, Hashable {
    case teacher(Int)
    case school(Int)
    case group(Int)
    case newHire(Int)
    case subject(Subject)
    /// A walking demand line (index into `walkingDemand`).
    case demandLine(Int)
    case slot(Slot)
    /// A pin (index into `pins`).
    case pin(Int)
    /// A record of a solution's list, by its 0-based index: `exchanges[3]`.
    case record(SolutionList, Int)
    /// An id as written that does not resolve.
    case unresolved(String)

    public enum SolutionList: String, Sendable, Hashable { case exchanges, placements, lessons, uncovered }
}

/// One amount a finding involves, by role: `moved 3`, `required 4`, `limit 0.3`.
public struct Amount: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        /// What the plan has (movers, final teachers, minutes, yuan).
        case actual
        /// The bound the rule sets (at most, at least).
        case limit
        /// What is needed (required movers, required teachers).
        case required
        /// What there was before the plan.
        case before
        /// A count the rule is taken over (eligible teachers |E_g|, backbone at the core).
        case base
        /// A policy value the rule reads (minRate, a share).
        case policy
        /// Into a school, out of a school.
        case inflow, outflow
        /// A year (of a vacancy, of training).
        case year
    }
    public var role: Role
    public var value: Double
    public init(_ role: Role, _ value: Double) { self.role = role; self.value = value }
    public init(_ role: Role, _ value: Int) { self.role = role; self.value = Double(value) }
}
