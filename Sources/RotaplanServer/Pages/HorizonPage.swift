import Foundation
import RotaplanText
import RotaplanWorkbenchText

/// The horizon form of a year (how many years, a time limit per year) and a horizon's
/// result: horizon.csv (the years side by side), horizon.html (with its chart) and every
/// year's instance and plan file.
enum HorizonPage {
    struct Form {
        var years = "3"
        var timeLimit = "60"
        var error: Bilingual? = nil
    }

    static func render(_ scope: YearScope, _ form: Form, earlier: [ComparePage.Earlier], frame: PageFrame) -> HTML {
        let l = frame.language
        let ws = "/w/\(scope.workspace.id!)"
        let error: HTML = form.error.map { "<p id=\"horizon-error\" class=\"problem\" role=\"alert\">\($0, l)</p>" } ?? ""
        let items: [HTML] = earlier.map { e in
            "<li><a class=\"horizon-result\" href=\"\(scope.path)/horizon/\(e.job)\">#\(e.job)</a> <span class=\"muted\">\(e.state) · \(e.who)</span></li>"
        }
        let list: HTML = earlier.isEmpty ? "" : "<h2>\(WorkbenchText.earlierResults, l)</h2><ul id=\"horizon-results\">\(items)</ul>"
        let title = WorkbenchText.horizonTitle.text(l)
        return frame.page(title, crumbs: [(scope.workspace.name, ws), (WorkbenchText.year(scope.year).text(l), scope.path)], """
            <h1>\(title) · \(WorkbenchText.year(scope.year), l)</h1>
            <p>\(WorkbenchText.horizonIntro, l)</p>\(error)
            <form id="horizon-form" method="post" action="\(scope.path)/horizon">\(frame.csrfField)
            <p><label>\(WorkbenchText.horizonYears, l) <input name="years" type="number" min="2" max="10" step="1" value="\(form.years)"></label></p>
            <p><label>\(WorkbenchText.timeLimitPerYear, l) <input name="timeLimit" type="number" min="1" max="3600" step="1" value="\(form.timeLimit)"></label></p>
            <p><button id="horizon-start" type="submit">\(WorkbenchText.horizonStart, l)</button></p></form>
            \(list)
            """)
    }

    /// The result of a horizon: `folder` holds what `rotaplan horizon --output DIR --report
    /// DIR/report` wrote (the queue's `{report}` is `DIR/report`); `files` is the URL of the folder's files.
    static func result(_ scope: YearScope, job: Int64, folder: URL?, files: String, frame: PageFrame) -> HTML {
        let l = frame.language
        let ws = "/w/\(scope.workspace.id!)"
        let title = WorkbenchText.horizonResultTitle.text(l)
        let crumbs = [(scope.workspace.name, ws), (WorkbenchText.year(scope.year).text(l), scope.path),
                      (WorkbenchText.horizonTitle.text(l), "\(scope.path)/horizon")]
        guard let folder, let rows = ResultTable.read(folder.appendingPathComponent("report/horizon.csv")), rows.count > 1 else {
            return frame.page(title, crumbs: crumbs, """
                <h1>\(title)</h1><p id="horizon-missing">\(WorkbenchText.resultMissing, l)</p>
                <p><a href="\(ws)/jobs/\(job)">\(WorkbenchText.jobPage, l)</a></p>
                """)
        }
        let heads: [HTML] = rows[0].map { "<th scope=\"col\">\($0)</th>" }
        let body: [HTML] = rows.dropFirst().map { r in
            let cells: [HTML] = r.dropFirst().map { "<td>\($0)</td>" }
            return "<tr data-year=\"\(r.first ?? "")\"><th scope=\"row\">\(r.first ?? "")</th>\(cells)</tr>"
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasPrefix("year-") && $0.hasSuffix(".json") }.sorted()
        let downloads: [HTML] = names.map { "<li><a href=\"\(files)/\(HTML.component($0))\">\($0)</a></li>" }
        return frame.page(title, crumbs: crumbs, """
            <h1>\(title) · \(WorkbenchText.year(scope.year), l)</h1>
            <div class="wrap"><table id="horizon-table"><thead><tr>\(heads)</tr></thead><tbody>\(body)</tbody></table></div>
            <p><a href="\(files)/report/horizon.csv">horizon.csv</a> · <a href="\(files)/report/horizon.html">horizon.html</a></p>
            <h2>\(WorkbenchText.fullReport, l)</h2>
            <iframe id="horizon-report" src="\(files)/report/horizon.html" title="horizon.html" style="width:100%;height:70vh;border:1px solid #d0d7de"></iframe>
            <h2>\(WorkbenchText.horizonFiles, l)</h2><ul id="horizon-files">\(downloads)</ul>
            """)
    }
}
