import RotaplanDomain

/// Turning written pins into ``Pin`` values: the rule word, the person and the target
/// looked up in the instance, each problem a diagnostic naming the field (docs/pins.md).
extension PinReader {
    /// A person or school named by id, or by a name that only one of them has.
    private enum Found { case teacher(Int), newHire(Int), school(Int), none, ambiguous([String]) }

    /// Looks `text` up among teachers, new hires and schools: ids first, then unique names.
    private func find(_ text: String) -> Found {
        let x = instance
        if let t = x.teacherIndex[TeacherID(text)] { return .teacher(t) }
        if let n = x.newHires.firstIndex(where: { $0.id.rawValue == text }) { return .newHire(n) }
        if let s = x.schoolIndex[SchoolID(text)] { return .school(s) }
        var hits: [(Found, String)] = []
        for (t, teacher) in x.teachers.enumerated() where teacher.name == text { hits.append((.teacher(t), teacher.id.rawValue)) }
        for (n, hire) in x.newHires.enumerated() where hire.name == text { hits.append((.newHire(n), hire.id.rawValue)) }
        for (s, school) in x.schools.enumerated() where school.name == text { hits.append((.school(s), school.id.rawValue)) }
        if hits.count == 1 { return hits[0].0 }
        return hits.isEmpty ? .none : .ambiguous(hits.map(\.1))
    }

    private func describe(_ f: Found) -> PinProblem.Named {
        switch f {
        case let .teacher(t): return .teacher(id: instance.teachers[t].id.rawValue, name: instance.teachers[t].name)
        case let .newHire(n): return .newHire(id: instance.newHires[n].id.rawValue, name: instance.newHires[n].name)
        case let .school(s): return .school(id: instance.schools[s].id.rawValue, name: instance.schools[s].name)
        case .none, .ambiguous: return .school(id: "", name: "")
        }
    }

    private func unknown(_ text: String, _ what: PinProblem.Looked, ids: [String]) -> PinProblem {
        .unknown(text, what, closest: FieldReader.closest(text, in: ids))
    }

