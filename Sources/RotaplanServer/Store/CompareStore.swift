import Foundation
import GRDB

/// The names a compare form gave its variants (the command line knows only their settings),
/// by job and position; and the year's compare and horizon jobs.
struct VariantName: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var jobId: Int64
    var position: Int
    var name: String
    var settings: String
    static let databaseTableName = "compareVariant"
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension WorkbenchStore {
    static func registerCompareMigration(_ m: inout DatabaseMigrator) {
        m.registerMigration("v2-compare") { db in
            try db.create(table: "compareVariant") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("jobId", .integer).notNull().indexed().references("job", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("settings", .text).notNull()
            }
        }
    }

    func addVariantNames(job: Int64, _ variants: [CompareForm.Variant]) throws {
        try pool.write { db in
            for v in variants {
                var row = VariantName(id: nil, jobId: job, position: v.position, name: v.name, settings: v.argument)
                try row.insert(db)
            }
        }
    }

    /// The names of a comparison's variants in column order.
    func variantNames(job: Int64) throws -> [String] {
        try pool.read { db in try VariantName.filter(Column("jobId") == job).order(Column("position")).fetchAll(db).map(\.name) }
    }

    /// The job `id` of `kind` of the scope's workspace and year, else 404.
    func yearJob(_ scope: YearScope, _ id: String?, kind: JobKind) throws -> JobRecord {
        guard let id, let n = Int64(id) else { throw WorkbenchError.notFound }
        let job = try pool.read { db in
            try JobRecord.fetchOne(db, sql: """
                SELECT job.* FROM job JOIN instanceVersion i ON i.id = job.instanceId
                WHERE job.id = ? AND job.workspaceId = ? AND job.kind = ? AND i.year = ?
                """, arguments: [n, scope.workspace.id!, kind.rawValue, scope.year])
        }
        guard let job else { throw WorkbenchError.notFound }
        return job
    }

    /// The year's jobs of `kind`, newest first (at most 20).
    func earlierJobs(_ scope: YearScope, kind: JobKind) throws -> [ComparePage.Earlier] {
        try pool.read { db in
            try JobRecord.fetchAll(db, sql: """
                SELECT job.* FROM job JOIN instanceVersion i ON i.id = job.instanceId
                WHERE job.workspaceId = ? AND job.kind = ? AND i.year = ? ORDER BY job.id DESC LIMIT 20
                """, arguments: [scope.workspace.id!, kind.rawValue, scope.year])
        }.map { ComparePage.Earlier(job: $0.id!, state: $0.state.rawValue, who: $0.createdBy) }
    }
}
