import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// `/w/:ws/years/:year` (the year page) and `/w/:ws/years/:year/instance.json` (the current
/// instance file). A year without an instance is 404.
enum YearRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        group.get("years/:year") { request, context -> Response in
            let w = try await wb.workspace(context.parameters.get("ws"), for: try context.requireViewer())
            let instance = try Self.current(wb, w, context)
            let ws = w.id!, year = instance.year
            let (plans, jobs) = try await wb.store.pool.read { db in
                (try PlanVersion.filter(Column("workspaceId") == ws && Column("year") == year).order(Column("version").desc).fetchAll(db),
                 try JobRecord.fetchAll(db, sql: """
                    SELECT job.* FROM job JOIN instanceVersion i ON i.id = job.instanceId
                    WHERE job.workspaceId = ? AND i.year = ? AND job.state IN ('queued', 'running') ORDER BY job.id
                    """, arguments: [ws, year]))
            }
            let loaded = try? wb.loaded(instance).instance
            let model = YearPage.Model(workspace: w, instance: instance, loaded: loaded,
                                       pins: try wb.store.pins(workspace: ws, year: year), plans: plans, jobs: jobs)
            return Pages.response(YearPage.render(model, frame: context.frame(path: request.uri.path)))
        }
        group.get("years/:year/instance.json") { _, context -> Response in
            let w = try await wb.workspace(context.parameters.get("ws"), for: try context.requireViewer())
            let instance = try Self.current(wb, w, context)
            return Response(status: .ok, headers: [
                .contentType: "application/json; charset=utf-8",
                .contentDisposition: "attachment; filename=\"instance-\(instance.year)-v\(instance.version).json\"",
                .cacheControl: "no-store",
                HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            ], body: .init(byteBuffer: ByteBuffer(bytes: instance.json)))
        }
    }

    /// The current instance of the route's year, or 404.
    static func current(_ wb: Workbench, _ w: Workspace, _ context: WorkbenchContext) throws -> InstanceVersion {
        guard let text = context.parameters.get("year"), let year = Int(text),
              let i = try wb.store.currentInstance(workspace: w.id!, year: year) else { throw WorkbenchError.notFound }
        return i
    }
}
