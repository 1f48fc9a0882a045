import Foundation
import Hummingbird
import RotaplanText
import RotaplanWorkbenchText

/// `GET/POST /w/:ws/years/:year/horizon` (years and a time limit per year → a horizon job,
/// 303 to its page) and `GET /w/:ws/years/:year/horizon/:job` (its report and chart).
enum HorizonRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench, jobs: AnalysisJobs) {
        group.get("years/:year/horizon") { request, context -> Response in
            let scope = try await YearScope.load(wb, context)
            let earlier = try wb.store.earlierJobs(scope, kind: .horizon)
            return Pages.response(HorizonPage.render(scope, HorizonPage.Form(), earlier: earlier, frame: context.frame(path: request.uri.path)))
        }
        group.post("years/:year/horizon") { request, context -> Response in
            let scope = try await YearScope.load(wb, context)
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            let l = context.language
            let read: (years: Int, timeLimit: Int)
            do { read = try HorizonForm.read(form) } catch let error as WorkbenchError {
                var shown = HorizonForm.shown(form)
                shown.error = error.sentence
                let earlier = try wb.store.earlierJobs(scope, kind: .horizon)
                return Pages.response(HorizonPage.render(scope, shown, earlier: earlier, frame: context.frame(path: request.uri.path)),
                                      status: .unprocessableContent)
            }
            let job = try await jobs.start(SolveRequest(
                workspace: scope.workspace.id!, year: scope.year, kind: .horizon, instance: scope.instance,
                arguments: HorizonForm.arguments(years: read.years, timeLimit: read.timeLimit, language: l), output: .folder,
                who: scope.viewer.name, language: l))
            return Pages.redirect("/w/\(scope.workspace.id!)/jobs/\(job)")
        }
        group.get("years/:year/horizon/:job") { request, context -> Response in
            let scope = try await YearScope.load(wb, context)
            let job = try wb.store.yearJob(scope, context.parameters.get("job"), kind: .horizon)
            return Pages.response(HorizonPage.result(scope, job: job.id!, folder: jobs.folder(job),
                                                     files: "/w/\(scope.workspace.id!)/jobs/\(job.id!)/files",
                                                     frame: context.frame(path: request.uri.path)))
        }
    }
}
