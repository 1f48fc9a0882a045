import Foundation
import Hummingbird
import RotaplanDomain
import RotaplanFormats
import RotaplanReports
import RotaplanText
import RotaplanWorkbenchText

/// Hand edits (docs/hand-edits.md): `GET /w/:ws/plans/:plan/edit`, `POST …/check` (JSON,
/// nothing written) and `POST …/edit` (a new plan version, origin edit, parent the plan;
/// 409 when the year has a newer plan than the base; a plan that breaks rules only with
/// `saveAnyway`).
enum EditRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        group.get("plans/:plan/edit") { request, context -> Response in
            let (_, plan) = try await PlanRoutes.plan(wb, context)
            let e = EditCheck(try PlanData.load(wb, plan))
            let initial = e.check(e.solution(e.base.moves), language: context.language)
            return Pages.response(EditPage.render(e, initial: initial, frame: context.frame(path: request.uri.path)))
        }
        group.post("plans/:plan/check") { request, context -> Response in
            let (_, plan) = try await PlanRoutes.plan(wb, context)
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            let e = EditCheck(try PlanData.load(wb, plan))
            let s = e.solution(try e.moves(form))
            return PlanRoutes.json(EditCheck.json(e.check(s, language: context.language)))
        }
        group.post("plans/:plan/edit") { request, context -> Response in
            let viewer = try context.requireViewer()
            let (w, plan) = try await PlanRoutes.plan(wb, context)
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            guard let base = form["base"].flatMap(Int64.init), base == plan.id else { throw WorkbenchError.badRequest(WorkbenchText.baseNeeded) }
            guard try wb.store.latestPlan(workspace: w.id!, year: plan.year)?.id == base else { throw WorkbenchError.conflict }
            let e = EditCheck(try PlanData.load(wb, plan))
            let s = e.solution(try e.moves(form))
            let result = e.check(s, language: context.language)
            guard result.holds || form["saveAnyway"] == "1" else {
                throw WorkbenchError.invalid(WorkbenchText.editBreaksRules(result.violations))
            }
            guard let instance = try wb.store.instance(plan.instanceId, workspace: w.id!) else { throw WorkbenchError.notFound }
            let scratch = try wb.store.files.scratchFolder()
            try Self.write(s, base: e.base, to: scratch, language: context.language)
            let saved = try wb.store.addPlan(workspace: w.id!, instance: instance, origin: .edit, parent: plan.id, job: nil,
                                             status: s.status.rawValue, objective: s.objective,
                                             summary: WorkbenchText.editSummary(broken: result.violations.count).text(context.language),
                                             scratch: scratch, who: viewer.name, expectedLatest: base)
            return Pages.redirect("/w/\(w.id!)/plans/\(saved.id!)")
        }
    }

    /// The plan folder of an edit: solution.json (the project's solution writer), the
    /// report written in-process (RotaplanReports, the files `rotaplan report` writes) and
    /// the base plan's pins.csv.
    static func write(_ s: Solution, base: PlanData, to dir: URL, language l: Language) throws {
        try Data(SolutionFile.json(s, timing: false).utf8).write(to: dir.appendingPathComponent(PlanFolder.solution), options: .atomic)
        let pins = base.folder.appendingPathComponent(PlanFolder.pins)
        if FileManager.default.fileExists(atPath: pins.path) {
            try FileManager.default.copyItem(at: pins, to: dir.appendingPathComponent(PlanFolder.pins))
        }
        guard s.problem == .plan else { return }
        let report = dir.appendingPathComponent(PlanFolder.report, isDirectory: true)
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: true)
        let folder = PlanReport(instance: base.instance, solution: s).folder(l)
        for (name, text) in zip(PlanReport.files, folder.texts) {
            try Data(text.utf8).write(to: report.appendingPathComponent(name), options: .atomic)
        }
        for f in try folder.binaryFiles() {
            let url = report.appendingPathComponent(f.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try f.bytes.write(to: url, options: .atomic)
        }
    }
}
