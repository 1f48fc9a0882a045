import RotaplanDomain

/// The training pins of an instance (docs/pins.md) in the form ``TrainingModel`` and
/// ``TrainingGreedy`` read them, and the pins that cannot hold whatever the other hires
/// do, explained in the user's terms (MODEL.md §5).
///
/// - `N mentor T`: p[N,T] = 1, so N trains at T's school and no other mentor is offered;
/// - `N must-move-to S`: Σ_L z[N,S,L] = 1, so N's other destinations get no variable;
/// - `N must-not-go-to S`: Σ_L z[N,S,L] = 0, so z[N,S,·] get no variable.
public struct TrainingPins: Sendable {
    /// Hire → the mentor a `mentor` pin names (the first such pin).
    public private(set) var mentor: [Int: (teacher: Int, pin: Pin)] = [:]
    /// Hire → the school a `must-move-to` pin sends them to (the first such pin).
    public private(set) var forced: [Int: (school: Int, pin: Pin)] = [:]
    /// Hire → schools a `must-not-go-to` pin closes.
    public private(set) var closed: [Int: Set<Int>] = [:]
    /// Teachers named as mentors: a class of their own in the aggregated formulation.
    public private(set) var pinnedMentors: Set<Int> = []

    public init(_ x: Instance) {
        for pin in x.pins(of: .training) {
            guard let n = pin.newHire else { continue }
            switch pin.rule {
            case let .mentor(t):
                pinnedMentors.insert(t)
                if mentor[n] == nil { mentor[n] = (t, pin) }
            case let .mustMoveTo(s): if forced[n] == nil { forced[n] = (s, pin) }
            case let .mustNotGoTo(s): closed[n, default: []].insert(s)
            case .mustStay, .notOnDay: break
            }
        }
    }

    /// Whether the pins let hire n train at host c (a mentor pin names c's teacher).
    public func allows(_ n: Int, host c: Int, in x: Instance) -> Bool {
        guard let m = mentor[n] else { return true }
        return x.teachers[m.teacher].school == c
    }

    /// Whether the pins let hire n go to school s after training.
    public func allows(_ n: Int, destination s: Int) -> Bool {
        if closed[n]?.contains(s) == true { return false }
        if let f = forced[n] { return f.school == s }
        return true
    }

