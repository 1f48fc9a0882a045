import Foundation
import RotaplanDomain

/// The importer's second pass (docs/import.md): the intermediate JSON is loaded by
/// ``InstanceLoader``, and whatever it reports is told in terms of the CSV files.
extension ImportRun {
    /// Loads the intermediate instance and moves every diagnostic back onto the CSV files.
    func validate(_ instance: JSONOut) throws(InstanceError) -> InstanceLoader.Loaded {
        let text = instance.text() + "\n"
        do {
            var loaded = try InstanceLoader.load(bytes: Array(text.utf8), file: "(import)")
            loaded.warnings = sortedDiagnostics(warnings) + loaded.warnings.map(relocate)
            return loaded
        } catch {
            throw InstanceError(sortedDiagnostics(error.diagnostics.map(relocate) + warnings))
        }
    }

    /// A diagnostic of the intermediate instance, told in terms of the CSV files: its place
    /// (``RecordPath``: list, index, field) goes back to the cell, row or file it was
    /// written from (``origins``, the nearest enclosing place that has one); a record
    /// without one goes to its table's file and row; a record the message names becomes
    /// `FILE row N`.
    func relocate(_ d: Diagnostic) -> Diagnostic {
        var out = d
        out.text = d.text.mapRecords { ref in
            guard case let .record(r) = ref, let row = row(of: r) else { return ref }
            return .row(file: (row.file as NSString).lastPathComponent, line: row.line, id: r.id)
        }
        if let origin = origin(of: d.record) {
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

    /// The origin of `place` or of the nearest place enclosing it (`tags[2]` → `tags`, a
    /// field → its record → its list); nil outside the lists the CSV files wrote.
    func origin(of place: RecordPath) -> CellOrigin? {
        var key = RecordPath(list: place.list, index: place.index, field: place.field)
        while true {
            if let o = origins[key] { return o }
            if !key.field.isEmpty {
                key.field = RecordPath.enclosing(key.field)
            } else if key.index != nil {
                key.index = nil
            } else {
                return nil
            }
        }
    }

    /// The CSV file and row a record of the intermediate JSON was written from.
    func row(of r: RecordPath) -> (file: String, line: Int)? {
        guard let k = r.index, let table = ImportTable.allCases.first(where: { $0.list == r.list }),
              let t = tables[table], let rows = rowsOf[table], k < rows.count else { return nil }
        return (t.file, rows[k].row)
    }
}
