// The one file of rotaplan that calls GLPK. Everything it hands to GLPK was validated by
// `Model` (finite numbers, ordered bounds, merged terms, indices in range, sizes within
// GLPK's limits) and every name passes through `ExportNames`, so none of GLPK's abort
// paths can be reached from the Swift API.
internal import CGLPK
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the linked GLPK library.
public enum GLPKLibrary {
    /// The version string of the linked library, e.g. `5.0`.
    public static var version: String { String(cString: glp_version()) }
}

// MARK: - Problem object

/// Owns one `glp_prob`; freed when the object goes away. Not `Sendable`: GLPK keeps its
/// environment per thread, so a problem object never leaves the thread that made it.
final class GLPKProblem {
    let pointer: OpaquePointer

    /// Loads `model` into a new GLPK problem in one pass: one `glp_add_cols`, one
    /// `glp_add_rows`, one `glp_load_matrix`. O(rows + columns + nonzeros). With
    /// `withNames` (exports) rows and columns get their sanitised names and a non-zero
    /// objective constant becomes the column `objective.constant` fixed at 1.
    init(_ model: Model, withNames: Bool) {
        pointer = glp_create_prob()
        let p = pointer
        glp_set_obj_dir(p, model.sense == .minimize ? GLP_MIN : GLP_MAX)
        let n = model.variableCount, m = model.constraintCount
        if withNames {
            glp_set_prob_name(p, ExportNames.safe(model.name))
            glp_set_obj_name(p, ExportNames.safe(model.objectiveName))
        }
        // Exports carry the objective constant as a column fixed at 1: GLPK's LP writer
        // drops it to a comment, and MPS readers disagree on the sign of an objective RHS.
        let constantColumn = withNames && model.objectiveConstant != 0
        if n > 0 || constantColumn { glp_add_cols(p, Int32(n + (constantColumn ? 1 : 0))) }
        if m > 0 { glp_add_rows(p, Int32(m)) }
        for j in 0..<n {
            let col = Int32(j + 1)
            if model.variableKinds[j] != .continuous { glp_set_col_kind(p, col, GLP_IV) }
            let (type, lo, up) = Self.boundType(model.variableLower[j], model.variableUpper[j])
            glp_set_col_bnds(p, col, type, lo, up)
            let c = model.objectiveCoefficients[j]
            if c != 0 { glp_set_obj_coef(p, col, c) }
        }
        if constantColumn {
            let col = Int32(n + 1)
            glp_set_col_bnds(p, col, GLP_FX, 1, 1)
            glp_set_obj_coef(p, col, model.objectiveConstant)
        } else {
            glp_set_obj_coef(p, 0, model.objectiveConstant)
        }
        for i in 0..<m {
            let (type, lo, up) = Self.boundType(model.rowLower[i], model.rowUpper[i])
            glp_set_row_bnds(p, Int32(i + 1), type, lo, up)
        }
        if withNames {
            let colNames = ExportNames.sanitized(model.variableNames + (constantColumn ? ["objective.constant"] : []))
            for (j, name) in colNames.enumerated() { glp_set_col_name(p, Int32(j + 1), name) }
            let rowNames = ExportNames.sanitized(model.rowNames, reserved: [ExportNames.safe(model.objectiveName)])
            for (i, name) in rowNames.enumerated() { glp_set_row_name(p, Int32(i + 1), name) }
        }
        let ne = model.nonzeroCount
        if ne > 0 {
            var ia = [Int32](repeating: 0, count: ne + 1)
            var ja = [Int32](repeating: 0, count: ne + 1)
            var ar = [Double](repeating: 0, count: ne + 1)
            for i in 0..<m {
                for k in model.rowStart[i]..<model.rowStart[i + 1] {
                    ia[k + 1] = Int32(i + 1)
                    ja[k + 1] = model.entryColumns[k] + 1
                    ar[k + 1] = model.entryValues[k]
                }
            }
            glp_load_matrix(p, Int32(ne), ia, ja, ar)
        }
    }

