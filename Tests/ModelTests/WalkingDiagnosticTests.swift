import Foundation
import Testing
@testable import GLPK
import RotaplanDomain
import RotaplanModels

/// Where the gap comes from (not a check): WALK_DIAG=FILE,FILE… prints, per part of the
/// strong model, its size, the LP relaxation value and the improved greedy plan's value.
@Suite struct WalkingDiagnosticTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WALK_DIAG"] != nil))
    func relaxationVersusIncumbent() throws {
        for path in ProcessInfo.processInfo.environment["WALK_DIAG"]!.split(separator: ",") {
            let x = try instance(String(path))
            let whole = try WalkingScope(x)
            let greedy = WalkingGreedy.improved(whole).lessons
            var lpSum = 0.0, gSum = 0.0
            for part in try whole.components() {
                let m = try WalkingModel(part)
                let start = m.values(of: greedy.filter { Set(part.lines).contains($0.line) })
                let g = m.model.objectiveValue(start)
                print("DIAG feasible start: \(m.model.isFeasible(start))")
                var families: [String: (rows: Int, nz: Int)] = [:]
                for c in 0..<m.model.constraintCount {
                    let ref = Model.ConstraintRef(index: c)
                    let f = String(m.model.name(of: ref).prefix { $0 != "[" })
                    families[f, default: (0, 0)].rows += 1
                    families[f, default: (0, 0)].nz += m.model.terms(of: ref).count
                }
                for (f, n) in families.sorted(by: { $0.key < $1.key }) { print("DIAG family \(f) rows=\(n.rows) nz=\(n.nz)") }
                if !m.model.isFeasible(start) {
                    for c in 0..<m.model.constraintCount {
                        let ref = Model.ConstraintRef(index: c)
                        let v = m.model.terms(of: ref).reduce(0.0) { $0 + start[$1.0.index] * $1.1 }
                        if v > m.model.rowUpper[c] + 1e-6 || v < m.model.rowLower[c] - 1e-6 { print("DIAG violated \(m.model.name(of: ref)) value \(v)") }
                    }
                }
                let r = try m.model.relaxation().solve()
                let lp = r.objective ?? .nan
                lpSum += lp; gSum += g
                print("DIAG \(path.split(separator: "/").last!) part cols=\(m.model.variableCount) rows=\(m.model.constraintCount) lp=\(lp) greedy=\(g) lpSecs=\(r.seconds)")
            }
            print("DIAG \(path.split(separator: "/").last!) total lp=\(lpSum) greedy=\(gSum)")
        }
    }
}

extension WalkingDiagnosticTests {
    /// WALK_LP=FILE: the LP relaxation's fractional visits and assignments of the biggest
    /// part, next to the plan GLPK finds in WALK_SECS seconds.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WALK_LP"] != nil))
    func fractionalVisits() throws {
        let x = try instance(ProcessInfo.processInfo.environment["WALK_LP"]!)
        let whole = try WalkingScope(x)
        let part = try whole.components().max { $0.lines.count < $1.lines.count }!
        let m = try WalkingModel(part)
        let lp = try m.model.relaxation().solve()
        var o = WalkingSolve.defaultOptions
        o.timeLimit = Double(ProcessInfo.processInfo.environment["WALK_SECS"] ?? "20")!
        let greedy = WalkingGreedy.improved(whole).lessons.filter { Set(part.lines).contains($0.line) }
        let ip = try m.model.solve(options: o, start: m.values(of: greedy))
        print("DIAG lp=\(lp.objective!) ip=\(ip.objective!) bound=\(ip.bestBound ?? .nan)")
        // Per teacher and school: Σ_d v in LP and IP, cost.
        var rows: [(Double, String)] = []
        var byTS: [String: (lp: Double, ip: Double, cost: Double)] = [:]
        for v in m.visits where v.cost > 0 {
            let key = "\(x.teachers[v.teacher].id) \(x.schools[v.school].id)"
            var e = byTS[key] ?? (0, 0, v.cost)
            e.lp += lp.values[v.variable.index]
            e.ip += ip.values[v.variable.index]
            byTS[key] = e
        }
        for (k, e) in byTS where abs(e.lp - e.ip) > 1e-6 { rows.append(((e.ip - e.lp) * e.cost, "\(k) lpVisits=\(e.lp) ipVisits=\(e.ip) cost=\(e.cost)")) }
        for r in rows.sorted(by: { $0.0 > $1.0 }).prefix(40) { print("DIAG ts \(r.0) \(r.1)") }
        var frac = 0
        for i in 0..<m.model.variableCount where lp.values[i] > 1e-6 && lp.values[i] < 1 - 1e-6 {
            frac += 1
            if frac <= 120 { print("DIAG frac \(m.model.variableNames[i]) = \(lp.values[i])") }
        }
        print("DIAG fractional \(frac)")
    }
}

extension WalkingDiagnosticTests {
    /// WALK_OPTS=FILE: the biggest part solved from the greedy start under a few GLPK
    /// option sets for WALK_SECS seconds each: bound and plan.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["WALK_OPTS"] != nil))
    func optionVariants() throws {
        let x = try instance(ProcessInfo.processInfo.environment["WALK_OPTS"]!)
        let whole = try WalkingScope(x)
        let part = try whole.components().max { $0.lines.count < $1.lines.count }!
        let m = try WalkingModel(part)
        let greedy = WalkingGreedy.improved(whole).lessons.filter { Set(part.lines).contains($0.line) }
        let secs = Double(ProcessInfo.processInfo.environment["WALK_SECS"] ?? "30")!
        var variants: [(String, SolverOptions)] = []
        var o = WalkingSolve.defaultOptions; o.timeLimit = secs
        o.backtracking = .bestProjection; variants.append(("dth-bph-nocuts", o))
        o.backtracking = .bestLocalBound; variants.append(("dth-blb-nocuts", o))
        o.cuts = [.clique, .cover, .mir]; variants.append(("dth-blb-cuts", o))
        o.backtracking = .bestProjection; variants.append(("dth-bph-cuts", o))
        let only = ProcessInfo.processInfo.environment["WALK_VARIANTS"].map { Set($0.split(separator: ",").map(String.init)) }
        for (name, o) in variants where only?.contains(name) ?? true {
            let r = try m.model.solve(options: o, start: m.values(of: greedy))
            print("DIAG \(name) \(r.termination) obj=\(r.objective ?? .nan) bound=\(r.bestBound ?? .nan) nodes=\(r.nodes) secs=\(r.seconds)")
        }
    }
}
