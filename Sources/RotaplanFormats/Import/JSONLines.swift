import RotaplanDomain

/// Where a line of the intermediate JSON came from: a CSV file, the row (1-based line of
/// the file) and, for a field, the cell's column and header. The importer writes every
/// field on its own line so that any problem the JSON loader finds can be put back on
/// the cell it came from.
struct CellOrigin: Sendable {
    var table: ImportTable
    var file: String
    var row: Int?
    var column: Int?
    var header: String?
    /// The record's id (teachers, schools, groups, new hires), for record-level messages.
    var id: String?
}

/// JSON text as lines, each with its origin.
struct JSONLines {
    typealias Block = [(text: String, origin: CellOrigin?)]

    /// `"key": value` on one line.
    static func member(_ key: String, _ json: String, _ origin: CellOrigin?) -> Block {
        [("\(JSONText.string(key)): \(json)", origin)]
    }

    /// `open` on its own line, the items separated by commas, then `close`.
    static func container(_ open: String, _ close: String, _ items: [Block], _ origin: CellOrigin?) -> Block {
        var out: Block = [(open, origin)]
        for (k, item) in items.enumerated() {
            var item = item
            if k < items.count - 1, !item.isEmpty { item[item.count - 1].text += "," }
            out += item
        }
        out.append((close, origin))
        return out
    }

    /// `"key": {` … `}` or `"key": [` … `]`.
    static func keyed(_ key: String, object: Bool, _ items: [Block], _ origin: CellOrigin?) -> Block {
        container("\(JSONText.string(key)): " + (object ? "{" : "["), object ? "}" : "]", items, origin)
    }

    static func text(_ block: Block) -> String { block.map(\.text).joined(separator: "\n") + "\n" }
}