    deinit { glp_delete_prob(pointer) }

    /// Sets row and column scale factors (``Scaling``), which GLPK's simplex works with.
    func setScaling(_ scaling: Scaling) {
        for (i, r) in scaling.rows.enumerated() { glp_set_rii(pointer, Int32(i + 1), r) }
        for (j, s) in scaling.columns.enumerated() { glp_set_sjj(pointer, Int32(j + 1), s) }
    }

    private static func boundType(_ lo: Double, _ up: Double) -> (Int32, Double, Double) {
        switch (lo.isFinite, up.isFinite) {
        case (false, false): return (GLP_FR, 0, 0)
        case (true, false): return (GLP_LO, lo, 0)
        case (false, true): return (GLP_UP, 0, up)
        case (true, true): return lo == up ? (GLP_FX, lo, up) : (GLP_DB, lo, up)
        }
    }
}

/// Routes GLPK's terminal output to standard error (standard output carries rotaplan's
/// one-line summary), or silences it.
private func configureTerminal(_ verbosity: SolverOptions.Verbosity) {
    if verbosity == .off {
        glp_term_out(GLP_OFF)
    } else {
        glp_term_out(GLP_ON)
        glp_term_hook({ _, text in
            if let text { _ = write(2, text, strlen(text)) }
            return 1
        }, nil)
    }
}

private func milliseconds(_ seconds: Double?) -> Int32 {
    guard let s = seconds else { return Int32.max }
    return Int32(min(Double(Int32.max), (s * 1000).rounded(.up)))
}

private func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9
}

private func codeName(_ code: Int32) -> String {
    switch code {
    case GLP_EBADB: return "GLP_EBADB"
    case GLP_ESING: return "GLP_ESING"
    case GLP_ECOND: return "GLP_ECOND"
    case GLP_EBOUND: return "GLP_EBOUND"
    case GLP_EFAIL: return "GLP_EFAIL"
    case GLP_EOBJLL: return "GLP_EOBJLL"
    case GLP_EOBJUL: return "GLP_EOBJUL"
    case GLP_EITLIM: return "GLP_EITLIM"
    case GLP_ETMLIM: return "GLP_ETMLIM"
    case GLP_ENOPFS: return "GLP_ENOPFS"
    case GLP_ENODFS: return "GLP_ENODFS"
    case GLP_EROOT: return "GLP_EROOT"
    case GLP_ESTOP: return "GLP_ESTOP"
    case GLP_EMIPGAP: return "GLP_EMIPGAP"
    case GLP_ENOFEAS: return "GLP_ENOFEAS"
    case GLP_ENOCVG: return "GLP_ENOCVG"
    case GLP_EINSTAB: return "GLP_EINSTAB"
    case GLP_EDATA: return "GLP_EDATA"
    case GLP_ERANGE: return "GLP_ERANGE"
    default: return "code \(code)"
    }
}

private func failure(_ code: Int32) -> SolverError {
    switch code {
    case GLP_EBOUND: return .invalidBounds
    case GLP_EROOT: return .noRootBasis
    case GLP_EFAIL, GLP_ESING, GLP_ECOND, GLP_EINSTAB, GLP_ENOCVG, GLP_EBADB:
        return .solverFailed(code: code, name: codeName(code))
    default: return .unexpected(code: code, name: codeName(code))
    }
}

// MARK: - Branch-and-bound callback

/// State shared with the C callback through `cb_info`.
private final class SearchContext {
    let progress: ProgressHandler?
    let cancellation: SolveCancellation?
    let interval: Double
    let startTime: Double
    /// 1-based start solution for `glp_ios_heur_sol` (element 0 unused).
    let start: [Double]?
    var startOffered = false
    var lastReport = -Double.infinity
    var bestBound: Double?
    var lastIncumbent: Double?
    var nodes = 0
    var stopped = false
    /// Stop the search at once when the presolved problem has no columns (see
    /// ``emptyAfterPresolve``); set for a presolved search with cover cuts.
    var guardsEmptyProblem = false
    /// GLPK 5.0's cover-cut generator (`glp_cov_init`) calls `glp_add_cols(set, 0)` and
    /// aborts the process ("glp_add_cols: ncs = 0; invalid number of columns") when the
    /// MIP presolver removes every column but leaves rows. The callback sees that problem
    /// before the cut generators start, stops, and the caller solves again without cuts.
    var emptyAfterPresolve = false

