import RotaplanDomain

/// Reads a pins file (docs/pins.md) against an instance: CSV as Excel saves it (UTF-8 with
/// or without a BOM, a header row `who,rule,target` or its Chinese names) or JSON
/// (`{"format": "rotaplan-pins/1", "pins": [...]}`, docs/pins.schema.json).
///
/// One pass lists every problem as a ``Diagnostic`` naming the file, the line (CSV) or
/// record `pins[i]` (JSON) and the field: unknown people, schools or rule words, a target
/// of the wrong kind (a school where a mentor is expected), a day outside the calendar,
/// malformed CSV or JSON. Any error makes the load throw ``InstanceError`` (exit 2).
/// A pin that is well formed but cannot hold (an ineligible teacher pinned to move) is
/// not an input error: the solve reports it as the reason there is no plan.
public enum PinLoader {
    public static let format = "rotaplan-pins/1"
    /// Largest pins file accepted, in bytes.
    public static let maximumFileSize = 16 << 20

    /// The pins and the warnings (repeated pins) found while reading them.
    public struct Loaded: Sendable {
        public var pins: [Pin]
        public var warnings: [Diagnostic]
    }

    /// Reads and resolves the pins file at `path` against `x`.
    public static func load(path: String, for x: Instance) throws(InstanceError) -> Loaded {
        let bytes = try InstanceLoader.readFile(path, limit: maximumFileSize)
        return try load(bytes: bytes, file: path, for: x)
    }

    /// Reads pins given as bytes; `file` names them in messages. JSON when the file name
    /// ends in `.json` or the text starts with `{`, CSV otherwise.
    public static func load(bytes: [UInt8], file: String, for x: Instance) throws(InstanceError) -> Loaded {
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        let first = body.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        let isJSON = file.lowercased().hasSuffix(".json") || first == UInt8(ascii: "{")
        var reader = PinReader(file: file, instance: x)
        let raws = isJSON ? reader.readJSON(bytes) : reader.readCSV(bytes)
        let pins = raws.compactMap { reader.resolve($0) }
        reader.warnIdle(pins)
        let errors = reader.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw InstanceError(errors.enumerated().sorted { a, b in
                (a.element.line ?? 0, a.element.column ?? 0, a.offset) < (b.element.line ?? 0, b.element.column ?? 0, b.offset)
            }.map(\.element))
        }
        return Loaded(pins: pins, warnings: reader.diagnostics.filter { $0.severity == .warning })
    }
}

/// One cell or JSON field of a pin, with where it was.
struct PinField {
    var text: String
    var line: Int?
    var column: Int?
    /// How messages name the field: the CSV header, or `pins[2].school`.
    var path: String
}

/// A pin as written, before its names are resolved.
struct RawPin {
    var line: Int?
    var record: Int
    var isJSON: Bool
    /// Where the record starts (for fields that are missing).
    var place: PinField
    var who: PinField?
    /// JSON only: the key that named the person (`teacher` or `newHire`).
    var whoKey: String?
    var rule: PinField?
    var target: PinField?
    /// JSON only: the key that held the target (`school`, `mentor` or `day`).
    var targetKey: String?
}
