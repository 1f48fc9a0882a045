/// A mixed-integer linear program held as plain Swift data until it is solved.
///
/// Variables are indices; constraints are stored row by row in compressed form with equal
/// terms merged. Every number is checked when it enters the model, so nothing that GLPK
/// would abort the process on (duplicate indices in a row, NaN or infinite coefficients,
/// inverted bounds, names over 255 bytes, unknown columns) can reach it. Adding a
/// constraint is O(its terms); the whole model is handed to GLPK in one pass.
public struct Model: Sendable {
    /// Objective direction.
    public enum Sense: String, Sendable { case minimize, maximize }

    // Columns.
    public private(set) var variableKinds: [VariableKind] = []
    public private(set) var variableLower: [Double] = []
    public private(set) var variableUpper: [Double] = []
    public private(set) var variableNames: [String] = []

    // Rows, compressed sparse row storage.
    public private(set) var rowLower: [Double] = []
    public private(set) var rowUpper: [Double] = []
    public private(set) var rowNames: [String] = []
    /// `rowStart[i] ..< rowStart[i+1]` are the entries of row i in ``entryColumns``/``entryValues``.
    public private(set) var rowStart: [Int] = [0]
    public private(set) var entryColumns: [Int32] = []
    public private(set) var entryValues: [Double] = []

    // Objective.
    public private(set) var sense: Sense = .minimize
    public private(set) var objectiveCoefficients: [Double] = []
    public private(set) var objectiveConstant: Double = 0
    /// Name of the objective row in exports.
    public var objectiveName: String = "objective"
    /// A name for the whole model, written into exports.
    public var name: String

    /// Scratch map from column to position in the row being merged (-1 = absent).
    private var mergeSlot: [Int32] = []

    /// GLPK's limit on rows and columns.
    public static let maximumDimension = 100_000_000

    public init(name: String = "rotaplan") { self.name = name }

    // MARK: Size

    public var variableCount: Int { variableKinds.count }
    public var constraintCount: Int { rowLower.count }
    public var nonzeroCount: Int { entryColumns.count }
    public var integerCount: Int { variableKinds.lazy.filter { $0 != .continuous }.count }

    /// The LP relaxation: the same rows, bounds and objective with every variable
    /// continuous. Solving it is one simplex run; if it is infeasible, so is the model.
    public func relaxation() -> Model {
        var m = self
        m.variableKinds = Array(repeating: .continuous, count: variableKinds.count)
        return m
    }
    public var size: ModelSize {
        ModelSize(rows: constraintCount, columns: variableCount, nonzeros: nonzeroCount, integers: integerCount)
    }

    /// Reserves storage for the given numbers of variables, constraints and nonzeros.
    public mutating func reserveCapacity(variables: Int = 0, constraints: Int = 0, nonzeros: Int = 0) {
        variableKinds.reserveCapacity(variables)
        variableLower.reserveCapacity(variables)
        variableUpper.reserveCapacity(variables)
        variableNames.reserveCapacity(variables)
        objectiveCoefficients.reserveCapacity(variables)
        mergeSlot.reserveCapacity(variables)
        rowLower.reserveCapacity(constraints)
        rowUpper.reserveCapacity(constraints)
        rowNames.reserveCapacity(constraints)
        rowStart.reserveCapacity(constraints + 1)
        entryColumns.reserveCapacity(nonzeros)
        entryValues.reserveCapacity(nonzeros)
    }

    // MARK: Variables

    /// Adds a variable and returns it.
    ///
    /// - Parameters:
    ///   - kind: continuous, integer or binary (bounds are then [0, 1] and the ones given
    ///     are ignored).
    ///   - lower: lower bound; `-.infinity` for none. Default 0.
    ///   - upper: upper bound; `.infinity` for none.
    ///   - name: a readable, preferably unique name (used in exports and messages).
    /// - Throws: ``ModelError`` for NaN bounds, `lower = +∞`, `upper = -∞`, `lower > upper`
    ///   or a name over 255 bytes.
    @discardableResult
    public mutating func addVariable(
        _ kind: VariableKind = .continuous, lower: Double = 0, upper: Double = .infinity, name: String? = nil
    ) throws(ModelError) -> Variable {
        let index = variableKinds.count
        let label = name ?? "x\(index + 1)"
        guard index < Self.maximumDimension else { throw .tooLarge(what: "variables", count: index + 1) }
        var lo = lower, up = upper
        if kind == .binary { lo = 0; up = 1 }
        try Self.checkBounds(item: "variable \(label)", lower: lo, upper: up)
        variableKinds.append(kind)
        variableLower.append(lo)
        variableUpper.append(up)
        variableNames.append(label)
        objectiveCoefficients.append(0)
        mergeSlot.append(-1)
        return Variable(index: index)
    }