    init(progress: ProgressHandler?, cancellation: SolveCancellation?, interval: Double, start: [Double]?) {
        self.progress = progress
        self.cancellation = cancellation
        self.interval = interval
        self.startTime = now()
        self.start = start.map { [0] + $0 }
    }

    func handle(_ tree: OpaquePointer) {
        let reason = glp_ios_reason(tree)
        if guardsEmptyProblem, reason == GLP_ISELECT, glp_get_num_cols(glp_ios_get_prob(tree)) == 0 {
            emptyAfterPresolve = true
            glp_ios_terminate(tree)
            return
        }
        if cancellation?.isCancelled == true {
            stopped = true
            glp_ios_terminate(tree)
            return
        }
        if reason == GLP_IHEUR, !startOffered, let start {
            startOffered = true
            let prob = glp_ios_get_prob(tree)
            if Int(glp_get_num_cols(prob)) == start.count - 1 {
                _ = start.withUnsafeBufferPointer { glp_ios_heur_sol(tree, $0.baseAddress) }
            }
        }
        let best = glp_ios_best_node(tree)
        if best != 0 { bestBound = glp_ios_node_bound(tree, best) }
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        nodes = Int(total)
        let prob = glp_ios_get_prob(tree)
        let mipStatus = glp_mip_status(prob)
        let incumbent = (mipStatus == GLP_FEAS || mipStatus == GLP_OPT) ? glp_mip_obj_val(prob) : nil
        // GLP_IBINGO covers solutions found at nodes only; heuristics (rounding, pump,
        // proximity, a start solution) record theirs silently, so watch the value.
        let isNew = incumbent != nil && (reason == GLP_IBINGO || incumbent != lastIncumbent)
        lastIncumbent = incumbent
        guard let progress else { return }
        let elapsed = now() - startTime
        guard isNew || elapsed - lastReport >= interval else { return }
        lastReport = elapsed
        var gap: Double?
        if let incumbent, let b = bestBound { gap = SolveResult.relativeGap(objective: incumbent, bound: b) }
        progress(SolveProgress(
            incumbent: incumbent, bound: bestBound, gap: gap, elapsed: elapsed,
            activeNodes: Int(active), totalNodes: Int(total), newIncumbent: isNew))
    }
}

private let searchCallback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
    guard let tree, let info else { return }
    Unmanaged<SearchContext>.fromOpaque(info).takeUnretainedValue().handle(tree)
}

// MARK: - Solving

extension Model {
    /// Longest search for a feasible point when the LP relaxation is unbounded.
    public static let unboundedCheckSeconds: Double = 60

    /// Nonzeros from which a model is scaled by ``Scaling`` and solved without GLPK's
    /// presolvers (whose scaling cannot be interrupted). Below it, GLPK's presolvers run
    /// as before: their scaling takes well under a second there.
    public static let selfScalingNonzeros = 100_000

