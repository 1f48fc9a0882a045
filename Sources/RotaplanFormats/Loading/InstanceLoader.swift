import Foundation
import RotaplanDomain

/// Loads `rotaplan-instance/1` JSON (MODEL.md §2, §10) into a validated ``Instance``.
///
/// One pass collects every problem as a ``Diagnostic`` naming the file, line and column,
/// the list, the record (id or index) and the field; any error makes the load throw
/// ``InstanceError`` with all of them. Warnings (policy findings) are returned beside the
/// instance by ``load(path:)``.
public enum InstanceLoader {
    /// Largest file accepted, in bytes (an xl instance of 100,000 teachers is ~30 MB).
    public static let maximumFileSize = 256 << 20
    public static let format = "rotaplan-instance/1"

    /// The instance and the warnings found while loading it.
    public struct Loaded: Sendable {
        public var instance: Instance
        public var warnings: [Diagnostic]
    }

    /// Reads and validates the file at `path`.
    public static func load(path: String) throws(InstanceError) -> Loaded {
        let bytes = try readFile(path)
        return try load(bytes: bytes, file: path)
    }

    /// Reads a whole input file with the checks every loader shares: it exists, is a
    /// regular file, is readable and is not larger than ``maximumFileSize``.
    public static func readFile(_ path: String, limit: Int = maximumFileSize) throws(InstanceError) -> [UInt8] {
        func fail(_ problem: FileProblem) -> InstanceError {
            InstanceError([Diagnostic(file: path, path: "", .file(problem))])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail(.noSuchFile)
        }
        if isDirectory.boolValue { throw fail(.isFolder) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw fail(.noAttributes)
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            throw fail(.tooLarge(megabytes: size >> 20, limit: limit >> 20))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw fail(.cannotOpen)
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            if data.count > limit { throw fail(.largerThan(limit: limit >> 20)) }
            return [UInt8](data)
        } catch let e as InstanceError {
            throw e
        } catch {
            throw fail(.cannotRead(reason: error.localizedDescription))
        }
    }

    /// Validates an instance built in memory (a `compare --set` variant, MODEL.md §3) by
    /// every rule a file of it meets: it is written (``InstanceWriter``) and read back.
    /// `source` names it in the diagnostics, which carry no line (that text is no file the
    /// user has); warnings are not returned.
    public static func validate(_ x: Instance, source: String) throws(InstanceError) {
        do { _ = try load(bytes: Array(InstanceWriter.json(x).utf8), file: source) } catch {
            throw InstanceError(error.diagnostics.map { d in
                var d = d
                d.line = nil
                d.column = nil
                return d
            })
        }
    }

    /// Validates an instance given as bytes; `file` names it in messages.
    public static func load(bytes: [UInt8], file: String) throws(InstanceError) -> Loaded {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw InstanceError([Diagnostic(file: file, line: error.line, column: error.column, path: "",
                                            .json(error.problem))])
        }
        var reader = InstanceReader(file: file)
        let instance = reader.read(root)
        if let instance, reader.fields.diagnostics.allSatisfy({ $0.severity != .error }) {
            return Loaded(instance: instance, warnings: reader.fields.diagnostics.filter { $0.severity == .warning })
        }
        // File order: by position, problems without one (travel needed) last.
        let errors = reader.fields.diagnostics.enumerated().filter { $0.element.severity == .error }.sorted { a, b in
            let ka = (a.element.line ?? Int.max, a.element.column ?? 0, a.offset)
            let kb = (b.element.line ?? Int.max, b.element.column ?? 0, b.offset)
            return ka < kb
        }.map(\.element)
        throw InstanceError(errors)
    }
}

/// The record-by-record reading of an instance (MODEL.md §2 field rules).
struct InstanceReader {
    var fields: FieldReader
    let file: String

    /// School index by id, once the schools are read.
    var schoolIDs: [SchoolID: Int] = [:]

    /// Schools whose record has an error (a bad stage, say): a reference to one is not
    /// reported again as "unknown school" — the school's own problem says what is wrong.
    var rejectedSchools = Set<SchoolID>()

    /// The instance's `year` (§11), once read.
    var year: Int?

    mutating func resolveSchool(_ value: String, _ node: JSONNode?, _ path: RecordPath) -> Int? {
        if let s = schoolIDs[SchoolID(value)] { return s }
        if rejectedSchools.contains(SchoolID(value)) { return nil }
        fields.error(node, path, .unknownSchool(value))
        return nil
    }

    init(file: String) {
        self.file = file
        fields = FieldReader(file: file)
    }