    /// Adds `count` variables of one kind named `prefix[1]`, `prefix[2]`, ….
    public mutating func addVariables(
        _ count: Int, _ kind: VariableKind = .continuous, lower: Double = 0, upper: Double = .infinity,
        prefix: String = "x"
    ) throws(ModelError) -> [Variable] {
        var out: [Variable] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            out.append(try addVariable(kind, lower: lower, upper: upper, name: "\(prefix)[\(i + 1)]"))
        }
        return out
    }

    /// Changes the bounds of a variable.
    public mutating func setBounds(_ v: Variable, lower: Double, upper: Double) throws(ModelError) {
        try checkVariable(v.index)
        try Self.checkBounds(item: "variable \(variableNames[v.index])", lower: lower, upper: upper)
        variableLower[v.index] = lower
        variableUpper[v.index] = upper
        if variableKinds[v.index] == .binary && (lower != 0 || upper != 1) { variableKinds[v.index] = .integer }
    }

    public func name(of v: Variable) -> String { variableNames[v.index] }
    public func kind(of v: Variable) -> VariableKind { variableKinds[v.index] }
    public func bounds(of v: Variable) -> ClosedRange<Double> { variableLower[v.index]...variableUpper[v.index] }

    // MARK: Constraints

    /// A handle to a constraint: its 0-based row index.
    public struct ConstraintRef: Hashable, Sendable { public let index: Int }

    /// Adds `constraint` as a row named `name`, merging equal terms and moving the
    /// expression's constant to the bounds. O(terms).
    ///
    /// - Throws: ``ModelError`` for a NaN or infinite coefficient or constant, NaN bounds,
    ///   `lower > upper`, an unknown variable or an over-long name.
    @discardableResult
    public mutating func add(_ constraint: LinearConstraint, name: String? = nil) throws(ModelError) -> ConstraintRef {
        let row = rowLower.count
        let label = name ?? "r\(row + 1)"
        guard row < Self.maximumDimension else { throw .tooLarge(what: "constraints", count: row + 1) }
        let e = constraint.expression
        guard e.constant.isFinite else {
            throw .notFinite(item: "constraint \(label)", field: "constant term", value: e.constant)
        }
        let lo = constraint.lower - e.constant, up = constraint.upper - e.constant
        try Self.checkBounds(item: "constraint \(label)", lower: lo, upper: up)
        let start = entryColumns.count
        do {
            try appendMerged(e, item: "constraint \(label)")
        } catch {
            entryColumns.removeSubrange(start...)
            entryValues.removeSubrange(start...)
            throw error
        }
        guard entryColumns.count <= Int(Int32.max) - 1 else {
            throw .tooLarge(what: "nonzero coefficients", count: entryColumns.count)
        }
        rowLower.append(lo)
        rowUpper.append(up)
        rowNames.append(label)
        rowStart.append(entryColumns.count)
        return ConstraintRef(index: row)
    }

    /// Adds `lower ≤ expression ≤ upper`.
    @discardableResult
    public mutating func add(
        _ expression: LinearExpression, in range: ClosedRange<Double>, name: String? = nil
    ) throws(ModelError) -> ConstraintRef {
        try add(LinearConstraint(expression, in: range), name: name)
    }

    public func name(of c: ConstraintRef) -> String { rowNames[c.index] }

    /// Every row of the model in order, e.g. to read a built model back through
    /// `name(of:)`, ``terms(of:)`` and `bounds(of:)`.
    public var constraints: some RandomAccessCollection<ConstraintRef> {
        (0..<constraintCount).lazy.map { ConstraintRef(index: $0) }
    }

    /// The bounds of row `c` after the expression's constant was moved to them:
    /// `lower ≤ Σ terms ≤ upper`, with `-.infinity`/`.infinity` for a missing side.
    public func bounds(of c: ConstraintRef) -> ClosedRange<Double> { rowLower[c.index]...rowUpper[c.index] }

    /// The merged terms of row `c` as (variable, coefficient) pairs.
    public func terms(of c: ConstraintRef) -> [(Variable, Double)] {
        (rowStart[c.index]..<rowStart[c.index + 1]).map {
            (Variable(index: Int(entryColumns[$0])), entryValues[$0])
        }
    }

    // MARK: Objective

    /// Sets the objective to minimise `expression` (replacing any previous objective).
    public mutating func minimize(_ expression: LinearExpression) throws(ModelError) {
        try setObjective(expression, sense: .minimize)
    }

    /// Sets the objective to maximise `expression` (replacing any previous objective).
    public mutating func maximize(_ expression: LinearExpression) throws(ModelError) {
        try setObjective(expression, sense: .maximize)
    }

    public mutating func setObjective(_ expression: LinearExpression, sense: Sense) throws(ModelError) {
        guard expression.constant.isFinite else {
            throw .notFinite(item: objectiveName, field: "constant term", value: expression.constant)
        }
        var coefficients = [Double](repeating: 0, count: variableCount)
        for (i, c) in zip(expression.indices, expression.coefficients) {
            try checkVariable(i)
            guard c.isFinite else {
                throw .notFinite(item: objectiveName, field: "coefficient of \(variableNames[i])", value: c)
            }
            coefficients[i] += c
        }
        for (i, c) in coefficients.enumerated() where !c.isFinite {
            throw .notFinite(item: objectiveName, field: "coefficient of \(variableNames[i])", value: c)
        }
        objectiveCoefficients = coefficients
        objectiveConstant = expression.constant
        self.sense = sense
    }

    /// The objective as an expression (merged terms, nonzero coefficients only).
    public var objective: LinearExpression {
        LinearExpression(
            terms: objectiveCoefficients.enumerated().lazy.filter { $0.element != 0 }
                .map { (Variable(index: $0.offset), $0.element) },
            constant: objectiveConstant)
    }

    /// The objective's value at `values` (indexed by ``Variable/index``).
    public func objectiveValue(_ values: [Double]) -> Double {
        var s = objectiveConstant
        for (c, x) in zip(objectiveCoefficients, values) where c != 0 { s += c * x }
        return s
    }

    /// Whether `values` (indexed by ``Variable/index``) satisfy every bound, integrality
    /// and row of the model within `tolerance` (absolute): e.g. to check a start plan
    /// before handing it to the solver.
    public func isFeasible(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
        guard values.count == variableCount else { return false }
        for j in 0..<variableCount {
            let x = values[j]
            guard x.isFinite, x >= variableLower[j] - tolerance, x <= variableUpper[j] + tolerance else { return false }
            if variableKinds[j] != .continuous, abs(x - x.rounded()) > tolerance { return false }
        }
        for r in 0..<constraintCount {
            var a = 0.0
            for k in rowStart[r]..<rowStart[r + 1] { a += entryValues[k] * values[Int(entryColumns[k])] }
            if a < rowLower[r] - tolerance || a > rowUpper[r] + tolerance { return false }
        }
        return true
    }

    // MARK: Checks

    private func checkVariable(_ index: Int) throws(ModelError) {
        guard index >= 0 && index < variableCount else {
            throw .unknownVariable(index: index, count: variableCount)
        }
    }

    static func checkBounds(item: String, lower: Double, upper: Double) throws(ModelError) {
        if lower.isNaN { throw .notFinite(item: item, field: "lower bound", value: lower) }
        if upper.isNaN { throw .notFinite(item: item, field: "upper bound", value: upper) }
        if lower == .infinity { throw .notFinite(item: item, field: "lower bound", value: lower) }
        if upper == -.infinity { throw .notFinite(item: item, field: "upper bound", value: upper) }
        if lower > upper { throw .invertedBounds(item: item, lower: lower, upper: upper) }
    }

    /// Appends `e`'s terms to the entry arrays with equal variables merged (first
    /// occurrence keeps its place) and zero sums dropped. O(terms) with the scratch map.
    private mutating func appendMerged(_ e: LinearExpression, item: String) throws(ModelError) {
        let start = entryColumns.count
        var merging = true
        defer {
            // Leave the scratch map clean whether or not a term was rejected.
            if merging { for k in start..<entryColumns.count { mergeSlot[Int(entryColumns[k])] = -1 } }
        }
        for (i, c) in zip(e.indices, e.coefficients) {
            try checkVariable(i)
            guard c.isFinite else {
                throw .notFinite(item: item, field: "coefficient of \(variableNames[i])", value: c)
            }
            let slot = mergeSlot[i]
            if slot >= 0 {
                entryValues[Int(slot)] += c
            } else {
                mergeSlot[i] = Int32(entryColumns.count)
                entryColumns.append(Int32(i))
                entryValues.append(c)
            }
        }
        for k in start..<entryColumns.count { mergeSlot[Int(entryColumns[k])] = -1 }
        merging = false
        // Check the sums (two huge finite coefficients can overflow) and drop exact zeros.
        var write = start
        for k in start..<entryColumns.count {
            let c = entryValues[k]
            guard c.isFinite else {
                throw .notFinite(item: item, field: "coefficient of \(variableNames[Int(entryColumns[k])])", value: c)
            }
            if c != 0 {
                entryColumns[write] = entryColumns[k]
                entryValues[write] = c
                write += 1
            }
        }
        entryColumns.removeSubrange(write...)
        entryValues.removeSubrange(write...)
    }
}

/// Rows, columns, nonzeros and integer columns of a model, as reported in solutions.
public struct ModelSize: Sendable, Equatable, Codable {
    public var rows: Int
    public var columns: Int
    public var nonzeros: Int
    public var integers: Int
    public init(rows: Int, columns: Int, nonzeros: Int, integers: Int) {
        self.rows = rows; self.columns = columns; self.nonzeros = nonzeros; self.integers = integers
    }
}