    /// Solves the model with GLPK.
    ///
    /// - Parameters:
    ///   - options: solver options; the defaults were chosen by measurement.
    ///   - start: optional values for every variable (by ``Variable/index``) forming a
    ///     feasible solution, offered to GLPK as its first incumbent. GLPK's MIP presolver
    ///     is then switched off (it would renumber the columns).
    ///   - progress: called on this thread during a branch-and-bound search.
    ///   - cancellation: set it to stop the search and keep the best solution found.
    /// - Returns: the result; infeasible and unbounded models are results, not errors.
    /// - Throws: ``OptionsError`` for invalid options, ``ModelError`` for a start vector of
    ///   the wrong length, ``SolverError`` when GLPK itself fails.
    public func solve(
        options: SolverOptions = SolverOptions(), start: [Double]? = nil,
        progress: ProgressHandler? = nil, cancellation: SolveCancellation? = nil
    ) throws -> SolveResult {
        try options.validate()
        if let start, start.count != variableCount {
            throw ModelError.startSolutionSize(expected: variableCount, got: start.count)
        }
        if variableCount == 0 { return solveEmpty() }
        if let shortfall = MemoryBudget.shortfall(size, limit: options.memoryLimit) {
            var r = makeResult(.memoryLimit)
            r.memory = shortfall
            return r
        }
        configureTerminal(options.verbosity)
        let loadStart = now()
        let problem = GLPKProblem(self, withNames: options.verbosity >= .normal)
        let loadSeconds = now() - loadStart
        let t0 = now()
        var result: SolveResult
        // A large model is scaled here, in steps that see the time limit and a stop, and
        // solved without GLPK's presolvers, whose own scaling runs with no callback
        // (``Scaling``).
        let selfScaled = options.presolve && start == nil && nonzeroCount >= options.selfScalingFrom
        if selfScaled {
            let scaling = Scaling(self) {
                cancellation?.isCancelled == true || options.timeLimit.map { now() - t0 >= $0 } == true
            }
            if let scaling { problem.setScaling(scaling) }
        }
        if integerCount == 0 {
            result = try solveLP(problem, options: options, selfScaled: selfScaled, since: t0, cancellation: cancellation)
        } else {
            result = try solveMIP(problem, options: options, start: start, selfScaled: selfScaled, since: t0,
                                  progress: progress, cancellation: cancellation)
        }
        result.seconds = now() - t0
        result.loadSeconds = loadSeconds
        return result
    }

    private func makeResult(_ termination: Termination, values: [Double] = [], bound: Double? = nil, nodes: Int = 0) -> SolveResult {
        let objective = values.isEmpty ? nil : objectiveValue(values)
        var b = bound
        if termination == .optimal { b = objective }
        if let o = objective, let bb = b {
            // A bound can never be on the wrong side of a solution; GLPK's tolerances can
            // put it a hair past.
            b = sense == .minimize ? min(bb, o) : max(bb, o)
        }
        return SolveResult(
            termination: termination, values: values, objective: objective, bestBound: b,
            seconds: 0, loadSeconds: 0, nodes: nodes, size: size, sense: sense)
    }

    /// A model without variables: every row is the constant 0.
    private func solveEmpty() -> SolveResult {
        let feasible = (0..<constraintCount).allSatisfy { rowLower[$0] <= 1e-9 && rowUpper[$0] >= -1e-9 }
        if !feasible { return makeResult(.infeasible) }
        var r = makeResult(.optimal)
        r.objective = objectiveConstant
        r.bestBound = objectiveConstant
        return r
    }

    private func simplexParameters(_ options: SolverOptions, presolve: Bool) -> glp_smcp {
        var parm = glp_smcp()
        glp_init_smcp(&parm)
        parm.msg_lev = Int32(options.verbosity.rawValue)
        parm.presolve = presolve ? GLP_ON : GLP_OFF
        parm.tm_lim = milliseconds(options.timeLimit)
        return parm
    }

    /// Simplex iterations between two looks at the cancellation in ``simplexInSteps``.
    static let iterationsPerStep: Int32 = 1000

    /// `glp_simplex` in steps of ``iterationsPerStep`` iterations when a cancellation is
    /// given (`it_lim`; each step goes on from the basis the last one left), so that a stop
    /// asked for during a long LP is seen within one step instead of after the whole LP (the
    /// branch-and-bound callback only runs once the LP is solved: a city-size walking part's
    /// first LP ran 11 minutes past Ctrl-C). The time limit covers all the steps. Returns
    /// the last step's code, or nil when cancelled.
    private func simplexInSteps(_ p: OpaquePointer, _ parm: inout glp_smcp, limit: Double?, since t0: Double,
                                cancellation: SolveCancellation?) -> Int32? {
        guard let cancellation else { return glp_simplex(p, &parm) }
        while true {
            if cancellation.isCancelled { return nil }
            parm.it_lim = Self.iterationsPerStep
            if let limit { parm.tm_lim = milliseconds(max(0, limit - (now() - t0))) }
            let code = glp_simplex(p, &parm)
            if code != GLP_EITLIM { return code }
        }
    }

