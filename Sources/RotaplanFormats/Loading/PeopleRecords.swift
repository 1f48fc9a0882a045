import Foundation
import RotaplanDomain

/// The people and needs of an instance (MODEL.md §2): teachers, new hires, vacancies
/// and walking demand, record by record.
extension InstanceReader {
    // MARK: teachers

    mutating func readTeachers(_ root: JSONNode, calendar: WeekCalendar?) -> [Teacher] {
        var out: [Teacher] = []
        for (k, node) in fields.list(root, "teachers", "").enumerated() {
            let id = node["id"].flatMap { if case let .string(s) = $0.value { s } else { nil } }
            let path = Self.recordPath("teachers", k, id)
            guard let obj = fields.object(node, path, allowed: [
                "id", "name", "school", "subject", "otherSubjects", "title", "backbone", "yearsAtSchool",
                "yearsToRetirement", "exempt", "preferences", "seekingSeniorTitle", "mentorCapacity", "itinerant", "onExchange"]) else { continue }
            let idValue = fields.string(obj, "id", path, required: true)
            let name = fields.string(obj, "name", path, nonEmpty: false) ?? idValue ?? ""
            let school = fields.string(obj, "school", path, required: true).flatMap { resolveSchool($0, obj["school"], path + "school") }
            let subject = fields.string(obj, "subject", path, required: true).map(Subject.init)
            let others = fields.strings(obj, "otherSubjects", path).map { Subject($0.0) }
            var title = Title.none
            if let t = fields.string(obj, "title", path) {
                if let v = Title(rawValue: t.lowercased()) ?? Self.chineseTitles[t] { title = v } else {
                    fields.error(obj["title"], path + "title", .unknownTitle(t))
                }
            }
            let backbone = fields.bool(obj, "backbone", path) ?? false
            let years = fields.number(obj, "yearsAtSchool", path, in: 0...Self.maxYears, unit: "years") ?? 0
            let retirement = fields.number(obj, "yearsToRetirement", path, in: 0...Self.maxYears, unit: "years")
            let exempt = fields.bool(obj, "exempt", path) ?? false
            var prefs: [Int] = []
            for (j, (p, pnode)) in fields.strings(obj, "preferences", path).enumerated() {
                guard let s = resolveSchool(p, pnode, path + "preferences[\(j)]") else { continue }
                if prefs.contains(s) { fields.error(pnode, path + "preferences[\(j)]", .listedTwice(p)) } else { prefs.append(s) }
            }
            let seeking = fields.bool(obj, "seekingSeniorTitle", path) ?? false
            let capacity = fields.integer(obj, "mentorCapacity", path, in: 0...Self.maxCount)
            var itinerant: Itinerant?
            if let it = obj["itinerant"], !it.isNull,
               let io = fields.object(it, path + "itinerant", allowed: ["maxPeriodsPerWeek", "unavailable"]) {
                let maxWeek = fields.integer(io, "maxPeriodsPerWeek", path + "itinerant", in: 0...336)
                var unavailable = Set<Slot>()
                for (j, s) in fields.list(io, "unavailable", path + "itinerant").enumerated() {
                    if let slot = readSlot(s, path + "itinerant.unavailable[\(j)]", calendar: calendar) { unavailable.insert(slot) }
                }
                itinerant = Itinerant(maxPeriodsPerWeek: maxWeek, unavailable: unavailable)
            }
            let exchange = readOnExchange(obj, path, school: school)
            guard claim("teachers", idValue, k, obj["id"]), let idValue, let school, let subject, exchange.ok else { continue }
            var teacher = Teacher(id: TeacherID(idValue), name: name, school: school, subject: subject, otherSubjects: others,
                                  title: title, backbone: backbone, yearsAtSchool: years, yearsToRetirement: retirement,
                                  exempt: exempt, preferences: prefs, seekingSeniorTitle: seeking, mentorCapacity: capacity,
                                  itinerant: itinerant)
            teacher.onExchange = exchange.value
            out.append(teacher)
        }
        return out
    }

    static let chineseTitles: [String: Title] = [
        "高级": .senior, "正高级": .senior, "副高级": .senior, "一级": .first, "二级": .second, "三级": .none,
        "无": .none, "未定级": .none,
    ]

    // MARK: new hires, vacancies, demand

