import Foundation
import RotaplanDomain
import RotaplanText
import RotaplanWorkbenchText

/// `/w/:ws/import`: choose an .xlsx workbook, CSV files or an instance file, the school year
/// and the preset. The page's script uploads each file (`POST /w/:ws/uploads`) and then
/// submits the form with their ids (`POST /w/:ws/import`).
enum ImportPage {
    static func render(_ w: Workspace, year: Int, preset: PolicyPreset, limit: Int, frame: PageFrame) -> HTML {
        let l = frame.language
        let base = "/w/\(w.id ?? 0)"
        return frame.page(WorkbenchText.importTitle.text(l), crumbs: [(w.name, base)], """
            <h1>\(WorkbenchText.importTitle, l)</h1>
            <p>\(WorkbenchText.importIntro, l)</p>
            <p><a id="template-link" href="/template.xlsx">\(WorkbenchText.templateLink, l)</a></p>
            <form method="post" action="\(base)/import" id="import-form" class="stack" data-uploads="\(base)/uploads" data-none="\(WorkbenchText.importNoFiles, l)">\(frame.csrfField)
            <label>\(WorkbenchText.importFiles, l) <span class="muted" id="upload-limit">\(WorkbenchText.perFileLimit(limit), l)</span>
            <input type="file" id="files" multiple accept=".xlsx,.xlsm,.csv,.txt,.tsv,.json"></label>
            \(fields(year: year, preset: preset, l))
            <p class="problem" id="upload-error" hidden></p>
            <noscript><p class="warning">\(WorkbenchText.importNeedsScript, l)</p></noscript>
            <button id="import-submit">\(WorkbenchText.importSubmit, l)</button></form>
            """)
    }

    /// The year, preset and name fields (the import page and the problems page's retry form).
    static func fields(year: Int, preset: PolicyPreset, name: String = "", _ l: Language) -> HTML {
        let options: [HTML] = PolicyPreset.allCases.map { p in
            "<option value=\"\(p.rawValue)\"\(HTML(raw: p == preset ? " selected" : ""))>\(p.rawValue)</option>"
        }
        return """
            <label>\(WorkbenchText.importYear, l) <input name="year" type="number" min="2000" max="2100" value="\(year)" required></label>
            <label>\(WorkbenchText.importPreset, l) <select name="preset">\(options)</select></label>
            <label>\(WorkbenchText.importName, l) <input name="name" maxlength="200" value="\(name)"></label>
            """
    }
}
