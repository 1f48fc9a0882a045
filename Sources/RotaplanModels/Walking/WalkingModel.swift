import GLPK
import RotaplanDomain

/// Walking teaching 走教 as an integer program: MODEL.md §6, rule by rule.
///
/// Decisions: a[t,l] ∈ {0,1} (t teaches l all week), y[t,l,d,p] ∈ {0,1} for (d,p) ∈ A(l)
/// not in t's unavailable list, v[t,s,d] ∈ {0,1} (t is at school s on day d), u(l) ≥ 0.
/// Only pairs (t, l) where t may serve l (subject and reach, ``WalkingScope``) get
/// variables: §6 defines a[t,l] for those alone. Every hard rule is one method
/// (`rule1…rule8`), the objective one method; rows are named `walking.6.N.…` so an LP
/// export, a checker message and this file can be matched by the section number.
public struct WalkingModel {
    /// How the rules become rows.
    public enum Formulation: String, Sendable, CaseIterable {
        /// Every rule exactly as §6 writes it: y ≤ a and v ≥ y per lesson variable, rule 5
        /// per line and day, and one travel row per conflicting pair of (school, period).
        case plain
        /// The same plans and optimum with a tighter and much smaller model: travel
        /// conflicts as clique rows over school-at-slot sums (one row per school, period
        /// and later period instead of one per pair of schools), visits linked per
        /// school-at-slot, rules 1, 2 and 5 disaggregated per teacher (Σ_p y[t,l,d,p] ≤
        /// ⌈h/days⌉·a[t,l], Σ y[t,l] ≤ h·a[t,l]), and the symmetry between identical
        /// teachers broken. ``WalkingSolve`` also splits it into independent parts and
        /// hands GLPK the greedy plan as a first incumbent.
        case strong
    }

    /// y[t,l,d,p].
    public struct Lesson: Sendable {
        public var teacher: Int
        public var line: Int
        public var slot: Slot
        public var variable: Variable
    }

    /// v[t,s,d] with its objective cost.
    public struct Visit: Sendable {
        public var teacher: Int
        public var school: Int
        public var day: Int
        public var variable: Variable
        public var cost: Double
    }

    public let scope: WalkingScope
    public var instance: Instance { scope.instance }
    public let formulation: Formulation
    public private(set) var model: Model
    /// a[t,l] by teacher and line.
    public private(set) var assignment: [Int: [Int: Variable]] = [:]
    public private(set) var lessons: [Lesson] = []
    public private(set) var visits: [Visit] = []
    /// u(l) by line.
    public private(set) var uncovered: [Int: Variable] = [:]
    /// Lesson indices by teacher, then day (0-based), then period (0-based).
    private var lessonsAt: [Int: [[[Int]]]] = [:]
    /// v[t,s,d] index into ``visits`` by teacher, school and day.
    private var visitAt: [Int: [Int: [Int: Int]]] = [:]
    var objective = LinearExpression()

    /// Builds the model of `scope`. Throws ``ModelError`` only on numbers GLPK could not
    /// take (never for a validated instance).
    public init(_ scope: WalkingScope, formulation: Formulation = .strong) throws {
        self.scope = scope
        self.formulation = formulation
        model = Model(name: "walking")
        try addVariables()
        try rule1OneTeacherPerLine()
        try rule2Demand()
        try rule3OnePlacePerSlot()
        try rule4OneLessonPerClassSlot()
        try rule5Spread()
        try rule6Travel()
        try rule7Visits()
        try rule8Load()
        if formulation == .strong { try breakSymmetry() }
        try objectiveUncoveredAndVisits()
    }

    // MARK: Decision variables

