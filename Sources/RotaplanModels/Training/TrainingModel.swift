import GLPK
import RotaplanDomain

/// First-station training 首站式培育 as an integer program: MODEL.md §5, rule by rule.
///
/// Hosts of new hire n: the core of `n.group`; or, if `group` is absent, the cores of all
/// groups whose core is in `n.district`. Mentors at host c: teachers at c with the same
/// primary subject as n and `mentorCapacity` > 0. Destinations: member schools of the
/// host's group. Decisions: p[n,m] ∈ {0,1} (mentor), z[n,s,L] ∈ {0,1} (destination s after
/// L years, L ∈ {max(1, minYears) … training.maxYears}).
///
/// Variables exist only where a rule could let them be 1: z[n,s,L] only when a vacancy of
/// n's subject is open at s by year L (§5 rule 4 at Y = L forces it to 0 otherwise, and
/// §10 says no vacancy row means no place), and p and z only at hosts that have both a
/// mentor and such a destination (§5 rule 2 forces the others to 0). Every hard rule of
/// §5 is one method below (`rule1…rule4`), every objective term one method (`term…`);
/// rows are named `training.5.N.rule[...]`. ``Formulation/aggregated`` (the default)
/// replaces the p[n,m] by mentor counts per host, subject and mentor quality, an exact
/// reformulation with the same optimum (see there).
public struct TrainingModel {
    /// How mentors become decision variables.
    public enum Formulation: String, Sendable, CaseIterable {
        /// p[n,m] ∈ {0,1} per hire and mentor, exactly as §5 writes it.
        case plain
        /// Mentors the model cannot tell apart (same host c, primary subject k and quality
        /// v(m): everything §5 reads) form one class with the summed capacity, and
        /// w[c,k,class] ∈ {0 … capacity(class)} counts the hires it mentors. Rule 1's
        /// mentor half and rules 2–3 become one row per (c, k):
        /// Σ_class w[c,k,class] = Σ_{n: subject k} Σ_{s member of c's group, L} z[n,s,L].
        /// Exact: given the destinations, the hires of subject k at c differ in nothing
        /// the mentor term reads, so any counts within capacity can be handed out to named
        /// hires (in id order) and mentors (in id order, each up to their own capacity),
        /// and every p satisfying rules 1–3 gives such counts. Same optimum, no p columns.
        case aggregated
    }

    /// How many hires a plan must place (§5 rule 1, and docs/training.md "Partial plans"
    /// for when it cannot hold).
    public enum Placing: Sendable, Equatable {
        /// Every hire (§5 as stated).
        case every
        /// As many as possible: rule 1 becomes Σ z[n,s,L] ≤ 1 (pinned hires keep = 1) and
        /// the objective is −Σ z, the number placed; hires without any place are left out.
        case most
        /// Rule 1 as in ``most``, exactly `count` hires placed (one row), §5's objective.
        case exactly(Int)
    }

    /// Mentors at one host with one subject (and, aggregated, one quality).
    public struct MentorClass: Sendable {
        public var host: Int
        public var subject: Subject
        /// Teacher indices in id order.
        public var mentors: [Int]
        /// Σ capacity(m) over the class.
        public var capacity: Int
        /// v(m), the same for every mentor of the class (plain: one mentor).
        public var quality: Int
    }

    /// p[n,m] (plain formulation).
    public struct Pairing: Sendable {
        public var hire: Int
        public var host: Int
        /// Index into ``mentorClasses``.
        public var mentorClass: Int
        public var variable: Variable
    }

    /// w[c,k,class]: hires of subject k at host c mentored by the class (aggregated).
    public struct MentorCount: Sendable {
        public var host: Int
        public var subject: Subject
        public var mentorClass: Int
        public var variable: Variable
    }

    /// z[n,s,L]: hire n goes to school s after L years at the host.
    public struct Destination: Sendable {
        public var hire: Int
        public var host: Int
        public var school: Int
        public var years: Int
        public var variable: Variable
    }

    /// A hire no plan can place, whatever the other hires do, with the reason.
    public struct Unplaceable: Sendable {
        public var hire: Int
        /// The reason (``Finding/Situation/unplaceable(_:)``).
        public var reason: Finding
    }

