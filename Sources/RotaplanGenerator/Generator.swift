import RotaplanDomain
import RotaplanFormats

/// Seeded, realistic instances shaped by each city's rules (docs/generator.md).
///
/// The same profile, size and seed give a byte-identical file on every run and platform:
/// all randomness comes from ``SplitMix64``, the draft is turned into JSON, read back
/// through ``InstanceLoader`` (so every generated instance is a valid one, with travel
/// derivable for every pair a model needs) and written with ``InstanceWriter``.
public enum InstanceGenerator {
    /// A generated instance with its canonical JSON and the loader's policy findings
    /// (none expected: the generator follows the preset's group rules).
    public struct Generated: Sendable {
        public var instance: Instance
        public var json: String
        public var warnings: [Diagnostic]
    }

    /// The generated draft did not load: a bug in the generator, reported with the
    /// loader's diagnostics.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var diagnostics: [Diagnostic]
        public var description: String {
            "the generated instance does not load (a generator bug):\n" + diagnostics.prefix(20).map(\.description).joined(separator: "\n")
        }
    }

    public static func generate(profile: GeneratorProfile, size: GeneratorSize, seed: UInt64) throws(Failure) -> Generated {
        let draft = draftJSON(profile: profile, size: size, seed: seed)
        let file = "generated:\(profile.rawValue)-\(size.rawValue)-s\(seed)"
        do {
            let loaded = try InstanceLoader.load(bytes: Array(draft.utf8), file: file)
            return Generated(instance: loaded.instance, json: InstanceWriter.json(loaded.instance), warnings: loaded.warnings)
        } catch {
            throw Failure(diagnostics: error.diagnostics)
        }
    }

    /// The canonical `rotaplan-instance/1` text.
    public static func json(profile: GeneratorProfile, size: GeneratorSize, seed: UInt64) throws(Failure) -> String {
        try generate(profile: profile, size: size, seed: seed).json
    }

    /// The draft before the loader's round trip (for debugging the generator).
    public static func draftJSON(profile: GeneratorProfile, size: GeneratorSize, seed: UInt64) -> String {
        var b = Builder(profile: profile, size: size, seed: seed)
        b.build()
        return Emit(b).json()
    }
}

/// Draft → JSON text. Order is the draft's order; ids are numbered with fixed widths.
struct Emit {
    let b: Builder
    let schoolWidth: Int, groupWidth: Int, teacherWidth: Int, hireWidth: Int

