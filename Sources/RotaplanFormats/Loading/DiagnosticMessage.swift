import RotaplanDomain

/// What a diagnostic says, as data (issue 17 item 5): one case per kind of problem, with
/// the values it quotes typed (the field, the kind found, the range, the closest name).
/// No language is chosen here: `description` is the English text stderr has always shown
/// (tests compare it byte for byte), and RotaplanText renders every case in Chinese too
/// (`DiagnosticMessage.text(_:)`), an exhaustive switch, so a case without a translation
/// does not compile. Grouped by the part of the formats that reports it.
public enum DiagnosticMessage: Sendable, Equatable, CustomStringConvertible {
    /// A JSON field of the wrong kind, missing, unknown or out of range (``FieldReader``).
    case field(FieldProblem)
    /// The file could not be parsed as JSON (``JSONParser``): "invalid JSON: …".
    case json(JSONProblem)
    /// A record of the instance that does not hold together (``InstanceLoader``).
    case instance(InstanceProblem)
    /// The policy: an unknown preset, a `--set` value, a `groups.*` finding (§3).
    case policy(PolicyProblem)
    /// The CSV importer: files, headers, cells (docs/import.md).
    case csv(ImportProblem)
    /// A pins file (docs/pins.md).
    case pins(PinProblem)
    /// A solution file (§8).
    case solution(SolutionProblem)
    /// A file that cannot be read at all (missing, a folder, too large).
    case file(FileProblem)
    /// The horizon's `--hires` file (MODEL.md §13).
    case horizon(HorizonProblem)

    public var description: String {
        switch self {
        case let .field(p): return p.description
        case let .json(p): return "invalid JSON: \(p)"
        case let .instance(p): return p.description
        case let .policy(p): return p.description
        case let .csv(p): return p.description
        case let .pins(p): return p.description
        case let .solution(p): return p.description
        case let .file(p): return p.description
        case let .horizon(p): return p.description
        }
    }

    /// The message with every record it names passed through `f` (the CSV importer turns
    /// a record of the intermediate JSON into `FILE row N`).
    public func mapRecords(_ f: (RecordRef) -> RecordRef) -> DiagnosticMessage {
        switch self {
        case let .instance(.duplicateID(first)): return .instance(.duplicateID(first: f(first)))
        case let .instance(.schoolInTwoGroups(school, group, other)):
            return .instance(.schoolInTwoGroups(school: school, group: group, first: f(other)))
        default: return self
        }
    }
}

/// Another record a message names: a place in the instance, or (after the CSV importer
/// moved it) a row of a CSV file.
public enum RecordRef: Sendable, Equatable, CustomStringConvertible {
    case record(RecordPath)
    case row(file: String, line: Int, id: String?)

    public var description: String {
        switch self {
        case let .record(r): return r.description
        case let .row(file, line, id): return "\(file) row \(line)" + (id.map { " (\($0))" } ?? "")
        }
    }
}

/// The kind of a JSON value a message says was found.
public enum JSONKind: String, Sendable, Equatable, CustomStringConvertible {
    case null, bool, number, string, list, object

    public var description: String {
        switch self {
        case .null: return "null"
        case .bool: return "true/false"
        case .number: return "a number"
        case .string: return "a string"
        case .list: return "a list"
        case .object: return "an object"
        }
    }
}

/// What a field should have held.
public enum JSONExpected: Sendable, Equatable, CustomStringConvertible {
    case object, list, string, bool, number, wholeNumber, nonEmptyString
    /// `{subject: count}` (a school's `required`).
    case subjectCounts

    public var description: String {
        switch self {
        case .object: return "an object {…}"
        case .list: return "a list […]"
        case .string: return "a string"
        case .bool: return "true or false"
        case .number: return "a number"
        case .wholeNumber: return "a whole number"
        case .nonEmptyString: return "a non-empty string"
        case .subjectCounts: return "an object {subject: count}"
        }
    }
}

/// A file that cannot be read (every loader's first check).
public enum FileProblem: Sendable, Equatable, CustomStringConvertible {
    case noSuchFile
    case isFolder
    case noAttributes
    /// Sizes in MB.
    case tooLarge(megabytes: Int, limit: Int)
    case largerThan(limit: Int)
    case cannotOpen
    case cannotRead(reason: String)

    public var description: String {
        switch self {
        case .noSuchFile: return "no such file"
        case .isFolder: return "this is a folder, not a file"
        case .noAttributes: return "cannot read the file's attributes"
        case let .tooLarge(mb, limit): return "the file is \(mb) MB; rotaplan reads input files of at most \(limit) MB"
        case let .largerThan(limit): return "the file is larger than \(limit) MB"
        case .cannotOpen: return "cannot open the file (permission denied?)"
        case let .cannotRead(reason): return "cannot read the file: \(reason)"
        }
    }
}
