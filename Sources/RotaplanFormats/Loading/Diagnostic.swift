import RotaplanDomain

/// One problem found in an input file, in the user's terms: which file, where in it
/// (line and column), which list and record (id or index) and which field (``RecordPath``),
/// and what is wrong.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// `note`: what an importer assumed or kept aside (an encoding, backbone levels), not a problem.
    public enum Severity: String, Sendable { case error, warning, note }

    public var severity: Severity
    public var file: String
    /// 1-based line and column in the file, when known.
    public var line: Int?
    public var column: Int?
    /// Where in the instance: list, index, id, field.
    public var record: RecordPath
    public var text: DiagnosticText
    /// For policy findings: the city document and clause the rule comes from.
    public var source: String?

    public init(_ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil,
                at record: RecordPath, _ text: DiagnosticText, source: String? = nil) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.record = record
        self.text = text
        self.source = source
    }

    /// A diagnostic whose message names no other record.
    public init(_ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil,
                path: RecordPath, message: String, source: String? = nil) {
        self.init(severity, file: file, line: line, column: column, at: path, DiagnosticText([.words(message)]), source: source)
    }

    /// A diagnostic saying `message`.
    public init(_ severity: Severity = .error, file: String, line: Int? = nil, column: Int? = nil,
                path: RecordPath, _ message: DiagnosticMessage, source: String? = nil) {
        self.init(severity, file: file, line: line, column: column, at: path, DiagnosticText(message), source: source)
    }

    /// Where in the instance, as users read it: `teachers[3] (T0004).yearsAtSchool`; empty for the file.
    public var path: String { record.description }

    /// The message, other records named as the instance names them (`groups[0] (G1)`).
    public var message: String { text.description }

    /// One line, `FILE:LINE:COLUMN: error: PATH: message [source]`. Newlines and terminal
    /// controls in it (the file name, or data the message quotes) are shown escaped
    /// (``TerminalText``), so a diagnostic can neither span lines nor steer a terminal.
    public var description: String { framed(severity: severity.rawValue, message: message) }

    /// The one line with the severity word and message given (RotaplanText passes them in
    /// the user's language): the frame, record path and source stay as they are.
    public func framed(severity word: String, message: String) -> String {
        var s = file
        if let line { s += ":\(line)" + (column.map { ":\($0)" } ?? "") }
        s += ": \(word): "
        if !path.isEmpty { s += "\(path): " }
        s += message
        if let source { s += " [\(source)]" }
        return TerminalText.escaped(s, keepingNewlines: false)
    }
}

/// An instance that cannot be used: every problem found, in file order. Exit code 2.
public struct InstanceError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
