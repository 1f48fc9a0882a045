import Foundation
import GRDB
import Hummingbird
import RotaplanText
import RotaplanWorkbenchText

/// `/w/:ws`: the workspace's years (each year's current instance and plan) and its history.
enum WorkspaceRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        group.get("") { request, context -> Response in
            let viewer = try context.requireViewer()
            let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
            let instances = try wb.store.currentInstances(workspace: w.id!)
            let (plans, history) = try await wb.store.pool.read { db in
                (try PlanVersion.filter(Column("workspaceId") == w.id!).order(Column("year").desc, Column("version").desc).fetchAll(db),
                 try HistoryEntry.filter(Column("workspaceId") == w.id!).order(Column("id").desc).limit(50).fetchAll(db))
            }
            return Pages.response(WorkspacePage.render(w, instances: instances, plans: plans, history: history,
                                                       frame: context.frame(path: request.uri.path)))
        }
    }
}
