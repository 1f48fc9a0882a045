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

    func school(_ s: Int) -> String { JSONText.string("S" + Self.pad(s + 1, schoolWidth)) }
    func group(_ g: Int) -> String { JSONText.string("G" + Self.pad(g + 1, groupWidth)) }
    func subject(_ k: Int) -> String { JSONText.string(Subjects.keys[k]) }
    func str(_ s: String) -> String { JSONText.string(s) }
    func num(_ x: Double) -> String { JSONText.number(x) }
    func slots(_ list: [Slot]) -> String { "[" + list.map { "[\($0.day), \($0.period)]" }.joined(separator: ", ") + "]" }
    func schoolList(_ list: [Int]) -> String { "[" + list.map(school).joined(separator: ", ") + "]" }

    func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    func list(_ key: String, _ items: [String]) -> String {
        " \"\(key)\": [\n  " + items.joined(separator: ",\n  ") + "\n ]"
    }

    func json() -> String {
        var parts: [String] = []
        parts.append(" \"format\": \"rotaplan-instance/1\"")
        parts.append(" \"name\": " + str("\(b.city.cityName)集团化办学 2025 学年 (\(b.profile.rawValue) \(b.size.rawValue), seed \(b.seed))"))
        parts.append(" \"policy\": {\"preset\": \(str(b.profile.preset.rawValue))}")
        let periods = b.periods.map { "{\"start\": \(str(Self.clock($0.start))), \"end\": \(str(Self.clock($0.end)))}" }
        parts.append(" \"calendar\": {\"days\": \(b.days), \"periods\": [\(periods.joined(separator: ", "))]}")
        parts.append(list("groups", b.groups.enumerated().map { g, x in
            object([("id", group(g)), ("name", str(x.name)), ("type", str(x.type.rawValue)), ("core", school(x.core)),
                    ("members", schoolList(x.members))])
        }))
        parts.append(list("schools", b.schools.enumerated().map { s, x in
            var f: [(String, String)] = [("id", school(s)), ("name", str(x.name)), ("district", str(b.city.districts[x.district].name)),
                                         ("stage", str(x.stage.rawValue)), ("students", "\(x.students)"),
                                         ("tags", "[" + x.tags.map { str($0.rawValue) }.joined(separator: ", ") + "]"),
                                         ("location", "{\"lat\": \(num(x.lat)), \"lon\": \(num(x.lon))}")]
            let req = (0..<Subjects.count).compactMap { k in x.required[k].map { "\(subject(k)): \($0)" } }
            if !req.isEmpty { f.append(("required", "{" + req.joined(separator: ", ") + "}")) }
            return object(f)
        }))
        parts.append(list("travel", b.travel.map { r in
            var f: [(String, String)] = [("from", school(r.from)), ("to", school(r.to)), ("minutes", num(r.minutes))]
            if let km = r.km { f.append(("km", num(km))) }
            return object(f)
        }))
        parts.append(list("teachers", b.teachers.enumerated().map { t, x in
            var f: [(String, String)] = [("id", str("T" + Self.pad(t + 1, teacherWidth))), ("name", str(x.name)),
                                         ("school", school(x.school)), ("subject", subject(x.subject))]
            if !x.otherSubjects.isEmpty { f.append(("otherSubjects", "[" + x.otherSubjects.map(subject).joined(separator: ", ") + "]")) }
            f.append(("title", str(x.title.rawValue)))
            f.append(("backbone", x.backbone ? "true" : "false"))
            f.append(("yearsAtSchool", "\(x.yearsAtSchool)"))
            f.append(("yearsToRetirement", "\(x.yearsToRetirement)"))
            if x.exempt { f.append(("exempt", "true")) }
            if !x.preferences.isEmpty { f.append(("preferences", schoolList(x.preferences))) }
            if x.seekingSeniorTitle { f.append(("seekingSeniorTitle", "true")) }
            if let c = x.mentorCapacity { f.append(("mentorCapacity", "\(c)")) }
            if let it = x.itinerant {
                var g: [(String, String)] = []
                if let m = it.maxPeriodsPerWeek { g.append(("maxPeriodsPerWeek", "\(m)")) }
                if !it.unavailable.isEmpty { g.append(("unavailable", slots(it.unavailable))) }
                f.append(("itinerant", object(g)))
            }
            return object(f)
        }))
        parts.append(list("newHires", b.newHires.enumerated().map { n, x in
            var f: [(String, String)] = [("id", str("N" + Self.pad(n + 1, hireWidth))), ("name", str(x.name))]
            if let g = x.group { f.append(("group", group(g))) }
            if let d = x.district { f.append(("district", str(d))) }
            f.append(("subject", subject(x.subject)))
            f.append(("minYears", "\(x.minYears)"))
            if !x.preferences.isEmpty { f.append(("preferences", schoolList(x.preferences))) }
            return object(f)
        }))
        parts.append(list("vacancies", b.vacancies.map { v in
            object([("school", school(v.school)), ("subject", subject(v.subject)), ("year", "\(v.year)"), ("count", "\(v.count)")])
        }))
        parts.append(list("walkingDemand", b.demand.map { l in
            object([("school", school(l.school)), ("class", str(l.className)), ("subject", subject(l.subject)),
                    ("periodsPerWeek", "\(l.periodsPerWeek)"), ("slots", slots(l.slots))])
        }))
        return "{\n" + parts.joined(separator: ",\n") + "\n}\n"
    }

    static func clock(_ m: Int) -> String { pad(m / 60, 2) + ":" + pad(m % 60, 2) }
}
