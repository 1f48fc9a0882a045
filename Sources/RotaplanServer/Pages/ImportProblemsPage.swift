import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// The answer to an import with problems (422): table#import-problems with one tr.problem
/// per error at its file, row, column and field, the warnings and notes apart, and the files
/// kept: each can be replaced on its own (or files added) and the import retried with the rest.
enum ImportProblemsPage {
    static func render(_ w: Workspace, errors: [ImportProblemRow], warnings: [ImportProblemRow], uploads: [Upload],
                       year: Int, preset: PolicyPreset, name: String, limit: Int, frame: PageFrame) -> HTML {
        let l = frame.language
        let base = "/w/\(w.id ?? 0)"
        let rows: [HTML] = errors.map { row($0, "problem", l) }
        let notes: [HTML] = warnings.map { row($0, $0.severity == .warning ? "warning" : "note", l) }
        let noteTable: HTML = notes.isEmpty ? "" : """
            <h2>\(WorkbenchText.warningsAndNotes, l)</h2>
            <div class="wrap"><table id="import-warnings">\(header(l))<tbody>\(notes)</tbody></table></div>
            """
        let kept: [HTML] = uploads.map { u in
            """
            <tr data-upload="\(u.id ?? 0)"><td>\(u.fileName)<input type="hidden" name="upload" value="\(u.id ?? 0)"></td>
            <td class="n">\(u.bytes.count)</td>
            <td><label>\(WorkbenchText.replaceFile, l) <input type="file" class="replace" data-replace="\(u.id ?? 0)" accept=".xlsx,.xlsm,.csv,.txt,.tsv,.json"></label></td></tr>
            """
        }
        return frame.page(WorkbenchText.importProblemsTitle(errors.count).text(l), crumbs: [(w.name, base)], """
            <h1 id="import-problems-title">\(WorkbenchText.importProblemsTitle(errors.count), l)</h1>
            <p>\(WorkbenchText.importProblemsIntro, l)</p>
            <div class="wrap"><table id="import-problems">\(header(l))<tbody>\(rows)</tbody></table></div>
            \(noteTable)
            <h2>\(WorkbenchText.keptFiles, l)</h2>
            <form method="post" action="\(base)/import" id="retry-form" class="stack" data-uploads="\(base)/uploads" data-none="\(WorkbenchText.importNoFiles, l)">\(frame.csrfField)
            <div class="wrap"><table id="kept-files"><tbody>\(kept)</tbody></table></div>
            <label>\(WorkbenchText.addFiles, l) <span class="muted">\(WorkbenchText.perFileLimit(limit), l)</span>
            <input type="file" id="add-files" multiple accept=".xlsx,.xlsm,.csv,.txt,.tsv,.json"></label>
            \(ImportPage.fields(year: year, preset: preset, name: name, l))
            <p class="problem" id="upload-error" hidden></p>
            <button id="retry-submit">\(WorkbenchText.retry, l)</button></form>
            <p><a href="\(base)/import">\(WorkbenchText.startOver, l)</a></p>
            """)
    }

    static func header(_ l: Language) -> HTML {
        """
        <thead><tr><th>\(WorkbenchText.columnSeverity, l)</th><th>\(WorkbenchText.columnFile, l)</th><th>\(WorkbenchText.columnRow, l)</th>\
        <th>\(WorkbenchText.columnColumn, l)</th><th>\(WorkbenchText.columnField, l)</th><th>\(WorkbenchText.columnMessage, l)</th></tr></thead>
        """
    }

    /// A column as Excel shows it beside its number: `8 (H)`, `28 (AB)`.
    static func column(_ n: Int) -> String {
        guard n > 0 else { return String(n) }
        var letters = "", k = n
        while k > 0 { k -= 1; letters = String(UnicodeScalar(UInt8(65 + k % 26))) + letters; k /= 26 }
        return "\(n) (\(letters))"
    }

    static func row(_ p: ImportProblemRow, _ cls: String, _ l: Language) -> HTML {
        """
        <tr class="\(cls)" data-file="\(p.file)" data-row="\(p.line.map(String.init) ?? "")" data-column="\(p.column.map(String.init) ?? "")">\
        <td>\(p.severity.word(l))</td><td>\(p.file)</td><td class="n">\(p.line.map(String.init) ?? "")</td>\
        <td class="n">\(p.column.map(Self.column) ?? "")</td><td>\(p.field)</td><td>\(p.message)</td></tr>
        """
    }
}
