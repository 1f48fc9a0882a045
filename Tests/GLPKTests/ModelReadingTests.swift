import Testing
import GLPK  // not @testable: this file compiles only against the public API

/// Reading a built model back through the public API (`rotaplan-bench walking-gap` does).
@Suite struct ModelReadingTests {
    @Test func rowsReadBackInOrderWithNamesTermsAndBounds() throws {
        var m = Model()
        let x = try m.addVariable(name: "x"), y = try m.addVariable(name: "y")
        let a = try m.add(x + 2 * y + 1 <= 5, name: "cap[1]")
        let b = try m.add(x - y >= -3, name: "link[1]")
        let c = try m.add(x + y + x, in: 2...4, name: "both")
        #expect(Array(m.constraints) == [a, b, c])
        #expect(m.constraints.map { m.name(of: $0) } == ["cap[1]", "link[1]", "both"])
        #expect(m.bounds(of: a) == -.infinity...4)  // the constant moved to the bound
        #expect(m.bounds(of: b) == -3...Double.infinity)
        #expect(m.bounds(of: c) == 2...4)
        #expect(m.terms(of: c).map(\.0) == [x, y])
        #expect(m.terms(of: c).map(\.1) == [2, 1])
        // A row's activity from the public read-back agrees with isFeasible.
        let values = [1.0, 1.0]
        let violated = m.constraints.filter { r in
            let v = m.terms(of: r).reduce(0.0) { $0 + values[$1.0.index] * $1.1 }
            return !m.bounds(of: r).contains(v)
        }
        #expect(violated.isEmpty == m.isFeasible(values))
        #expect(m.isFeasible([3, 1]) == false)
        #expect(m.constraints.filter { r in
            !m.bounds(of: r).contains(m.terms(of: r).reduce(0.0) { $0 + [3.0, 1.0][$1.0.index] * $1.1 })
        } == [a, c])
    }

    @Test func emptyModelHasNoRows() {
        #expect(Model().constraints.isEmpty)
    }
}
