import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Downloads of a plan's files: only inside that plan's folder.
@Suite struct DownloadRoutesTests {
    @Test func filesOfAPlanAreServedAndEscapesAre404() async throws {
        let wb = try JobFixture.bench()
        let (w, i) = try JobFixture.workspace(wb)
        let (other, j) = try JobFixture.workspace(wb, name: "另一个")
        let plan = try JobFixture.handPlan(wb, i, files: [
            "solution.json": "{\"format\":1}", "report/report.html": "<h1>报告</h1>", "report/plan.xlsx": "PK",
            "report/notices/郑州一中.html": "<p>通知</p>", "report/x.svg": "<svg/>",
        ])
        let secret = try JobFixture.handPlan(wb, j, files: ["solution.json": "{\"secret\":1}"])
        let folder = try #require(plan.folderURL(wb.store.files))
        // A link inside the plan's folder to another plan's file.
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.json"),
                                                   withDestinationURL: try #require(secret.folderURL(wb.store.files)).appendingPathComponent("solution.json"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("passwd.json"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
        let base = "/w/\(w.id!)/plans/\(plan.id!)/files/"
        try await WorkbenchApp.application(wb).test(.router) { client in
            let b = try await Browser.signIn(client)
            let json = try await client.execute(uri: base + "solution.json", method: .get, headers: b.headers)
            #expect(json.status == .ok)
            #expect(json.headers[.contentType] == "application/json; charset=utf-8")
            #expect(json.headers.named("content-disposition")?.hasPrefix("attachment; filename=\"solution.json\"") == true)
            let xlsx = try await client.execute(uri: base + "report/plan.xlsx", method: .get, headers: b.headers)
            #expect(xlsx.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            let notice = try await client.execute(uri: base + "report/notices/" + HTML.component("郑州一中.html"), method: .get, headers: b.headers)
            #expect(notice.status == .ok)
            #expect(String(buffer: notice.body) == "<p>通知</p>")
            #expect(notice.headers.named("content-disposition")?.contains("filename*=UTF-8''%E9%83%91") == true)
            let inline = try await client.execute(uri: base + "report/report.html?inline=1", method: .get, headers: b.headers)
            #expect(inline.headers.named("content-disposition") == "inline")
            #expect(inline.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(inline.headers[.contentType] == "text/html; charset=utf-8")
            // inline=1 is for report pages only: an SVG (which may carry a script) stays an attachment.
            let svg = try await client.execute(uri: base + "report/x.svg?inline=1", method: .get, headers: b.headers)
            #expect(svg.headers.named("content-disposition")?.hasPrefix("attachment") == true)
            for bad in ["../solution.json", "..%2f..%2fworkbench.sqlite", "%2e%2e/%2e%2e/%2e%2e/workbench.sqlite", "report/..%2F..%2Fsolution.json",
                        "%2Fetc%2Fpasswd", "link.json", "passwd.json", "report", "report/", "nothing.json", "report%00.html",
                        "report/notices/..%5C..%5Csolution.json", ""] {
                let r = try await client.execute(uri: base + bad, method: .get, headers: b.headers)
                #expect(r.status == .notFound, "\(bad)")
                #expect(!String(buffer: r.body).contains("secret"), "\(bad)")
            }
            // Another workspace's plan, under this workspace or without a session.
            let foreign = try await client.execute(uri: "/w/\(w.id!)/plans/\(secret.id!)/files/solution.json", method: .get, headers: b.headers)
            #expect(foreign.status == .notFound)
            let own = try await client.execute(uri: "/w/\(other.id!)/plans/\(secret.id!)/files/solution.json", method: .get, headers: b.headers)
            #expect(own.status == .ok)
            let anonymous = try await client.execute(uri: base + "solution.json", method: .get)
            #expect(anonymous.status == .unauthorized)
            // A job without a result folder has no files.
            let noJob = try await client.execute(uri: "/w/\(w.id!)/jobs/1/files/report.html", method: .get, headers: b.headers)
            #expect(noJob.status == .notFound)
        }
    }
}

extension HTTPFields {
    /// The first value of the header `name` (lower case).
    func named(_ name: String) -> String? { first { $0.name.canonicalName == name }?.value }
}
