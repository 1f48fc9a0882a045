/// A decision variable: an index handed out by ``Model/addVariable(_:lower:upper:name:)``.
///
/// A `Variable` is only meaningful in the model that created it; ``Model`` rejects an
/// index it never handed out with ``ModelError/unknownVariable(index:count:)``.
public struct Variable: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0-based position of the variable in its model (GLPK's column `index + 1`).
    public let index: Int

    @usableFromInline init(index: Int) { self.index = index }

    public static func < (a: Variable, b: Variable) -> Bool { a.index < b.index }
    public var description: String { "x#\(index)" }
}

/// The domain of a variable.
public enum VariableKind: String, Sendable, CaseIterable {
    /// A real number between the bounds.
    case continuous
    /// An integer between the bounds.
    case integer
    /// 0 or 1 (an integer variable whose bounds are fixed to [0, 1]).
    case binary
}