    /// a[t,l] for every (t, l) where t may serve l, y[t,l,d,p] for its usable slots,
    /// v[t,s,d] for the days t could teach at s, u(l) ∈ [0, h(l)] for every line.
    private mutating func addVariables() throws {
        let x = instance
        let days = scope.days, periods = scope.periods.count
        for t in scope.teachers {
            let id = x.teachers[t].id
            var grid = [[[Int]]](repeating: [[Int]](repeating: [], count: periods), count: days)
            for l in scope.linesOfTeacher[t] {
                let line = x.walkingDemand[l]
                let slots = scope.usableSlots(t, l)
                guard !slots.isEmpty else { continue }
                assignment[t, default: [:]][l] = try model.addVariable(.binary, name: "a[\(id),\(lineName(l))]")
                for slot in slots {
                    let v = try model.addVariable(.binary, name: "y[\(id),\(lineName(l)),d\(slot.day),p\(slot.period)]")
                    grid[slot.day - 1][slot.period - 1].append(lessons.count)
                    lessons.append(Lesson(teacher: t, line: l, slot: slot, variable: v))
                    if visitAt[t]?[line.school]?[slot.day] == nil {
                        visitAt[t, default: [:]][line.school, default: [:]][slot.day] = visits.count
                        let school = x.schools[line.school].id
                        visits.append(Visit(teacher: t, school: line.school, day: slot.day,
                                            variable: try model.addVariable(.binary, name: "v[\(id),\(school),d\(slot.day)]"),
                                            cost: scope.visitCost(t, line.school)))
                    }
                }
            }
            lessonsAt[t] = grid
        }
        for l in scope.lines {
            let h = Double(x.walkingDemand[l].periodsPerWeek)
            uncovered[l] = try model.addVariable(.continuous, lower: 0, upper: h, name: "u[\(lineName(l))]")
        }
    }

    /// A line's readable name: school/class/subject.
    func lineName(_ l: Int) -> String {
        let line = instance.walkingDemand[l]
        return "\(instance.schools[line.school].id)/\(line.className)/\(line.subject.key)"
    }

    private func teacherID(_ t: Int) -> TeacherID { instance.teachers[t].id }

    /// Lesson indices of teacher t at day d (1-based) and period p (1-based).
    private func lessons(_ t: Int, _ d: Int, _ p: Int) -> [Int] { lessonsAt[t]?[d - 1][p - 1] ?? [] }

    /// z[t,s,d,p] = Σ_{l at s} y[t,l,d,p]: teacher t teaches at school s in slot (d, p).
    private func atSchool(_ t: Int, _ s: Int, _ d: Int, _ p: Int) -> LinearExpression {
        LinearExpression.sum(lessons(t, d, p).filter { instance.walkingDemand[lessons[$0].line].school == s }.map { lessons[$0].variable })
    }

    /// Schools teacher t may teach at on day d (1-based), sorted.
    private func schools(_ t: Int, _ d: Int) -> [Int] {
        (visitAt[t] ?? [:]).compactMap { $0.value[d] != nil ? $0.key : nil }.sorted()
    }

    // MARK: Hard rules (§6)

    /// §6 rule 1: a line has at most one teacher all week, and only that teacher gives
    /// its lessons: Σ_t a[t,l] ≤ 1; y[t,l,d,p] ≤ a[t,l]. One row per line with two or more
    /// candidates; plain: one link row per lesson variable; strong: one per (t, l, day)
    /// that also carries rule 5, Σ_p y[t,l,d,p] ≤ min(⌈h/days⌉, slots that day)·a[t,l],
    /// with y ≤ a rows kept only where more than one lesson a day is allowed, plus
    /// Σ_{d,p} y[t,l,d,p] ≤ h·a[t,l] where the usable slots exceed h.
    private mutating func rule1OneTeacherPerLine() throws {
        for l in scope.lines {
            let teachers = scope.candidates[l].filter { assignment[$0]?[l] != nil }
            guard teachers.count > 1 else { continue }
            try model.add(LinearExpression.sum(teachers.map { assignment[$0]![l]! }) <= 1, name: "\(RuleID.walkingOneTeacher.rawValue)[\(lineName(l))]")
        }
        var byPair: [Int: [Int: [Int]]] = [:]
        for (i, y) in lessons.enumerated() { byPair[y.teacher, default: [:]][y.line, default: []].append(i) }
        for t in scope.teachers {
            for l in scope.linesOfTeacher[t] {
                guard let a = assignment[t]?[l], let list = byPair[t]?[l] else { continue }
                let id = teacherID(t), name = lineName(l)
                if formulation == .plain {
                    for i in list {
                        let s = lessons[i].slot
                        try model.add(lessons[i].variable - a <= 0, name: "\(RuleID.Row.walkingLink.rawValue)[\(id),\(name),d\(s.day),p\(s.period)]")
                    }
                    continue
                }
                let cap = scope.dailyCap(l)
                for d in 1...scope.days {
                    let today = list.filter { lessons[$0].slot.day == d }
                    guard !today.isEmpty else { continue }
                    let bound = min(cap, today.count)
                    if bound > 1 {
                        for i in today {
                            try model.add(lessons[i].variable - a <= 0, name: "\(RuleID.Row.walkingLink.rawValue)[\(id),\(name),d\(d),p\(lessons[i].slot.period)]")
                        }
                    }
                    try model.add(LinearExpression.sum(today.map { lessons[$0].variable }) - Double(bound) * a <= 0,
                                  name: "\(RuleID.Row.walkingLineDay.rawValue)[\(id),\(name),d\(d)]")
                }
                let h = instance.walkingDemand[l].periodsPerWeek
                if list.count > h {
                    try model.add(LinearExpression.sum(list.map { lessons[$0].variable }) - Double(h) * a <= 0,
                                  name: "\(RuleID.Row.walkingLineWeek.rawValue)[\(id),\(name)]")
                }
            }
        }
    }

