/// A linear expression `Σ coefficient·variable + constant`.
///
/// Terms are kept in the order they were added and may repeat a variable; ``Model``
/// merges equal terms (adding their coefficients) when the expression becomes a row or
/// the objective, so `x + x` is `2x`. Building an expression is O(terms).
public struct LinearExpression: Sendable, CustomStringConvertible {
    /// Variable indices of the terms, parallel to ``coefficients``.
    public private(set) var indices: [Int]
    /// Coefficients of the terms, parallel to ``indices``.
    public private(set) var coefficients: [Double]
    /// The constant term.
    public var constant: Double

    /// An expression with no terms and the given constant.
    public init(constant: Double = 0) {
        indices = []
        coefficients = []
        self.constant = constant
    }

    /// The expression `coefficient · variable`.
    public init(_ variable: Variable, coefficient: Double = 1) {
        indices = [variable.index]
        coefficients = [coefficient]
        constant = 0
    }

    /// `Σ coefficient·variable` over the pairs given.
    public init<S: Sequence>(terms: S, constant: Double = 0) where S.Element == (Variable, Double) {
        indices = []
        coefficients = []
        for (v, c) in terms {
            indices.append(v.index)
            coefficients.append(c)
        }
        self.constant = constant
    }

    /// Number of terms as written (before merging equal variables).
    public var termCount: Int { indices.count }

    /// Reserves room for `n` terms.
    public mutating func reserveCapacity(_ n: Int) {
        indices.reserveCapacity(n)
        coefficients.reserveCapacity(n)
    }

    /// Adds `coefficient · variable`. O(1) amortised.
    public mutating func add(_ variable: Variable, coefficient: Double = 1) {
        indices.append(variable.index)
        coefficients.append(coefficient)
    }

    /// Adds `factor · other`. O(terms of other).
    public mutating func add(_ other: LinearExpression, times factor: Double = 1) {
        indices.append(contentsOf: other.indices)
        if factor == 1 {
            coefficients.append(contentsOf: other.coefficients)
        } else {
            coefficients.append(contentsOf: other.coefficients.lazy.map { $0 * factor })
        }
        constant += other.constant * factor
    }

    /// The expression multiplied by `factor`.
    public func scaled(by factor: Double) -> LinearExpression {
        var e = self
        for i in e.coefficients.indices { e.coefficients[i] *= factor }
        e.constant *= factor
        return e
    }

    /// Value of the expression for the given variable values (indexed by ``Variable/index``).
    public func value(_ values: [Double]) -> Double {
        var s = constant
        for (i, c) in zip(indices, coefficients) { s += c * values[i] }
        return s
    }

    /// `Σ variables` (each with coefficient 1).
    public static func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == Variable {
        var e = LinearExpression()
        e.reserveCapacity(variables.underestimatedCount)
        for v in variables { e.add(v) }
        return e
    }

    /// `Σ expressions`.
    public static func sum<S: Sequence>(_ expressions: S) -> LinearExpression where S.Element == LinearExpression {
        var e = LinearExpression()
        for x in expressions { e.add(x) }
        return e
    }

    public var description: String {
        var parts: [String] = []
        for (i, c) in zip(indices, coefficients) { parts.append("\(c)·x#\(i)") }
        if constant != 0 || parts.isEmpty { parts.append("\(constant)") }
        return parts.joined(separator: " + ")
    }
}

extension Sequence where Element == Variable {
    /// `Σ self`, each variable with coefficient 1.
    public func sum() -> LinearExpression { LinearExpression.sum(self) }
}

extension Sequence where Element == LinearExpression {
    /// `Σ self`.
    public func sum() -> LinearExpression { LinearExpression.sum(self) }
}

// MARK: - Arithmetic

public func + (a: LinearExpression, b: LinearExpression) -> LinearExpression {
    var e = a; e.add(b); return e
}
public func + (a: LinearExpression, b: Variable) -> LinearExpression {
    var e = a; e.add(b); return e
}
public func + (a: Variable, b: LinearExpression) -> LinearExpression {
    var e = LinearExpression(a); e.add(b); return e
}
public func + (a: Variable, b: Variable) -> LinearExpression {
    var e = LinearExpression(a); e.add(b); return e
}
public func + (a: LinearExpression, b: Double) -> LinearExpression {
    var e = a; e.constant += b; return e
}
public func + (a: Variable, b: Double) -> LinearExpression {
    var e = LinearExpression(a); e.constant += b; return e
}
public func - (a: LinearExpression, b: LinearExpression) -> LinearExpression {
    var e = a; e.add(b, times: -1); return e
}
public func - (a: LinearExpression, b: Variable) -> LinearExpression {
    var e = a; e.add(b, coefficient: -1); return e
}
public func - (a: Variable, b: LinearExpression) -> LinearExpression {
    var e = LinearExpression(a); e.add(b, times: -1); return e
}
public func - (a: Variable, b: Variable) -> LinearExpression {
    var e = LinearExpression(a); e.add(b, coefficient: -1); return e
}
public func - (a: LinearExpression, b: Double) -> LinearExpression {
    var e = a; e.constant -= b; return e
}
public func - (a: Variable, b: Double) -> LinearExpression {
    var e = LinearExpression(a); e.constant -= b; return e
}
public prefix func - (a: LinearExpression) -> LinearExpression { a.scaled(by: -1) }
public prefix func - (a: Variable) -> LinearExpression { LinearExpression(a, coefficient: -1) }
public func * (a: Double, b: Variable) -> LinearExpression { LinearExpression(b, coefficient: a) }
public func * (a: Variable, b: Double) -> LinearExpression { LinearExpression(a, coefficient: b) }
public func * (a: Double, b: LinearExpression) -> LinearExpression { b.scaled(by: a) }
public func * (a: LinearExpression, b: Double) -> LinearExpression { a.scaled(by: b) }
public func += (a: inout LinearExpression, b: LinearExpression) { a.add(b) }
public func += (a: inout LinearExpression, b: Variable) { a.add(b) }
public func += (a: inout LinearExpression, b: Double) { a.constant += b }
public func -= (a: inout LinearExpression, b: LinearExpression) { a.add(b, times: -1) }
public func -= (a: inout LinearExpression, b: Variable) { a.add(b, coefficient: -1) }
public func -= (a: inout LinearExpression, b: Double) { a.constant -= b }
