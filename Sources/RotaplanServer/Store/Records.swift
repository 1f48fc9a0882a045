import Foundation
import GRDB

/// A group's or a district's workspace: its instances by year, uploads, plans, pins and
/// history. Who may see it is ``Access``'s business.
public struct Workspace: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var name: String
    public var district: String
    public var createdAt: Date
    public static let databaseTableName = "workspace"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public init(id: Int64? = nil, name: String, district: String, createdAt: Date = Date()) {
        self.id = id; self.name = name; self.district = district; self.createdAt = createdAt
    }
}

/// What an account may do: a group principal sees and edits her own workspace; bureau
/// staff see and edit every workspace of their district.
public enum AccountRole: String, Codable, Sendable, CaseIterable { case principal, bureau }

public struct Account: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var name: String
    public var role: AccountRole
    public var district: String
    public var workspaceId: Int64?
    public var passwordHash: String
    public var createdAt: Date
    public static let databaseTableName = "account"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public init(id: Int64? = nil, name: String, role: AccountRole, district: String, workspaceId: Int64?, passwordHash: String, createdAt: Date = Date()) {
        self.id = id; self.name = name; self.role = role; self.district = district
        self.workspaceId = workspaceId; self.passwordHash = passwordHash; self.createdAt = createdAt
    }
}

public struct SessionRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    public var tokenHash: String
    public var accountId: Int64?
    public var csrf: String
    public var createdAt: Date
    public var expiresAt: Date
    public static let databaseTableName = "session"
}

/// Where an instance version came from.
public enum InstanceOrigin: String, Codable, Sendable { case upload, json, policy, rollover, example }

/// One version of a year's instance (the instance file as bytes): a new row for each
/// upload or policy change; the current one is the highest version of its year.
public struct InstanceVersion: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var workspaceId: Int64
    public var year: Int
    public var version: Int
    public var name: String
    public var origin: InstanceOrigin
    public var json: Data
    public var createdBy: String
    public var createdAt: Date
    public static let databaseTableName = "instanceVersion"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

public struct Upload: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var workspaceId: Int64
    public var fileName: String
    public var table: String?
    public var bytes: Data
    public var createdBy: String
    public var createdAt: Date
    public static let databaseTableName = "upload"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

public struct PinRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var workspaceId: Int64
    public var year: Int
    public var who: String
    public var rule: String
    public var target: String
    public var createdBy: String
    public var createdAt: Date
    public static let databaseTableName = "pin"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

public enum JobKind: String, Codable, Sendable { case plan, near, compare, horizon }
public enum JobState: String, Codable, Sendable { case queued, running, done, failed, cancelled }

public struct JobRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var workspaceId: Int64
    public var kind: JobKind
    public var state: JobState
    public var instanceId: Int64?
    public var arguments: String
    public var progress: String?
    public var exitCode: Int?
    public var message: String?
    public var createdBy: String
    public var createdAt: Date
    public var startedAt: Date?
    public var finishedAt: Date?
    /// "v2-jobs": the plan version a .plan job made, the result folder of a .folder job, the year.
    public var planId: Int64? = nil, resultFolder: String? = nil, year: Int? = nil
    public static let databaseTableName = "job"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// Where a plan version came from: a solve, a re-plan near an earlier plan, a hand edit.
public enum PlanOrigin: String, Codable, Sendable { case solve, near, edit }

/// One version of a year's plan: the solution file and its report folder in ``FileArea``
/// (`folder`), never changed after it is written.
public struct PlanVersion: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var workspaceId: Int64
    public var instanceId: Int64
    public var year: Int
    public var version: Int
    public var origin: PlanOrigin
    public var parentId: Int64?
    public var jobId: Int64?
    public var status: String
    public var objective: Double?
    public var folder: String
    public var summary: String
    public var createdBy: String
    public var createdAt: Date
    public static let databaseTableName = "plan"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One line of a workspace's history: who did what when.
public struct HistoryEntry: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    public var id: Int64?
    public var workspaceId: Int64?
    public var at: Date
    public var who: String
    public var action: String
    public var detail: String
    public static let databaseTableName = "history"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public init(workspaceId: Int64?, who: String, action: String, detail: String, at: Date = Date()) {
        self.workspaceId = workspaceId; self.who = who; self.action = action; self.detail = detail; self.at = at
    }
}

extension WorkbenchStore {
    /// Appends a history line inside the caller's transaction.
    public static func record(_ db: Database, workspace: Int64?, who: String, action: String, detail: String = "") throws {
        var entry = HistoryEntry(workspaceId: workspace, who: who, action: action, detail: detail)
        try entry.insert(db)
    }

    /// The current (highest) version of each year's instance in a workspace, newest year first.
    public func currentInstances(workspace: Int64) throws -> [InstanceVersion] {
        try pool.read { db in
            try InstanceVersion.fetchAll(db, sql: """
                SELECT * FROM instanceVersion i WHERE workspaceId = ? AND version =
                  (SELECT MAX(version) FROM instanceVersion j WHERE j.workspaceId = i.workspaceId AND j.year = i.year)
                ORDER BY year DESC
                """, arguments: [workspace])
        }
    }

    /// Adds an instance version for `year` (the next number) with a history line, in one transaction.
    public func addInstance(workspace: Int64, year: Int, name: String, origin: InstanceOrigin, json: Data, who: String,
                            expectedVersion: Int? = nil) throws -> InstanceVersion {
        try pool.write { db in
            let current = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM instanceVersion WHERE workspaceId = ? AND year = ?",
                                           arguments: [workspace, year]) ?? 0
            if let expectedVersion, expectedVersion != current { throw VersionConflict(current: current, expected: expectedVersion) }
            var row = InstanceVersion(id: nil, workspaceId: workspace, year: year, version: current + 1, name: name, origin: origin,
                                      json: json, createdBy: who, createdAt: Date())
            try row.insert(db)
            try Self.record(db, workspace: workspace, who: who, action: "instance.\(origin.rawValue)",
                            detail: "\(year) v\(current + 1) \(name)")
            return row
        }
    }
}

/// Someone else saved a newer version since this page was loaded: nothing was written.
public struct VersionConflict: Error, Sendable, Equatable {
    public var current: Int
    public var expected: Int
}

extension WorkbenchStore {
    public func accountCount() throws -> Int { try pool.read { db in try Account.fetchCount(db) } }
}