    /// §6 rule 2: every period of demand is taught or counted uncovered:
    /// Σ_{t,d,p} y[t,l,d,p] + u(l) = h(l). One row per line.
    private mutating func rule2Demand() throws {
        var taught: [Int: LinearExpression] = [:]
        for y in lessons { taught[y.line, default: LinearExpression()].add(y.variable) }
        for l in scope.lines {
            var e = taught[l] ?? LinearExpression()
            e.add(uncovered[l]!)
            try model.add(e == Double(instance.walkingDemand[l].periodsPerWeek), name: "\(RuleID.walkingDemand.rawValue)[\(lineName(l))]")
        }
    }

    /// §6 rule 3: a teacher is in one place per slot: Σ_l y[t,l,d,p] ≤ 1. One row per
    /// teacher and slot with two or more lesson variables.
    private mutating func rule3OnePlacePerSlot() throws {
        for t in scope.teachers {
            for d in 1...max(1, scope.days) {
                for p in scope.periods.indices.map({ $0 + 1 }) {
                    let list = lessons(t, d, p)
                    guard list.count > 1 else { continue }
                    try model.add(LinearExpression.sum(list.map { lessons[$0].variable }) <= 1, name: "\(RuleID.walkingOnePlace.rawValue)[\(teacherID(t)),d\(d),p\(p)]")
                }
            }
        }
    }

    /// §6 rule 4: a class has one lesson per slot: Σ over lines of that (school, class) and
    /// teachers of y ≤ 1. One row per class and slot with two or more lesson variables.
    private mutating func rule4OneLessonPerClassSlot() throws {
        var byClass: [String: [Slot: [Variable]]] = [:]
        var order: [String] = []
        for y in lessons {
            let line = instance.walkingDemand[y.line]
            let key = "\(instance.schools[line.school].id)/\(line.className)"
            if byClass[key] == nil { order.append(key) }
            byClass[key, default: [:]][y.slot, default: []].append(y.variable)
        }
        for key in order {
            for (slot, vars) in byClass[key]!.sorted(by: { $0.key < $1.key }) where vars.count > 1 {
                try model.add(LinearExpression.sum(vars) <= 1, name: "\(RuleID.walkingOneLesson.rawValue)[\(key),d\(slot.day),p\(slot.period)]")
            }
        }
    }