    /// A rule row with its slack (elastic mode only).
    public struct Relaxation: Sendable {
        public var row: String
        public var slack: [Variable]
        /// Rows with the same key are reported together: capacity rows by (host,
        /// subject), summed; vacancy rows by (school, subject), the largest year's slack.
        public var key: String
        public var summed: Bool
        /// The rule the row states, with its school, subject and figures (§5 rules 3 and 4).
        public var finding: Finding

        /// What a slack of size `s` means: the rule had to give way by `s`.
        public func explain(_ s: Double) -> Finding { finding.relaxed(by: s) }
    }

    public let instance: Instance
    public private(set) var model: Model
    public let formulation: Formulation
    /// Elastic mode (for explaining infeasibility): rules 3 and 4 get a penalised slack,
    /// hires in ``excluded`` are left out, and the objective is the total slack.
    public let elastic: Bool
    public let excluded: Set<Int>
    public let placing: Placing
    public private(set) var mentorClasses: [MentorClass] = []
    public private(set) var pairings: [Pairing] = []
    public private(set) var mentorCounts: [MentorCount] = []
    public private(set) var destinations: [Destination] = []
    public private(set) var unplaceable: [Unplaceable] = []
    public private(set) var relaxations: [Relaxation] = []
    /// Indices into ``pairings`` and ``destinations`` of each hire.
    private(set) var pairingsOfHire: [[Int]]
    private(set) var destinationsOfHire: [[Int]]
    private var classesAt: [String: [Int]] = [:]
    /// Mentor counts (aggregated) of each (host, subject) used, in first-use order.
    private(set) var countsAt: [(host: Int, subject: Subject, counts: [Int])] = []
    private var countsIndex: [String: Int] = [:]
    /// cumulative[s][k][Y] = Σ_{y ≤ Y} V_y for Y = 0 … maxYears (rule 4).
    public let cumulative: [Int: [Subject: [Int]]]
    /// The instance's training pins (docs/pins.md), applied to the variables.
    public let pins: TrainingPins
    var objective = LinearExpression()

    /// Builds the model. Throws ``ModelError`` only on numbers GLPK could not take (never
    /// for a validated instance).
    public init(_ instance: Instance, formulation: Formulation = .aggregated, elastic: Bool = false,
                excluding excluded: Set<Int> = [], placing: Placing = .every) throws {
        self.instance = instance
        self.placing = placing
        self.formulation = Self.formulation(formulation, for: instance)
        self.elastic = elastic
        self.excluded = excluded
        model = Model(name: "training")
        pairingsOfHire = [[Int]](repeating: [], count: instance.newHires.count)
        destinationsOfHire = pairingsOfHire
        cumulative = Self.cumulativeVacancies(instance)
        pins = TrainingPins(instance)
        try addVariables()
        try rule1OneMentorOneDestination()
        if self.formulation == .plain {
            try rule2SameHost()
            try rule3MentorCapacity()
        } else {
            try rules2and3MentorCounts()
        }
        try rule4Vacancies()
        try rulePinnedMentors()
        try rulePlacedCount()
        if elastic {
            try model.minimize(LinearExpression.sum(relaxations.flatMap(\.slack)))
            return
        }
        if placing == .most {
            try model.minimize(LinearExpression.sum(destinations.map(\.variable)) * -1)
            return
        }
        termMentor()
        termPreference()
        termPriorityTags()
        termYears()
        termChange()
        try model.minimize(objective)
    }

    // MARK: Sets of §5

    /// Hosts of hire n (§5): the core of `n.group`; or, with no group, the cores of all
    /// groups whose core is in `n.district` (a missing district equals another missing
    /// one, §10), in group order.
    public static func hosts(ofHire n: Int, in x: Instance) -> [Int] {
        let hire = x.newHires[n]
        if let g = hire.group { return [x.groups[g].core] }
        var out: [Int] = []
        for group in x.groups where x.schools[group.core].district == hire.district && !out.contains(group.core) {
            out.append(group.core)
        }
        return out
    }

    /// The lowest training length of hire n: max(1, minYears).
    public static func shortest(ofHire n: Int, in x: Instance) -> Int { max(1, x.newHires[n].minYears) }

