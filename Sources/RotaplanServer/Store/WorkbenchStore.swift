import Foundation
import GRDB

/// The workbench's data: one SQLite database in WAL mode under the data folder
/// (`DIR/workbench.sqlite`, GRDB's ``DatabasePool``), every write in a transaction, and
/// the files of plans and uploads beside it in ``FileArea`` (`DIR/files/`). Rows are
/// never updated in place where a user's work lives: instances and plans are versions
/// (a new row each time), so two people on one workspace never overwrite each other's
/// plan, and a killed solve leaves the previous version as it was.
public final class WorkbenchStore: Sendable {
    public let pool: DatabasePool
    public let files: FileArea
    public let directory: URL

    /// Opens (or creates) the store in `directory`; migrations run at once.
    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        self.directory = directory
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: directory.appendingPathComponent("workbench.sqlite").path, configuration: configuration)
        files = try FileArea(root: directory.appendingPathComponent("files", isDirectory: true))
        try Self.migrator.migrate(pool)
        try recoverInterruptedJobs()
    }

    /// Jobs that were queued or running when the server stopped (a crash, a kill) are
    /// marked as such: their child process is gone, and the plan before them stands.
    private func recoverInterruptedJobs() throws {
        try pool.write { db in
            try db.execute(sql: """
                UPDATE job SET state = 'failed', exitCode = NULL, finishedAt = ?,
                       message = 'server-restarted'
                WHERE state IN ('queued', 'running')
                """, arguments: [Date()])
        }
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.create(table: "workspace") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("district", .text).notNull().defaults(to: "")
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique()
                t.column("role", .text).notNull()            // AccountRole
                t.column("district", .text).notNull().defaults(to: "")
                t.column("workspaceId", .integer).references("workspace", onDelete: .cascade)
                t.column("passwordHash", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "session") { t in
                t.primaryKey("tokenHash", .text)             // SHA-256 of the cookie value
                t.column("accountId", .integer).references("account", onDelete: .cascade)  // NULL: the local user
                t.column("csrf", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("expiresAt", .datetime).notNull()
            }
            try db.create(table: "instanceVersion") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("workspaceId", .integer).notNull().indexed().references("workspace", onDelete: .cascade)
                t.column("year", .integer).notNull()
                t.column("version", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("origin", .text).notNull()          // InstanceOrigin
                t.column("json", .blob).notNull()            // the instance file, rotaplan-instance/1
                t.column("createdBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["workspaceId", "year", "version"])
            }
            try db.create(table: "upload") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("workspaceId", .integer).notNull().indexed().references("workspace", onDelete: .cascade)
                t.column("fileName", .text).notNull()
                t.column("table", .text)                     // ImportTable raw value, or NULL for a workbook
                t.column("bytes", .blob).notNull()
                t.column("createdBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "pin") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("workspaceId", .integer).notNull().indexed().references("workspace", onDelete: .cascade)
                t.column("year", .integer).notNull()
                t.column("who", .text).notNull()
                t.column("rule", .text).notNull()            // PinRule words: must-stay, must-move-to …
                t.column("target", .text).notNull().defaults(to: "")
                t.column("createdBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "job") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("workspaceId", .integer).notNull().indexed().references("workspace", onDelete: .cascade)
                t.column("kind", .text).notNull()            // JobKind
                t.column("state", .text).notNull()           // JobState
                t.column("instanceId", .integer).references("instanceVersion")
                t.column("arguments", .text).notNull()       // JSON: the job's own settings
                t.column("progress", .text)                  // JSON: the last progress event
                t.column("exitCode", .integer)
                t.column("message", .text)
                t.column("createdBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("startedAt", .datetime)
                t.column("finishedAt", .datetime)
            }
            try db.create(table: "plan") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("workspaceId", .integer).notNull().indexed().references("workspace", onDelete: .cascade)
                t.column("instanceId", .integer).notNull().references("instanceVersion")
                t.column("year", .integer).notNull()
                t.column("version", .integer).notNull()
                t.column("origin", .text).notNull()          // PlanOrigin
                t.column("parentId", .integer).references("plan")
                t.column("jobId", .integer).references("job")
                t.column("status", .text).notNull()          // the solution's status
                t.column("objective", .double)
                t.column("folder", .text).notNull()          // FileArea path of solution.json and report/
                t.column("summary", .text).notNull().defaults(to: "")
                t.column("createdBy", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["workspaceId", "year", "version"])
            }
            try db.create(table: "history") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("workspaceId", .integer).indexed().references("workspace", onDelete: .cascade)
                t.column("at", .datetime).notNull()
                t.column("who", .text).notNull()
                t.column("action", .text).notNull()          // HistoryAction
                t.column("detail", .text).notNull().defaults(to: "")
            }
        }
        registerJobsMigration(&m)
        registerCompareMigration(&m)
        return m
    }
}
