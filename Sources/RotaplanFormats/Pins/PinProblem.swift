/// What is wrong with a pins file (docs/pins.md), as data.
public enum PinProblem: Sendable, Equatable, CustomStringConvertible {
    /// What a rule's target is (``PinWords/Kind/target``).
    public enum Target: Sendable, Equatable, CustomStringConvertible {
        case school, mentor, day
        public var description: String {
            switch self {
            case .school: return "a school"
            case .mentor: return "a teacher (the mentor)"
            case .day: return "a day of the week"
            }
        }
    }

    /// Who or what an id or name turned out to be.
    public enum Named: Sendable, Equatable, CustomStringConvertible {
        case teacher(id: String, name: String), newHire(id: String, name: String), school(id: String, name: String)
        public var description: String {
            switch self {
            case let .teacher(id, name): return "teacher \(id) (\(name))"
            case let .newHire(id, name): return "new hire \(id) (\(name))"
            case let .school(id, name): return "school \(id) (\(name))"
            }
        }
    }

    /// What an unknown id was looked up as.
    public enum Looked: String, Sendable, Equatable { case person = "teacher or new hire", school, teacher }

    case unknownColumn(String, columns: [String])
    case missingColumn(String, names: [String])
    case columnRepeats(String, key: String, header: String, column: Int)
    case valueWithoutHeader(String)
    case notPinsObject(format: String, found: JSONKind)
    case unknownField(String, closest: String?)
    /// `found`: the string given, quoted, or the kind.
    case wrongFormat(expected: String, found: String)
    case pinsMissing
    case notList(found: JSONKind)
    case notPinObject(found: JSONKind)
    case empty
    case notString(numbers: Bool, found: JSONKind)
    case bothPeople
    case personMissing
    case ruleMissing
    case severalTargets([String])
    case noteNotString(found: JSONKind)
    case whoMissing
    case ruleWordMissing(rules: String)
    case unknownRule(String, closest: String?, rules: String)
    case namesNotPerson(String, Named)
    case unknown(String, Looked, closest: String?)
    case nameOfSeveral(String, ids: [String])
    case newHireNotTeacher(String)
    case teacherNotNewHire(String)
    case mentorForTeacher(String)
    case ruleForTeacher(rule: String, who: String)
    case wrongTargetKey(rule: String, expected: String, key: String)
    case mustStayTarget(String)
    case targetMissing(rule: String, Target)
    case namesWrongTarget(String, Named, rule: String, Target)
    case dayMissing
    case notDay(String)
    case noCalendar(day: Int)
    case dayOutside(Int, days: Int)
    case notItinerant(String)
    case notEligible(String)
    /// The pin repeated, as its English and Chinese labels name it.
    case repeats(String, zh: String)

    public var description: String {
        switch self {
        case let .missingColumn(key, names): return "the required column \"\(key)\" is missing from the header (accepted names: \(names.joined(separator: ", ")))"
        case let .unknownColumn(raw, names):
            return "unknown column \"\(raw)\"; a pins file has the columns \(names.joined(separator: ", ")) and may have 备注/note columns, which are ignored"
        case let .columnRepeats(raw, key, header, column): return "the column \"\(raw)\" repeats the \(key) column \"\(header)\" (column \(column))"
        case let .valueWithoutHeader(v):
            return "a value (\"\(v)\") in a column without a known header; put the target in the target column and remarks in a 备注/note column"
        case let .notPinsObject(format, found): return "expected an object {\"format\": \"\(format)\", \"pins\": […]}, found \(found)"
        case let .unknownField(key, closest): return "unknown field \"\(key)\"" + (closest.map { "; did you mean \"\($0)\"?" } ?? "")
        case let .wrongFormat(expected, found): return "expected \"\(expected)\", found \(found)"
        case .pinsMissing: return "the field \"pins\" is missing"
        case let .notList(found): return "expected a list […], found \(found)"
        case let .notPinObject(found): return "expected an object {\"teacher\": …, \"rule\": …}, found \(found)"
        case .empty: return "must not be empty"
        case let .notString(numbers, found): return "expected \(numbers ? "a number or a string" : "a string"), found \(found)"
        case .bothPeople: return "give either \"teacher\" or \"newHire\", not both"
        case .personMissing: return "the field \"teacher\" (or \"newHire\" for a new hire) is missing"
        case .ruleMissing: return "the field \"rule\" is missing"
        case let .severalTargets(keys):
            return "give one target (\"school\", \"mentor\" or \"day\"), found \(keys.map { "\"\($0)\"" }.joined(separator: " and "))"
        case let .noteNotString(found): return "expected a string, found \(found)"
        case .whoMissing: return "the person (a teacher or new hire id) is missing"
        case let .ruleWordMissing(rules): return "the rule is missing (\(rules))"
        case let .unknownRule(word, closest, rules):
            return "unknown rule \"\(word)\"" + (closest.map { "; did you mean \"\($0)\"?" } ?? "") + "; the rules are \(rules)"
        case let .namesNotPerson(text, named): return "\(text) names \(named), but a pin is about a teacher or a new hire"
        case let .unknown(text, what, closest): return "unknown \(what.rawValue) \"\(text)\"" + (closest.map { "; did you mean \($0)?" } ?? "")
        case let .nameOfSeveral(text, ids): return "\"\(text)\" is the name of \(ids.joined(separator: " and ")); write the id"
        case let .newHireNotTeacher(t): return "\(t) is a new hire, not a teacher; write \"newHire\": \"\(t)\""
        case let .teacherNotNewHire(t): return "\(t) is a teacher, not a new hire; write \"teacher\": \"\(t)\""
        case let .mentorForTeacher(t): return "the rule mentor is for a new hire (\"N03 mentor T0001\"); \(t) is a teacher"
        case let .ruleForTeacher(rule, who): return "the rule \(rule) is for a teacher; \(who) is a new hire"
        case let .wrongTargetKey(rule, expected, key): return "the rule \(rule) takes \"\(expected)\", not \"\(key)\""
        case let .mustStayTarget(t): return "the rule must-stay takes no target; found \"\(t)\""
        case let .targetMissing(rule, target): return "the rule \(rule) needs a target: \(target)"
        case let .namesWrongTarget(text, named, rule, target): return "\(text) names \(named), but the rule \(rule) needs \(target)"
        case .dayMissing: return "the rule not-on-day needs a target: the day (1 = Monday 周一)"
        case let .notDay(t): return "\"\(t)\" is not a day; write 1…7, \"day 3\", 周三 or 星期三"
        case let .noCalendar(d): return "the instance has no calendar, so there is no day \(d) to keep free"
        case let .dayOutside(d, days): return "day \(d) is outside the calendar, whose week has days 1…\(days)"
        case let .notItinerant(t): return "\(t) is not an itinerant teacher (no walking teaching, §6), so this pin changes nothing"
        case let .notEligible(t): return "\(t) is not eligible for the exchange (§2 E) and stays anyway, so this pin changes nothing"
        case let .repeats(label, _): return "this pin repeats \(label)"
        }
    }
}