    /// Σ_{y ≤ Y} V_y per (school, subject) for Y = 0 … training.maxYears (§5 rule 4; year
    /// 0 is open from the start, years beyond maxYears never count, §10).
    public static func cumulativeVacancies(_ x: Instance) -> [Int: [Subject: [Int]]] {
        let maxYears = x.policy.training.maxYears
        var out: [Int: [Subject: [Int]]] = [:]
        for v in x.vacancies where v.year <= maxYears {
            var row = out[v.school]?[v.subject] ?? [Int](repeating: 0, count: maxYears + 1)
            for y in max(0, v.year)...maxYears { row[y] += v.count }
            out[v.school, default: [:]][v.subject] = row
        }
        return out
    }

    /// Vacancies of subject k open at school s by year Y.
    public func openBy(_ s: Int, _ k: Subject, year y: Int) -> Int { cumulative[s]?[k]?[y] ?? 0 }

    /// The mentor classes at host c for subject k (built once per pair).
    private mutating func classes(at c: Int, _ k: Subject) -> [Int] {
        let key = "\(c)|\(k.key)"
        if let known = classesAt[key] { return known }
        var made: [Int] = []
        var byQuality: [Int: Int] = [:]
        for t in instance.teachersBySchool[c] where instance.teachers[t].subject == k {
            let capacity = instance.mentorCapacity(ofTeacher: t)
            guard capacity > 0 else { continue }
            let v = instance.teachers[t].quality
            // A mentor named by a pin is a class of their own (docs/pins.md).
            if formulation == .aggregated, !pins.pinnedMentors.contains(t), let i = byQuality[v] {
                mentorClasses[i].mentors.append(t)
                mentorClasses[i].capacity += capacity
                continue
            }
            if !pins.pinnedMentors.contains(t) { byQuality[v] = mentorClasses.count }
            made.append(mentorClasses.count)
            mentorClasses.append(MentorClass(host: c, subject: k, mentors: [t], capacity: capacity, quality: v))
        }
        classesAt[key] = made
        return made
    }

    // MARK: Decision variables

    /// p[n,m] and z[n,s,L] at every host of n that has both a mentor and a destination with
    /// a vacancy of n's subject open by year L.
    private mutating func addVariables() throws {
        let x = instance
        let maxYears = x.policy.training.maxYears
        for (n, hire) in x.newHires.enumerated() where !excluded.contains(n) {
            let hosts = Self.hosts(ofHire: n, in: x)
            let lo = Self.shortest(ofHire: n, in: x)
            var withMentor: [Int] = [], withPlace: [Int] = []
            let pinnedMentor = pins.mentor[n]?.teacher
            for c in hosts where pins.allows(n, host: c, in: x) {
                // With a mentor pin, only the named mentor's class (and in the aggregated
                // formulation the count row of ``rulePinnedMentors``) can take the hire.
                let mentors = classes(at: c, hire.subject).filter { k in pinnedMentor.map { mentorClasses[k].mentors.contains($0) } ?? true }
                let group = x.schools[c].group!
                var places: [(Int, Int)] = []
                if lo <= maxYears {
                    for s in x.groups[group].members where pins.allows(n, destination: s) {
                        for years in lo...maxYears where openBy(s, hire.subject, year: years) > 0 { places.append((s, years)) }
                    }
                }
                if !mentors.isEmpty { withMentor.append(c) }
                if !places.isEmpty { withPlace.append(c) }
                guard !mentors.isEmpty, !places.isEmpty else { continue }
                if formulation == .plain {
                    for k in mentors {
                        let v = try model.addVariable(.binary, name: "p[\(hire.id),\(x.teachers[mentorClasses[k].mentors[0]].id)]")
                        pairingsOfHire[n].append(pairings.count)
                        pairings.append(Pairing(hire: n, host: c, mentorClass: k, variable: v))
                    }
                } else {
                    try addMentorCounts(at: c, hire.subject, classes(at: c, hire.subject))
                }
                for (s, years) in places {
                    let v = try model.addVariable(.binary, name: "z[\(hire.id),\(x.schools[s].id),\(years)]")
                    destinationsOfHire[n].append(destinations.count)
                    destinations.append(Destination(hire: n, host: c, school: s, years: years, variable: v))
                }
            }
            if destinationsOfHire[n].isEmpty {
                var reason = Self.whyUnplaceable(n, x, hosts: hosts, withMentor: withMentor, withPlace: withPlace)
                reason.refs += x.pins.indices.filter { x.pins[$0].problem == .training && x.pins[$0].newHire == n }.map(EntityRef.pin)
                unplaceable.append(Unplaceable(hire: n, reason: reason))
            }
        }
    }

