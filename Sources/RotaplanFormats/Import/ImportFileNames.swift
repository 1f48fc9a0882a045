/// Which table a file holds, told by its name as a workbook's sheet is told by its tab
/// (``WorkbookTables/sheetNames``): `teachers.csv`, `教师.csv`, `new-hires.csv`,
/// `新教师.csv`, `政策.csv` … — the name without its extension, compared as tab names are.
/// The workbench uses it for CSV files uploaded together.
public enum ImportFileName {
    /// What a file holds: one of the import tables, or policy rows.
    public enum Content: Hashable, Sendable {
        case table(ImportTable)
        case policy
    }

    /// What the file named `name` holds, or nil when its name is not one of a table's.
    public static func content(of name: String) -> Content? {
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        switch WorkbookTables.content(ofSheet: String(stem)) {
        case .table(let t)?: return .table(t)
        case .policy?: return .policy
        case nil: return nil
        }
    }

    /// The accepted names of each table's file (the first Chinese and the English one), for messages.
    public static var examples: String {
        WorkbookTables.sheetNames.map { "\($0.1[0]).csv / \($0.1.last!).csv" }.joined(separator: ", ")
    }
}
