import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanReports
import RotaplanText
import RotaplanWorkbenchText

/// A plan version read back from its folder for a page: the instance it was solved for,
/// its solution (RotaplanFormats' reader), the pins it was solved with (`pins.csv`) and
/// the reasons per teacher of its report (`report/reasons.csv`, in the language the
/// report was written in).
struct PlanData: Sendable {
    let plan: PlanVersion
    let instance: Instance
    let solution: Solution
    /// The instance with the pins the plan was made with (for the checker and the reasons).
    let pinned: Instance
    /// Teacher id → the reason sentence of reasons.csv.
    let reasons: [String: String]
    let folder: URL

    /// The plan's data, read once (a plan folder never changes: ``Workbench/planCache``).
    static func load(_ wb: Workbench, _ plan: PlanVersion) throws -> PlanData {
        guard let id = plan.id else { return try read(wb, plan) }
        return try wb.planCache.value(id) { try read(wb, plan) }
    }

    static func read(_ wb: Workbench, _ plan: PlanVersion) throws -> PlanData {
        guard let folder = plan.folderURL(wb.store.files),
              let version = try wb.store.instance(plan.instanceId, workspace: plan.workspaceId)
        else { throw WorkbenchError.invalid(WorkbenchText.unreadablePlan) }
        let x: Instance, s: Solution
        do {
            x = try wb.loaded(version).instance
            let bytes = try Data(contentsOf: folder.appendingPathComponent(PlanFolder.solution))
            s = try SolutionFile.read(bytes: [UInt8](bytes), file: PlanFolder.solution)
        } catch {
            throw WorkbenchError.invalid(WorkbenchText.unreadablePlan)
        }
        var pinned = x
        if let bytes = try? Data(contentsOf: folder.appendingPathComponent(PlanFolder.pins)),
           let loaded = try? PinLoader.load(bytes: [UInt8](bytes), file: PlanFolder.pins, for: x) {
            pinned.pins = loaded.pins
        }
        return PlanData(plan: plan, instance: x, solution: s, pinned: pinned, reasons: Self.reasons(folder), folder: folder)
    }

    /// reasons.csv by teacher id (empty when the report has none).
    static func reasons(_ folder: URL) -> [String: String] {
        let url = folder.appendingPathComponent(PlanFolder.report).appendingPathComponent(ReasonsTable.file)
        guard let bytes = try? Data(contentsOf: url) else { return [:] }
        let id = ReasonText.columns[0], reason = ReasonText.columns[4]
        guard let table = try? CSVColumns.read([UInt8](bytes), file: ReasonsTable.file, wanted: [[id.en, id.zh], [reason.en, reason.zh]])
        else { return [:] }
        var out: [String: String] = [:]
        for row in table.rows where row.count == 2 { out[row[0].value] = row[1].value }
        return out
    }

    /// Teacher index → destination school index, of this plan's exchange.
    var moves: [Int: Int] { Self.moves(solution, instance) }

    static func moves(_ s: Solution, _ x: Instance) -> [Int: Int] {
        var out: [Int: Int] = [:]
        for e in s.exchanges {
            if let t = x.teacherIndex[TeacherID(e.teacher)], let to = x.schoolIndex[SchoolID(e.to)] { out[t] = to }
        }
        return out
    }

    /// What the plan does with teacher t: moves to S, stays, on exchange, not eligible.
    static func decision(_ t: Int, moves: [Int: Int], facts: InstanceFacts) -> Bilingual {
        let x = facts.instance
        if let to = moves[t] { return ReasonText.verdict(.moved(to: to), in: x) }
        if let on = x.teachers[t].onExchange { return WorkbenchText.onExchange(from: x.label(school: on.from), since: on.since) }
        return ReasonText.verdict(facts.isEligible(t) ? .stayed : .ineligible, in: x)
    }

    /// The reason for teacher t: from the data where it can be said in both languages
    /// (not eligible, decided by a pin), else the report's sentence.
    func reason(_ t: Int, facts: InstanceFacts, language: Language) -> String {
        let x = instance
        let verdict: TeacherReason.Verdict = moves[t].map { .moved(to: $0) } ?? (facts.isEligible(t) ? .stayed : .ineligible)
        if !facts.isEligible(t), moves[t] == nil {
            let r = TeacherReason(teacher: t, verdict: .ineligible, why: .ineligible(facts.eligibility[t].reasons))
            return ReasonText.sentence(r, plan: nil, share: 0, in: x).text(language)
        }
        if let pin = pinned.pins.first(where: { $0.teacher == t && $0.problem == .exchange }) {
            return ReasonText.sentence(TeacherReason(teacher: t, verdict: verdict, why: .pinned(pin)), plan: nil, share: 0, in: x).text(language)
        }
        return reasons[x.teachers[t].id.rawValue] ?? ""
    }
}
