import RotaplanDomain

/// Writes an ``Instance`` as `rotaplan-instance/1` JSON: deterministic (same instance,
/// same bytes), one record per line so files diff well and stay readable, policy as the
/// preset plus only the keys that differ from it, travel as the rows that were given
/// (derived pairs are left to be derived again). Reading the output back gives an equal
/// instance, which is how imported and generated instances are compared.
public enum InstanceWriter {
    public static func json(_ x: Instance) -> String {
        var out = "{\n"
        out += " \"format\": \(JSONText.string(InstanceLoader.format)),\n"
        out += " \"name\": \(JSONText.string(x.name)),\n"
        out += " \"policy\": \(policy(x.policy)),\n"
        if let c = x.calendar {
            let periods = c.periods.map { "{\"start\": \(JSONText.string(clock($0.start))), \"end\": \(JSONText.string(clock($0.end)))}" }
            out += " \"calendar\": {\"days\": \(c.days), \"periods\": [\(periods.joined(separator: ", "))]},\n"
        }
        out += list("groups", x.groups.map { g in
            object([
                ("id", JSONText.string(g.id.rawValue)), ("name", JSONText.string(g.name)),
                ("type", JSONText.string(g.type.rawValue)), ("core", JSONText.string(x.schools[g.core].id.rawValue)),
                ("members", "[" + g.members.map { JSONText.string(x.schools[$0].id.rawValue) }.joined(separator: ", ") + "]"),
            ])
        }) + ",\n"
        out += list("schools", x.schools.map { s in
            var f: [(String, String)] = [("id", JSONText.string(s.id.rawValue)), ("name", JSONText.string(s.name))]
            if let d = s.district { f.append(("district", JSONText.string(d))) }
            f.append(("stage", JSONText.string(s.stage.rawValue)))
            f.append(("students", "\(s.students)"))
            f.append(("tags", "[" + s.tags.sorted().map { JSONText.string($0.rawValue) }.joined(separator: ", ") + "]"))
            if let l = s.location {
                f.append(("location", "{\"lat\": \(JSONText.number(l.lat)), \"lon\": \(JSONText.number(l.lon))}"))
            }
            if !s.required.isEmpty {
                f.append(("required", "{" + s.required.sorted { $0.key < $1.key }
                    .map { "\(JSONText.string($0.key.key)): \($0.value)" }.joined(separator: ", ") + "}"))
            }
            return object(f)
        }) + ",\n"
        var travelRows: [String] = []
        for (a, b) in x.travel.givenPairs {
            // A symmetric pair is written once (a < b) unless its two directions differ.
            let mirror = x.travel.source(b, a) == .given && x.travel.minutes(b, a) == x.travel.minutes(a, b)
                && x.travel.km(b, a) == x.travel.km(a, b)
            if mirror && b < a { continue }
            var f: [(String, String)] = [
                ("from", JSONText.string(x.schools[a].id.rawValue)), ("to", JSONText.string(x.schools[b].id.rawValue)),
                ("minutes", JSONText.number(x.travel.minutes(a, b)!)),
            ]
            if let km = x.travel.km(a, b), !x.travel.kmWasDerived(a, b) { f.append(("km", JSONText.number(km))) }
            travelRows.append(object(f))
        }
        out += list("travel", travelRows) + ",\n"
        out += list("teachers", x.teachers.map { t in
            var f: [(String, String)] = [
                ("id", JSONText.string(t.id.rawValue)), ("name", JSONText.string(t.name)),
                ("school", JSONText.string(x.schools[t.school].id.rawValue)), ("subject", JSONText.string(t.subject.key)),
            ]
            if !t.otherSubjects.isEmpty {
                f.append(("otherSubjects", "[" + t.otherSubjects.map { JSONText.string($0.key) }.joined(separator: ", ") + "]"))
            }
            f.append(("title", JSONText.string(t.title.rawValue)))
            f.append(("backbone", t.backbone ? "true" : "false"))
            f.append(("yearsAtSchool", JSONText.number(t.yearsAtSchool)))
            if let r = t.yearsToRetirement { f.append(("yearsToRetirement", JSONText.number(r))) }
            if t.exempt { f.append(("exempt", "true")) }
            if !t.preferences.isEmpty {
                f.append(("preferences", "[" + t.preferences.map { JSONText.string(x.schools[$0].id.rawValue) }.joined(separator: ", ") + "]"))
            }
            if t.seekingSeniorTitle { f.append(("seekingSeniorTitle", "true")) }
            if let c = t.mentorCapacity { f.append(("mentorCapacity", "\(c)")) }
            if let it = t.itinerant {
                var g: [(String, String)] = []
                if let m = it.maxPeriodsPerWeek { g.append(("maxPeriodsPerWeek", "\(m)")) }
                if !it.unavailable.isEmpty { g.append(("unavailable", slots(it.unavailable.sorted()))) }
                f.append(("itinerant", object(g)))
            }
            return object(f)
        }) + ",\n"
        out += list("newHires", x.newHires.map { n in
            var f: [(String, String)] = [("id", JSONText.string(n.id.rawValue)), ("name", JSONText.string(n.name))]
            if let g = n.group { f.append(("group", JSONText.string(x.groups[g].id.rawValue))) }
            if let d = n.district { f.append(("district", JSONText.string(d))) }
            f.append(("subject", JSONText.string(n.subject.key)))
            f.append(("minYears", "\(n.minYears)"))
            if !n.preferences.isEmpty {
                f.append(("preferences", "[" + n.preferences.map { JSONText.string(x.schools[$0].id.rawValue) }.joined(separator: ", ") + "]"))
            }
            return object(f)
        }) + ",\n"
        out += list("vacancies", x.vacancies.map { v in
            object([("school", JSONText.string(x.schools[v.school].id.rawValue)), ("subject", JSONText.string(v.subject.key)),
                    ("year", "\(v.year)"), ("count", "\(v.count)")])
        }) + ",\n"
        out += list("walkingDemand", x.walkingDemand.map { l in
            object([("school", JSONText.string(x.schools[l.school].id.rawValue)), ("class", JSONText.string(l.className)),
                    ("subject", JSONText.string(l.subject.key)), ("periodsPerWeek", "\(l.periodsPerWeek)"),
                    ("slots", slots(l.slots))])
        }) + "\n"
        return out + "}\n"
    }

