import Foundation
import GRDB
import RotaplanText
import Synchronization

/// The solve queue (``Workbench/jobs``): each job is a child process of the `rotaplan`
/// binary; a workspace runs one job at a time and the others wait in order (queued, their
/// place shown). A job's row is written when it is queued, when it starts and when it
/// ends (in transactions, with history lines); its progress is kept in memory for the
/// page's live stream and stored now and then. A child that crashes fails its job only.
public actor SolveJobs {
    let store: WorkbenchStore
    let configuration: WorkbenchConfiguration

    private struct Running {
        var job: Int64
        var pid: Int32?
        var cancelled = false
        var live: LiveJob
    }

    /// Per workspace: the jobs waiting, in order, and the one running.
    private var waiting: [Int64: [Int64]] = [:]
    private var running: [Int64: Running] = [:]
    private var requests: [Int64: SolveRequest] = [:]
    private var waiters: [Int64: [CheckedContinuation<Void, Never>]] = [:]
    /// Open event streams per job (pages following it live).
    private var streams: [Int64: Int] = [:]

    public init(store: WorkbenchStore, configuration: WorkbenchConfiguration) {
        self.store = store; self.configuration = configuration
    }

    /// Queues `request` (a job row in state queued, with a history line) and starts it at
    /// once if its workspace runs nothing; returns the job's id.
    public func enqueue(_ request: SolveRequest) async throws -> Int64 {
        let arguments = String(decoding: try JSONEncoder().encode(request.arguments), as: UTF8.self)
        let id = try await store.pool.write { db -> Int64 in
            var job = JobRecord(id: nil, workspaceId: request.workspace, kind: request.kind, state: .queued,
                                instanceId: request.instance.id, arguments: arguments, progress: nil, exitCode: nil,
                                message: nil, createdBy: request.who, createdAt: Date(), startedAt: nil, finishedAt: nil,
                                year: request.year)
            try job.insert(db)
            try WorkbenchStore.record(db, workspace: request.workspace, who: request.who, action: "job.\(request.kind.rawValue)",
                                      detail: "\(request.year) #\(job.id!)")
            return job.id!
        }
        requests[id] = request
        waiting[request.workspace, default: []].append(id)
        startNext(request.workspace)
        return id
    }

    /// Cancels job `job` of `workspace`: a queued job leaves the queue (cancelled); a running
    /// one gets SIGINT, and its child writes the best plan found so far, which is kept.
    /// Returns false when the job is not queued or running here (already ended, or unknown).
    @discardableResult
    public func cancel(job: Int64, workspace: Int64, who: String) async throws -> Bool {
        if var r = running[workspace], r.job == job {
            guard !r.cancelled else { return true }     // a second SIGINT would quit without the plan
            r.cancelled = true
            running[workspace] = r
            if let pid = r.pid { kill(pid, SIGINT) }
            try await store.pool.write { db in
                try WorkbenchStore.record(db, workspace: workspace, who: who, action: "job.cancel", detail: "#\(job)")
            }
            return true
        }
        guard let k = waiting[workspace]?.firstIndex(of: job) else { return false }
        waiting[workspace]?.remove(at: k)
        requests[job] = nil
        try await store.pool.write { db in
            try db.execute(sql: "UPDATE job SET state = ?, finishedAt = ? WHERE id = ?",
                           arguments: [JobState.cancelled.rawValue, Date(), job])
            try WorkbenchStore.record(db, workspace: workspace, who: who, action: "job.cancel", detail: "#\(job)")
        }
        wake(job)
        return true
    }

    /// The live progress of a running job (nil when it is not running here).
    public func progress(of job: Int64) -> ProgressEvent? {
        running.values.first { $0.job == job }?.live.last
    }

    /// An event stream of `job` opens (+1) or closes (-1).
    func watch(_ job: Int64, _ delta: Int) {
        streams[job, default: 0] += delta
        if streams[job] == 0 { streams[job] = nil }
    }

    /// How many event streams follow `job` now.
    public func watchers(of job: Int64) -> Int { streams[job] ?? 0 }

    /// Returns when `job` has ended (at once if it is not queued or running here).
    public func wait(for job: Int64) async {
        let active = requests[job] != nil || running.values.contains { $0.job == job }
        guard active else { return }
        await withCheckedContinuation { c in waiters[job, default: []].append(c) }
    }

    /// The server stops: the waiting jobs are left queued (the next start marks them), the
    /// running children get SIGTERM and up to `grace` seconds to write their best plan.
    public func stopAll(grace: Double = 10) async {
        waiting.removeAll()
        let jobs = running.values.map(\.job)
        for r in running.values { if let pid = r.pid { kill(pid, SIGTERM) } }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { [self] in for j in jobs { await self.wait(for: j) } }
            group.addTask { try? await Task.sleep(for: .seconds(grace)) }
            await group.next()
            group.cancelAll()
        }
    }

    private func wake(_ job: Int64) {
        for c in waiters.removeValue(forKey: job) ?? [] { c.resume() }
    }

    private func startNext(_ workspace: Int64) {
        guard running[workspace] == nil, var queue = waiting[workspace], !queue.isEmpty else { return }
        let id = queue.removeFirst()
        waiting[workspace] = queue
        guard let request = requests[id] else { return startNext(workspace) }
        let live = LiveJob(job: id, store: store)
        running[workspace] = Running(job: id, live: live)
        Task { await self.run(id, request, live) }
    }

    private func started(_ job: Int64, workspace: Int64, pid: Int32) {
        guard var r = running[workspace], r.job == job else { return }
        r.pid = pid
        running[workspace] = r
        if r.cancelled { kill(pid, SIGINT) }
    }

    private func run(_ id: Int64, _ request: SolveRequest, _ live: LiveJob) async {
        let ws = request.workspace
        var outcome: JobRun.Outcome
        do {
            let work = try JobRun.prepare(request, store: store)
            try await store.pool.write { db in
                try db.execute(sql: "UPDATE job SET state = ?, startedAt = ? WHERE id = ?",
                               arguments: [JobState.running.rawValue, Date(), id])
            }
            let child = ChildProcess(executable: configuration.executable, arguments: work.arguments, directory: work.scratch)
            let result: ChildProcess.Result
            do {
                result = try await child.run(started: { pid in await self.started(id, workspace: ws, pid: pid) },
                                             line: { live.take($0) })
            } catch {
                result = ChildProcess.Result(ending: .exited(JobRun.couldNotStart), stdout: "\(error)")
            }
            let cancelled = running[ws]?.cancelled ?? false
            outcome = JobRun.finish(id, request, work, result, messages: live.messages(removing: work.scratch.path),
                                    cancelled: cancelled, store: store)
            try? FileManager.default.removeItem(at: work.scratch)
        } catch {
            outcome = JobRun.Outcome(state: .failed, exitCode: JobRun.couldNotStart, message: "\(error)")
        }
        let last = live.last
        let finalOutcome = outcome
        try? await store.pool.write { db in
            try db.execute(sql: """
                UPDATE job SET state = ?, exitCode = ?, message = ?, planId = ?, resultFolder = ?, progress = ?, finishedAt = ?
                WHERE id = ?
                """, arguments: [finalOutcome.state.rawValue, finalOutcome.exitCode, finalOutcome.message, finalOutcome.planId,
                                 finalOutcome.resultFolder, last?.json, Date(), id])
            try WorkbenchStore.record(db, workspace: ws, who: request.who, action: "job.\(finalOutcome.state.rawValue)",
                                      detail: "#\(id)" + (finalOutcome.exitCode.map { " exit \($0)" } ?? ""))
        }
        running[ws] = nil
        requests[id] = nil
        wake(id)
        startNext(ws)
    }
}

