import Foundation
import GRDB

/// A plan version's folder in ``FileArea``: `plans/WORKSPACE/YEAR/vVERSION-ID/` holding
/// `solution.json` (the plan, MODEL.md §8), `report/` (report.html, plan.xlsx, notices/,
/// reasons.csv … as `rotaplan plan --report` writes them) and `pins.csv` when pins were used.
public enum PlanFolder {
    public static let solution = "solution.json"
    public static let report = "report"
    public static let pins = "pins.csv"
}

extension WorkbenchStore {
    /// Makes the finished `scratch` folder (see ``PlanFolder``) the next plan version of
    /// `year`: the folder is renamed into place first, then the row and its history line are
    /// written in one transaction. A crash between the two leaves an unused folder, never a
    /// row without its files; the plans before stay as they were. With `expectedLatest` (a
    /// hand edit's base), the year's latest plan must still be that one when the row is
    /// written, in the same transaction: else ``VersionConflict`` and nothing is kept.
    public func addPlan(workspace: Int64, instance: InstanceVersion, origin: PlanOrigin, parent: Int64?, job: Int64?,
                        status: String, objective: Double?, summary: String, scratch: URL, who: String,
                        expectedLatest: Int64? = nil) throws -> PlanVersion {
        let relative = "plans/\(workspace)/\(instance.year)/\(UUID().uuidString)"
        let placed = try files.commit(scratch, to: relative)
        do {
            return try insertPlan(workspace: workspace, instance: instance, origin: origin, parent: parent, job: job, status: status,
                                  objective: objective, summary: summary, relative: relative, who: who, expectedLatest: expectedLatest)
        } catch let conflict as VersionConflict {
            try? FileManager.default.removeItem(at: placed)
            throw conflict
        }
    }

    private func insertPlan(workspace: Int64, instance: InstanceVersion, origin: PlanOrigin, parent: Int64?, job: Int64?, status: String,
                            objective: Double?, summary: String, relative: String, who: String, expectedLatest: Int64?) throws -> PlanVersion {
        try pool.write { db in
            if let expectedLatest {
                let latest = try Int64.fetchOne(db, sql: "SELECT id FROM plan WHERE workspaceId = ? AND year = ? ORDER BY version DESC LIMIT 1",
                                                arguments: [workspace, instance.year])
                if latest != expectedLatest { throw VersionConflict(current: Int(latest ?? 0), expected: Int(expectedLatest)) }
            }
            let current = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM plan WHERE workspaceId = ? AND year = ?",
                                           arguments: [workspace, instance.year]) ?? 0
            var p = PlanVersion(id: nil, workspaceId: workspace, instanceId: instance.id!, year: instance.year, version: current + 1,
                                origin: origin, parentId: parent, jobId: job, status: status, objective: objective,
                                folder: relative, summary: summary, createdBy: who, createdAt: Date())
            try p.insert(db)
            try Self.record(db, workspace: workspace, who: who, action: "plan.\(origin.rawValue)",
                            detail: "\(instance.year) v\(current + 1) \(status)")
            return p
        }
    }

    /// The plan `id` of `workspace`, or nil (also for another workspace's plan).
    public func plan(_ id: Int64, workspace: Int64) throws -> PlanVersion? {
        try pool.read { db in try PlanVersion.filter(Column("id") == id && Column("workspaceId") == workspace).fetchOne(db) }
    }

    /// The latest plan version of `year`, or nil.
    public func latestPlan(workspace: Int64, year: Int) throws -> PlanVersion? {
        try pool.read { db in
            try PlanVersion.filter(Column("workspaceId") == workspace && Column("year") == year).order(Column("version").desc).fetchOne(db)
        }
    }

    /// The current instance of `year`, or nil.
    public func currentInstance(workspace: Int64, year: Int) throws -> InstanceVersion? {
        try pool.read { db in
            try InstanceVersion.filter(Column("workspaceId") == workspace && Column("year") == year).order(Column("version").desc).fetchOne(db)
        }
    }

    /// The instance version `id` of `workspace`, or nil.
    public func instance(_ id: Int64, workspace: Int64) throws -> InstanceVersion? {
        try pool.read { db in try InstanceVersion.filter(Column("id") == id && Column("workspaceId") == workspace).fetchOne(db) }
    }

    /// The pins of `year` in `workspace`, in the order they were made.
    public func pins(workspace: Int64, year: Int) throws -> [PinRecord] {
        try pool.read { db in
            try PinRecord.filter(Column("workspaceId") == workspace && Column("year") == year).order(Column("id")).fetchAll(db)
        }
    }
}

extension PlanVersion {
    /// The plan's folder, its solution file and its report folder in `files`.
    public func folderURL(_ files: FileArea) -> URL? { files.resolve(folder) }
}
