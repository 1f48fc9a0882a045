import ArgumentParser
import Foundation
import GLPK
import RotaplanDomain
import RotaplanModels
import RotaplanFormats

/// Where walking's gap comes from (docs/walking.md, "Where the gap comes from"): the
/// strong model's parts, their LP relaxation beside the improved greedy plan, the
/// fractional LP solution of the biggest part beside GLPK's plan, and GLPK option sets on
/// that part. Measures only; changes nothing.
///
/// Output is tab-separated, one record a line: the record kind, the instance, then the
/// record's fields (names as `key=value`, so lines of different kinds can be grepped apart).
struct WalkingGapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walking-gap",
        abstract: "Where walking's gap comes from: LP relaxation against the greedy plan per part of the strong model.",
        discussion: """
            Output is tab-separated, one record a line: the record kind, the instance, then \
            its fields (named as key=value).

            Default: per part of the strong model its rows and nonzeros by row family \
            (the name up to '['), whether the improved greedy plan is feasible in it (and the \
            rows it violates if not), the LP relaxation's value and the greedy plan's value \
            (records family, violated, part, total).

            --lp: the biggest part's LP relaxation beside the plan GLPK finds from the greedy \
            start in --seconds (default 20): visits per teacher and school where they differ, \
            the 40 with the largest cost difference, and the first 120 fractional variables \
            (records lp, teacher-school, fractional, fractional-count).

            --options: the biggest part solved from the greedy start under each GLPK option \
            set for --seconds (default 30) each (record variant). \
            Variants: \(Self.variantNames.joined(separator: ", ")).
            """)

    @Flag(help: "The biggest part's fractional LP solution beside GLPK's plan.")
    var lp = false

    @Flag(help: "The biggest part under each GLPK option set.")
    var options = false

    @Option(help: "GLPK's time limit per solve for --lp (default 20) and --options (default 30), seconds.")
    var seconds: Double?

    @Option(help: "With --options, only these variants (comma-separated).")
    var variants: String?

    @Argument(help: "Instance files.")
    var instances: [String]

    static let variantNames = ["dth-bph-nocuts", "dth-blb-nocuts", "dth-blb-cuts", "dth-bph-cuts"]

    func validate() throws {
        if let s = seconds, !(s > 0 && s.isFinite) { throw ValidationError("--seconds must be a positive number") }
        if let v = variants {
            guard options else { throw ValidationError("--variants needs --options") }
            let unknown = v.split(separator: ",").map(String.init).filter { !Self.variantNames.contains($0) }
            if !unknown.isEmpty {
                throw ValidationError("unknown variant \(unknown.joined(separator: ", ")); known: \(Self.variantNames.joined(separator: ", "))")
            }
        }
    }

    func run() throws {
        for path in instances {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let x = try InstanceLoader.load(path: path).instance
            if !lp && !options { try relaxationVersusIncumbent(x, name) }
            if lp { try fractionalVisits(x, name) }
            if options { try optionVariants(x, name) }
        }
    }

    private static func emit(_ fields: [String]) {
        print(fields.joined(separator: "\t"))
        fflush(nil)
    }

    private static func g(_ x: Double?) -> String { x.map { String(format: "%.10g", $0) } ?? "-" }
    private static func f(_ x: Double) -> String { String(format: "%.3f", x) }

    /// Per part of the strong model: size by row family, the greedy plan's feasibility,
    /// the LP relaxation and the improved greedy plan's value; then the instance's totals.
    private func relaxationVersusIncumbent(_ x: Instance, _ name: String) throws {
        let whole = try WalkingScope(x)
        let greedy = WalkingGreedy.improved(whole).lessons
        var lpSum = 0.0, gSum = 0.0
        for (i, part) in try whole.components().enumerated() {
            let m = try WalkingModel(part)
            let lines = Set(part.lines)
            let start = m.values(of: greedy.filter { lines.contains($0.line) })
            let g = m.model.objectiveValue(start)
            let feasible = m.model.isFeasible(start)
            var families: [String: (rows: Int, nz: Int)] = [:]
            for c in m.model.constraints {
                let f = String(m.model.name(of: c).prefix { $0 != "[" })
                families[f, default: (0, 0)].rows += 1
                families[f, default: (0, 0)].nz += m.model.terms(of: c).count
            }
            for (f, n) in families.sorted(by: { $0.key < $1.key }) {
                Self.emit(["family", name, "\(i + 1)", f, "rows=\(n.rows)", "nonzeros=\(n.nz)"])
            }
            if !feasible {
                for c in m.model.constraints {
                    let v = m.model.terms(of: c).reduce(0.0) { $0 + start[$1.0.index] * $1.1 }
                    let b = m.model.bounds(of: c)
                    if v > b.upperBound + 1e-6 || v < b.lowerBound - 1e-6 {
                        Self.emit(["violated", name, "\(i + 1)", m.model.name(of: c), "value=\(Self.g(v))"])
                    }
                }
            }
            let r = try m.model.relaxation().solve()
            let lp = r.objective ?? .nan
            lpSum += lp; gSum += g
            Self.emit(["part", name, "\(i + 1)", "columns=\(m.model.variableCount)", "rows=\(m.model.constraintCount)",
                       "lp=\(Self.g(lp))", "greedy=\(Self.g(g))", "greedy_feasible=\(feasible ? "yes" : "NO")",
                       "lp_s=\(Self.f(r.seconds))"])
        }
        Self.emit(["total", name, "lp=\(Self.g(lpSum))", "greedy=\(Self.g(gSum))"])
    }

    /// The biggest part (most lines), its model and the improved greedy plan's values in it.
    private func biggestPart(_ x: Instance) throws -> (WalkingModel, start: [Double]) {
        let whole = try WalkingScope(x)
        guard let part = try whole.components().max(by: { $0.lines.count < $1.lines.count }) else {
            throw ValidationError("no walking demand to measure")
        }
        let m = try WalkingModel(part)
        let lines = Set(part.lines)
        let greedy = WalkingGreedy.improved(whole).lessons.filter { lines.contains($0.line) }
        return (m, m.values(of: greedy))
    }

    /// The biggest part's LP relaxation beside the plan GLPK finds from the greedy start:
    /// visits per teacher and school where they differ, and the fractional variables.
    private func fractionalVisits(_ x: Instance, _ name: String) throws {
        let (m, start) = try biggestPart(x)
        let lp = try m.model.relaxation().solve()
        var o = WalkingSolve.defaultOptions
        o.timeLimit = seconds ?? 20
        let ip = try m.model.solve(options: o, start: start)
        Self.emit(["lp", name, "lp=\(Self.g(lp.objective))", "ip=\(Self.g(ip.objective))", "bound=\(Self.g(ip.bestBound))",
                   "ip_termination=\(ip.termination.rawValue)", "ip_s=\(Self.f(ip.seconds))"])
        guard !lp.values.isEmpty, !ip.values.isEmpty else { return }
        // Per teacher and school: Σ_d v in the LP and in GLPK's plan, and the visit's cost.
        var byTS: [String: (teacher: String, school: String, lp: Double, ip: Double, cost: Double)] = [:]
        for v in m.visits where v.cost > 0 {
            let teacher = x.teachers[v.teacher].id.rawValue, school = x.schools[v.school].id.rawValue
            let key = "\(teacher)\t\(school)"
            var e = byTS[key] ?? (teacher, school, 0, 0, v.cost)
            e.lp += lp.values[v.variable.index]
            e.ip += ip.values[v.variable.index]
            byTS[key] = e
        }
        let differing = byTS.values.filter { abs($0.lp - $0.ip) > 1e-6 }
            .map { (delta: ($0.ip - $0.lp) * $0.cost, e: $0) }
            .sorted { ($0.delta, $0.e.teacher, $0.e.school) > ($1.delta, $1.e.teacher, $1.e.school) }
        for d in differing.prefix(40) {
            Self.emit(["teacher-school", name, d.e.teacher, d.e.school, "cost_difference=\(Self.g(d.delta))",
                       "lp_visits=\(Self.g(d.e.lp))", "ip_visits=\(Self.g(d.e.ip))", "cost=\(Self.g(d.e.cost))"])
        }
        var fractional = 0
        for i in 0..<m.model.variableCount where lp.values[i] > 1e-6 && lp.values[i] < 1 - 1e-6 {
            fractional += 1
            if fractional <= 120 { Self.emit(["fractional", name, m.model.variableNames[i], "value=\(Self.g(lp.values[i]))"]) }
        }
        Self.emit(["fractional-count", name, "count=\(fractional)"])
    }

    /// The biggest part solved from the greedy start under each GLPK option set.
    private func optionVariants(_ x: Instance, _ name: String) throws {
        let (m, start) = try biggestPart(x)
        var all: [(String, SolverOptions)] = []
        var o = WalkingSolve.defaultOptions
        o.timeLimit = seconds ?? 30
        o.cuts = .none
        o.backtracking = .bestProjection; all.append(("dth-bph-nocuts", o))
        o.backtracking = .bestLocalBound; all.append(("dth-blb-nocuts", o))
        o.cuts = [.clique, .cover, .mir]; all.append(("dth-blb-cuts", o))
        o.backtracking = .bestProjection; all.append(("dth-bph-cuts", o))
        let only = variants.map { Set($0.split(separator: ",").map(String.init)) }
        for (variant, o) in all where only?.contains(variant) ?? true {
            let r = try m.model.solve(options: o, start: start)
            Self.emit(["variant", name, variant, "termination=\(r.termination.rawValue)", "objective=\(Self.g(r.objective))",
                       "bound=\(Self.g(r.bestBound))", "nodes=\(r.nodes)", "s=\(Self.f(r.seconds))"])
        }
    }
}