    /// §6 rule 5: spread over the week: per line and day Σ_{t,p} y[t,l,d,p] ≤ ⌈h(l)/days⌉.
    /// Plain: one row per line and day where more lesson slots exist than the cap. Strong:
    /// carried per teacher by rule 1's day rows (summed over the line's one teacher).
    private mutating func rule5Spread() throws {
        guard formulation == .plain else { return }
        var byLineDay: [Int: [Int: [Variable]]] = [:]
        var slotsOf: [Int: [Int: Set<Int>]] = [:]
        for y in lessons {
            byLineDay[y.line, default: [:]][y.slot.day, default: []].append(y.variable)
            slotsOf[y.line, default: [:]][y.slot.day, default: []].insert(y.slot.period)
        }
        for l in scope.lines {
            let cap = scope.dailyCap(l)
            for (d, vars) in (byLineDay[l] ?? [:]).sorted(by: { $0.key < $1.key }) where slotsOf[l]![d]!.count > cap {
                try model.add(LinearExpression.sum(vars) <= Double(cap), name: "\(RuleID.walkingSpread.rawValue)[\(lineName(l)),d\(d)]")
            }
        }
    }

    /// §6 rule 6: travel. For periods p < q of one day with start(q) − end(p) < τ(a,b),
    /// a ≠ b, teacher t may not teach at school a in p and at b in q (every pair, in the
    /// direction of travel, §10). With z[t,s,d,p] = Σ_{l at s} y[t,l,d,p]:
    /// plain: z[a,p] + z[b,q] ≤ 1 for every conflicting (a, p, b, q);
    /// strong: z[a,p] + Σ_{b: conflict} z[b,q] ≤ 1, a clique row (the schools at q
    /// exclude each other by rule 3), one per (t, d, a, p, q) with a conflict.
    private mutating func rule6Travel() throws {
        let periods = scope.periods.count
        for t in scope.teachers {
            let id = teacherID(t)
            for d in 1...max(1, scope.days) {
                let here = schools(t, d)
                guard here.count > 1 else { continue }
                for p in 1...periods {
                    for a in here where !lessons(t, d, p).isEmpty {
                        let za = atSchool(t, a, d, p)
                        guard za.termCount > 0 else { continue }
                        for q in (p + 1)..<(periods + 1) {
                            let far = here.filter { scope.conflict(a, p, $0, q) }
                            let zs = far.map { atSchool(t, $0, d, q) }.filter { $0.termCount > 0 }
                            guard !zs.isEmpty else { continue }
                            let sa = instance.schools[a].id
                            if formulation == .plain {
                                for (b, zb) in zip(far, far.map { atSchool(t, $0, d, q) }) where zb.termCount > 0 {
                                    try model.add(za + zb <= 1, name: "\(RuleID.walkingTravel.rawValue)[\(id),d\(d),p\(p),\(sa),p\(q),\(instance.schools[b].id)]")
                                }
                            } else {
                                var e = za
                                for z in zs { e.add(z) }
                                try model.add(e <= 1, name: "\(RuleID.walkingTravel.rawValue)[\(id),d\(d),p\(p),\(sa),p\(q)]")
                            }
                        }
                    }
                }
            }
        }
    }

    /// §6 rule 7: visits. v[t,s,d] ≥ y[t,l,d,p] for l at s (plain: one row per lesson
    /// variable; strong: v[t,s,d] ≥ z[t,s,d,p], one per school-at-slot, stronger since
    /// z ≤ 1), and Σ_s v[t,s,d] ≤ walking.maxSchoolsPerDay, the home school counted when
    /// a lesson is there (§10). One limit row per teacher and day with more schools.
    private mutating func rule7Visits() throws {
        let limit = instance.policy.walking.maxSchoolsPerDay
        for t in scope.teachers {
            let id = teacherID(t)
            for d in 1...max(1, scope.days) {
                let here = schools(t, d)
                for s in here {
                    let v = visits[visitAt[t]![s]![d]!].variable
                    let sid = instance.schools[s].id
                    for p in scope.periods.indices.map({ $0 + 1 }) {
                        let list = lessons(t, d, p).filter { instance.walkingDemand[lessons[$0].line].school == s }
                        guard !list.isEmpty else { continue }
                        if formulation == .plain {
                            for i in list {
                                try model.add(lessons[i].variable - v <= 0, name: "\(RuleID.Row.walkingVisit.rawValue)[\(id),\(sid),d\(d),p\(p),\(lineName(lessons[i].line))]")
                            }
                        } else {
                            try model.add(LinearExpression.sum(list.map { lessons[$0].variable }) - v <= 0,
                                          name: "\(RuleID.Row.walkingVisit.rawValue)[\(id),\(sid),d\(d),p\(p)]")
                        }
                    }
                    guard formulation == .strong else { continue }
                    // A line allowed one lesson a day (rule 5) needs the visit for all its slots
                    // of the day at once: Σ_p y[t,l,d,p] ≤ v[t,s,d].
                    var byLine: [Int: [Variable]] = [:]
                    for p in scope.periods.indices.map({ $0 + 1 }) {
                        for i in lessons(t, d, p) where instance.walkingDemand[lessons[i].line].school == s {
                            byLine[lessons[i].line, default: []].append(lessons[i].variable)
                        }
                    }
                    for (l, vars) in byLine.sorted(by: { $0.key < $1.key }) where vars.count > 1 && scope.dailyCap(l) == 1 {
                        try model.add(LinearExpression.sum(vars) - v <= 0, name: "\(RuleID.Row.walkingVisitLine.rawValue)[\(id),\(lineName(l)),d\(d)]")
                    }
                }
                if here.count > limit {
                    try model.add(LinearExpression.sum(here.map { visits[visitAt[t]![$0]![d]!].variable }) <= Double(limit),
                                  name: "\(RuleID.walkingSchoolsPerDay.rawValue)[\(id),d\(d)]")
                }
            }
        }
    }

