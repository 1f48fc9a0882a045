import RotaplanDomain

/// Why rollover refused (MODEL.md §11, exit 2): every problem, as data (``problems``) and
/// in English (``messages``); RotaplanText words them in Chinese.
public struct RolloverError: Error, Sendable {
    public var problems: [RolloverProblem]
    public init(_ problems: [RolloverProblem]) { self.problems = problems }
    public init(_ problem: RolloverProblem) { problems = [problem] }
    /// A message not yet a case of ``RolloverProblem`` (``RolloverProblem/unworded(_:)``).
    public init(_ message: String) { problems = [.unworded(message)] }
    public var messages: [String] { problems.map(\.description) }
}

/// One reason rollover refused (MODEL.md §11).
public enum RolloverProblem: Sendable, Equatable, CustomStringConvertible {
    case noYear
    case walkingMovesNobody
    case otherInstance(plan: String, instance: String)
    case placesUnknownHire(String)
    case noVacancyLeft(hire: String, school: String, subject: String)
    case unknownSchool(teacher: String, school: String)
    /// The instance of next year would break an input bound: where, and what the loader said.
    case breaksBound(path: String, DiagnosticText)
    /// A sentence not yet a case of its own: shown as written in either language.
    case unworded(String)

    public var description: String {
        switch self {
        case .noYear: return "the instance has no \"year\"; rollover needs the school year it plans (e.g. \"year\": 2025)"
        case .walkingMovesNobody: return "a walking solution moves nobody; roll over a plan, exchange or training solution"
        case let .otherInstance(plan, instance): return "the plan is of the instance \"\(plan)\", not of \"\(instance)\""
        case let .placesUnknownHire(h): return "the plan places \(h), who is not a new hire of the instance"
        case let .noVacancyLeft(h, school, subject): return "the plan places \(h) at \(school), where no vacancy in \(subject) is left"
        case let .unknownSchool(t, school): return "the plan moves \(t) to \(school), which the instance does not have"
        case let .unworded(text): return text
        case let .breaksBound(path, text): return "rollover would write an instance that breaks an input bound (§10): \(path): \(text)"
        }
    }
}

/// `rotaplan rollover` (MODEL.md §11): from this year's instance and a checked plan of it,
/// the instance of next year, steps 1–7 in order. A pure function of (INSTANCE, PLAN): it
/// edits the instance's JSON document, so unknown members, fields never written (a
/// vacancy's `count`), numbers as given and the order of every list are kept, and the
/// same inputs give the same bytes. The plan must already pass `check` (the command
/// checks it); this refuses an instance without `year`, a plan of another instance, a
/// `walking` solution, and a result that breaks an input bound (§10), naming the record.
public enum Rollover {
    public struct Result: Sendable {
        /// The next year's instance, as written to NEXT.json.
        public var text: String
        public var summary: RolloverSummary
    }

    /// `document` is the parsed INSTANCE file and `x` the instance loaded from it (the
    /// records of its lists correspond one to one); `x.pins`, when a pins file was read,
    /// are reported when they name a teacher who retires.
    public static func next(document: JSONNode, instance x: Instance, plan: Solution) throws(RolloverError) -> Result {
        guard let year = x.year else {
            throw RolloverError(.noYear)
        }
        if plan.problem == .walking {
            throw RolloverError(.walkingMovesNobody)
        }
        if plan.instance != x.name {
            throw RolloverError(.otherInstance(plan: plan.instance, instance: x.name))
        }
        var state = RolloverState(x: x, year: year, document: InstanceDocument(document))
        try state.move(plan.exchanges)
        state.passYear(lessons: plan.lessons)
        state.returnFromExchange()
        state.finishTraining()
        try state.placeHires(plan.placements)
        try state.consumeVacancies(plan.placements)
        let text = state.written()
        do {
            _ = try InstanceLoader.load(bytes: Array(text.utf8), file: "the instance of \(year + 1)")
        } catch {
            throw RolloverError(error.diagnostics.filter { $0.severity == .error }.map { .breaksBound(path: $0.path, $0.text) })
        }
        return Result(text: text, summary: state.summary)
    }
}
