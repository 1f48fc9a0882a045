import Foundation
import RotaplanText
import RotaplanWorkbenchText

/// A workspace's front page: its years with the current roster and plans, and its history.
enum WorkspacePage {
    static func render(_ w: Workspace, instances: [InstanceVersion], plans: [PlanVersion], history: [HistoryEntry], frame: PageFrame) -> HTML {
        let l = frame.language
        let base = "/w/\(w.id ?? 0)"
        let years: [HTML] = instances.map { i in
            let yearPlans = plans.filter { $0.year == i.year }
            let planItems: [HTML] = yearPlans.prefix(5).map { p in
                "<li><a href=\"\(base)/plans/\(p.id ?? 0)\">v\(p.version)</a> \(p.status) \(p.summary)</li>"
            }
            return """
                <section class="year" data-year="\(i.year)"><h2>\(WorkbenchText.year(i.year), l)</h2>
                <p><a class="instance" href="\(base)/years/\(i.year)">\(i.name)</a> <span class="muted">v\(i.version) · \(i.createdBy)</span></p>
                <ul class="plans">\(planItems)</ul></section>
                """
        }
        let empty: HTML = instances.isEmpty ? "<p id=\"no-instances\">\(WorkbenchText.noInstances, l)</p>" : ""
        let rows: [HTML] = history.map { h in
            "<tr><td>\(Self.time(h.at))</td><td>\(h.who)</td><td>\(h.action)</td><td>\(h.detail)</td></tr>"
        }
        return frame.page(w.name, """
            <h1>\(w.name)</h1>
            <nav class="actions" id="workspace-actions"><a href="\(base)/import">\(WorkbenchText.importAction, l)</a></nav>
            \(empty)\(years)
            <h2>\(WorkbenchText.history, l)</h2><div class="wrap"><table id="history"><tbody>\(rows)</tbody></table></div>
            """)
    }

    static func time(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX"); f.timeZone = TimeZone.current
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: d)
    }
}