    /// The pin, or nil after recording every problem with it.
    mutating func resolve(_ raw: RawPin) -> Pin? {
        let x = instance
        guard let whoField = raw.who, let ruleField = raw.rule else {
            if raw.who == nil { error(raw.place, path: raw.isJSON ? nil : "who", .whoMissing) }
            if raw.rule == nil { error(raw.place, path: raw.isJSON ? nil : "rule", .ruleWordMissing(rules: Self.ruleList)) }
            return nil
        }
        let kind = PinWords.rule(ruleField.text)
        if kind == nil {
            let all = PinWords.rules.flatMap(\.words)
            error(ruleField, .unknownRule(ruleField.text, closest: FieldReader.closest(ruleField.text, in: all), rules: Self.ruleList))
        }
        // The person.
        var person: Pin.Person?
        let found = find(whoField.text)
        switch found {
        case let .teacher(t): person = .teacher(t)
        case let .newHire(n): person = .newHire(n)
        case .school:
            error(whoField, .namesNotPerson(whoField.text, describe(found)))
        case .none:
            error(whoField, unknown(whoField.text, .person, ids: x.teachers.map(\.id.rawValue) + x.newHires.map(\.id.rawValue)))
        case let .ambiguous(ids):
            error(whoField, .nameOfSeveral(whoField.text, ids: ids))
        }
        if let key = raw.whoKey, let p = person {
            if key == "teacher", case .newHire = p { error(whoField, .newHireNotTeacher(whoField.text)); person = nil }
            if key == "newHire", case .teacher = p { error(whoField, .teacherNotNewHire(whoField.text)); person = nil }
        }
        guard let kind else { return nil }
        if let p = person {
            switch (p, kind) {
            case (.teacher, .mentor):
                error(whoField, .mentorForTeacher(whoField.text))
                person = nil
            case (.newHire, .mustStay), (.newHire, .notOnDay):
                error(whoField, .ruleForTeacher(rule: kind.rawValue, who: whoField.text))
                person = nil
            default: break
            }
        }
        // The target.
        let target = raw.target
        let targetPath: String? = raw.isJSON ? nil : (target?.path ?? "target")
        if let key = raw.targetKey, let t = target {
            let expected: String? = switch kind {
            case .mustMoveTo, .mustNotGoTo: "school"
            case .mentor: "mentor"
            case .notOnDay: "day"
            case .mustStay: nil
            }
            if let expected, key != expected {
                error(t, .wrongTargetKey(rule: kind.rawValue, expected: expected, key: key))
                return nil
            }
        }
        var rule: Pin.Rule?
        switch kind {
        case .mustStay:
            if let t = target { error(t, .mustStayTarget(t.text)) } else { rule = .mustStay }
        case .mustMoveTo, .mustNotGoTo, .mentor:
            guard let t = target else {
                error(raw.place, path: targetPath, .targetMissing(rule: kind.rawValue, kind.target!))
                return nil
            }
            let f = find(t.text)
            let wantsSchool = kind != .mentor
            switch f {
            case let .school(s) where wantsSchool:
                rule = kind == .mustMoveTo ? .mustMoveTo(school: s) : .mustNotGoTo(school: s)
            case let .teacher(m) where !wantsSchool:
                rule = .mentor(teacher: m)
            case .teacher, .newHire, .school:
                error(t, .namesWrongTarget(t.text, describe(f), rule: kind.rawValue, kind.target!))
            case .none:
                error(t, wantsSchool ? unknown(t.text, .school, ids: x.schools.map(\.id.rawValue))
                                     : unknown(t.text, .teacher, ids: x.teachers.map(\.id.rawValue)))
            case let .ambiguous(ids):
                error(t, .nameOfSeveral(t.text, ids: ids))
            }
        case .notOnDay:
            guard let t = target else {
                error(raw.place, path: targetPath, .dayMissing)
                return nil
            }
            guard let d = PinWords.day(t.text) else {
                error(t, .notDay(t.text))
                return nil
            }
            guard let calendar = x.calendar else {
                error(t, .noCalendar(day: d))
                return nil
            }
            guard (1...calendar.days).contains(d) else {
                error(t, .dayOutside(d, days: calendar.days))
                return nil
            }
            rule = .notOnDay(d)
        }
        guard let person, let rule else { return nil }
        let text = [whoField.text, ruleField.text, target?.text].compactMap { $0 }.joined(separator: " ")
        return Pin(person: person, rule: rule,
                   origin: .init(file: file, line: raw.line, record: raw.record, text: text, isJSON: raw.isJSON))
    }

    /// The rule words for messages.
    static var ruleList: String {
        PinWords.rules.map { "\($0.kind.rawValue) (\($0.words.first { $0.unicodeScalars.first!.value > 0x2E80 } ?? ""))" }
            .joined(separator: ", ")
    }

    /// Pins that change nothing are warnings: written twice, a day off for a teacher who
    /// does not walk-teach, must-stay or must-not-go-to for a teacher outside E (§2).
    mutating func warnIdle(_ pins: [Pin]) {
        let x = instance
        for p in pins {
            guard let t = p.teacher else { continue }
            var why: PinProblem?
            switch p.rule {
            case .notOnDay where x.teachers[t].itinerant == nil:
                why = .notItinerant(x.teachers[t].id.rawValue)
            case .mustStay where !x.isEligible(teacher: t), .mustNotGoTo where !x.isEligible(teacher: t):
                why = .notEligible(x.teachers[t].id.rawValue)
            default: break
            }
            if let why {
                diagnostics.append(Diagnostic(.warning, file: file, line: p.origin.line, path: p.origin.isJSON ? RecordPath(list: "pins", index: p.origin.record) : "",
                                              .pins(why)))
            }
        }
        var seen: [String: Pin] = [:]
        for p in pins {
            let key = "\(p.person)|\(p.rule)"
            if let first = seen[key] {
                diagnostics.append(Diagnostic(.warning, file: file, line: p.origin.line, path: p.origin.isJSON ? RecordPath(list: "pins", index: p.origin.record) : "",
                                              .pins(.repeats(first.label, zh: first.labelZh))))
            } else {
                seen[key] = p
            }
        }
    }
}