    init(_ b: Builder) {
        self.b = b
        schoolWidth = max(3, String(b.schools.count).count)
        groupWidth = max(2, String(b.groups.count).count)
        teacherWidth = max(5, String(b.teachers.count).count)
        hireWidth = max(3, String(b.newHires.count).count)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    func school(_ s: Int) -> JSONOut { .string("S" + Self.pad(s + 1, schoolWidth)) }
    func group(_ g: Int) -> JSONOut { .string("G" + Self.pad(g + 1, groupWidth)) }
    func subject(_ k: Int) -> JSONOut { .string(Subjects.keys[k]) }
    func slots(_ list: [Slot]) -> JSONOut { .array(list.map { .array([.integer($0.day), .integer($0.period)]) }) }
    func schoolList(_ list: [Int]) -> JSONOut { .array(list.map(school)) }

    /// A top-level list of records, one record per line (the layout of ``InstanceWriter``).
    func list(_ key: String, _ records: [[(String, JSONOut)]]) -> (String, JSONOut) {
        (key, .array(records.map { .object($0) }, lines: true))
    }

    func json() -> String {
        var top: [(String, JSONOut)] = [
            ("format", .string("rotaplan-instance/1")),
            ("name", .string("\(b.city.cityName)集团化办学 2025 学年 (\(b.profile.rawValue) \(b.size.rawValue), seed \(b.seed))")),
            ("policy", .object([("preset", .string(b.profile.preset.rawValue))])),
        ]
        let periods = b.periods.map { JSONOut.object([("start", .string(Self.clock($0.start))), ("end", .string(Self.clock($0.end)))]) }
        top.append(("calendar", .object([("days", .integer(b.days)), ("periods", .array(periods))])))
        top.append(list("groups", b.groups.enumerated().map { g, x in
            [("id", group(g)), ("name", .string(x.name)), ("type", .string(x.type.rawValue)), ("core", school(x.core)),
             ("members", schoolList(x.members))]
        }))
        top.append(list("schools", b.schools.enumerated().map { s, x in
            var f: [(String, JSONOut)] = [
                ("id", school(s)), ("name", .string(x.name)), ("district", .string(b.city.districts[x.district].name)),
                ("stage", .string(x.stage.rawValue)), ("students", .integer(x.students)),
                ("tags", .array(x.tags.map { .string($0.rawValue) })),
                ("location", .object([("lat", .number(x.lat)), ("lon", .number(x.lon))])),
            ]
            let req = (0..<Subjects.count).compactMap { k in x.required[k].map { (Subjects.keys[k], JSONOut.integer($0)) } }
            if !req.isEmpty { f.append(("required", .object(req))) }
            return f
        }))
        top.append(list("travel", b.travel.map { r in
            var f: [(String, JSONOut)] = [("from", school(r.from)), ("to", school(r.to)), ("minutes", .number(r.minutes))]
            if let km = r.km { f.append(("km", .number(km))) }
            return f
        }))
        top.append(list("teachers", b.teachers.enumerated().map { t, x in
            var f: [(String, JSONOut)] = [("id", .string("T" + Self.pad(t + 1, teacherWidth))), ("name", .string(x.name)),
                                          ("school", school(x.school)), ("subject", subject(x.subject))]
            if !x.otherSubjects.isEmpty { f.append(("otherSubjects", .array(x.otherSubjects.map(subject)))) }
            f.append(("title", .string(x.title.rawValue)))
            f.append(("backbone", .bool(x.backbone)))
            f.append(("yearsAtSchool", .integer(x.yearsAtSchool)))
            f.append(("yearsToRetirement", .integer(x.yearsToRetirement)))
            if x.exempt { f.append(("exempt", .bool(true))) }
            if !x.preferences.isEmpty { f.append(("preferences", schoolList(x.preferences))) }
            if x.seekingSeniorTitle { f.append(("seekingSeniorTitle", .bool(true))) }
            if let c = x.mentorCapacity { f.append(("mentorCapacity", .integer(c))) }
            if let it = x.itinerant {
                var g: [(String, JSONOut)] = []
                if let m = it.maxPeriodsPerWeek { g.append(("maxPeriodsPerWeek", .integer(m))) }
                if !it.unavailable.isEmpty { g.append(("unavailable", slots(it.unavailable))) }
                f.append(("itinerant", .object(g)))
            }
            return f
        }))
        top.append(list("newHires", b.newHires.enumerated().map { n, x in
            var f: [(String, JSONOut)] = [("id", .string("N" + Self.pad(n + 1, hireWidth))), ("name", .string(x.name))]
            if let g = x.group { f.append(("group", group(g))) }
            if let d = x.district { f.append(("district", .string(d))) }
            f.append(("subject", subject(x.subject)))
            f.append(("minYears", .integer(x.minYears)))
            if !x.preferences.isEmpty { f.append(("preferences", schoolList(x.preferences))) }
            return f
        }))
        top.append(list("vacancies", b.vacancies.map { v in
            [("school", school(v.school)), ("subject", subject(v.subject)), ("year", .integer(v.year)), ("count", .integer(v.count))]
        }))
        top.append(list("walkingDemand", b.demand.map { l in
            [("school", school(l.school)), ("class", .string(l.className)), ("subject", subject(l.subject)),
             ("periodsPerWeek", .integer(l.periodsPerWeek)), ("slots", slots(l.slots))]
        }))
        return JSONOut.object(top, lines: true).text() + "\n"
    }

    static func clock(_ m: Int) -> String { pad(m / 60, 2) + ":" + pad(m % 60, 2) }
}
