import Foundation
import GRDB
import Hummingbird
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// What the routes of a year (policy, compare, horizon) start from: the viewer, the
/// workspace (404 if the viewer cannot see it), the year and its current instance (404 if none).
struct YearScope: Sendable {
    var viewer: Viewer
    var workspace: Workspace
    var year: Int
    var instance: InstanceVersion
    var wb: Workbench

    static func load(_ wb: Workbench, _ context: WorkbenchContext) async throws -> YearScope {
        let viewer = try context.requireViewer()
        let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
        guard let y = context.parameters.get("year").flatMap({ Int($0) }), (1900...2200).contains(y),
              let instance = try wb.store.currentInstance(workspace: w.id!, year: y) else { throw WorkbenchError.notFound }
        return YearScope(viewer: viewer, workspace: w, year: y, instance: instance, wb: wb)
    }

    var path: String { "/w/\(workspace.id!)/years/\(year)" }

    /// The current instance, loaded and validated by the formats' loader.
    func loaded() throws -> Instance {
        do { return try wb.loaded(instance).instance } catch {
            throw WorkbenchError.invalid(WorkbenchText.policyInvalid(WorkbenchText.rendered { l in error.text(l) }))
        }
    }
}

/// `GET/POST /w/:ws/years/:year/policy`: the policy form of the year's current instance.
/// A post names the version it was made from (`base`): a changed value is applied with the
/// code `--set` uses and the instance validated; the result is the year's next instance
/// version (origin policy) with a history line of the changed keys. A stale base is 409, a
/// bad value 422 naming the field with the form kept, an unchanged form writes nothing.
enum PolicyRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        group.get("years/:year/policy") { request, context -> Response in
            let scope = try await YearScope.load(wb, context)
            let x = try scope.loaded()
            let model = PolicyPage.Model(workspace: scope.workspace, instance: scope.instance, policy: x.policy,
                                         values: PolicyForm.values(x.policy))
            return Pages.response(PolicyPage.render(model, frame: context.frame(path: request.uri.path)))
        }
        group.post("years/:year/policy") { request, context -> Response in
            let scope = try await YearScope.load(wb, context)
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            guard let base = form["base"].flatMap({ Int($0) }) else { throw WorkbenchError.badRequest(WorkbenchText.baseMissing) }
            guard base == scope.instance.version else { throw WorkbenchError.conflict }
            var x = try scope.loaded()
            let current = PolicyForm.values(x.policy)
            let changes = PolicyForm.changes(form, current: current)
            guard !changes.isEmpty else { return Pages.redirect(scope.path) }
            var shown = current
            for c in changes { shown[c.name] = c.new }
            let refuse = { (field: String?, error: Bilingual) -> Response in
                let model = PolicyPage.Model(workspace: scope.workspace, instance: scope.instance, policy: x.policy, values: shown,
                                             invalidField: field, error: error)
                return Pages.response(PolicyPage.render(model, frame: context.frame(path: request.uri.path)), status: .unprocessableContent)
            }
            do {
                let policy = try PolicyForm.apply(changes, to: x.policy)
                var changed = x
                changed.policy = policy
                try InstanceLoader.validate(changed, source: "policy")
                x = changed
            } catch let r as PolicyForm.Refusal {
                let key = changes.first { $0.name == r.field }!.key
                return refuse(r.field, WorkbenchText.policyFieldInvalid(label: WorkbenchText.policyLabel(en: key.label.en, zh: key.label.zh),
                                                                        value: r.value, why: r.why))
            } catch let e as InstanceError {
                let field = changes.first { c in e.diagnostics.contains { $0.path.contains(c.key.name) } }
                let why = WorkbenchText.rendered { l in e.diagnostics.map { $0.text.text(l) }.joined(separator: " ") }
                if let field {
                    return refuse(field.name, WorkbenchText.policyFieldInvalid(
                        label: WorkbenchText.policyLabel(en: field.key.label.en, zh: field.key.label.zh), value: field.new, why: why))
                }
                return refuse(nil, WorkbenchText.policyInvalid(why))
            }
            let json = Data(InstanceWriter.json(x).utf8)
            _ = try wb.store.addPolicyVersion(of: scope.instance, json: json, who: scope.viewer.name, changes: PolicyForm.summary(changes))
            return Pages.redirect(scope.path)
        }
    }
}

extension WorkbenchStore {
    /// The next instance version of `base`'s year with a changed policy, if `base` is still
    /// the current one (else ``VersionConflict``), and its history line, in one transaction.
    func addPolicyVersion(of base: InstanceVersion, json: Data, who: String, changes: String) throws -> InstanceVersion {
        try pool.write { db in
            let current = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM instanceVersion WHERE workspaceId = ? AND year = ?",
                                           arguments: [base.workspaceId, base.year]) ?? 0
            guard current == base.version else { throw VersionConflict(current: current, expected: base.version) }
            var row = InstanceVersion(id: nil, workspaceId: base.workspaceId, year: base.year, version: current + 1, name: base.name,
                                      origin: .policy, json: json, createdBy: who, createdAt: Date())
            try row.insert(db)
            try Self.record(db, workspace: base.workspaceId, who: who, action: "instance.policy",
                            detail: "\(base.year) v\(current + 1): \(changes)")
            return row
        }
    }
}
