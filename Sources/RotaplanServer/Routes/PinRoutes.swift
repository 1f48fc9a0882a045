import Foundation
import GRDB
import Hummingbird
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// `POST /w/:ws/years/:year/pins` (who, rule, target: checked against the year's current
/// roster by the pins reader the CLI uses) and `POST /w/:ws/pins/:pin/delete`, each with a
/// history line; JSON for the dialog's fetch, else 303 back.
enum PinRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench) {
        group.post("years/:year/pins") { request, context -> Response in
            let viewer = try context.requireViewer()
            let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
            guard let year = context.parameters.get("year").flatMap(Int.init) else { throw WorkbenchError.notFound }
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            guard let version = try wb.store.currentInstance(workspace: w.id!, year: year) else {
                throw WorkbenchError.invalid(WorkbenchText.noRoster)
            }
            let x: Instance
            do { x = try wb.loaded(version).instance }
            catch { throw WorkbenchError.invalid(WorkbenchText.unreadablePlan) }
            let pin = try Self.resolve(who: form["who"] ?? "", rule: form["rule"] ?? "", target: form["target"] ?? "", in: x)
            let record = try await wb.store.pool.write { db -> PinRecord in
                var r = PinRecord(id: nil, workspaceId: w.id!, year: year, who: pin.who, rule: pin.rule, target: pin.target,
                                  createdBy: viewer.name, createdAt: Date())
                try r.insert(db)
                try WorkbenchStore.record(db, workspace: w.id, who: viewer.name, action: "pin.add",
                                          detail: "\(year) \(pin.who) \(pin.rule) \(pin.target)".trimmingCharacters(in: .whitespaces))
                return r
            }
            if PlanRoutes.wantsJSON(request) {
                return PlanRoutes.json("{\"id\":\(record.id ?? 0),\"text\":\(JSONText.quote(YearPins.line(record, x).text(context.language)))}")
            }
            return Pages.redirect(PlanRoutes.back(form, or: "/w/\(w.id!)/years/\(year)"))
        }
        group.post("pins/:pin/delete") { request, context -> Response in
            let viewer = try context.requireViewer()
            let w = try await wb.workspace(context.parameters.get("ws"), for: viewer)
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            guard let id = context.parameters.get("pin").flatMap(Int64.init) else { throw WorkbenchError.notFound }
            let pin = try await wb.store.pool.write { db -> PinRecord in
                guard let p = try PinRecord.filter(Column("id") == id && Column("workspaceId") == w.id!).fetchOne(db) else {
                    throw WorkbenchError.notFound
                }
                _ = try p.delete(db)
                try WorkbenchStore.record(db, workspace: w.id, who: viewer.name, action: "pin.delete",
                                          detail: "\(p.year) \(p.who) \(p.rule) \(p.target)".trimmingCharacters(in: .whitespaces))
                return p
            }
            if PlanRoutes.wantsJSON(request) { return PlanRoutes.json("{\"deleted\":\(pin.id ?? 0)}") }
            return Pages.redirect(PlanRoutes.back(form, or: "/w/\(w.id!)/years/\(pin.year)"))
        }
    }

    /// The pin in canonical words (ids, the English rule word, a day number), checked by
    /// ``PinLoader`` against `x` as a one-row pins file; 422 naming the form field otherwise.
    static func resolve(who: String, rule: String, target: String, in x: Instance) throws -> (who: String, rule: String, target: String) {
        let csv = "who,rule,target\n" + [who, rule, target].map(Self.cell).joined(separator: ",") + "\n"
        let pins: [Pin]
        do { pins = try PinLoader.load(bytes: Array(csv.utf8), file: "pin", for: x).pins }
        catch {
            let d = error.diagnostics.first
            let names = ["who", "rule", "target"]
            var field = "who"
            if let path = d?.path, names.contains(path) { field = path }
            else if let column = d?.column { field = names[min(2, max(0, column - 1))] }
            let message: DiagnosticText = d?.text ?? ""
            let en: String = message.text(.en), zh: String = message.text(.zh)
            throw WorkbenchError.invalid(WorkbenchText.pinRefused(field: field, en: en, zh: zh))
        }
        guard let p = pins.first else { throw WorkbenchError.invalid(WorkbenchText.pinRefused(field: "who", en: "", zh: "")) }
        let person: String = switch p.person {
        case .teacher(let t): x.teachers[t].id.rawValue
        case .newHire(let n): x.newHires[n].id.rawValue
        }
        let canonical: String = switch p.rule {
        case .mustStay: ""
        case .mustMoveTo(let s), .mustNotGoTo(let s): x.schools[s].id.rawValue
        case .mentor(let t): x.teachers[t].id.rawValue
        case .notOnDay(let d): String(d)
        }
        return (person, p.rule.word, canonical)
    }

    /// A CSV cell, quoted when it holds a comma, quote or line break.
    static func cell(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