    private func solveLP(_ problem: GLPKProblem, options: SolverOptions, selfScaled: Bool, since t0: Double,
                         cancellation: SolveCancellation?) throws -> SolveResult {
        let p = problem.pointer
        var parm = simplexParameters(options, presolve: options.presolve && !selfScaled)
        var code: Int32
        if selfScaled {
            // Without the presolver the simplex can run in steps that see a stop.
            if let limit = options.timeLimit { parm.tm_lim = milliseconds(max(0, limit - (now() - t0))) }
            guard let c = simplexInSteps(p, &parm, limit: options.timeLimit, since: t0, cancellation: cancellation) else {
                return makeResult(.stoppedByUser)
            }
            code = c
        } else {
            code = glp_simplex(p, &parm)
        }
        if code == GLP_ENODFS || code == GLP_ENOPFS {
            // The LP presolver only says "no primal/dual feasible solution"; solve again
            // without it to tell infeasible from unbounded.
            parm.presolve = GLP_OFF
            code = glp_simplex(p, &parm)
        }
        switch code {
        case 0:
            switch glp_get_status(p) {
            // Every status by name (STYLE.md: none guessed). After a successful simplex the
            // basic solution is optimal, proven primal infeasible or unbounded; GLP_FEAS,
            // GLP_INFEAS (an intermediate point) and GLP_UNDEF say the solver did not finish.
            case GLP_OPT: return makeResult(.optimal, values: try columnValues(p, mip: false))
            case GLP_UNBND: return makeResult(.unbounded)
            case GLP_NOFEAS: return makeResult(.infeasible)
            case GLP_FEAS, GLP_INFEAS, GLP_UNDEF:
                if glp_get_dual_stat(p) == GLP_NOFEAS && glp_get_prim_stat(p) == GLP_FEAS {
                    // Primal feasible with no dual feasible solution: unbounded.
                    return makeResult(.unbounded)
                }
                if glp_get_prim_stat(p) == GLP_NOFEAS { return makeResult(.infeasible) }
                throw SolverError.unexpected(code: 0, name: "glp_simplex returned 0 with status \(Self.basicStatusName(glp_get_status(p)))")
            default:
                throw SolverError.unexpected(code: 0, name: "glp_simplex returned 0 with unknown status \(glp_get_status(p))")
            }
        case GLP_ETMLIM:
            let feasible = glp_get_prim_stat(p) == GLP_FEAS
            return makeResult(.timeLimit, values: feasible ? try columnValues(p, mip: false) : [])
        default:
            throw failure(code)
        }
    }

