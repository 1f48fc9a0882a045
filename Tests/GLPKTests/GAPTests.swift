import Foundation
import Testing
import GLPK
import ORLibrary

/// The modelling layer on public benchmark data: OR-Library GAP sets gap1–gap12 and gapa,
/// each problem solved to the optimum listed in ../shared/data/gap/OPTIMA.tsv with the
/// default options. (gapb, gapc and gapd are in the benchmark, not the tests.)
func loadGAP(_ file: String, problem: Int) throws -> (Model, GAPInstance) {
    let url = sharedRoot.appendingPathComponent("data/gap/\(file).txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let instance = try GAPFile.parse(text, file: url.path, sense: GAPFile.sense(forFile: file))[problem - 1]
    return (try instance.model(name: "\(file)-\(problem)").0, instance)
}

let gapOptima: [GAPOptimum] = {
    let url = sharedRoot.appendingPathComponent("data/gap/OPTIMA.tsv")
    return (try? String(contentsOf: url, encoding: .utf8)).map(GAPOptimum.parse) ?? []
}()

let testedGAPSets = (1...12).map { "gap\($0)" } + ["gapa"]

@Suite struct GAPTests {
    @Test func optimaTableIsPresent() {
        #expect(gapOptima.filter { testedGAPSets.contains($0.file) }.count == 66)
    }

    @Test(arguments: testedGAPSets)
    func everyProblemReachesItsListedOptimum(_ file: String) throws {
        let rows = gapOptima.filter { $0.file == file }
        #expect(rows.count == (file == "gapa" ? 6 : 5))
        for row in rows {
            let (model, instance) = try loadGAP(file, problem: row.problem)
            var options = SolverOptions()
            options.timeLimit = 120  // a safety net only; each solves in well under a second
            let r = try model.solve(options: options)
            #expect(r.status == .optimal, "\(file) problem \(row.problem): \(r.status)")
            #expect(r.objective == Double(row.best), "\(file) problem \(row.problem)")
            // The plan itself is a valid assignment.
            var load = [Int](repeating: 0, count: instance.agents)
            for j in 0..<instance.jobs {
                let agents = (0..<instance.agents).filter { r.values[$0 * instance.jobs + j] == 1 }
                #expect(agents.count == 1)
                for i in agents { load[i] += instance.resource[i][j] }
            }
            #expect(zip(load, instance.capacity).allSatisfy { $0 <= $1 })
        }
    }

    @Test func parserRejectsMalformedFiles() {
        #expect(throws: GAPFormatError.self) { try GAPFile.parse("1\n2 2\n1 2 x", file: "bad", sense: .minimize) }
        #expect(throws: GAPFormatError.self) { try GAPFile.parse("1\n2 2\n1 2", file: "short", sense: .minimize) }
        #expect(throws: GAPFormatError.self) { try GAPFile.parse("", file: "empty", sense: .minimize) }
    }
}
