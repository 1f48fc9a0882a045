import Testing
@testable import GLPK

/// Building models: merging, validation, and that nothing GLPK aborts on gets through.
@Suite struct ModelBuildingTests {
    @Test func equalTermsAreMergedAndZeroSumsDropped() throws {
        var m = Model()
        let x = try m.addVariable(name: "x"), y = try m.addVariable(name: "y"), z = try m.addVariable(name: "z")
        let c = try m.add(x + x + 2 * y - y + z - z + 3 <= 10, name: "row")
        let terms = m.terms(of: c)
        #expect(terms.map(\.0) == [x, y])
        #expect(terms.map(\.1) == [2, 1])
        #expect(m.rowUpper[c.index] == 7)  // the constant moved to the bound
        #expect(m.nonzeroCount == 2)
    }

    @Test func mergedRowsSolve() throws {
        // x appears three times in one row; GLPK would abort on a duplicate index.
        var m = Model()
        let x = try m.addVariable(.integer, upper: 10, name: "x")
        try m.add(x + x + x <= 7)
        try m.maximize(x + x)
        let r = try m.solve()
        #expect(r.status == .optimal)
        #expect(r.value(x) == 2)
        #expect(r.objective == 4)
    }

    @Test func sumsOverCollections() throws {
        var m = Model()
        let xs = try m.addVariables(4, .binary, prefix: "x")
        let e = xs.sum() + [xs[0] * 2, xs[1] * 3].sum()
        #expect(e.termCount == 6)
        try m.add(xs.sum() <= 2)
        try m.maximize(e)
        let r = try m.solve()
        #expect(r.objective == 7)  // x0 and x1: 1+2 + 1+3
    }

    static let rejected: [(String, @Sendable (inout Model, Variable) throws(ModelError) -> Void, String)] = [
        ("NaN coefficient", { m, x throws(ModelError) in try m.add(Double.nan * x <= 1, name: "c1") }, "constraint c1: coefficient of x is nan"),
        ("infinite coefficient", { m, x throws(ModelError) in try m.add(Double.infinity * x <= 1, name: "c2") }, "constraint c2: coefficient of x is inf"),
        ("NaN bound", { m, x throws(ModelError) in try m.add(LinearExpression(x) <= Double.nan, name: "c3") }, "constraint c3: upper bound is nan"),
        ("overflowing sum", { m, x throws(ModelError) in try m.add(1e308 * x + 1e308 * x <= 1, name: "c4") }, "constraint c4: coefficient of x is inf"),
        ("infinite constant", { m, x throws(ModelError) in try m.add(x + Double.infinity <= 1, name: "c5") }, "constraint c5: constant term is inf"),
        ("inverted row bounds", { m, x throws(ModelError) in try m.add(LinearConstraint(LinearExpression(x), lower: 2, upper: 1), name: "c6") }, "constraint c6: lower bound 2.0 is above upper bound 1.0"),
        ("inverted variable bounds", { m, _ throws(ModelError) in _ = try m.addVariable(lower: 3, upper: 1, name: "y") }, "variable y: lower bound 3.0 is above upper bound 1.0"),
        ("NaN variable bound", { m, _ throws(ModelError) in _ = try m.addVariable(lower: .nan, name: "y") }, "variable y: lower bound is nan"),
        ("lower bound +inf", { m, _ throws(ModelError) in _ = try m.addVariable(lower: .infinity, name: "y") }, "variable y: lower bound is inf"),
        ("NaN objective", { m, x throws(ModelError) in try m.minimize(Double.nan * x) }, "objective: coefficient of x is nan"),
        ("unknown variable", { m, _ throws(ModelError) in try m.add(LinearExpression(Variable(index: 5)) <= 1) }, "variable #5 does not belong to this model (it has 1 variables)"),
    ]

    @Test(arguments: rejected.indices)
    func invalidInputIsRejectedWithItsName(_ k: Int) throws {
        let (label, build, message) = Self.rejected[k]
        var m = Model()
        let x = try m.addVariable(name: "x")
        let before = (m.constraintCount, m.variableCount, m.nonzeroCount)
        do {
            try build(&m, x)
            Issue.record("\(label): accepted")
        } catch {
            #expect(error.description.contains(message), "\(label): \(error.description)")
        }
        // A rejected row or variable leaves the model unchanged.
        #expect((m.constraintCount, m.variableCount, m.nonzeroCount) == before, "\(label)")
        // And the model still solves.
        #expect(try m.solve().status == .optimal, "\(label)")
    }

    @Test func invalidOptionsAreRejected() throws {
        var m = Model()
        _ = try m.addVariable(.binary)
        var o = SolverOptions()
        o.timeLimit = -1
        #expect(throws: OptionsError.invalid(option: "timeLimit", value: "-1.0")) { try m.solve(options: o) }
        o = SolverOptions()
        o.relativeGap = .nan
        #expect(throws: OptionsError.self) { try m.solve(options: o) }
    }

    @Test func startVectorOfWrongLengthIsRejected() throws {
        var m = Model()
        _ = try m.addVariable(.binary)
        #expect(throws: ModelError.startSolutionSize(expected: 1, got: 2)) { try m.solve(start: [0, 1]) }
    }

    @Test func binaryBoundsAreZeroOne() throws {
        var m = Model()
        let b = try m.addVariable(.binary, lower: -5, upper: 9)
        #expect(m.bounds(of: b) == 0...1)
    }

    @Test func feasibilityOfAValueVector() throws {
        var m = Model()
        let x = try m.addVariable(.integer, lower: 0, upper: 3), y = try m.addVariable(upper: 2)
        try m.add(x + y <= 4)
        try m.add(x - y >= 0)
        #expect(m.isFeasible([2, 1.5]))
        #expect(!m.isFeasible([2.5, 1]))   // x not integer
        #expect(!m.isFeasible([3, 2]))     // x + y > 4
        #expect(!m.isFeasible([1, 1.5]))   // x − y < 0
        #expect(!m.isFeasible([4, 0]))     // x above its bound
        #expect(!m.isFeasible([1]))        // wrong length
        #expect(m.relaxation().isFeasible([2.5, 1]) && m.relaxation().integerCount == 0)
    }
}