    /// w[c,k,class] ∈ {0 … capacity(class)} for every mentor class at host c teaching k,
    /// once per (c, k) (aggregated formulation).
    private mutating func addMentorCounts(at c: Int, _ k: Subject, _ classes: [Int]) throws {
        let key = "\(c)|\(k.key)"
        guard countsIndex[key] == nil else { return }
        var made: [Int] = []
        for m in classes {
            let mc = mentorClasses[m]
            let first = instance.teachers[mc.mentors[0]].id
            let label = mc.mentors.count == 1 ? "\(first)" : "\(first)+\(mc.mentors.count - 1)"
            let v = try model.addVariable(.integer, lower: 0, upper: Double(mc.capacity),
                                          name: "w[\(instance.schools[c].id),\(k),\(label)]")
            made.append(mentorCounts.count)
            mentorCounts.append(MentorCount(host: c, subject: k, mentorClass: m, variable: v))
        }
        countsIndex[key] = countsAt.count
        countsAt.append((c, k, made))
    }

    // MARK: Hard rules (§5)

    /// Adds a rule row; in elastic mode a ≤ row gets a slack −s that lets it give way.
    private mutating func addRule(_ c: LinearConstraint, name: String, key: String, summed: Bool, finding: Finding) throws {
        guard elastic else {
            try model.add(c, name: name)
            return
        }
        let v = try model.addVariable(name: "slack[\(name)]")
        var e = c.expression
        e.add(v, coefficient: -1)
        try model.add(LinearConstraint(e, lower: c.lower, upper: c.upper), name: name)
        relaxations.append(Relaxation(row: name, slack: [v], key: key, summed: summed, finding: finding))
    }

    /// §5 rule 1: every hire has one mentor and one destination:
    /// Σ_m p[n,m] = 1 and Σ_{s,L} z[n,s,L] = 1. Two rows per hire (aggregated: the
    /// destination row; the mentor half is in the count rows). A hire without any
    /// (mentor, destination) pair keeps its empty rows, which makes the model infeasible as
    /// §10 requires; elastic mode leaves such hires out: they are explained directly.
    /// A partial plan (``Placing/most``, ``Placing/exactly(_:)``) asks Σ_m p[n,m] =
    /// Σ z[n,s,L] ≤ 1 instead, = 1 for a hire with a mentor or destination pin, and leaves
    /// out the hires without any pair.
    private mutating func rule1OneMentorOneDestination() throws {
        for (n, hire) in instance.newHires.enumerated() where !excluded.contains(n) {
            if (elastic || placing != .every) && destinationsOfHire[n].isEmpty { continue }
            if placing != .every {
                let z = LinearExpression.sum(destinationsOfHire[n].map { destinations[$0].variable })
                if formulation == .plain {
                    try model.add(LinearExpression.sum(pairingsOfHire[n].map { pairings[$0].variable }) - z == 0,
                                  name: "\(RuleID.Row.trainingOneMentor.rawValue)[\(hire.id)]")
                }
                let pinned = pins.mentor[n] != nil || pins.forced[n] != nil
                try model.add(pinned ? z == 1 : z <= 1, name: "\(RuleID.Row.trainingOneDestination.rawValue)[\(hire.id)]")
                continue
            }
            if formulation == .plain {
                try model.add(LinearExpression.sum(pairingsOfHire[n].map { pairings[$0].variable }) == 1,
                              name: "\(RuleID.Row.trainingOneMentor.rawValue)[\(hire.id)]")
            }
            try model.add(LinearExpression.sum(destinationsOfHire[n].map { destinations[$0].variable }) == 1,
                          name: "\(RuleID.Row.trainingOneDestination.rawValue)[\(hire.id)]")
        }
    }

