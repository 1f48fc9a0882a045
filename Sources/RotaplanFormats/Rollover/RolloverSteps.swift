import RotaplanDomain

/// The document being rolled over and what has happened to it, step by step (MODEL.md §11
/// steps 1–7 and their readings). Teacher k of the document is teacher k of the instance
/// (a valid instance keeps every record), and so for trainees, new hires and vacancies.
struct RolloverState {
    let x: Instance
    let year: Int
    var document: InstanceDocument
    var teachers: [DocumentRecord]
    /// Teachers still there (false: retired in step 2).
    var staying: [Bool]
    var trainees: [DocumentRecord]
    var keptTrainees: [Bool]
    /// Teachers written by steps 4 and 5, in that order.
    var newTeachers: [DocumentRecord] = []
    var newTrainees: [DocumentRecord] = []
    var summary: RolloverSummary

    init(x: Instance, year: Int, document: InstanceDocument) {
        self.x = x
        self.year = year
        self.document = document
        teachers = document.records("teachers")
        staying = Array(repeating: true, count: teachers.count)
        trainees = document.records("trainees")
        keptTrainees = Array(repeating: true, count: trainees.count)
        summary = RolloverSummary(year: year)
    }

    func schoolID(_ s: Int) -> String { x.schools[s].id.rawValue }

    /// Step 1: every exchange of the plan (t from a to b): t.school = b, yearsAtSchool 0,
    /// and with exchange.termYears K ≥ 1 onExchange {from: a, since: Y, termYears: K}.
    mutating func move(_ exchanges: [Solution.Exchange]) throws(RolloverError) {
        let term = x.policy.exchange.termYears
        for e in exchanges {
            guard let t = x.teacherIndex[TeacherID(e.teacher)], x.schoolIndex[SchoolID(e.to)] != nil else {
                throw RolloverError(.unknownSchool(teacher: "\(e.teacher)", school: "\(e.to)"))
            }
            let from = schoolID(x.teachers[t].school)
            teachers[t]["school"] = .string(e.to)
            teachers[t]["yearsAtSchool"] = .integer(0)
            if term >= 1 {
                teachers[t]["onExchange"] = DocumentRecord([("from", .string(from)), ("since", .integer(year)),
                                                            ("termYears", .integer(term))]).node.value
            }
            summary.moves.append(.init(teacher: e.teacher, from: from, to: e.to, term: term >= 1 ? term : nil))
        }
    }

    /// Step 2: yearsAtSchool + 1 (missing: written 1), yearsToRetirement − 1 where given;
    /// at 0 or less the teacher retires, and what named them is reported.
    mutating func passYear(lessons: [Solution.Lesson]) {
        for k in teachers.indices {
            teachers[k]["yearsAtSchool"] = .number((teachers[k].number("yearsAtSchool") ?? 0) + 1)
            guard let r = teachers[k].number("yearsToRetirement") else { continue }
            teachers[k]["yearsToRetirement"] = .number(r - 1)
            if r - 1 <= 0 { staying[k] = false }
        }
        for t in teachers.indices where !staying[t] {
            let id = x.teachers[t].id.rawValue
            summary.retired.append(id)
            let taught = lessons.filter { $0.teacher == id }.count
            if taught > 0 { summary.orphans.append(.init(teacher: id, kind: .lessons(count: taught))) }
            for pin in x.pins where pin.person == .teacher(t) || pin.rule == .mentor(teacher: t) {
                summary.orphans.append(.init(teacher: id, kind: .pin(rule: pin.rule.word)))
            }
        }
    }

    /// Whether teacher index `t` retired in step 2.
    func retired(_ t: Int?) -> Bool { t.map { !staying[$0] } ?? false }

    /// Step 3: a teacher on exchange whose term ends by Y + 1 (since + termYears ≤ Y + 1)
    /// is back at `from` with yearsAtSchool 0; a retired teacher does not return.
    mutating func returnFromExchange() {
        for k in teachers.indices where staying[k] {
            guard case let .object(m)? = teachers[k]["onExchange"] else { continue }
            let e = DocumentRecord(JSONNode(.object(m)))
            guard let from = e.string("from"), let since = e.number("since"), let term = e.number("termYears"),
                  since + term <= Double(year + 1) else { continue }
            summary.returned.append(.init(teacher: x.teachers[k].id.rawValue, from: teachers[k].string("school") ?? "", to: from))
            teachers[k]["school"] = .string(from)
            teachers[k]["yearsAtSchool"] = .integer(0)
            teachers[k]["onExchange"] = nil
        }
    }

    /// The record of a trainee or hire who becomes a teacher (§11 readings): exactly
    /// {id, name, school, subject, title none, backbone false, yearsAtSchool 0}.
    static func teacherRecord(id: String, name: String?, school: String, subject: String) -> DocumentRecord {
        var f: [(String, JSONNode.Value)] = [("id", .string(id))]
        if let name { f.append(("name", .string(name))) }
        f += [("school", .string(school)), ("subject", .string(subject)), ("title", .string("none")),
              ("backbone", .bool(false)), ("yearsAtSchool", .integer(0))]
        return DocumentRecord(f)
    }

    /// Step 4: a trainee with lastYear = Y becomes a teacher at `destination`; a trainee
    /// who trains on and whose mentor retired loses `mentor` (reported).
    mutating func finishTraining() {
        for (k, trainee) in x.trainees.enumerated() {
            if trainee.lastYear == year {
                keptTrainees[k] = false
                let school = schoolID(trainee.destination)
                newTeachers.append(Self.teacherRecord(id: trainee.id, name: trainees[k].string("name"), school: school,
                                                      subject: trainees[k].string("subject") ?? trainee.subject.key))
                summary.finishedTraining.append(.init(id: trainee.id, school: school))
            } else if let m = trainee.mentor, retired(m) {
                trainees[k]["mentor"] = nil
                summary.orphans.append(.init(teacher: x.teachers[m].id.rawValue, kind: .traineeMentor(trainee: trainee.id)))
            }
        }
    }
}
