import RotaplanDomain

/// Writes an ``Instance`` as `rotaplan-instance/1` JSON: deterministic (same instance,
/// same bytes), one record per line so files diff well and stay readable, policy as the
/// preset plus only the keys that differ from it, travel as the rows that were given
/// (derived pairs are left to be derived again). Reading the output back gives an equal
/// instance, which is how imported and generated instances are compared.
public enum InstanceWriter {
    public static func json(_ x: Instance) -> String {
        var top: [(String, JSONOut)] = [
            ("format", .string(InstanceLoader.format)), ("name", .string(x.name)),
        ]
        if let y = x.year { top.append(("year", .integer(y))) }
        top.append(("policy", policyValue(x.policy)))
        if let c = x.calendar {
            let periods = c.periods.map { JSONOut.object([("start", .string(clock($0.start))), ("end", .string(clock($0.end)))]) }
            top.append(("calendar", .object([("days", .integer(c.days)), ("periods", .array(periods))])))
        }
        let school = { (s: Int) in JSONOut.string(x.schools[s].id.rawValue) }
        top.append(list("groups", x.groups.map { g in
            [("id", .string(g.id.rawValue)), ("name", .string(g.name)), ("type", .string(g.type.rawValue)),
             ("core", school(g.core)), ("members", .array(g.members.map(school)))]
        }))
        top.append(list("schools", x.schools.map { s in
            var f: [(String, JSONOut)] = [("id", .string(s.id.rawValue)), ("name", .string(s.name))]
            if let d = s.district { f.append(("district", .string(d))) }
            f.append(("stage", .string(s.stage.rawValue)))
            f.append(("students", .integer(s.students)))
            f.append(("tags", .array(s.tags.sorted().map { .string($0.rawValue) })))
            if let l = s.location { f.append(("location", .object([("lat", .number(l.lat)), ("lon", .number(l.lon))]))) }
            if !s.required.isEmpty {
                f.append(("required", .object(s.required.sorted { $0.key < $1.key }.map { ($0.key.key, .integer($0.value)) })))
            }
            return f
        }))
        var travelRows: [[(String, JSONOut)]] = []
        for (a, b) in x.travel.givenPairs {
            // A symmetric pair is written once (a < b) unless its two directions differ.
            let mirror = x.travel.source(b, a) == .given && x.travel.minutes(b, a) == x.travel.minutes(a, b)
                && x.travel.km(b, a) == x.travel.km(a, b)
            if mirror && b < a { continue }
            var f: [(String, JSONOut)] = [("from", school(a)), ("to", school(b)), ("minutes", .number(x.travel.minutes(a, b)!))]
            if let km = x.travel.km(a, b), !x.travel.kmWasDerived(a, b) { f.append(("km", .number(km))) }
            travelRows.append(f)
        }
        top.append(list("travel", travelRows))
        top.append(list("teachers", x.teachers.map { t in teacher(t, school) }))
        top.append(list("newHires", x.newHires.map { n in
            var f: [(String, JSONOut)] = [("id", .string(n.id.rawValue)), ("name", .string(n.name))]
            if let g = n.group { f.append(("group", .string(x.groups[g].id.rawValue))) }
            if let d = n.district { f.append(("district", .string(d))) }
            f.append(("subject", .string(n.subject.key)))
            f.append(("minYears", .integer(n.minYears)))
            if !n.preferences.isEmpty { f.append(("preferences", .array(n.preferences.map(school)))) }
            return f
        }))
        if !x.trainees.isEmpty {
            top.append(list("trainees", x.trainees.map { n in
                var f: [(String, JSONOut)] = [("id", .string(n.id))]
                if let name = n.name { f.append(("name", .string(name))) }
                f += [("subject", .string(n.subject.key)), ("host", school(n.host))]
                if let m = n.mentor { f.append(("mentor", .string(x.teachers[m].id.rawValue))) }
                f += [("destination", school(n.destination)), ("lastYear", .integer(n.lastYear))]
                return f
            }))
        }
        top.append(list("vacancies", x.vacancies.map { v in
            [("school", school(v.school)), ("subject", .string(v.subject.key)), ("year", .integer(v.year)), ("count", .integer(v.count))]
        }))
        top.append(list("walkingDemand", x.walkingDemand.map { l in
            [("school", school(l.school)), ("class", .string(l.className)), ("subject", .string(l.subject.key)),
             ("periodsPerWeek", .integer(l.periodsPerWeek)), ("slots", slots(l.slots))]
        }))
        return JSONOut.object(top, lines: true).text() + "\n"
    }

