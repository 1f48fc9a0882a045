import Synchronization

/// A snapshot of a running branch-and-bound search, passed to the progress handler.
public struct SolveProgress: Sendable {
    /// Objective of the best solution found so far.
    public var incumbent: Double?
    /// Best proven bound.
    public var bound: Double?
    /// Relative gap between the two, when both are known.
    public var gap: Double?
    /// Seconds since the search started.
    public var elapsed: Double
    /// Active nodes and nodes created so far.
    public var activeNodes: Int
    public var totalNodes: Int
    /// `true` when this call reports a new incumbent.
    public var newIncumbent: Bool
}

/// Receives progress during a solve, on the solving thread.
public typealias ProgressHandler = @Sendable (SolveProgress) -> Void

/// A flag that stops a running solve at its next callback; the best solution so far is
/// returned with ``Termination/stoppedByUser``. Safe to set from any thread or a signal
/// handler's dispatch source.
public final class SolveCancellation: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