    /// §6 rule 8: load. Per day Σ y ≤ walking.maxPeriodsPerDay; per week ≤ the teacher's
    /// maximum (itinerant.maxPeriodsPerWeek, else walking.maxPeriodsPerWeek). Rows only
    /// where the lesson variables could exceed the limit.
    private mutating func rule8Load() throws {
        let perDay = instance.policy.walking.maxPeriodsPerDay
        for t in scope.teachers {
            let id = teacherID(t)
            var week: [Variable] = []
            var mostInWeek = 0
            for d in 1...max(1, scope.days) {
                var day: [Variable] = []
                var distinct = 0
                for p in scope.periods.indices.map({ $0 + 1 }) {
                    let list = lessons(t, d, p)
                    day += list.map { lessons[$0].variable }
                    if !list.isEmpty { distinct += 1 }
                }
                week += day
                mostInWeek += min(distinct, perDay)
                // Rule 3 already keeps a day at one lesson per period.
                if distinct > perDay { try model.add(LinearExpression.sum(day) <= Double(perDay), name: "\(RuleID.Row.walkingLoadDay.rawValue)[\(id),d\(d)]") }
            }
            let limit = scope.weekLimit(t)
            if mostInWeek > limit {
                try model.add(LinearExpression.sum(week) <= Double(limit), name: "\(RuleID.Row.walkingLoadWeek.rawValue)[\(id)]")
            }
        }
    }