    private func solveMIP(
        _ problem: GLPKProblem, options: SolverOptions, start: [Double]?, selfScaled: Bool, since t0: Double,
        progress: ProgressHandler?, cancellation: SolveCancellation?
    ) throws -> SolveResult {
        let p = problem.pointer
        var usePresolve = options.presolve && start == nil && !selfScaled
        if !usePresolve {
            // Without the MIP presolver glp_intopt needs an optimal LP basis first.
            var sp = simplexParameters(options, presolve: false)
            guard let code = simplexInSteps(p, &sp, limit: options.timeLimit, since: t0, cancellation: cancellation) else {
                return makeResult(.stoppedByUser)
            }
            if code == GLP_ETMLIM { return makeResult(.timeLimit) }
            if code != 0 {
                // A numerically troubled start basis: let the presolver path try instead.
                usePresolve = true
            } else {
                switch glp_get_status(p) {
                case GLP_OPT: break
                case GLP_NOFEAS, GLP_INFEAS: return makeResult(.infeasible)
                case GLP_UNBND: return try classifyDualInfeasible(options)
                default: usePresolve = true
                }
            }
        }
        let context = SearchContext(
            progress: progress, cancellation: cancellation, interval: options.progressInterval,
            start: usePresolve ? nil : start)
        var parm = glp_iocp()
        glp_init_iocp(&parm)
        parm.msg_lev = Int32(options.verbosity.rawValue)
        parm.presolve = usePresolve ? GLP_ON : GLP_OFF
        if let limit = options.timeLimit {
            parm.tm_lim = milliseconds(max(0, limit - (now() - t0)))
        }
        parm.mip_gap = options.relativeGap
        parm.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        parm.ps_heur = options.proximitySearch ? GLP_ON : GLP_OFF
        parm.ps_tm_lim = milliseconds(options.proximitySearchTimeLimit)
        parm.sr_heur = options.simpleRounding ? GLP_ON : GLP_OFF
        parm.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parm.mir_cuts = options.cuts.contains(.mir) ? GLP_ON : GLP_OFF
        parm.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parm.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parm.br_tech = switch options.branching {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .pseudocost: GLP_BR_PCH
        }
        parm.bt_tech = switch options.backtracking {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestLocalBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
        parm.cb_func = searchCallback
        let unmanaged = Unmanaged.passRetained(context)
        defer { unmanaged.release() }
        parm.cb_info = unmanaged.toOpaque()
        context.guardsEmptyProblem = usePresolve && parm.cov_cuts == GLP_ON
        var code = glp_intopt(p, &parm)
        if context.emptyAfterPresolve {
            // Nothing is left to branch on or cut: solve again without the cut generators.
            context.guardsEmptyProblem = false
            parm.gmi_cuts = GLP_OFF
            parm.mir_cuts = GLP_OFF
            parm.cov_cuts = GLP_OFF
            parm.clq_cuts = GLP_OFF
            code = glp_intopt(p, &parm)
        }
        let status = glp_mip_status(p)
        let hasSolution = status == GLP_OPT || status == GLP_FEAS
        let values = hasSolution ? try columnValues(p, mip: true) : []
        switch code {
        case 0:
            // glp_intopt's 0 means the search ran to its end; the status says what it found
            // (by name, none guessed): GLP_OPT proven optimal, GLP_NOFEAS proven without an
            // integer solution, GLP_FEAS a solution whose optimality was not proven.
            switch status {
            case GLP_OPT: return makeResult(.optimal, values: values, nodes: context.nodes)
            case GLP_NOFEAS: return makeResult(.infeasible, nodes: context.nodes)
            case GLP_FEAS: return makeResult(.unproven, values: values, bound: context.bestBound, nodes: context.nodes)
            default: throw SolverError.unexpected(code: 0, name: "glp_intopt returned 0 with MIP status \(Self.basicStatusName(status))")
            }
        case GLP_ETMLIM:
            return makeResult(.timeLimit, values: values, bound: context.bestBound, nodes: context.nodes)
        case GLP_EMIPGAP:
            return makeResult(.gapLimit, values: values, bound: context.bestBound, nodes: context.nodes)
        case GLP_ESTOP:
            return makeResult(.stoppedByUser, values: values, bound: context.bestBound, nodes: context.nodes)
        case GLP_ENOPFS:
            return makeResult(.infeasible)
        case GLP_ENODFS:
            return try classifyDualInfeasible(options)
        default:
            throw failure(code)
        }
    }

    /// GLPK's name for a solution status code.
    static func basicStatusName(_ code: Int32) -> String {
        switch code {
        case GLP_OPT: "GLP_OPT"
        case GLP_FEAS: "GLP_FEAS"
        case GLP_INFEAS: "GLP_INFEAS"
        case GLP_NOFEAS: "GLP_NOFEAS"
        case GLP_UNBND: "GLP_UNBND"
        case GLP_UNDEF: "GLP_UNDEF"
        default: "\(code)"
        }
    }

    /// The LP relaxation is unbounded or has no dual feasible solution. For rational data
    /// a MIP whose relaxation is unbounded is itself unbounded exactly when it is
    /// feasible, so decide feasibility with the objective removed. That search can be
    /// endless on unbounded integer variables, so it gets the caller's time limit or
    /// ``unboundedCheckSeconds``; undecided, the answer is "no solution within the limit".
    private func classifyDualInfeasible(_ options: SolverOptions) throws -> SolveResult {
        var feasibility = self
        try feasibility.setObjective(LinearExpression(), sense: .minimize)
        var o = options
        o.relativeGap = 0
        o.timeLimit = min(options.timeLimit ?? Self.unboundedCheckSeconds, Self.unboundedCheckSeconds)
        let r = try feasibility.solve(options: o)
        switch r.termination {
        case .infeasible: return makeResult(.infeasible)
        case .optimal: return makeResult(.unbounded)
        default: return makeResult(.timeLimit)
        }
    }

    /// Column values, integer columns rounded. Fails loudly if GLPK returns an integer
    /// column more than its integrality tolerance away from an integer.
    private func columnValues(_ p: OpaquePointer, mip: Bool) throws -> [Double] {
        var values = [Double](repeating: 0, count: variableCount)
        for j in 0..<variableCount {
            let x = mip ? glp_mip_col_val(p, Int32(j + 1)) : glp_get_col_prim(p, Int32(j + 1))
            if variableKinds[j] == .continuous {
                values[j] = x
            } else {
                let r = x.rounded()
                guard abs(x - r) <= 1e-5 * max(1, abs(r)) + 1e-9 else {
                    throw SolverError.unexpected(code: 0, name: "integer variable \(variableNames[j]) = \(x)")
                }
                values[j] = r == 0 ? 0 : r  // no negative zero in outputs
            }
        }
        return values
    }
}

// MARK: - Export

extension Model {
    /// Writes the model in CPLEX LP format, with readable unique names (see
    /// `ExportNames`). The file appears atomically (written beside, then renamed).
    public func writeLP(to path: String) throws {
        try export(to: path) { p, tmp in glp_write_lp(p, nil, tmp) }
    }