    /// The pins that cannot hold whatever the other hires do, one finding each naming the
    /// pin: a mentor at no host of the hire (§5 hosts), of another subject or with no
    /// mentoring capacity, or pinned to more hires than their capacity (§5 rule 3); a
    /// destination outside the host groups' member schools or without a vacancy of the
    /// hire's subject within training.maxYears (§5 rule 4), or more hires pinned to a
    /// school than its vacancies; and pins of one hire that contradict each other.
    public static func conflicts(_ x: Instance) -> [StageExplanation] {
        var out: [StageExplanation] = []
        func conflict(_ kind: Finding.HirePinConflict, _ refs: [EntityRef], _ amounts: [Amount] = []) {
            out.append(Finding(.pin, .hirePinConflict(kind), refs: refs, amounts: amounts))
        }
        let maxYears = x.policy.training.maxYears
        let cumulative = TrainingModel.cumulativeVacancies(x)
        var byHire: [Int: [Int]] = [:]
        var mentorPins: [Int: [Int]] = [:]
        var schoolPins: [String: [Int]] = [:]
        for (i, pin) in x.pins.enumerated() where pin.problem == .training {
            guard let n = pin.newHire else { continue }
            byHire[n, default: []].append(i)
            if case let .mentor(t) = pin.rule { mentorPins[t, default: []].append(i) }
            if case let .mustMoveTo(s) = pin.rule { schoolPins["\(s)|\(x.newHires[n].subject.key)", default: []].append(i) }
        }
        for n in byHire.keys.sorted() {
            let pins = byHire[n]!
            let hire = x.newHires[n]
            let hosts = TrainingModel.hosts(ofHire: n, in: x)
            let k = hire.subject
            var mentorHost: Int?
            for (j, i) in pins.enumerated() {
                let pin = x.pins[i]
                for o in pins[(j + 1)...] {
                    switch (pin.rule, x.pins[o].rule) {
                    case let (.mentor(a), .mentor(b)) where a != b:
                        conflict(.twoMentors, [.pin(i), .pin(o), .newHire(n)])
                    case let (.mustMoveTo(a), .mustMoveTo(b)) where a != b:
                        conflict(.twoDestinations, [.pin(i), .pin(o), .newHire(n)])
                    case let (.mustMoveTo(a), .mustNotGoTo(b)) where a == b, let (.mustNotGoTo(b), .mustMoveTo(a)) where a == b:
                        conflict(.goAndNotGo, [.pin(i), .pin(o), .newHire(n), .school(a)])
                    default: break
                    }
                }
                switch pin.rule {
                case let .mentor(t):
                    let m = x.teachers[t]
                    if !hosts.contains(m.school) {
                        conflict(.mentorNotAtHost, [.pin(i), .newHire(n), .teacher(t), .school(m.school)] + hosts.map(EntityRef.school))
                    } else {
                        mentorHost = m.school
                    }
                    if m.subject != k { conflict(.mentorSubject, [.pin(i), .newHire(n), .teacher(t)]) }
                    if x.mentorCapacity(ofTeacher: t) <= 0 { conflict(.mentorNoCapacity, [.pin(i), .teacher(t)]) }
                case let .mustMoveTo(s):
                    let groups = hosts.compactMap { x.schools[$0].group }
                    if !groups.contains(where: { x.groups[$0].members.contains(s) }) {
                        conflict(.destinationOutsideGroups, [.pin(i), .newHire(n), .school(s)] + groups.map(EntityRef.group))
                    } else if TrainingModel.shortest(ofHire: n, in: x) <= maxYears,
                              (cumulative[s]?[k]?[maxYears] ?? 0) == 0 {
                        conflict(.noVacancyAt, [.pin(i), .school(s), .subject(k)], [Amount(.year, maxYears)])
                    }
                default: break
                }
            }
            func first(_ match: (Pin.Rule) -> Bool) -> Int? { pins.first { match(x.pins[$0].rule) } }
            if let c = mentorHost, let g = x.schools[c].group,
               let f = first({ if case .mustMoveTo = $0 { true } else { false } }),
               case let .mustMoveTo(s) = x.pins[f].rule, !x.groups[g].members.contains(s),
               let m = first({ if case .mentor = $0 { true } else { false } }),
               x.groups.contains(where: { $0.members.contains(s) && hosts.contains($0.core) }) {
                conflict(.mentorAndDestination, [.pin(m), .pin(f), .school(c), .group(g), .school(s)])
            }
        }
        for t in mentorPins.keys.sorted() {
            let pins = mentorPins[t]!
            let hires = Set(pins.compactMap { x.pins[$0].newHire }).count
            let capacity = x.mentorCapacity(ofTeacher: t)
            if hires > capacity && capacity > 0 {
                conflict(.mentorOverbooked, pins.map(EntityRef.pin) + [.teacher(t)], [Amount(.actual, hires), Amount(.limit, capacity)])
            }
        }
        for key in schoolPins.keys.sorted() {
            let pins = schoolPins[key]!
            let hires = Set(pins.compactMap { x.pins[$0].newHire }).count
            guard hires > 1, case let .mustMoveTo(s) = x.pins[pins[0]].rule, let k = x.pins[pins[0]].newHire.map({ x.newHires[$0].subject }) else { continue }
            let open = cumulative[s]?[k]?[maxYears] ?? 0
            if open > 0 && hires > open {
                conflict(.schoolOverbooked, pins.map(EntityRef.pin) + [.school(s), .subject(k)],
                         [Amount(.actual, hires), Amount(.limit, open), Amount(.year, maxYears)])
            }
        }
        return out
    }
}
