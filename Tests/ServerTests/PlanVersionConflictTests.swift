import Foundation
import Testing
@testable import RotaplanServer

/// Two hand edits saved on one base: the second is a conflict, checked in the transaction
/// that writes the plan row (not before it), and leaves no files behind.
@Suite struct PlanVersionConflictTests {
    @Test func secondSaveOnTheSameBaseIsAConflictAndKeepsNothing() throws {
        let wb = try JobFixture.bench()
        let (_, i) = try JobFixture.workspace(wb)
        let base = try JobFixture.handPlan(wb, i, files: ["solution.json": "{}"])
        func save() throws -> PlanVersion {
            let scratch = try wb.store.files.scratchFolder()
            try Data("{}".utf8).write(to: scratch.appendingPathComponent("solution.json"))
            return try wb.store.addPlan(workspace: i.workspaceId, instance: i, origin: .edit, parent: base.id, job: nil,
                                        status: "optimal", objective: 1, summary: "edit", scratch: scratch, who: "a",
                                        expectedLatest: base.id)
        }
        let first = try save()
        #expect(first.version == 2)
        let folders = { try FileManager.default.contentsOfDirectory(atPath: wb.store.files.root.appendingPathComponent("plans/\(i.workspaceId)/2025").path).count }
        let before = try folders()
        #expect(throws: VersionConflict.self) { _ = try save() }
        #expect(try folders() == before)
        #expect(try wb.store.latestPlan(workspace: i.workspaceId, year: 2025)?.id == first.id)
    }
}