    /// §5 rule 2: mentor and destination belong to the same host: for every n and host c,
    /// Σ_{m at c} p[n,m] = Σ_{s member of c's group, L} z[n,s,L]. One row per host of
    /// hires with two or more usable hosts (with one, rule 1 implies it).
    private mutating func rule2SameHost() throws {
        for (n, hire) in instance.newHires.enumerated() {
            let hosts = Set(pairingsOfHire[n].map { pairings[$0].host })
            guard hosts.count > 1 else { continue }
            for c in hosts.sorted() {
                let p = LinearExpression.sum(pairingsOfHire[n].filter { pairings[$0].host == c }.map { pairings[$0].variable })
                let z = LinearExpression.sum(destinationsOfHire[n].filter { destinations[$0].host == c }.map { destinations[$0].variable })
                try model.add(p - z == 0, name: "\(RuleID.trainingHostLink.rawValue)[\(hire.id),\(instance.schools[c].id)]")
            }
        }
    }

    /// §5 rule 3: Σ_n p[n,m] ≤ capacity(m) (aggregated: the class's summed capacity). One
    /// row per mentor (class) with more candidate hires than capacity.
    private mutating func rule3MentorCapacity() throws {
        var byClass = [[Variable]](repeating: [], count: mentorClasses.count)
        for p in pairings { byClass[p.mentorClass].append(p.variable) }
        var capacityAt: [String: Int] = [:]
        for m in mentorClasses { capacityAt["\(m.host)|\(m.subject.key)", default: 0] += m.capacity }
        for (k, m) in mentorClasses.enumerated() where byClass[k].count > m.capacity {
            let x = instance
            let first = x.teachers[m.mentors[0]].id
            let label = m.mentors.count == 1 ? "\(first)" : "\(first)+\(m.mentors.count - 1)"
            let key = "\(m.host)|\(m.subject.key)"
            let total = capacityAt[key] ?? 0
            try addRule(LinearExpression.sum(byClass[k]) <= Double(m.capacity), name: "\(RuleID.trainingCapacity.rawValue)[\(label)]",
                        key: "3|" + key, summed: true,
                        finding: Finding(.trainingCapacity, .relaxed, refs: [.school(m.host), .subject(m.subject)], amounts: [Amount(.limit, total)]))
        }
    }

    /// §5 rules 2 and 3 with mentor counts (aggregated formulation): the hires of subject k
    /// sent to the member schools of c's group are mentored at c, within capacity:
    /// Σ_class w[c,k,class] = Σ_{n: subject k} Σ_{s member of c's group, L} z[n,s,L], with
    /// 0 ≤ w ≤ capacity(class) as bounds. One row per (host, subject) in use; in elastic
    /// mode an overflow o[c,k] ≥ 0 on the left lets capacity give way.
    private mutating func rules2and3MentorCounts() throws {
        var sent: [String: LinearExpression] = [:]
        for d in destinations { sent["\(d.host)|\(instance.newHires[d.hire].subject.key)", default: LinearExpression()].add(d.variable) }
        for (c, k, counts) in countsAt {
            let x = instance
            var e = LinearExpression.sum(counts.map { mentorCounts[$0].variable })
            e.add(sent["\(c)|\(k.key)"] ?? LinearExpression(), times: -1)
            let name = "\(RuleID.Row.trainingMentorCounts.rawValue)[\(x.schools[c].id),\(k)]"
            let total = counts.reduce(0) { $0 + mentorClasses[mentorCounts[$1].mentorClass].capacity }
            guard elastic else {
                try model.add(e == 0, name: name)
                continue
            }
            let o = try model.addVariable(name: "overflow[\(x.schools[c].id),\(k)]")
            e.add(o)
            try model.add(e == 0, name: name)
            relaxations.append(Relaxation(row: name, slack: [o], key: "3|\(c)|\(k.key)", summed: true,
                                          finding: Finding(.trainingCapacity, .relaxed, refs: [.school(c), .subject(k)], amounts: [Amount(.limit, total)])))
        }
    }

