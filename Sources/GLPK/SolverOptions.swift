/// How GLPK should solve a model. The defaults were chosen by measurement on the
/// OR-Library generalized-assignment sets (benchmarks/README.md, "Default options"):
/// presolve, MIR + cover + clique cuts (Gomory cuts off: they slowed every hard set),
/// hybrid pseudocost branching and best-local-bound backtracking. A user who does not
/// know GLPK gets those.
public struct SolverOptions: Sendable, Equatable {
    /// Cut families GLPK may generate at the nodes of the branch-and-bound tree.
    public struct Cuts: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Gomory mixed-integer cuts (`gmi_cuts`).
        public static let gomory = Cuts(rawValue: 1)
        /// Mixed-integer rounding cuts (`mir_cuts`).
        public static let mir = Cuts(rawValue: 2)
        /// Mixed cover cuts (`cov_cuts`).
        public static let cover = Cuts(rawValue: 4)
        /// Clique cuts (`clq_cuts`).
        public static let clique = Cuts(rawValue: 8)
        public static let all: Cuts = [.gomory, .mir, .cover, .clique]
        public static let none: Cuts = []
    }

    /// Branching variable selection (`br_tech`).
    public enum Branching: String, Sendable, CaseIterable {
        /// `GLP_BR_FFV`: first fractional variable.
        case firstFractional = "ffv"
        /// `GLP_BR_LFV`: last fractional variable.
        case lastFractional = "lfv"
        /// `GLP_BR_MFV`: most fractional variable.
        case mostFractional = "mfv"
        /// `GLP_BR_DTH`: heuristic of Driebeck and Tomlin (GLPK's own default).
        case driebeckTomlin = "dth"
        /// `GLP_BR_PCH`: hybrid pseudocost.
        case pseudocost = "pch"
    }

    /// Node selection when backtracking (`bt_tech`).
    public enum Backtracking: String, Sendable, CaseIterable {
        /// `GLP_BT_DFS`: depth first.
        case depthFirst = "dfs"
        /// `GLP_BT_BFS`: breadth first.
        case breadthFirst = "bfs"
        /// `GLP_BT_BLB`: best local bound.
        case bestLocalBound = "blb"
        /// `GLP_BT_BPH`: best projection heuristic (GLPK's own default).
        case bestProjection = "bph"
    }

    /// How much GLPK prints (to standard error).
    public enum Verbosity: Int, Sendable, Comparable {
        case off = 0, errors = 1, normal = 2, all = 3
        public static func < (a: Verbosity, b: Verbosity) -> Bool { a.rawValue < b.rawValue }
    }

    /// Wall-clock limit in seconds; `nil` for none. The best solution found so far is
    /// returned when it is reached.
    public var timeLimit: Double?
    /// Stop when the relative gap between incumbent and bound is at most this (0 = prove
    /// optimality to GLPK's tolerances).
    public var relativeGap: Double = 0
    /// Bytes the solve may use (the machine's own limits still apply); `nil`: the default of
    /// ``MemoryBudget/availableBytes(limit:)``. A
    /// model whose ``MemoryBudget/estimatedBytes(_:)`` is larger is not handed to GLPK
    /// (``Termination/memoryLimit``).
    public var memoryLimit: Int?
    /// Nonzeros from which the model is scaled in Swift and solved without GLPK's
    /// presolvers (``Model/selfScalingNonzeros``; 0: always, for tests and measurements).
    public var selfScalingFrom: Int = Model.selfScalingNonzeros
    /// Run GLPK's MIP presolver (and the LP presolver for pure LPs).
    public var presolve: Bool = true
    /// Feasibility pump heuristic (`fp_heur`).
    public var feasibilityPump: Bool = false
    /// Proximity search heuristic (`ps_heur`).
    public var proximitySearch: Bool = false
    /// Proximity search time limit in seconds (`ps_tm_lim`).
    public var proximitySearchTimeLimit: Double = 60
    /// Simple rounding heuristic (`sr_heur`, on in GLPK by default).
    public var simpleRounding: Bool = true
    /// Cut families to generate.
    public var cuts: Cuts = [.mir, .cover, .clique]
    public var branching: Branching = .pseudocost
    public var backtracking: Backtracking = .bestLocalBound
    public var verbosity: Verbosity = .off
    /// Seconds between two calls of the progress handler while the search runs (a new
    /// incumbent is always reported at once).
    public var progressInterval: Double = 1

    public init() {}

    /// The defaults with these choices of the branch-and-bound search.
    public init(cuts: Cuts, branching: Branching, backtracking: Backtracking) {
        self.cuts = cuts
        self.branching = branching
        self.backtracking = backtracking
    }

    /// The options GLPK itself uses when none are set: no cuts, Driebeck–Tomlin
    /// branching, best-projection backtracking. Kept for comparison in the benchmarks.
    public static var glpkDefaults: SolverOptions {
        SolverOptions(cuts: .none, branching: .driebeckTomlin, backtracking: .bestProjection)
    }

    /// Checks the numbers; thrown errors name the option.
    public func validate() throws(OptionsError) {
        if let t = timeLimit, !(t.isFinite && t >= 0) { throw .invalid(option: "timeLimit", value: "\(t)") }
        if !(relativeGap.isFinite && relativeGap >= 0) {
            throw .invalid(option: "relativeGap", value: "\(relativeGap)")
        }
        if !(proximitySearchTimeLimit.isFinite && proximitySearchTimeLimit >= 0) {
            throw .invalid(option: "proximitySearchTimeLimit", value: "\(proximitySearchTimeLimit)")
        }
        if !(progressInterval.isFinite && progressInterval >= 0) {
            throw .invalid(option: "progressInterval", value: "\(progressInterval)")
        }
        if let m = memoryLimit, m < 0 { throw .invalid(option: "memoryLimit", value: "\(m)") }
    }
}

/// An option value the solver cannot use.
public enum OptionsError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalid(option: String, value: String)
    public var description: String {
        switch self {
        case let .invalid(option, value): return "solver option \(option) = \(value) must be a finite number ≥ 0"
        }
    }
}
