import Foundation
import HTTPTypes
import Hummingbird
import RotaplanText
import RotaplanWorkbenchText

/// `POST /w/:ws/years/:year/plan` (start a solve), `GET /w/:ws/jobs/:job` (its page),
/// `GET /w/:ws/jobs/:job/events` (Server-Sent Events: `progress` at least once a second,
/// then `done`), `POST /w/:ws/jobs/:job/cancel`.
enum JobRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        group.post("years/:year/plan") { request, context -> Response in
            let viewer = try context.requireViewer()
            let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
            guard let year = context.parameters.get("year").flatMap({ Int($0) }),
                  let instance = try wb.store.currentInstance(workspace: w.id!, year: year) else { throw WorkbenchError.notFound }
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            let given = (form["timeLimit"] ?? "").trimmingCharacters(in: .whitespaces)
            guard let limit = given.isEmpty ? 60 : Int(given), (1...3600).contains(limit) else {
                throw WorkbenchError.invalid(WorkbenchText.timeLimitInvalid)
            }
            let id = try await wb.jobs.enqueue(.plan(instance, timeLimit: limit, who: viewer.name, language: context.language))
            return Pages.redirect("/w/\(w.id!)/jobs/\(id)")
        }
        group.get("jobs/:job") { request, context -> Response in
            let (w, job) = try await find(wb, context)
            let progress = await wb.jobs.progress(of: job.id!) ?? ProgressEvent.stored(job.progress)
            let ahead = job.state == .queued ? try wb.store.jobsAhead(of: job) : []
            return Pages.response(JobPage.render(job, workspace: w, progress: progress, ahead: ahead,
                                                 resultURL: resultURL(job, wb), frame: context.frame(path: request.uri.path)))
        }
        group.get("jobs/:job/events") { _, context -> Response in
            let (w, job) = try await find(wb, context)
            let l = context.language
            let id = job.id!, ws = w.id!
            var headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
            headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                await wb.jobs.watch(id, 1)
                defer { Task { await wb.jobs.watch(id, -1) } }
                while true {
                    guard let now = try wb.store.job(id, workspace: ws) else { break }
                    if now.state != .queued && now.state != .running {
                        try await writer.write(ByteBuffer(string: event("done", doneJSON(now, wb))))
                        break
                    }
                    let p = await wb.jobs.progress(of: id) ?? ProgressEvent.stored(now.progress)
                    try await writer.write(ByteBuffer(string: event("progress", progressJSON(now, p, l))))
                    try await Task.sleep(for: .milliseconds(500))
                }
                try await writer.finish(nil)
            })
        }
        group.post("jobs/:job/cancel") { request, context -> Response in
            let viewer = try context.requireViewer()
            let (w, job) = try await find(wb, context)
            try await wb.jobs.cancel(job: job.id!, workspace: w.id!, who: viewer.name)
            if (request.headers[.accept] ?? "").hasPrefix("application/json") {
                return Response(status: .ok, headers: [.contentType: "application/json"],
                                body: .init(byteBuffer: ByteBuffer(string: "{\"job\":\(job.id!)}")))
            }
            return Pages.redirect("/w/\(w.id!)/jobs/\(job.id!)")
        }
    }

    /// The viewer's workspace and its job `:job` (404 for another workspace's job).
    static func find(_ wb: Workbench, _ context: WorkbenchContext) async throws -> (Workspace, JobRecord) {
        let viewer = try context.requireViewer()
        let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
        guard let n = context.parameters.get("job").flatMap({ Int64($0) }), let job = try wb.store.job(n, workspace: w.id!)
        else { throw WorkbenchError.notFound }
        return (w, job)
    }

    /// Where a finished job's result is: its plan's page, or its result folder's report page.
    static func resultURL(_ job: JobRecord, _ wb: Workbench) -> String? {
        let base = "/w/\(job.workspaceId)"
        if let p = job.planId { return "\(base)/plans/\(p)" }
        guard let folder = job.resultFolder else { return nil }
        // A comparison's and a horizon's own result pages (CompareRoutes, HorizonRoutes).
        if let year = job.year, job.kind == .compare || job.kind == .horizon {
            return "\(base)/years/\(year)/\(job.kind.rawValue)/\(job.id!)"
        }
        for name in ["report/report.html", "report.html", "report/compare.html", "compare.html", "report/horizon.html", "horizon.html"]
        where wb.store.files.resolve(folder + "/" + name).map({ FileManager.default.fileExists(atPath: $0.path) }) == true {
            return "\(base)/jobs/\(job.id!)/files/\(name)?inline=1"
        }
        return "\(base)/jobs/\(job.id!)/files/"
    }

    static func event(_ name: String, _ json: String) -> String { "event: \(name)\ndata: \(json)\n\n" }

    static func progressJSON(_ job: JobRecord, _ p: ProgressEvent?, _ l: Language) -> String {
        func n(_ d: Double?) -> String { d.flatMap { $0.isFinite ? "\($0)" : nil } ?? "null" }
        let v = JobProgressText.values(p, state: job.state, language: l)
        // While the child is quiet (a relaxation, the checker), the seconds still count.
        let seconds = max(p?.seconds ?? 0, Date().timeIntervalSince(job.startedAt ?? job.createdAt))
        let shown = JobProgressText.values(ProgressEvent(seconds: seconds), state: job.state, language: l).seconds
        return "{\"state\":\"\(job.state.rawValue)\",\"stage\":\(p?.stageWord.map(JSONText.quote) ?? "null"),"
            + "\"incumbent\":\(n(p?.incumbent)),\"bound\":\(n(p?.bound)),\"gap\":\(n(p?.gap)),\"seconds\":\(n(seconds)),"
            + "\"nodes\":\(p?.nodes.map(String.init) ?? "null"),"
            + "\"text\":{\"state\":\(JSONText.quote(v.state)),\"stage\":\(JSONText.quote(v.stage)),\"plan\":\(JSONText.quote(v.plan)),"
            + "\"bound\":\(JSONText.quote(v.bound)),\"gap\":\(JSONText.quote(v.gap)),\"seconds\":\(JSONText.quote(shown))}}"
    }

    static func doneJSON(_ job: JobRecord, _ wb: Workbench) -> String {
        let url = resultURL(job, wb) ?? "/w/\(job.workspaceId)/jobs/\(job.id!)"
        return "{\"state\":\"\(job.state.rawValue)\",\"planId\":\(job.planId.map(String.init) ?? "null"),\"url\":\(JSONText.quote(url))}"
    }
}
