/// Errors raised while building a ``Model``: everything GLPK would abort the process on
/// is caught here first and named by the variable or constraint it concerns.
public enum ModelError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A coefficient, bound or constant is NaN or infinite where a finite number is needed.
    /// `item` names the variable or constraint, `field` says which number.
    case notFinite(item: String, field: String, value: Double)
    /// A lower bound above the upper bound.
    case invertedBounds(item: String, lower: Double, upper: Double)
    /// A variable index this model never handed out (a variable from another model).
    case unknownVariable(index: Int, count: Int)
    /// More rows or columns than GLPK can hold (100,000,000), or more nonzeros than `Int32`.
    case tooLarge(what: String, count: Int)
    /// A warm-start vector whose length differs from the number of variables.
    case startSolutionSize(expected: Int, got: Int)

    public var description: String {
        switch self {
        case let .notFinite(item, field, value):
            return "\(item): \(field) is \(value); it must be a finite number"
        case let .invertedBounds(item, lower, upper):
            return "\(item): lower bound \(lower) is above upper bound \(upper)"
        case let .unknownVariable(index, count):
            return "variable #\(index) does not belong to this model (it has \(count) variables)"
        case let .tooLarge(what, count):
            return "the model has \(count) \(what), more than the solver can hold"
        case let .startSolutionSize(expected, got):
            return "the start solution has \(got) values but the model has \(expected) variables"
        }
    }
}

/// Failures of the solver itself (not infeasibility, which is a ``SolveResult``). Each
/// names the GLPK return code it came from.
public enum SolverError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `GLP_EBOUND`: a variable or row has incorrect bounds (should be unreachable).
    case invalidBounds
    /// `GLP_EFAIL`, `GLP_ESING`, `GLP_ECOND`, `GLP_EINSTAB`, `GLP_ENOCVG`: the solver failed
    /// numerically.
    case solverFailed(code: Int32, name: String)
    /// `GLP_EROOT`: the MIP solver started without an optimal LP basis.
    case noRootBasis
    /// Writing an export file failed.
    case writeFailed(path: String, reason: String)
    /// Any other return code.
    case unexpected(code: Int32, name: String)

    public var description: String {
        switch self {
        case .invalidBounds: return "GLPK rejected the bounds of the model (GLP_EBOUND)"
        case let .solverFailed(code, name): return "GLPK failed numerically (\(name), code \(code))"
        case .noRootBasis: return "GLPK's MIP solver had no optimal LP basis to start from (GLP_EROOT)"
        case let .writeFailed(path, reason): return "cannot write \(path): \(reason)"
        case let .unexpected(code, name): return "GLPK returned \(name) (code \(code))"
        }
    }
}
