import RotaplanDomain

/// Where a place of the intermediate instance came from: a CSV file, the row (1-based
/// line of the file) and, for a field, the cell's column and header. The importer keeps
/// one per ``RecordPath`` it writes (`ImportRun.origins`), so that any problem the JSON
/// loader finds can be put back on the cell it came from.
struct CellOrigin: Sendable {
    var file: String
    var row: Int?
    /// The cell's column and header, for a field.
    var column: Int?, header: String?
    /// The record's id (teachers, schools, groups, new hires), for record-level messages.
    var id: String?
}
