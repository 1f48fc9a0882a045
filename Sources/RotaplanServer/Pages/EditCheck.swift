import Foundation
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanReports
import RotaplanText
import RotaplanWorkbenchText

/// A hand edit of a plan (docs/hand-edits.md): the teachers that may change (the movers
/// and every eligible teacher), the edited solution built from form fields (`dest.ID` =
/// a school id or empty for "stays"; `a`, `b` = two teachers whose decisions swap), checked
/// by the independent checker against the plan's instance and pins, and its distance from
/// the plan it was edited from, as `rotaplan check --from` gives it.
struct EditCheck: Sendable {
    let base: PlanData
    /// Teacher indices on the page, in roster order.
    let movable: [Int]

    init(_ base: PlanData) {
        self.base = base
        let facts = InstanceFacts(base.instance), moves = base.moves
        movable = base.instance.teachers.indices.filter { moves[$0] != nil || facts.isEligible($0) }
    }

    /// Teacher t's possible destinations (MODEL.md §4: the schools of its group it may go to).
    func destinations(_ t: Int) -> [Int] {
        let x = base.instance
        var out = x.exchangeDestinations(ofHome: x.teachers[t].school)
        if let now = base.moves[t], !out.contains(now) { out.append(now) }
        return out
    }

    /// The edited moves: teacher index → destination, from the form; 422 naming the field.
    func moves(_ form: FormFields) throws -> [Int: Int] {
        let x = base.instance
        var moves = base.moves
        let shown = Set(movable)
        for (name, values) in form.values.sorted(by: { $0.key < $1.key }) where name.hasPrefix("dest.") {
            let id = String(name.dropFirst(5)), value = values.first ?? ""
            guard let t = x.teacherIndex[TeacherID(id)], shown.contains(t) else { throw WorkbenchError.invalid(WorkbenchText.unknownEditTeacher(id)) }
            if value.isEmpty || value == x.schools[x.teachers[t].school].id.rawValue { moves[t] = nil; continue }
            guard let s = x.schoolIndex[SchoolID(value)], destinations(t).contains(s) else {
                throw WorkbenchError.invalid(WorkbenchText.unknownEditSchool(name, value))
            }
            moves[t] = s
        }
        let a = form["a"] ?? "", b = form["b"] ?? ""
        if !a.isEmpty || !b.isEmpty {
            guard let ta = x.teacherIndex[TeacherID(a)], shown.contains(ta) else { throw WorkbenchError.invalid(WorkbenchText.unknownSwapTeacher("a", a)) }
            guard let tb = x.teacherIndex[TeacherID(b)], shown.contains(tb) else { throw WorkbenchError.invalid(WorkbenchText.unknownSwapTeacher("b", b)) }
            let da = moves[ta], db = moves[tb]
            moves[ta] = db == x.teachers[ta].school ? nil : db
            moves[tb] = da == x.teachers[tb].school ? nil : da
        }
        return moves
    }

    /// The edited solution: the base plan with the exchange replaced, status feasible and
    /// the objective (and its terms) recomputed by the checker, as `import-plan` writes one.
    func solution(_ moves: [Int: Int]) -> Solution {
        let x = base.instance, b = base.solution
        var s = Solution(problem: b.problem, instance: b.instance, status: .feasible)
        s.year = b.year
        s.exchanges = moves.keys.sorted().map { t in
            Solution.Exchange(teacher: x.teachers[t].id.rawValue, from: x.schools[x.teachers[t].school].id.rawValue, to: x.schools[moves[t]!].id.rawValue)
        }
        s.placements = b.placements; s.lessons = b.lessons; s.uncovered = b.uncovered; s.unplaced = b.unplaced
        // The stages as they were, unproven now (a stage's figures are read by the reports).
        s.stages = b.stages.map { st in Solution.Stage(problem: st.problem, status: st.status == .optimal ? .feasible : st.status) }
        let report = SolutionChecker.check(s, against: base.pinned)
        s.objective = report.recomputedObjective
        if s.objective != nil { s.objectiveTerms = report.recomputedTerms }
        // Each stage's objective as the checker recomputes it (the sum of its terms).
        for i in s.stages.indices where s.stages[i].status != nil {
            s.stages[i].objective = report.recomputedTerms[s.stages[i].problem].map { $0.reduce(0) { $0 + $1.value } }
        }
        return s
    }

    struct Result: Sendable {
        var holds: Bool
        var violations: [String]
        var objective: Double?
        var distance: String
        /// "Every rule holds." or "2 rules are broken:" in the page language.
        var summary: String
    }

    func check(_ s: Solution, language l: Language) -> Result {
        let x = base.pinned
        let report = SolutionChecker.check(s, against: x)
        let lines = Array(CheckText.lines(report, x, l).prefix(report.violations.count))
        return Result(holds: report.violations.isEmpty, violations: lines, objective: report.recomputedObjective,
                      distance: distance(s, report, language: l),
                      summary: (report.violations.isEmpty ? WorkbenchText.holds : WorkbenchText.violationsFound(lines.count)).text(l))
    }

    /// The distance sentence: objective and the figures a principal reads, against the base.
    func distance(_ s: Solution, _ report: CheckReport, language l: Language) -> String {
        let x = base.pinned, original = base.solution
        let baseReport = SolutionChecker.check(original, against: x)
        guard baseReport.violations.isEmpty, let optimum = baseReport.recomputedObjective, let objective = report.recomputedObjective
        else { return WorkbenchText.baseBroken.text(l) }
        // The same rows as `rotaplan check --from`; the stages' objectives are on the page already.
        let figures = PlanDistance(s, against: original, instance: x).rows.filter { !$0.figure.isStageObjective }
            .map { WorkbenchText.Figure(name: WorkbenchText.figure($0.figure.rawValue), value: $0.value, base: $0.base) }
        return WorkbenchText.distance(fromOptimum: original.status == .optimal, objective: Self.fixed(objective), base: Self.fixed(optimum),
                                      difference: Self.difference(objective, optimum), figures: figures).text(l)
    }

    static func difference(_ value: Double, _ optimum: Double) -> String { PlanDistance.difference(value, optimum) }
    static func fixed(_ v: Double?, _ digits: Int = 3) -> String { PlanDistance.fixed(v, digits) }

    /// The JSON answer of `POST …/check`.
    static func json(_ r: Result) -> String {
        let violations = r.violations.map(JSONText.quote).joined(separator: ",")
        let objective = r.objective.map { String(format: "%.6f", $0) } ?? "null"
        return "{\"holds\":\(r.holds),\"violations\":[\(violations)],\"objective\":\(objective),\"distance\":\(JSONText.quote(r.distance)),\"summary\":\(JSONText.quote(r.summary))}"
    }
}
