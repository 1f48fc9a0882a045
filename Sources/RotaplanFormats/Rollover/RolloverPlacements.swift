import RotaplanDomain

/// Steps 5–7 of rollover (MODEL.md §11) and the document written.
extension RolloverState {
    /// Step 5: each placement (n, host c, mentor m, years L, destination s): L = 1, n is a
    /// teacher at s; L ≥ 2, a trainee {host c, mentor m, destination s, lastYear Y + L − 1}
    /// (without `mentor` when m retired). Placed hires leave `newHires`.
    mutating func placeHires(_ placements: [Solution.Placement]) throws(RolloverError) {
        var hires = document.records("newHires")
        var placed = Set<Int>()
        for p in placements {
            guard let n = x.newHires.firstIndex(where: { $0.id.rawValue == p.newHire }) else {
                throw RolloverError(.placesUnknownHire("\(p.newHire)"))
            }
            placed.insert(n)
            let name = hires[n].string("name"), subject = hires[n].string("subject") ?? x.newHires[n].subject.key
            if p.years <= 1 {
                newTeachers.append(Self.teacherRecord(id: p.newHire, name: name, school: p.destination, subject: subject))
                summary.placedAsTeachers.append(.init(id: p.newHire, school: p.destination))
                continue
            }
            let lastYear = year + p.years - 1
            let mentor = x.teacherIndex[TeacherID(p.mentor)]
            var f: [(String, JSONNode.Value)] = [("id", .string(p.newHire))]
            if let name { f.append(("name", .string(name))) }
            f += [("subject", .string(subject)), ("host", .string(p.host))]
            if !retired(mentor) { f.append(("mentor", .string(p.mentor))) } else {
                summary.orphans.append(.init(teacher: p.mentor, kind: .traineeMentor(trainee: p.newHire)))
            }
            f += [("destination", .string(p.destination)), ("lastYear", .integer(lastYear))]
            newTrainees.append(DocumentRecord(f))
            summary.newTrainees.append(.init(id: p.newHire, host: p.host, destination: p.destination, lastYear: lastYear))
        }
        summary.unplacedHires = x.newHires.indices.filter { !placed.contains($0) }.map { x.newHires[$0].id.rawValue }
        if document.has("newHires") {
            document.set("newHires", hires.indices.filter { !placed.contains($0) }.map { hires[$0] })
        }
        hires = []
    }

    /// Step 6: each placement takes one place of (s, subject) from the row with the
    /// smallest `year` (missing 1; ties: file order) among rows with count > 0 (missing
    /// 1); then rows at 0 are removed and every other row is written with year
    /// max(0, year − 1). A `count` never written stays absent.
    mutating func consumeVacancies(_ placements: [Solution.Placement]) throws(RolloverError) {
        var rows = document.records("vacancies")
        var left = x.vacancies.map(\.count)
        var used = [Int](repeating: 0, count: rows.count)
        for p in placements {
            guard let n = x.newHires.firstIndex(where: { $0.id.rawValue == p.newHire }),
                  let s = x.schoolIndex[SchoolID(p.destination)] else { continue }
            let subject = x.newHires[n].subject
            let open = x.vacancies.indices.filter { x.vacancies[$0].school == s && x.vacancies[$0].subject == subject && left[$0] > 0 }
            guard let k = open.min(by: { (x.vacancies[$0].year, $0) < (x.vacancies[$1].year, $1) }) else {
                throw RolloverError(.noVacancyLeft(hire: "\(p.newHire)", school: "\(p.destination)", subject: subject.key))
            }
            left[k] -= 1
            used[k] += 1
        }
        for k in rows.indices where used[k] > 0 {
            let v = x.vacancies[k]
            summary.vacanciesUsed.append(.init(row: k, school: schoolID(v.school), subject: v.subject.key, year: v.year, used: used[k]))
            rows[k]["count"] = .integer(left[k])
        }
        summary.emptyVacancyRowsRemoved = x.vacancies.filter { $0.count == 0 }.count
        for k in rows.indices where left[k] > 0 { rows[k]["year"] = .integer(max(0, x.vacancies[k].year - 1)) }
        if document.has("vacancies") { document.set("vacancies", rows.indices.filter { left[$0] > 0 }.map { rows[$0] }) }
    }

    /// Step 7 and the document: `year` = Y + 1; teachers in file order less those who
    /// retired, then those of steps 4 and 5; trainees who train on, then the new ones
    /// (`trainees` added only when there is one to write); everything else unchanged.
    mutating func written() -> String {
        document.set("year", JSONNode(.integer(year + 1)))
        document.set("teachers", teachers.indices.filter { staying[$0] }.map { teachers[$0] } + newTeachers)
        let nextTrainees = trainees.indices.filter { keptTrainees[$0] }.map { trainees[$0] } + newTrainees
        if document.has("trainees") || !nextTrainees.isEmpty {
            document.set("trainees", nextTrainees, after: document.has("newHires") ? "newHires" : "teachers")
        }
        return document.text
    }
}
