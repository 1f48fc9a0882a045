import RotaplanDomain

/// The state a year leaves (MODEL.md §11): the instance's `year`, a teacher's
/// `onExchange` term and the `trainees` still in first-station training, with every input
/// error of §11 named by list, record and field.
extension InstanceReader {
    /// Years a term or `year` may take (§11: 1900…2200; a term 1…80).
    static let yearRange = 1900...2200

    /// `year`: a whole number in 1900…2200; `null` is absent, 2025.0 is 2025.
    mutating func readYear(_ root: JSONNode) -> Int? {
        fields.integer(root, "year", "", in: Self.yearRange)
    }

    /// `teachers[k].onExchange` (§11): `from`, `since`, `termYears` all required; `from`
    /// known and not the teacher's `school`; `since ≤ year`; the term not over
    /// (`since + termYears > year`). `school` is the teacher's school index when it was read.
    mutating func readOnExchange(_ obj: JSONNode, _ path: RecordPath, school: Int?) -> (ok: Bool, value: OnExchange?) {
        guard let node = obj["onExchange"], !node.isNull else { return (true, nil) }
        let p = path + "onExchange"
        guard let o = fields.object(node, p, allowed: ["from", "since", "termYears"]) else { return (false, nil) }
        let from = fields.string(o, "from", p, required: true).flatMap { resolveSchool($0, o["from"], p + "from") }
        let since = fields.integer(o, "since", p, in: Self.yearRange, required: true)
        let term = fields.integer(o, "termYears", p, in: 1...Int(Self.maxYears), required: true)
        guard let from, let since, let term else { return (false, nil) }
        var ok = true
        if let school, from == school {
            fields.error(o["from"], p + "from", .exchangeFromOwnSchool)
            ok = false
        }
        if let year {
            if since > year {
                fields.error(o["since"], p + "since", .termStartsAfterYear(since: since, year: year))
                ok = false
            } else if since + term <= year {
                fields.error(o["termYears"], p + "termYears", .termOver(since: since, last: since + term - 1, year: year, school: schoolName(from)))
                ok = false
            }
        } else {
            fields.error(node, p, .termNeedsYear)
            ok = false
        }
        return (ok, ok ? OnExchange(from: from, since: since, termYears: term) : nil)
    }

    private func schoolName(_ s: Int) -> String {
        schoolIDs.first { $0.value == s }?.key.rawValue ?? "school \(s)"
    }

    /// `trainees` (§11): `id`, `subject`, `host`, `destination`, `lastYear` required, `name`
    /// and `mentor` optional; unknown references are errors (a mentor need not teach at
    /// `host`); `lastYear ≥ year`; an id unique among trainees, teachers and new hires.
    mutating func readTrainees(_ root: JSONNode, teacherIndex: [TeacherID: Int]) -> [Trainee] {
        var out: [Trainee] = []
        let items = fields.list(root, "trainees", "")
        if !items.isEmpty && year == nil {
            fields.error(root["trainees"], "trainees", .traineesNeedYear)
        }
        for (k, node) in items.enumerated() {
            let id = node["id"].flatMap { if case let .string(s) = $0.value { s } else { nil } }
            let path = Self.recordPath("trainees", k, id)
            guard let obj = fields.object(node, path, allowed: ["id", "name", "subject", "host", "mentor", "destination", "lastYear"])
            else { continue }
            let idValue = fields.string(obj, "id", path, required: true)
            let name = fields.string(obj, "name", path, nonEmpty: false)
            let subject = fields.string(obj, "subject", path, required: true).map(Subject.init)
            let host = fields.string(obj, "host", path, required: true).flatMap { resolveSchool($0, obj["host"], path + "host") }
            let destination = fields.string(obj, "destination", path, required: true)
                .flatMap { resolveSchool($0, obj["destination"], path + "destination") }
            var mentor: Int?
            var mentorOK = true
            if let m = fields.string(obj, "mentor", path) {
                mentor = teacherIndex[TeacherID(m)]
                if mentor == nil { mentorOK = false; fields.error(obj["mentor"], path + "mentor", .unknownTeacher(m)) }
            }
            let lastYear = fields.integer(obj, "lastYear", path, in: Self.yearRange, required: true)
            var yearOK = true
            if let lastYear, let year, lastYear < year {
                fields.error(obj["lastYear"], path + "lastYear", .trainingEnded(lastYear: lastYear, year: year))
                yearOK = false
            }
            var unique = claim("trainees", idValue, k, obj["id"])
            if unique, let idValue {
                for list in ["teachers", "newHires"] {
                    guard let first = firstIndex[list]?[idValue] else { continue }
                    fields.error(obj["id"], path + "id", .duplicateID(first: .record(RecordPath(list: list, index: first, id: idValue))))
                    unique = false
                }
            }
            guard unique, mentorOK, yearOK, let idValue, let subject, let host, let destination, let lastYear else { continue }
            out.append(Trainee(id: idValue, name: name, subject: subject, host: host, destination: destination,
                               mentor: mentor, lastYear: lastYear))
        }
        return out
    }
}
