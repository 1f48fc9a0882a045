import Foundation
import Testing
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanModels

/// Independent parts (groups no teacher can move between) solved one by one reach the
/// optimum of one model of every group, and the parts are what §4 and §10 say.
@Suite struct ExchangePartsTests {
    @Test func everyGroupIsItsOwnPartWithoutCrossGroupMoves() throws {
        let x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        #expect(!x.policy.exchange.allowCrossGroup)
        let parts = ExchangeParts.of(x)
        #expect(parts.map(\.groups) == x.groups.indices.map { [$0] })
        #expect(parts.map(\.ungrouped) == [true] + Array(repeating: false, count: x.groups.count - 1))
    }

    @Test func crossGroupMovesJoinTheGroupsOfADistrict() throws {
        var x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        x.policy.exchange.allowCrossGroup = true
        x.policy.exchange.maxTravelMinutes = 1e6
        let parts = ExchangeParts.of(x)
        // Groups sharing a district (through any of their schools) are one part.
        for part in parts {
            for other in parts where other != part {
                for g in part.groups {
                    for h in other.groups {
                        let linked = x.groups[g].schools.contains { a in x.groups[h].schools.contains { x.sameDistrict(a, $0) } }
                        #expect(!linked, "groups \(x.groups[g].id) and \(x.groups[h].id) share a district but were split")
                    }
                }
            }
        }
        #expect(parts.flatMap(\.groups).sorted() == Array(x.groups.indices))
    }

    @Test(arguments: ["instances/zhengdong-2025.json", "instances/luohe-wuyang.json"])
    func partsReachTheSingleModelOptimum(_ file: String) throws {
        for cross in [false, true] {
            var x = try instance(root.appendingPathComponent(file).path)
            x.policy.exchange.allowCrossGroup = cross
            let parts = try ExchangeSolve.run(x, separateParts: true).solution
            let single = try ExchangeSolve.run(x, separateParts: false).solution
            #expect(parts.status == single.status)
            if let a = parts.objective, let b = single.objective {
                #expect(CheckReport.close(a, b), "\(file) cross \(cross): parts \(a), single model \(b)")
                #expect(SolutionChecker.check(parts, against: x).passed)
            }
        }
    }

    /// The chord rows of the balance term cut off no plan: with and without them the
    /// optimum is the same (the checker recomputes it without the model), and they are
    /// there (Zhengdong's per-capita targets n(s)·Q̄(g) are fractional).
    @Test func balanceChordKeepsTheOptimum() throws {
        let x = try instance(root.appendingPathComponent("instances/zhengdong-2025.json").path)
        let m = try ExchangeModel(x, formulation: .plain)
        #expect(m.model.rowNames.contains { $0.hasPrefix("exchange.4.obj.balance-chord[") })
        let with = try ExchangeSolve.run(x).solution
        let without = try ExchangeSolve.run(x, balanceChords: false).solution
        let a = SolutionChecker.check(with, against: x), b = SolutionChecker.check(without, against: x)
        #expect(a.passed && b.passed)
        #expect(CheckReport.close(a.recomputedObjective!, b.recomputedObjective!))
    }
}
