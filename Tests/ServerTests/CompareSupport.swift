import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// The requests the compare and horizon routes enqueued, in order.
actor RecordedJobs {
    var requests: [SolveRequest] = []
    func add(_ r: SolveRequest) { requests.append(r) }
}

/// The workbench's router with the compare and horizon routes on a queue that records each
/// request and writes its job row (done) as the queue would; `folder` is every job's result
/// folder (one the test wrote by running the CLI, or nil).
func analysisApp(_ t: TestBench, recorded: RecordedJobs, folder: URL?) -> some ApplicationProtocol {
    let store = t.wb.store
    let jobs = AnalysisJobs(start: { r in
        await recorded.add(r)
        return try await store.pool.write { db in
            var job = JobRecord(id: nil, workspaceId: r.workspace, kind: r.kind, state: .done, instanceId: r.instance.id,
                                arguments: r.arguments.joined(separator: " "), progress: nil, exitCode: 0, message: nil,
                                createdBy: r.who, createdAt: Date(), startedAt: nil, finishedAt: nil)
            try job.insert(db)
            return job.id!
        }
    }, folder: { _ in folder })
    return Application(router: WorkbenchApp.router(t.wb, analysis: jobs))
}