    /// Writes the model in free MPS format, with readable unique names. For a maximisation
    /// the file says `OBJSENSE MAX`, so HiGHS and CBC read the same problem.
    public func writeMPS(to path: String) throws {
        try export(to: path, isMPS: true) { p, tmp in glp_write_mps(p, GLP_MPS_FILE, nil, tmp) }
    }

    private func export(to path: String, isMPS: Bool = false, _ write: (OpaquePointer, String) -> Int32) throws {
        // GLPK holds the whole matrix to write it: a model over the memory budget is not
        // handed over (GLPK would abort the process).
        if let shortfall = MemoryBudget.shortfall(size, limit: nil) {
            throw SolverError.writeFailed(path: path, reason: "the model would need about \(MemoryBudget.describe(shortfall.needed)) "
                                          + "to write and this run may use \(MemoryBudget.describe(shortfall.budget))")
        }
        glp_term_out(GLP_OFF)
        let problem = GLPKProblem(self, withNames: true)
        let tmp = path + ".tmp-\(getpid())"
        let code = write(problem.pointer, tmp)
        guard code == 0 else {
            unlink(tmp)
            throw SolverError.writeFailed(path: path, reason: "GLPK could not write the file (does the folder exist and is it writable?)")
        }
        if isMPS && sense == .maximize {
            // GLPK's MPS writer has no OBJSENSE section; without it every other reader
            // would minimise. Insert it before ROWS.
            do {
                var data = try Data(contentsOf: URL(fileURLWithPath: tmp))
                if let r = data.range(of: Data("\nROWS\n".utf8)) {
                    data.insert(contentsOf: Data("\nOBJSENSE\n    MAX".utf8), at: r.lowerBound)
                }
                try data.write(to: URL(fileURLWithPath: tmp))
            } catch {
                unlink(tmp)
                throw SolverError.writeFailed(path: path, reason: "\(error)")
            }
        }
        if rename(tmp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(tmp)
            throw SolverError.writeFailed(path: path, reason: reason)
        }
    }
}