    static func teacher(_ t: Teacher, _ school: (Int) -> JSONOut) -> [(String, JSONOut)] {
        var f: [(String, JSONOut)] = [
            ("id", .string(t.id.rawValue)), ("name", .string(t.name)), ("school", school(t.school)), ("subject", .string(t.subject.key)),
        ]
        if !t.otherSubjects.isEmpty { f.append(("otherSubjects", .array(t.otherSubjects.map { .string($0.key) }))) }
        f.append(("title", .string(t.title.rawValue)))
        f.append(("backbone", .bool(t.backbone)))
        f.append(("yearsAtSchool", .number(t.yearsAtSchool)))
        if let r = t.yearsToRetirement { f.append(("yearsToRetirement", .number(r))) }
        if t.exempt { f.append(("exempt", .bool(true))) }
        if !t.preferences.isEmpty { f.append(("preferences", .array(t.preferences.map(school)))) }
        if t.seekingSeniorTitle { f.append(("seekingSeniorTitle", .bool(true))) }
        if let c = t.mentorCapacity { f.append(("mentorCapacity", .integer(c))) }
        if let it = t.itinerant {
            var g: [(String, JSONOut)] = []
            if let m = it.maxPeriodsPerWeek { g.append(("maxPeriodsPerWeek", .integer(m))) }
            if !it.unavailable.isEmpty { g.append(("unavailable", slots(it.unavailable.sorted()))) }
            f.append(("itinerant", .object(g)))
        }
        if let e = t.onExchange {
            f.append(("onExchange", .object([("from", school(e.from)), ("since", .integer(e.since)), ("termYears", .integer(e.termYears))])))
        }
        return f
    }

    static func clock(_ m: Int) -> String {
        let h = m / 60, mm = m % 60
        return (h < 10 ? "0" : "") + "\(h):" + (mm < 10 ? "0" : "") + "\(mm)"
    }

    static func slots(_ s: [Slot]) -> JSONOut { .array(s.map { .array([.integer($0.day), .integer($0.period)]) }) }

    /// A top-level list of records, one record per line.
    static func list(_ key: String, _ records: [[(String, JSONOut)]]) -> (String, JSONOut) {
        (key, .array(records.map { .object($0) }, lines: true))
    }

    /// The policy as its preset plus the keys that differ from the preset's baseline, in
    /// key-table order (``PolicyKey/all``).
    static func policyValue(_ p: Policy) -> JSONOut {
        let base = Policy(preset: p.preset)
        var changed: [(path: [String], value: JSONOut)] = []
        for key in PolicyKey.all {
            let value = key.value(in: p)
            if value != key.value(in: base) { changed.append((key.path, json(value))) }
        }
        return .object([("preset", .string(p.preset.rawValue))] + nest(changed, depth: 0))
    }

    /// Keys grouped into their sections, in order of first appearance.
    static func nest(_ keys: [(path: [String], value: JSONOut)], depth: Int) -> [(String, JSONOut)] {
        var out: [(String, JSONOut)] = []
        var sections: [String] = []
        for key in keys where !sections.contains(key.path[depth]) {
            let name = key.path[depth]
            if key.path.count == depth + 1 { out.append((name, key.value)); continue }
            sections.append(name)
            out.append((name, .object(nest(keys.filter { $0.path.count > depth + 1 && $0.path[depth] == name }, depth: depth + 1))))
        }
        return out
    }

    static func json(_ v: PolicyKey.Value) -> JSONOut {
        switch v {
        case .none: return .null
        case let .number(x): return .number(x)
        case let .integer(n): return .integer(n)
        case let .flag(b): return .bool(b)
        case let .limits(l):
            return .object([("preschool", l.preschool), ("compulsory", l.compulsory), ("senior", l.senior)]
                .compactMap { k, v in v.map { (k, JSONOut.integer($0)) } })
        }
    }
}
