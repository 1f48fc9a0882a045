/// A linear constraint `lower ≤ expression ≤ upper` before it is added to a model.
///
/// Made with the comparison operators (`x + y <= 1`, `e >= f`, `e == 3`) or
/// ``LinearConstraint/init(_:in:)`` for a range. The expression's constant is moved to
/// the bounds when the constraint is added. An infinite bound means "no bound".
public struct LinearConstraint: Sendable {
    public var expression: LinearExpression
    public var lower: Double
    public var upper: Double

    public init(_ expression: LinearExpression, lower: Double = -.infinity, upper: Double = .infinity) {
        self.expression = expression
        self.lower = lower
        self.upper = upper
    }

    /// `range.lowerBound ≤ expression ≤ range.upperBound`.
    public init(_ expression: LinearExpression, in range: ClosedRange<Double>) {
        self.init(expression, lower: range.lowerBound, upper: range.upperBound)
    }
}

/// The sense of a constraint, for messages and reports.
public enum ConstraintSense: String, Sendable {
    case lessOrEqual = "<=", greaterOrEqual = ">=", equal = "=", range = "range", free = "free"
}

extension LinearConstraint {
    public var sense: ConstraintSense {
        switch (lower.isFinite, upper.isFinite) {
        case (true, true): return lower == upper ? .equal : .range
        case (true, false): return .greaterOrEqual
        case (false, true): return .lessOrEqual
        case (false, false): return .free
        }
    }
}

public func <= (a: LinearExpression, b: Double) -> LinearConstraint { LinearConstraint(a, upper: b) }
public func >= (a: LinearExpression, b: Double) -> LinearConstraint { LinearConstraint(a, lower: b) }
public func == (a: LinearExpression, b: Double) -> LinearConstraint { LinearConstraint(a, lower: b, upper: b) }
public func <= (a: LinearExpression, b: LinearExpression) -> LinearConstraint { LinearConstraint(a - b, upper: 0) }
public func >= (a: LinearExpression, b: LinearExpression) -> LinearConstraint { LinearConstraint(a - b, lower: 0) }
public func == (a: LinearExpression, b: LinearExpression) -> LinearConstraint { LinearConstraint(a - b, lower: 0, upper: 0) }
public func <= (a: Variable, b: Double) -> LinearConstraint { LinearConstraint(LinearExpression(a), upper: b) }
public func >= (a: Variable, b: Double) -> LinearConstraint { LinearConstraint(LinearExpression(a), lower: b) }
public func == (a: Variable, b: Double) -> LinearConstraint { LinearConstraint(LinearExpression(a), lower: b, upper: b) }
public func <= (a: LinearExpression, b: Variable) -> LinearConstraint { a <= LinearExpression(b) }
public func >= (a: LinearExpression, b: Variable) -> LinearConstraint { a >= LinearExpression(b) }
public func <= (a: Variable, b: LinearExpression) -> LinearConstraint { LinearExpression(a) <= b }
public func >= (a: Variable, b: LinearExpression) -> LinearConstraint { LinearExpression(a) >= b }
