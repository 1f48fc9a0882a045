import Foundation
import GRDB
import Hummingbird
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// `/w/:ws/plans/:plan` (the plan page) and `POST /w/:ws/plans/:plan/replan` (a re-plan
/// near it, queued); the pins (PinRoutes) and hand edits (EditRoutes) are added with them.
enum PlanRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        group.get("plans/:plan") { request, context -> Response in
            let (_, plan) = try await Self.plan(wb, context)
            let data = try PlanData.load(wb, plan)
            let parent = try plan.parentId.flatMap { try wb.store.plan($0, workspace: plan.workspaceId) }.map { try PlanData.load(wb, $0) }
            let pins = try wb.store.pins(workspace: plan.workspaceId, year: plan.year)
            let current = try wb.store.currentInstance(workspace: plan.workspaceId, year: plan.year)
                .flatMap { try? wb.loaded($0).instance }
            return Pages.response(PlanPage.render(data, parent: parent, pins: pins, current: current, frame: context.frame(path: request.uri.path)))
        }
        group.post("plans/:plan/replan") { request, context -> Response in
            let (w, plan) = try await Self.plan(wb, context)
            let viewer = try context.requireViewer()
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            let given = (form["timeLimit"] ?? "").trimmingCharacters(in: .whitespaces)
            guard let limit = given.isEmpty ? 60 : Int(given), (1...3600).contains(limit) else {
                throw WorkbenchError.invalid(WorkbenchText.timeLimitInvalid)
            }
            // The year's current roster (with the pins made since), near this plan (§12).
            guard let instance = try wb.store.currentInstance(workspace: w.id!, year: plan.year) else { throw WorkbenchError.notFound }
            let id = try await wb.jobs.enqueue(.replan(instance, near: plan, timeLimit: limit, who: viewer.name, language: context.language))
            return Pages.redirect("/w/\(w.id!)/jobs/\(id)")
        }
        PinRoutes.add(to: group, wb)
        EditRoutes.add(to: group, wb)
    }

    /// The workspace and the plan `:plan` of it: 404 for another workspace's plan.
    static func plan(_ wb: Workbench, _ context: WorkbenchContext) async throws -> (Workspace, PlanVersion) {
        let viewer = try context.requireViewer()
        let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
        guard let id = context.parameters.get("plan").flatMap(Int64.init), let plan = try wb.store.plan(id, workspace: w.id!)
        else { throw WorkbenchError.notFound }
        return (w, plan)
    }

    /// Whether the client asked for JSON (the page's scripts do).
    static func wantsJSON(_ request: Request) -> Bool { (request.headers[.accept] ?? "").hasPrefix("application/json") }

    static func json(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// `back` if it is a path on this site, else `fallback` (never an open redirect).
    static func back(_ form: FormFields, or fallback: String) -> String {
        guard let b = form["back"], b.hasPrefix("/"), !b.hasPrefix("//"), !b.contains("\\") else { return fallback }
        return b
    }
}
