import Foundation
import GRDB

extension WorkbenchStore {
    /// "v2-jobs": a job's outcome: the plan version it made (`planId`), or the folder in
    /// ``FileArea`` its result was kept in (`resultFolder`: a comparison, a horizon), and
    /// the year it solves.
    static func registerJobsMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-jobs") { db in
            try db.alter(table: "job") { t in
                t.add(column: "planId", .integer).references("plan", onDelete: .setNull)
                t.add(column: "resultFolder", .text)
                t.add(column: "year", .integer)
            }
        }
    }
}

extension WorkbenchStore {
    /// The job `id` of `workspace`, or nil (also for another workspace's job).
    public func job(_ id: Int64, workspace: Int64) throws -> JobRecord? {
        try pool.read { db in try JobRecord.filter(Column("id") == id && Column("workspaceId") == workspace).fetchOne(db) }
    }

    /// The jobs of `year` in `workspace` that are queued or running, oldest first (the year page's list).
    public func activeJobs(workspace: Int64, year: Int) throws -> [JobRecord] {
        try pool.read { db in
            try JobRecord.fetchAll(db, sql: """
                SELECT * FROM job WHERE workspaceId = ? AND year = ? AND state IN ('queued', 'running') ORDER BY id
                """, arguments: [workspace, year])
        }
    }

    /// The jobs of `workspace` ahead of `job` in its queue (running or queued, made before it).
    public func jobsAhead(of job: JobRecord) throws -> [JobRecord] {
        try pool.read { db in
            try JobRecord.fetchAll(db, sql: """
                SELECT * FROM job WHERE workspaceId = ? AND id < ? AND state IN ('queued', 'running') ORDER BY id
                """, arguments: [job.workspaceId, job.id ?? 0])
        }
    }
}