/// What a running job's child said so far: its last progress line (stored in the job row
/// at most every 2 seconds) and its other stderr lines (the explanation).
final class LiveJob: Sendable {
    let job: Int64
    let store: WorkbenchStore
    private let state = Mutex<(last: ProgressEvent?, lines: [String], stored: Date)>((nil, [], .distantPast))

    init(job: Int64, store: WorkbenchStore) { self.job = job; self.store = store }

    var last: ProgressEvent? { state.withLock { $0.last } }

    func take(_ line: Substring) {
        if let e = ProgressEvent.parse(line) {
            let store = state.withLock { s -> Bool in
                s.last = e
                guard Date().timeIntervalSince(s.stored) >= 2 else { return false }
                s.stored = Date()
                return true
            }
            if store {
                try? self.store.pool.write { db in
                    try db.execute(sql: "UPDATE job SET progress = ? WHERE id = ?", arguments: [e.json, job])
                }
            }
        } else if !line.isEmpty {
            state.withLock { $0.lines.append(String(line)) }
        }
    }

    /// The explanation lines, without the scratch folder's paths (the principal never saw
    /// them) and without the signal notices of a cancel (the page says it in her language).
    func messages(removing folder: String) -> String {
        state.withLock { $0.lines }
            .filter { !$0.hasPrefix("rotaplan: SIG") }
            .map { $0.replacingOccurrences(of: folder + "/instance.json: ", with: "").replacingOccurrences(of: folder + "/", with: "") }
            .joined(separator: "\n")
    }
}
