import Foundation
import RotaplanDomain

/// The importer's second pass (docs/import.md): the intermediate JSON is loaded by
/// ``InstanceLoader``, and whatever it reports is told in terms of the CSV files.
extension ImportRun {
    /// Loads the intermediate JSON and moves every diagnostic back onto the CSV files.
    func validate(_ lines: JSONLines.Block) throws(InstanceError) -> InstanceLoader.Loaded {
        let text = JSONLines.text(lines)
        do {
            var loaded = try InstanceLoader.load(bytes: Array(text.utf8), file: "(import)")
            loaded.warnings = loaded.warnings.map { relocate($0, lines) }
            return loaded
        } catch {
            throw InstanceError(sortedDiagnostics(error.diagnostics.map { relocate($0, lines) }))
        }
    }

    /// A diagnostic of the intermediate JSON, told in terms of the CSV files: a line of
    /// the JSON goes back to the cell (or row) it was written from; a record without a line
    /// (``RecordPath``: list, index, id, field) to its table's file and row; a record the
    /// message names to `FILE row N`.
    func relocate(_ d: Diagnostic, _ lines: JSONLines.Block) -> Diagnostic {
        var out = d
        out.text = DiagnosticText(d.text.parts.map { part in
            guard case let .record(r) = part, let row = row(of: r) else { return part }
            return .words((row.file as NSString).lastPathComponent + " row \(row.line)" + (r.id.map { " (\($0))" } ?? ""))
        })
        if let line = d.line, line >= 1, line <= lines.count, let origin = lines[line - 1].origin {
            out.file = origin.file
            out.line = origin.row
            out.column = origin.column
            out.record = RecordPath(field: origin.header ?? origin.id ?? "")
            return out
        }
        out.line = nil
        out.column = nil
        let r = d.record
        if r.index != nil, let table = ImportTable.allCases.first(where: { $0.list == r.list }), let t = tables[table] {
            out.file = t.file
            out.line = row(of: r)?.line
            out.record = RecordPath(field: [r.id, r.field.isEmpty ? nil : r.field].compactMap { $0 }.joined(separator: "."))
            return out
        }
        // Travel needed between two schools, policy keys and the like.
        if r.list == "travel", let t = tables[.travel] ?? tables[.schools] {
            out.file = t.file
        } else if r.list == "calendar", let t = tables[.calendar] ?? tables[.demand] {
            out.file = t.file
        } else if r.list == "policy" {
            out.file = "--preset"
        } else if let t = tables[.schools] {
            out.file = t.file
        }
        return out
    }

    /// The CSV file and row a record of the intermediate JSON was written from.
    func row(of r: RecordPath) -> (file: String, line: Int)? {
        guard let k = r.index, let table = ImportTable.allCases.first(where: { $0.list == r.list }),
              let t = tables[table], let rows = rowsOf[table], k < rows.count else { return nil }
        return (t.file, rows[k].row)
    }
}
