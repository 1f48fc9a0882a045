import Foundation
import RotaplanDomain
import RotaplanText
import RotaplanWorkbenchText

/// The compare form of a year (up to four variants, each a name and KEY=VALUE lines) and a
/// comparison's result: compare.csv side by side, then compare.html (the full report).
enum ComparePage {
    static let variants = 4

    struct Form {
        var names: [String] = Array(repeating: "", count: ComparePage.variants)
        var settings: [String] = Array(repeating: "", count: ComparePage.variants)
        var timeLimit = "60"
        var error: Bilingual? = nil
        var invalidVariant: Int? = nil
    }

    /// An earlier comparison of the year: its job, state and who started it.
    struct Earlier { var job: Int64; var state: String; var who: String }

    static func render(_ scope: YearScope, _ form: Form, earlier: [Earlier], frame: PageFrame) -> HTML {
        let l = frame.language
        let ws = "/w/\(scope.workspace.id!)"
        let error: HTML = form.error.map { "<p id=\"compare-error\" class=\"problem\" role=\"alert\">\($0, l)</p>" } ?? ""
        // An example line: the table's first key by its Chinese label, at its preset value.
        let first = PolicyKey.all[0]
        let example = "\(first.label.zh)=\(PolicyForm.text(first.value(in: Policy(preset: .national))))"
        let blocks: [HTML] = (0..<variants).map { i in
            let invalid: HTML = form.invalidVariant == i ? " class=\"invalid\" aria-invalid=\"true\"" : ""
            return """
                <fieldset class="variant" data-variant="\(i + 1)" style="min-width:0"><legend>\(WorkbenchText.variant(i + 1), l)</legend>
                <label>\(WorkbenchText.variantName, l) <input name="name\(i + 1)" maxlength="40" value="\(form.names[i])"></label>
                <label>\(WorkbenchText.variantSettings, l)<br><textarea name="set\(i + 1)" rows="3" style="width:100%;max-width:40rem"\(invalid) \
                placeholder="\(example)">\(form.settings[i])</textarea></label></fieldset>
                """
        }
        let keys: [HTML] = PolicyKey.all.map { k in
            "<tr><td>\(WorkbenchText.policyLabel(en: k.label.en, zh: k.label.zh), l)</td><td><code>\(k.name)</code></td></tr>"
        }
        let items: [HTML] = earlier.map { e in
            "<li><a class=\"compare-result\" href=\(quoted("\(scope.path)/compare/\(e.job)"))>#\(e.job)</a> <span class=\"muted\">\(e.state) · \(e.who)</span></li>"
        }
        let list: HTML = earlier.isEmpty ? "" : "<h2>\(WorkbenchText.earlierResults, l)</h2><ul id=\"compare-results\">\(items)</ul>"
        let title = WorkbenchText.compareTitle.text(l)
        return frame.page(title, crumbs: [(scope.workspace.name, ws), (WorkbenchText.year(scope.year).text(l), scope.path)], """
            <h1>\(title) · \(WorkbenchText.year(scope.year), l)</h1>
            <p>\(WorkbenchText.compareIntro, l)</p>\(error)
            <form id="compare-form" method="post" action="\(scope.path)/compare">\(frame.csrfField)
            \(blocks)
            <p><label>\(WorkbenchText.timeLimit, l) <input name="timeLimit" type="number" min="1" max="3600" step="1" value="\(form.timeLimit)"></label></p>
            <p><button id="compare-start" type="submit">\(WorkbenchText.compareStart, l)</button></p></form>
            <details id="policy-keys"><summary>\(WorkbenchText.policyKeysList, l)</summary><div class="wrap"><table><tbody>\(keys)</tbody></table></div></details>
            \(list)
            """)
    }

    static func quoted(_ s: String) -> HTML { "\"\(s)\"" }

    /// The result of a comparison: `folder` holds what `rotaplan compare --report` wrote;
    /// `names` are the variants' names (column 3 on), `files` the URL of the folder's files.
    static func result(_ scope: YearScope, job: Int64, folder: URL?, names: [String], files: String, frame: PageFrame) -> HTML {
        let l = frame.language
        let ws = "/w/\(scope.workspace.id!)"
        let title = WorkbenchText.compareResultTitle.text(l)
        let crumbs = [(scope.workspace.name, ws), (WorkbenchText.year(scope.year).text(l), scope.path),
                      (WorkbenchText.compareTitle.text(l), "\(scope.path)/compare")]
        guard let folder, let rows = ResultTable.read(folder.appendingPathComponent("compare.csv")), rows.count > 1 else {
            return frame.page(title, crumbs: crumbs, """
                <h1>\(title)</h1><p id="compare-missing">\(WorkbenchText.resultMissing, l)</p>
                <p><a href="\(ws)/jobs/\(job)">\(WorkbenchText.jobPage, l)</a></p>
                """)
        }
        // Columns: code, figure, baseline, variant 1 … (the header names each variant's settings).
        let header = rows[0]
        let heads: [HTML] = header.indices.dropFirst(2).map { c in
            let settings = header[c]
            let name = c == 2 ? WorkbenchText.baseline.text(l) : (names.indices.contains(c - 3) && !names[c - 3].isEmpty ? names[c - 3] : WorkbenchText.variant(c - 2).text(l))
            return "<th scope=\"col\" data-column=\"\(c - 2)\">\(name)\(c == 2 ? "" : HTML("<br><code class=\"muted\">\(settings)</code>"))</th>"
        }
        let body: [HTML] = rows.dropFirst().map { r in
            let cells: [HTML] = r.indices.dropFirst(2).map { c in
                let differs = c > 2 && r.count > 2 && r[c] != r[2]
                return "<td\(differs ? HTML(" class=\"differs\"") : "")>\(r[c])</td>"
            }
            return "<tr data-figure=\(quoted(r.first ?? ""))><th scope=\"row\">\(r.count > 1 ? r[1] : "")</th>\(cells)</tr>"
        }
        let downloads: [HTML] = (0..<max(0, header.count - 2)).map { i in
            let stem = i == 0 ? "baseline" : "variant-\(i)"
            return "<li><a href=\"\(files)/\(stem).plan.xlsx\">\(stem).plan.xlsx</a> · <a href=\"\(files)/\(stem).plan.json\">\(stem).plan.json</a></li>"
        }
        return frame.page(title, crumbs: crumbs, """
            <h1>\(title) · \(WorkbenchText.year(scope.year), l)</h1>
            <div class="wrap"><table id="comparison"><thead><tr><th>\(WorkbenchText.figure, l)</th>\(heads)</tr></thead><tbody>\(body)</tbody></table></div>
            <p class="muted">\(WorkbenchText.differsNote, l)</p>
            <ul id="compare-downloads"><li><a href="\(files)/compare.csv">compare.csv</a> · <a href="\(files)/compare.html">compare.html</a></li>\(downloads)</ul>
            <h2>\(WorkbenchText.fullReport, l)</h2>
            <iframe id="compare-report" src="\(files)/compare.html" title="compare.html" style="width:100%;height:70vh;border:1px solid #d0d7de"></iframe>
            """)
    }
}