    static let topKeys = ["$schema", "format", "name", "policy", "calendar", "groups", "schools", "travel", "teachers",
                          "newHires", "vacancies", "walkingDemand", "year", "trainees"]
    static let maxCount = 10_000_000
    static let maxYears = 80.0

    /// First index of each id per list, to report duplicates even when the record has
    /// other problems.
    var firstIndex: [String: [String: Int]] = [:]

    /// Records the id of `list[index]`; reports and returns false when it is a duplicate.
    mutating func claim(_ list: String, _ id: String?, _ index: Int, _ node: JSONNode?) -> Bool {
        guard let id else { return true }
        if let first = firstIndex[list]?[id] {
            fields.error(node, Self.recordPath(list, index, id) + "id", .duplicateID(first: .record(RecordPath(list: list, index: first))))
            return false
        }
        firstIndex[list, default: [:]][id] = index
        return true
    }

    /// "schools[3] (S004)" — the list, the index and, when known, the id.
    static func recordPath(_ list: String, _ index: Int, _ id: String?) -> RecordPath {
        RecordPath(list: list, index: index, id: id)
    }

    mutating func read(_ root: JSONNode) -> Instance? {
        guard case .object = root.value else {
            fields.error(root, "", .topLevelNotObject(found: root.valueKind))
            return nil
        }
        _ = fields.object(root, "", allowed: Self.topKeys)
        if let format = fields.string(root, "format", "") , format != InstanceLoader.format {
            fields.error(root["format"], "format", .unknownFormat(format, expected: InstanceLoader.format))
        }
        let name = fields.string(root, "name", "", nonEmpty: false)
            ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        year = readYear(root)
        let policy = fields.policy(root["policy"])
        let calendar = readCalendar(root["calendar"])

        // Schools first: every other list refers to them.
        let schoolNodes = fields.list(root, "schools", "")
        var schools: [School] = []
        var schoolIndex: [SchoolID: Int] = [:]
        for (k, node) in schoolNodes.enumerated() {
            let rawID = node["id"].flatMap { if case let .string(s) = $0.value { s } else { nil } }
            let unique = claim("schools", rawID, k, node["id"])
            if let s = readSchool(node, k), unique {
                schoolIndex[s.id] = schools.count
                schools.append(s)
            } else if unique, let rawID {
                rejectedSchools.insert(SchoolID(rawID))
            }
        }
        if schoolNodes.isEmpty { fields.error(root, "schools", .noSchools) }

        schoolIDs = schoolIndex

        let groups = readGroups(root, &schools, schoolIndex: schoolIndex)
        var groupIndex: [GroupID: Int] = [:]
        for (g, group) in groups.enumerated() { groupIndex[group.id] = g }

        let travel = readTravel(root, schools: schools)
        let teachers = readTeachers(root, calendar: calendar)
        let newHires = readNewHires(root, groupIndex: groupIndex)
        let vacancies = readVacancies(root)
        let demand = readDemand(root, calendar: calendar)
        let trainees = readTrainees(root, teacherIndex: Dictionary(teachers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }))