    /// Teachers the rules cannot tell apart: same home school, subjects, unavailable slots,
    /// days kept free by pins (docs/pins.md) and weekly limit (so the same lines, slots,
    /// costs and limits). Groups of two or more,
    /// in teacher order.
    public func identicalTeachers() -> [[Int]] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for t in scope.teachers where assignment[t] != nil {
            let x = instance.teachers[t]
            let subjects = Set([x.subject] + x.otherSubjects).map(\.key).sorted()
            let pinned = (scope.pinnedOff[t] ?? [:]).keys.sorted()
            let key = "\(x.school)|\(subjects)|\((x.itinerant?.unavailable ?? []).sorted())|\(pinned)|\(scope.weekLimit(t))" + WalkingNear.tag(instance, t)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(t)
        }
        return order.compactMap { groups[$0]!.count > 1 ? groups[$0]! : nil }
    }

    /// Strong formulation: identical teachers t₁ < t₂ < … are ordered by the first line
    /// they teach (teachers without lines last): a[tᵢ₊₁,l] ≤ Σ_{l' < l} a[tᵢ,l']. Any plan
    /// can be relabelled to satisfy it, so the optimum is unchanged.
    private mutating func breakSymmetry() throws {
        for group in identicalTeachers() {
            for (first, second) in zip(group, group.dropFirst()) {
                let lines = scope.linesOfTeacher[first].filter { assignment[first]?[$0] != nil }
                for (k, l) in lines.enumerated() {
                    var e = LinearExpression(assignment[second]![l]!)
                    for earlier in lines[..<k] { e.add(assignment[first]![earlier]!, coefficient: -1) }
                    try model.add(e <= 0, name: "\(RuleID.Row.walkingSymmetry.rawValue)[\(teacherID(first)),\(teacherID(second)),\(lineName(l))]")
                }
            }
        }
    }

    // MARK: Objective (§6)

    /// uncovered · Σ_l u(l) + Σ_{t,s,d: s ≠ home(t)} v[t,s,d] · (visit + travelHalfHour ·
    /// τ(home(t), s) / 30).
    private mutating func objectiveUncoveredAndVisits() throws {
        let w = instance.policy.weights.walking
        for l in scope.lines { objective.add(uncovered[l]!, coefficient: w.uncovered) }
        for v in visits where v.cost != 0 { objective.add(v.variable, coefficient: v.cost) }
        termChange()
        try model.minimize(objective)
    }

    // MARK: Plans

    /// A weekly plan: the lessons (teacher, line, slot) it gives.
    public typealias Plan = [(teacher: Int, line: Int, slot: Slot)]

    /// The lessons of `values`, sorted by teacher, day, period.
    public func plan(_ values: [Double]) -> Plan {
        lessons.filter { values[$0.variable.index] > 0.5 }
            .map { (teacher: $0.teacher, line: $0.line, slot: $0.slot) }
            .sorted { ($0.teacher, $0.slot) < ($1.teacher, $1.slot) }
    }

    /// The variable values of a plan: y as given, a[t,l] = 1 where t teaches l,
    /// v[t,s,d] = 1 exactly where t teaches at s on d, u(l) = h(l) − lessons of l. In the
    /// strong formulation identical teachers' weeks are swapped so the symmetry rows hold.
    /// Lessons the model has no variable for are ignored.
    public func values(of plan: Plan) -> [Double] {
        var plan = plan
        if formulation == .strong {
            // Relabel identical teachers: order their weeks by first line, empty weeks last.
            for group in identicalTeachers() {
                let first = group.map { t in plan.filter { $0.teacher == t }.map(\.line).min() ?? Int.max }
                let order = group.indices.sorted { (first[$0], $0) < (first[$1], $1) }
                var relabel: [Int: Int] = [:]
                for (k, i) in order.enumerated() { relabel[group[i]] = group[k] }
                plan = plan.map { (teacher: relabel[$0.teacher] ?? $0.teacher, line: $0.line, slot: $0.slot) }
            }
        }
        var index: [Int: [Int: [Slot: Int]]] = [:]
        for (i, y) in lessons.enumerated() { index[y.teacher, default: [:]][y.line, default: [:]][y.slot] = i }
        var y = [Double](repeating: 0, count: model.variableCount)
        for lesson in plan {
            if let i = index[lesson.teacher]?[lesson.line]?[lesson.slot] { y[lessons[i].variable.index] = 1 }
        }
        return values(ofLessonsIn: y)
    }

    /// `values` with a, v and u set to their least values for the lessons in it, so the
    /// objective is §6's formula for the plan (also for a plan stopped by a time limit).
    public func tightened(_ values: [Double]) -> [Double] {
        var out = self.values(ofLessonsIn: values)
        // Keep a[t,l] where the solver chose it without lessons (no cost, no effect).
        for (_, byLine) in assignment { for (_, a) in byLine where values[a.index] > 0.5 { out[a.index] = 1 } }
        return out
    }

    private func values(ofLessonsIn values: [Double]) -> [Double] {
        var v = [Double](repeating: 0, count: model.variableCount)
        var taught: [Int: Int] = [:]
        for y in lessons where values[y.variable.index] > 0.5 {
            v[y.variable.index] = 1
            v[assignment[y.teacher]![y.line]!.index] = 1
            v[visits[visitAt[y.teacher]![instance.walkingDemand[y.line].school]![y.slot.day]!].variable.index] = 1
            taught[y.line, default: 0] += 1
        }
        for l in scope.lines {
            v[uncovered[l]!.index] = Double(max(0, instance.walkingDemand[l].periodsPerWeek - (taught[l] ?? 0)))
        }
        return v
    }
}