    /// §5 rule 4: vacancies, every member school s and subject k, for every year
    /// Y = 1 … training.maxYears: Σ_{n: subject k} Σ_{L ≤ Y} z[n,s,L] ≤ Σ_{y ≤ Y} V_y.
    /// One row per (s, k, Y) whose hires could exceed the places.
    private mutating func rule4Vacancies() throws {
        var bySchool: [Int: [Subject: [Int]]] = [:]
        for (i, d) in destinations.enumerated() { bySchool[d.school, default: [:]][instance.newHires[d.hire].subject, default: []].append(i) }
        let maxYears = instance.policy.training.maxYears
        for s in bySchool.keys.sorted() {
            for (k, list) in bySchool[s]!.sorted(by: { $0.key < $1.key }) {
                let id = instance.schools[s].id
                for y in stride(from: 1, through: maxYears, by: 1) {
                    let terms = list.filter { destinations[$0].years <= y }
                    let hires = Set(terms.map { destinations[$0].hire }).count
                    let open = openBy(s, k, year: y)
                    guard hires > open else { continue }
                    try addRule(LinearExpression.sum(terms.map { destinations[$0].variable }) <= Double(open),
                                name: "\(RuleID.trainingVacancies.rawValue)[\(id),\(k),Y\(y)]", key: "4|\(s)|\(k.key)", summed: false,
                                finding: Finding(.trainingVacancies, .relaxed, refs: [.school(s), .subject(k)],
                                                 amounts: [Amount(.limit, open), Amount(.year, y)]))
                }
            }
        }
    }

    /// Pins (docs/pins.md), aggregated formulation: a mentor T named by pins for hires
    /// N₁…N_j mentors at least those j hires, w[c,k,{T}] ≥ j (T is a class of their own
    /// and the hires train at T's school c, so they are among the hires the count row
    /// hands out; ``chosenPlans(_:)`` gives them to T). With the plain formulation the pin
    /// needs no row: N's only pairing is p[N,T], and §5 rule 1 sets it to 1. One row per
    /// pinned mentor whose hires are in this model.
    private mutating func rulePinnedMentors() throws {
        guard formulation == .aggregated else { return }
        var hiresOf: [Int: Int] = [:]
        for (n, m) in pins.mentor where !excluded.contains(n) && !destinationsOfHire[n].isEmpty { hiresOf[m.teacher, default: 0] += 1 }
        for t in hiresOf.keys.sorted() {
            guard let count = mentorCounts.first(where: { mentorClasses[$0.mentorClass].mentors == [t] }) else { continue }
            try model.add(LinearExpression.sum([count.variable]) >= Double(hiresOf[t]!), name: "\(RuleID.Row.trainingPinnedMentor.rawValue)[\(instance.teachers[t].id)]")
        }
    }

    /// ``Placing/exactly(_:)``: Σ_n Σ_{s,L} z[n,s,L] = count, the number of hires placed
    /// fixed (at the most that can be placed, docs/training.md "Partial plans").
    private mutating func rulePlacedCount() throws {
        guard case let .exactly(count) = placing else { return }
        try model.add(LinearExpression.sum(destinations.map(\.variable)) == Double(count),
                      name: RuleID.Row.trainingPlacedCount.rawValue)
    }

    // MARK: Objective terms (§5 "Objective")

    /// mentor · Σ p[n,m] · (5 − v(m)) (aggregated: Σ w[c,k,class] · (5 − v(class))).
    private mutating func termMentor() {
        let w = instance.policy.weights.training.mentor
        for p in pairings {
            let c = w * Double(5 - mentorClasses[p.mentorClass].quality)
            if c != 0 { objective.add(p.variable, coefficient: c) }
        }
        for m in mentorCounts {
            let c = w * Double(5 - mentorClasses[m.mentorClass].quality)
            if c != 0 { objective.add(m.variable, coefficient: c) }
        }
    }

    /// preferenceRank · Σ z[n,s,L] · prefcost(n, s).
    private mutating func termPreference() {
        let w = instance.policy.weights.training.preferenceRank
        for d in destinations {
            let c = w * Instance.preferenceCost(instance.newHires[d.hire].preferences, school: d.school)
            if c != 0 { objective.add(d.variable, coefficient: c) }
        }
    }

    /// Tags that make a destination a priority (§5): new, weak, rural.
    public static let priorityTags: Set<SchoolTag> = [.new, .weak, .rural]

    /// − priorityTag · Σ z[n,s,L] · |tags(s) ∩ {new, weak, rural}|.
    private mutating func termPriorityTags() {
        let w = instance.policy.weights.training.priorityTag
        for d in destinations {
            let tags = instance.schools[d.school].tags.intersection(Self.priorityTags).count
            if tags != 0 { objective.add(d.variable, coefficient: -w * Double(tags)) }
        }
    }

    /// year · Σ z[n,s,L] · L.
    private mutating func termYears() {
        let w = instance.policy.weights.training.year
        for d in destinations where w != 0 { objective.add(d.variable, coefficient: w * Double(d.years)) }
    }
}