        guard fields.diagnostics.allSatisfy({ $0.severity != .error }) else { return nil }
        var instance = Instance(
            name: name, policy: policy, calendar: calendar, groups: groups, schools: schools, teachers: teachers,
            newHires: newHires, vacancies: vacancies, walkingDemand: demand, travel: travel)
        instance.year = year
        instance.trainees = trainees
        checkTravelNeeded(instance)
        fields.diagnostics += PolicyFindings.findings(instance, file: file)
        return instance
    }

    // MARK: calendar

    mutating func readCalendar(_ node: JSONNode?) -> WeekCalendar? {
        guard let node, !node.isNull else { return nil }
        guard let c = fields.object(node, "calendar", allowed: ["days", "periods"]) else { return nil }
        let days = fields.integer(c, "days", "calendar", in: 1...7, required: true)
        var periods: [WeekCalendar.Period] = []
        let items = fields.list(c, "periods", "calendar")
        if c["periods"] == nil { fields.error(c, "calendar", FieldProblem.missing("periods")) }
        for (k, p) in items.enumerated() {
            let path = RecordPath(list: "calendar", field: "periods[\(k)]")
            guard let p = fields.object(p, path, allowed: ["start", "end"]) else { continue }
            let start = readTime(p, "start", path), end = readTime(p, "end", path)
            guard let start, let end else { continue }
            if end <= start {
                fields.error(p["end"], path + "end", .periodEndsBeforeStart(end: Self.clock(end), start: Self.clock(start)))
                continue
            }
            if let last = periods.last, start < last.end {
                fields.error(p["start"], path + "start", .periodOverlaps(start: Self.clock(start), previous: periods.count, previousEnd: Self.clock(last.end)))
                continue
            }
            periods.append(.init(start: start, end: end))
        }
        if c["periods"] != nil && items.isEmpty { fields.error(c["periods"], "calendar.periods", .noPeriods) }
        guard let days, periods.count == items.count, !periods.isEmpty else { return nil }
        return WeekCalendar(days: days, periods: periods)
    }

    static func clock(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// "HH:MM" (24-hour) → minutes after midnight.
    mutating func readTime(_ parent: JSONNode, _ key: String, _ path: RecordPath) -> Int? {
        guard let s = fields.string(parent, key, path, required: true) else { return nil }
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
           parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
           let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) {
            return h * 60 + m
        }
        fields.error(parent[key], path + "\(key)", .notTimeOfDay(s))
        return nil
    }

    /// `[day, period]` within the calendar.
    mutating func readSlot(_ node: JSONNode, _ path: RecordPath, calendar: WeekCalendar?) -> Slot? {
        guard case let .array(pair) = node.value, pair.count == 2 else {
            fields.error(node, path, .slotNotPair(found: node.valueKind))
            return nil
        }
        let days = calendar?.days ?? 7, periods = calendar?.periods.count ?? 48
        let d = fields.integer(pair[0], path + "[0]", in: 1...days)
        let p = fields.integer(pair[1], path + "[1]", in: 1...periods)
        guard let d, let p else { return nil }
        return Slot(day: d, period: p)
    }

    // MARK: schools

    mutating func readSchool(_ node: JSONNode, _ k: Int) -> School? {
        let id = node["id"].flatMap { if case let .string(s) = $0.value { s } else { nil } }
        let path = Self.recordPath("schools", k, id)
        guard let obj = fields.object(node, path, allowed: ["id", "name", "district", "stage", "students", "tags", "location", "required"]) else { return nil }
        let idValue = fields.string(obj, "id", path, required: true)
        let name = fields.string(obj, "name", path, nonEmpty: false) ?? idValue ?? ""
        let district = fields.string(obj, "district", path, nonEmpty: false)
        var stage: Stage?
        if let s = fields.string(obj, "stage", path, required: true) {
            stage = Stage(rawValue: s.lowercased()) ?? Self.chineseStages[s]
            if stage == nil {
                fields.error(obj["stage"], path + "stage", .unknownStage(s, known: Stage.allCases.map(\.rawValue)))
            }
        }
        let students = fields.integer(obj, "students", path, in: 0...Self.maxCount) ?? 0
        var tags = Set<SchoolTag>()
        for (k, (t, tnode)) in fields.strings(obj, "tags", path).enumerated() {
            if let tag = SchoolTag(rawValue: t.lowercased()) { tags.insert(tag) } else {
                fields.error(tnode, path + "tags[\(k)]", .unknownTag(t, known: SchoolTag.allCases.map(\.rawValue)))
            }
        }
        var location: Location?
        if let l = obj["location"], !l.isNull, let lo = fields.object(l, path + "location", allowed: ["lat", "lon"]) {
            let lat = fields.number(lo, "lat", path + "location", in: -90...90, required: true, unit: "degrees")
            let lon = fields.number(lo, "lon", path + "location", in: -180...180, required: true, unit: "degrees")
            if let lat, let lon { location = Location(lat: lat, lon: lon) }
        }
        var required: [Subject: Int] = [:]
        if let r = obj["required"], !r.isNull {
            if case let .object(members) = r.value {
                for (key, value) in members {
                    let subject = Subject(key)
                    let rpath = path + "required.\(key)"
                    guard let n = fields.integer(value, rpath, in: 0...Self.maxCount) else { continue }
                    if required[subject] != nil {
                        fields.error(value, rpath, .subjectTwice(subject: subject.key, as: key))
                    }
                    required[subject] = n
                }
            } else {
                fields.error(r, path + "required", FieldProblem.expected(.subjectCounts, found: r.valueKind))
            }
        }
        guard let idValue, let stage else { return nil }
        return School(id: SchoolID(idValue), name: name, district: district, stage: stage, students: students,
                      tags: tags, location: location, required: required, group: nil)
    }

    static let chineseStages: [String: Stage] = [
        "幼儿园": .preschool, "学前": .preschool, "小学": .primary, "初中": .junior, "高中": .senior,
        "九年一贯制": .nineYear, "十二年一贯制": .twelveYear,
    ]

    // MARK: groups

    mutating func readGroups(_ root: JSONNode, _ schools: inout [School], schoolIndex: [SchoolID: Int]) -> [Group] {
        var groups: [Group] = []
        var owner: [Int: (group: String, path: RecordPath)] = [:]
        for (k, node) in fields.list(root, "groups", "").enumerated() {
            let id = node["id"].flatMap { if case let .string(s) = $0.value { s } else { nil } }
            let path = Self.recordPath("groups", k, id)
            guard let obj = fields.object(node, path, allowed: ["id", "name", "type", "core", "members"]) else { continue }
            let idValue = fields.string(obj, "id", path, required: true)
            let name = fields.string(obj, "name", path, nonEmpty: false) ?? idValue ?? ""
            var type: GroupType = .tight
            if let t = fields.string(obj, "type", path) {
                if let gt = GroupType(rawValue: t.lowercased()) ?? Self.chineseGroupTypes[t] { type = gt } else {
                    fields.error(obj["type"], path + "type", .unknownGroupType(t, known: GroupType.allCases.map(\.rawValue)))
                }
            }
            var core: Int?
            if let c = fields.string(obj, "core", path, required: true) { core = resolveSchool(c, obj["core"], path + "core") }
            var members: [Int] = []
            let memberNodes = fields.strings(obj, "members", path)
            if memberNodes.isEmpty {
                fields.error(obj["members"] ?? obj, path + "members", .groupWithoutMembers)
            }
            for (j, (m, mnode)) in memberNodes.enumerated() {
                guard let s = resolveSchool(m, mnode, path + "members[\(j)]") else { continue }
                if s == core {
                    fields.error(mnode, path + "members[\(j)]", .coreAsMember(m))
                } else if members.contains(s) {
                    fields.error(mnode, path + "members[\(j)]", .listedTwice(m))
                } else {
                    members.append(s)
                }
            }
            guard claim("groups", idValue, k, obj["id"]), let idValue, let core else { continue }
            for (s, node, field) in [(core, obj["core"], "core")] + members.map({ ($0, obj["members"], "members") }) {
                if let other = owner[s] {
                    fields.error(node, path + field, .schoolInTwoGroups(school: "\(schools[s].id)", group: "\(other.group)", first: .record(other.path)))
                    continue
                }
                owner[s] = (idValue, path)
                schools[s].group = groups.count
            }
            groups.append(Group(id: GroupID(idValue), name: name, type: type, core: core, members: members))
        }
        return groups
    }

    static let chineseGroupTypes: [String: GroupType] = [
        "紧密型": .tight, "融合型": .tight, "联盟型": .alliance, "聚合型": .alliance, "区域型": .regional,
        "合作型": .cooperative, "联合型": .cooperative,
    ]

    // MARK: travel

    mutating func readTravel(_ root: JSONNode, schools: [School]) -> TravelTable {
        var table = TravelTable(count: schools.count, locations: schools.map(\.location))
        var given = Set<Int>()  // a * n + b
        let n = schools.count
        var rows: [(a: Int, b: Int, minutes: Double, km: Double?)] = []
        for (k, node) in fields.list(root, "travel", "").enumerated() {
            let path = RecordPath(list: "travel", index: k)
            guard let obj = fields.object(node, path, allowed: ["from", "to", "minutes", "km"]) else { continue }
            let from = fields.string(obj, "from", path, required: true).flatMap { resolveSchool($0, obj["from"], path + "from") }
            let to = fields.string(obj, "to", path, required: true).flatMap { resolveSchool($0, obj["to"], path + "to") }
            let minutes = fields.number(obj, "minutes", path, in: 0...100_000, required: true, unit: "minutes")
            let km = fields.number(obj, "km", path, in: 0...100_000, unit: "km")
            guard let from, let to, let minutes else { continue }
            if from == to {
                fields.error(obj["to"], path + "to", .travelSameSchool)
                continue
            }
            if !given.insert(from * n + to).inserted {
                fields.error(node, path, .travelTwice(from: "\(schools[from].id)", to: "\(schools[to].id)"))
                continue
            }
            rows.append((from, to, minutes, km))
        }
        // Given directions first, then the reverse of any pair given one way only. Pairs
        // with no row are derived from the locations when asked for (TravelTable).
        for r in rows { table.setGiven(r.a, r.b, minutes: r.minutes, km: r.km) }
        for r in rows where !given.contains(r.b * n + r.a) { table.setGiven(r.b, r.a, minutes: r.minutes, km: r.km) }
        return table
    }
}
