import Foundation
import RotaplanText
import RotaplanWorkbenchText

/// A job's page: its state badge, its live progress (stage, plan, bound, gap, seconds;
/// the page's script follows `events`), the cancel button while it is queued or running,
/// its place in the queue, and at the end the link to its result or why it failed.
enum JobPage {
    static func render(_ job: JobRecord, workspace: Workspace, progress: ProgressEvent?, ahead: [JobRecord],
                       resultURL: String?, frame: PageFrame) -> HTML {
        let l = frame.language
        let base = "/w/\(workspace.id ?? 0)"
        let id = job.id ?? 0
        let live = job.state == .queued || job.state == .running
        let values = JobProgressText.values(progress, state: job.state, language: l)
        let place: HTML = job.state == .queued
            ? "<p id=\"queue-place\">\(WorkbenchText.waitingFor(ahead.first?.id ?? id, place: ahead.filter { $0.state == .queued }.count + 1), l)</p>" : ""
        let cancel: HTML = live ? """
            <form method="post" action="\(base)/jobs/\(id)/cancel" id="cancel-form">\(frame.csrfField)
            <button id="cancel" class="danger">\(WorkbenchText.cancelJob, l)</button></form>
            """ : ""
        var end: HTML = ""
        if job.state == .cancelled {
            end = "<p id=\"job-cancelled\">\(job.planId == nil ? WorkbenchText.cancelledNone : WorkbenchText.cancelledKept, l)</p>"
        }
        if job.state == .failed {
            end = "<p class=\"problem\" id=\"job-failed\">\(WorkbenchText.jobFailed(exitCode: job.exitCode, message: job.message), l)</p>"
        }
        if let resultURL, !live {
            let label = job.planId != nil ? WorkbenchText.openPlan : WorkbenchText.openResult
            end = end + "<p><a id=\"job-result\" class=\"button\" href=\"\(resultURL)\">\(label, l)</a></p>"
        }
        if !live, let m = job.message, !m.isEmpty, m != "server-restarted" {
            end = end + "<h2>\(WorkbenchText.jobMessage, l)</h2><pre id=\"job-message\">\(m)</pre>"
        }
        let year = job.year.map { y -> (String, String) in (WorkbenchText.year(y).text(l), "\(base)/years/\(y)") }
        let crumbs = [(workspace.name, base)] + (year.map { [$0] } ?? [])
        return frame.page(WorkbenchText.jobTitle(id).text(l), crumbs: crumbs, """
            <h1>\(WorkbenchText.jobTitle(id), l) · \(WorkbenchText.jobKind(job.kind.rawValue), l)</h1>
            <section id="progress" data-state="\(job.state.rawValue)" data-events="\(base)/jobs/\(id)/events">
            <p><span class="badge state-\(job.state.rawValue)" id="progress-state">\(values.state)</span></p>
            \(place)
            <dl class="progress">
            <dt>\(WorkbenchText.progressStage, l)</dt><dd id="progress-stage">\(values.stage)</dd>
            <dt>\(WorkbenchText.progressPlan, l)</dt><dd id="progress-plan">\(values.plan)</dd>
            <dt>\(WorkbenchText.progressBound, l)</dt><dd id="progress-bound">\(values.bound)</dd>
            <dt>\(WorkbenchText.progressGap, l)</dt><dd id="progress-gap">\(values.gap)</dd>
            <dt>\(WorkbenchText.progressSeconds, l)</dt><dd id="progress-seconds">\(values.seconds)</dd>
            </dl></section>
            \(cancel)\(end)
            """)
    }
}

/// The shown values of a progress event, the same on the page and in the event stream.
enum JobProgressText {
    struct Values: Sendable { var state, stage, plan, bound, gap, seconds: String }

    static func values(_ p: ProgressEvent?, state: JobState, language l: Language) -> Values {
        func fixed(_ d: Double?, _ digits: Int) -> String { d.map { String(format: "%.\(digits)f", $0) } ?? "–" }
        return Values(state: WorkbenchText.jobState(state.rawValue).text(l),
                      stage: WorkbenchText.stageName(p?.stageWord).text(l),
                      plan: p?.incumbent.map { String(format: "%.2f", $0) } ?? WorkbenchText.noPlanYet.text(l),
                      bound: fixed(p?.bound, 2),
                      gap: p?.gap.map { String(format: "%.2f%%", $0 * 100) } ?? "–",
                      seconds: fixed(p?.seconds, 1))
    }
}
