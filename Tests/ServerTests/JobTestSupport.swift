import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Jobs' test helpers: a workbench whose solves run `executable`, instances from the repository.
enum JobFixture {
    static let instances = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("instances")

    /// A workbench on a fresh data folder whose child processes are `executable` (default: the real binary).
    static func bench(executable: URL = TestBench.binary) throws -> Workbench {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-jobs-\(UUID().uuidString)")
        var config = WorkbenchConfiguration(host: "127.0.0.1", port: 0, dataDirectory: dir, executable: executable)
        config.requestsPerMinute = 100_000
        return try Workbench(configuration: config, localToken: "test-token")
    }

    /// A workspace with `file` (in instances/) as the instance of `year`.
    static func workspace(_ wb: Workbench, _ file: String = "zhengdong-2025.json", year: Int = 2025,
                          name: String = "郑东") throws -> (Workspace, InstanceVersion) {
        let w = try wb.store.pool.write { db -> Workspace in
            var w = Workspace(name: name, district: "郑东")
            try w.insert(db)
            return w
        }
        let json = try Data(contentsOf: instances.appendingPathComponent(file))
        let i = try wb.store.addInstance(workspace: w.id!, year: year, name: file, origin: .json, json: json, who: "test")
        return (w, i)
    }

    /// A shell script in /tmp that does `body` (a child that crashes, sleeps …).
    static func script(_ body: String) throws -> URL {
        let u = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-child-\(UUID().uuidString).sh")
        try Data("#!/bin/sh\n\(body)\n".utf8).write(to: u)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: u.path)
        return u
    }

    /// A plan version made by hand (a solution file and a report page), without a solve.
    static func handPlan(_ wb: Workbench, _ instance: InstanceVersion, files: [String: String]) throws -> PlanVersion {
        let scratch = try wb.store.files.scratchFolder()
        for (name, text) in files {
            let u = scratch.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: u)
        }
        return try wb.store.addPlan(workspace: instance.workspaceId, instance: instance, origin: .solve, parent: nil, job: nil,
                                    status: "optimal", objective: 1, summary: "by hand", scratch: scratch, who: "test")
    }

    static func job(_ wb: Workbench, _ id: Int64) throws -> JobRecord {
        try #require(try wb.store.pool.read { db in try JobRecord.fetchOne(db, key: id) })
    }

    /// Waits (without a deadline in the assertion) until `job` is running with a stage
    /// reported by its child, at most `limit` polls of 0.1 s.
    static func waitForProgress(_ wb: Workbench, _ id: Int64, limit: Int = 1200) async throws -> ProgressEvent? {
        for _ in 0..<limit {
            if let p = await wb.jobs.progress(of: id), p.stage != nil { return p }
            try await Task.sleep(for: .milliseconds(100))
        }
        return nil
    }
}
