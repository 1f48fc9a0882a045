/// Where in an instance (or another input) a diagnostic points, as data: the list, the
/// record's index and id, and the field inside it (`teachers`, 3, `T0004`,
/// `yearsAtSchool`), or a place outside the lists (`policy` / `exchange.minRate`,
/// `calendar` / `periods[0].end`, `travel`). ``description`` is the text users read,
/// `teachers[3] (T0004).yearsAtSchool`; a reader of diagnostics (the CSV importer) uses the
/// parts and never parses that text.
public struct RecordPath: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The list or top-level member (`teachers`, `policy`); empty for the file as a whole.
    public var list: String
    /// The record's index in the list, when the path is in a record.
    public var index: Int?
    /// The record's id, when it has one that was read.
    public var id: String?
    /// The field inside the record or member, dotted, with list indices (`itinerant.unavailable[2]`).
    public var field: String

    public init(list: String = "", index: Int? = nil, id: String? = nil, field: String = "") {
        self.list = list
        self.index = index
        self.id = id
        self.field = field
    }

    /// A fixed place written in code, `"policy"`, `"policy.exchange"`, `"calendar"`: the part
    /// before the first dot is the list, the rest the field (no record index in a literal).
    public init(stringLiteral value: String) {
        if let dot = value.firstIndex(of: ".") {
            self.init(list: String(value[..<dot]), field: String(value[value.index(after: dot)...]))
        } else {
            self.init(list: value)
        }
    }

    /// This path with `field` appended (`+ "stage"`, `+ "tags[2]"`, `+ "[0]"` for an item).
    public static func + (path: RecordPath, field: String) -> RecordPath {
        var out = path
        if out.list.isEmpty && out.field.isEmpty && out.index == nil && !field.hasPrefix("[") {
            out.list = field
        } else if field.hasPrefix("[") {
            out.field += field
        } else {
            out.field = out.field.isEmpty ? field : out.field + "." + field
        }
        return out
    }

    /// The field one level up: `itinerant.unavailable[2]` → `itinerant.unavailable` →
    /// `itinerant` → empty.
    public static func enclosing(_ field: String) -> String {
        guard let cut = field.lastIndex(where: { $0 == "." || $0 == "[" }) else { return "" }
        return String(field[..<cut])
    }

    /// The record alone, without the field.
    public var record: RecordPath { RecordPath(list: list, index: index, id: id) }

    /// `teachers[3] (T0004).yearsAtSchool`, `policy.exchange.minRate`, `travel`.
    public var description: String {
        var s = list
        if let index { s += "[\(index)]" }
        if let id { s += " (\(id))" }
        if !field.isEmpty { s += s.isEmpty || field.hasPrefix("[") ? field : "." + field }
        return s
    }
}