    mutating func readNewHires(_ root: JSONNode, groupIndex: [GroupID: Int]) -> [NewHire] {
        var out: [NewHire] = []
        for (k, node) in fields.list(root, "newHires", "").enumerated() {
            let id = node["id"].flatMap { if case let .string(s) = $0.value { s } else { nil } }
            let path = Self.recordPath("newHires", k, id)
            guard let obj = fields.object(node, path, allowed: ["id", "name", "group", "district", "subject", "minYears", "preferences"]) else { continue }
            let idValue = fields.string(obj, "id", path, required: true)
            let name = fields.string(obj, "name", path, nonEmpty: false) ?? idValue ?? ""
            var group: Int?
            var groupOK = true
            if let g = fields.string(obj, "group", path) {
                group = groupIndex[GroupID(g)]
                if group == nil { groupOK = false; fields.error(obj["group"], path + "group", .unknownGroup(g)) }
            }
            let district = fields.string(obj, "district", path, nonEmpty: false)
            let subject = fields.string(obj, "subject", path, required: true).map(Subject.init)
            let minYears = fields.integer(obj, "minYears", path, in: 0...Int(Self.maxYears)) ?? 1
            var prefs: [Int] = []
            for (j, (p, pnode)) in fields.strings(obj, "preferences", path).enumerated() {
                guard let s = resolveSchool(p, pnode, path + "preferences[\(j)]") else { continue }
                if prefs.contains(s) { fields.error(pnode, path + "preferences[\(j)]", .listedTwice(p)) } else { prefs.append(s) }
            }
            guard claim("newHires", idValue, k, obj["id"]), let idValue, let subject, groupOK else { continue }
            out.append(NewHire(id: NewHireID(idValue), name: name, group: group, district: district, subject: subject,
                               minYears: minYears, preferences: prefs))
        }
        return out
    }

    mutating func readVacancies(_ root: JSONNode) -> [Vacancy] {
        var out: [Vacancy] = []
        for (k, node) in fields.list(root, "vacancies", "").enumerated() {
            let path = RecordPath(list: "vacancies", index: k)
            guard let obj = fields.object(node, path, allowed: ["school", "subject", "year", "count"]) else { continue }
            let school = fields.string(obj, "school", path, required: true).flatMap { resolveSchool($0, obj["school"], path + "school") }
            let subject = fields.string(obj, "subject", path, required: true).map(Subject.init)
            let year = fields.integer(obj, "year", path, in: 0...Int(Self.maxYears)) ?? 1
            let count = fields.integer(obj, "count", path, in: 0...Self.maxCount) ?? 1
            guard let school, let subject else { continue }
            out.append(Vacancy(school: school, subject: subject, year: year, count: count))
        }
        return out
    }

    mutating func readDemand(_ root: JSONNode, calendar: WeekCalendar?) -> [DemandLine] {
        var out: [DemandLine] = []
        var seen: [String: Int] = [:]
        let items = fields.list(root, "walkingDemand", "")
        if !items.isEmpty && (root["calendar"] == nil || root["calendar"]!.isNull) {
            fields.error(root["walkingDemand"], "calendar", .demandWithoutCalendar)
        }
        for (k, node) in items.enumerated() {
            let path = RecordPath(list: "walkingDemand", index: k)
            guard let obj = fields.object(node, path, allowed: ["school", "class", "subject", "periodsPerWeek", "slots"]) else { continue }
            let schoolID = fields.string(obj, "school", path, required: true)
            let school = schoolID.flatMap { resolveSchool($0, obj["school"], path + "school") }
            let className = fields.string(obj, "class", path, required: true)
            let subject = fields.string(obj, "subject", path, required: true).map(Subject.init)
            let h = fields.integer(obj, "periodsPerWeek", path, in: 0...336, required: true)
            var slots = Set<Slot>()
            for (j, s) in fields.list(obj, "slots", path).enumerated() {
                if let slot = readSlot(s, path + "slots[\(j)]", calendar: calendar) { slots.insert(slot) }
            }
            guard let school, let className, let subject, let h else { continue }
            let key = "\(school)\u{1}\(className)\u{1}\(subject.key)"
            if let first = seen[key] {
                fields.error(node, path, .demandTwice(class: className, school: schoolID ?? "", subject: subject.key, first: first))
                continue
            }
            seen[key] = k
            out.append(DemandLine(school: school, className: className, subject: subject, periodsPerWeek: h, slots: slots.sorted()))
        }
        return out
    }
}