    static func clock(_ m: Int) -> String {
        let h = m / 60, mm = m % 60
        return (h < 10 ? "0" : "") + "\(h):" + (mm < 10 ? "0" : "") + "\(mm)"
    }

    static func slots(_ s: [Slot]) -> String { "[" + s.map { "[\($0.day), \($0.period)]" }.joined(separator: ", ") + "]" }

    static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(JSONText.string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func list(_ key: String, _ records: [String]) -> String {
        if records.isEmpty { return " \(JSONText.string(key)): []" }
        return " \(JSONText.string(key)): [\n  " + records.joined(separator: ",\n  ") + "\n ]"
    }

    /// The policy as its preset plus the keys that differ from the preset's baseline.
    static func policy(_ p: Policy) -> String {
        let base = Policy(preset: p.preset)
        var sections: [(String, String)] = [("preset", JSONText.string(p.preset.rawValue))]
        func section(_ name: String, _ pairs: [(String, String?, String?)]) {
            let changed = pairs.compactMap { key, value, baseValue in value != baseValue ? (key, value ?? "null") : nil }
            if !changed.isEmpty { sections.append((name, object(changed))) }
        }
        let n = { (x: Double) in JSONText.number(x) }
        let on = { (x: Double?) in x.map(JSONText.number) }
        let i = { (x: Int?) in x.map { "\($0)" } }
        let b = { (x: Bool) in x ? "true" : "false" }
        section("exchange", [
            ("minRate", n(p.exchange.minRate), n(base.exchange.minRate)),
            ("minBackboneShare", n(p.exchange.minBackboneShare), n(base.exchange.minBackboneShare)),
            ("minYearsAtSchool", n(p.exchange.minYearsAtSchool), n(base.exchange.minYearsAtSchool)),
            ("retirementExemptYears", n(p.exchange.retirementExemptYears), n(base.exchange.retirementExemptYears)),
            ("maxTravelMinutes", n(p.exchange.maxTravelMinutes), n(base.exchange.maxTravelMinutes)),
            ("headcountTolerance", n(p.exchange.headcountTolerance), n(base.exchange.headcountTolerance)),
            ("maxCoreBackboneOutShare", n(p.exchange.maxCoreBackboneOutShare), n(base.exchange.maxCoreBackboneOutShare)),
            ("allowCrossGroup", b(p.exchange.allowCrossGroup), b(base.exchange.allowCrossGroup)),
        ])
        section("cost", [
            ("allowancePerDay", n(p.cost.allowancePerDay), n(base.cost.allowancePerDay)),
            ("transportPerKm", n(p.cost.transportPerKm), n(base.cost.transportPerKm)),
            ("workdaysPerYear", n(p.cost.workdaysPerYear), n(base.cost.workdaysPerYear)),
            ("budgetPerGroup", on(p.cost.budgetPerGroup), on(base.cost.budgetPerGroup)),
        ])
        section("training", [
            ("maxYears", i(p.training.maxYears), i(base.training.maxYears)),
            ("mentorCapacity", i(p.training.mentorCapacity), i(base.training.mentorCapacity)),
        ])
        section("walking", [
            ("maxSchoolsPerDay", i(p.walking.maxSchoolsPerDay), i(base.walking.maxSchoolsPerDay)),
            ("maxPeriodsPerDay", i(p.walking.maxPeriodsPerDay), i(base.walking.maxPeriodsPerDay)),
            ("maxPeriodsPerWeek", i(p.walking.maxPeriodsPerWeek), i(base.walking.maxPeriodsPerWeek)),
            ("maxTravelMinutes", n(p.walking.maxTravelMinutes), n(base.walking.maxTravelMinutes)),
        ])
        let limits = { (l: Policy.StudentLimits?) -> String? in
            guard let l else { return nil }
            return object([("preschool", i(l.preschool)), ("compulsory", i(l.compulsory)), ("senior", i(l.senior))]
                .compactMap { k, v in v.map { (k, $0) } })
        }
        section("groups", [
            ("maxSchools", i(p.groups.maxSchools), i(base.groups.maxSchools)),
            ("maxStudents", limits(p.groups.maxStudents), limits(base.groups.maxStudents)),
            ("sameStage", b(p.groups.sameStage), b(base.groups.sameStage)),
            ("onePartnerPerDistrict", b(p.groups.onePartnerPerDistrict), b(base.groups.onePartnerPerDistrict)),
            ("termYears", i(p.groups.termYears), i(base.groups.termYears)),
            ("newSchoolsInGroup", b(p.groups.newSchoolsInGroup), b(base.groups.newSchoolsInGroup)),
        ])
        var weights: [(String, String)] = []
        let we = p.weights.exchange, be = base.weights.exchange
        let wt = p.weights.training, bt = base.weights.training
        let ww = p.weights.walking, bw = base.weights.walking
        for (name, pairs) in [
            ("exchange", [("balance", we.balance, be.balance), ("travelHour", we.travelHour, be.travelHour),
                          ("preferenceRank", we.preferenceRank, be.preferenceRank), ("shortage", we.shortage, be.shortage),
                          ("costPer10k", we.costPer10k, be.costPer10k), ("ruralForTitle", we.ruralForTitle, be.ruralForTitle)]),
            ("training", [("mentor", wt.mentor, bt.mentor), ("preferenceRank", wt.preferenceRank, bt.preferenceRank),
                          ("priorityTag", wt.priorityTag, bt.priorityTag), ("year", wt.year, bt.year)]),
            ("walking", [("uncovered", ww.uncovered, bw.uncovered), ("visit", ww.visit, bw.visit),
                         ("travelHalfHour", ww.travelHalfHour, bw.travelHalfHour)]),
        ] {
            let changed = pairs.filter { $0.1 != $0.2 }.map { ($0.0, n($0.1)) }
            if !changed.isEmpty { weights.append((name, object(changed))) }
        }
        if !weights.isEmpty { sections.append(("weights", object(weights))) }
        return object(sections)
    }
}
