/// A principal's hard rule on one person ("this teacher must stay", "she goes to S3"),
/// read from a pins file (docs/pins.md) and honoured by every model, greedy baseline and
/// the checker on top of MODEL.md §4–§6.
///
/// | who | rule | meaning |
/// |---|---|---|
/// | teacher | `must-move-to S` | exchange (§4): x[t,S] = 1 |
/// | teacher | `must-stay` | exchange: Σ_s x[t,s] = 0 |
/// | teacher | `must-not-go-to S` | exchange: x[t,S] = 0 (walking teaching at S stays allowed) |
/// | teacher | `not-on-day D` | walking (§6): no lesson of t on day D |
/// | new hire | `mentor T` | training (§5): p[N,T] = 1 |
/// | new hire | `must-move-to S` | training: Σ_L z[N,S,L] = 1 |
/// | new hire | `must-not-go-to S` | training: Σ_L z[N,S,L] = 0 |
public struct Pin: Sendable, Equatable {
    /// Whom the pin is about (an index into the instance's teachers or new hires).
    public enum Person: Sendable, Hashable {
        case teacher(Int)
        case newHire(Int)
    }

    /// What the pin demands; every school and teacher is an index into the instance.
    public enum Rule: Sendable, Hashable {
        case mustMoveTo(school: Int)
        case mustStay
        case mustNotGoTo(school: Int)
        case mentor(teacher: Int)
        case notOnDay(Int)

        /// The rule's canonical English word (docs/pins.md).
        public var word: String {
            switch self {
            case .mustMoveTo: return "must-move-to"
            case .mustStay: return "must-stay"
            case .mustNotGoTo: return "must-not-go-to"
            case .mentor: return "mentor"
            case .notOnDay: return "not-on-day"
            }
        }
    }

    /// The problem a pin constrains.
    public enum Problem: String, Sendable { case exchange, training, walking }

    /// Where the pin was written, for every message about it.
    public struct Origin: Sendable, Equatable {
        /// The pins file as named on the command line.
        public var file: String
        /// 1-based line of the CSV row or of the JSON record.
        public var line: Int?
        /// 0-based position among the file's pins (the JSON `pins[i]`, the CSV data row).
        public var record: Int
        /// The pin in the user's own words, e.g. `T0007 必须调往 S3`.
        public var text: String
        /// JSON files: the record is named `pins[i]`; CSV files by their line.
        public var isJSON: Bool

        public init(file: String, line: Int?, record: Int, text: String, isJSON: Bool) {
            self.file = file
            self.line = line
            self.record = record
            self.text = text
            self.isJSON = isJSON
        }

        /// `pins.csv:4`, or `pins.json pins[2] (line 7)`.
        public var place: String {
            if isJSON { return "\(file) pins[\(record)]" + (line.map { " (line \($0))" } ?? "") }
            return file + (line.map { ":\($0)" } ?? "")
        }
    }

    public var person: Person
    public var rule: Rule
    public var origin: Origin

    public init(person: Person, rule: Rule, origin: Origin) {
        self.person = person
        self.rule = rule
        self.origin = origin
    }

    /// How every message names the pin: `pin pins.csv:4 "T0007 must-move-to S3"`.
    public var label: String { "pin \(origin.place) \"\(origin.text)\"" }

    /// ``label`` in Chinese: `固定规则 pins.csv:4「T0007 必须调往 S3」`.
    public var labelZh: String { "固定规则 \(origin.place)「\(origin.text)」" }

    /// The problem the pin constrains: teachers' moves and new hires' placements are
    /// exchange and training; days off are walking.
    public var problem: Problem {
        switch (person, rule) {
        case (_, .notOnDay): return .walking
        case (.newHire, _), (_, .mentor): return .training
        case (.teacher, _): return .exchange
        }
    }

    /// The teacher the pin is about, if it is about a teacher.
    public var teacher: Int? { if case let .teacher(t) = person { return t } else { return nil } }

    /// The new hire the pin is about, if it is about a new hire.
    public var newHire: Int? { if case let .newHire(n) = person { return n } else { return nil } }
}

extension Instance {
    /// The pins that constrain `problem`, in file order.
    public func pins(of problem: Pin.Problem) -> [Pin] { pins.filter { $0.problem == problem } }

    /// Days on which a walking pin keeps teacher t from teaching (`not-on-day`, §6).
    public func pinnedDaysOff(ofTeacher t: Int) -> Set<Int> {
        var days = Set<Int>()
        for p in pins { if case let .notOnDay(d) = p.rule, p.teacher == t { days.insert(d) } }
        return days
    }
}
