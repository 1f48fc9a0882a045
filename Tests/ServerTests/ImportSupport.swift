import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

/// Helpers of the import and year tests: a workspace, uploads, the bundled CSV folders.
enum ImportFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let luohe = ["schools.csv", "groups.csv", "teachers.csv", "travel.csv", "new-hires.csv", "vacancies.csv", "demand.csv", "calendar.csv"]
    static let zhengdong = luohe + ["trainees.csv"]

    static func bytes(_ folder: String, _ name: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent("instances/csv/\(folder)/\(name)"))
    }

    /// Creates a workspace and returns its path (`/w/N`).
    static func workspace(_ client: some TestClientProtocol, _ b: Browser, _ name: String = "舞阳县") async throws -> String {
        let r = try await b.post(client, "/workspaces", [("name", name)])
        #expect(r.status == .seeOther)
        return r.headers[.location] ?? ""
    }

    /// Uploads `data` as `name` the way the page's script does; the response.
    static func send(_ client: some TestClientProtocol, _ b: Browser, _ ws: String, _ name: String, _ data: Data) async throws -> TestResponse {
        try await client.execute(uri: "\(ws)/uploads?name=\(FormFields.encode(name))", method: .post,
                                 headers: [.cookie: b.cookie, HTTPField.Name("X-CSRF-Token")!: b.csrf, .accept: "application/json"],
                                 body: ByteBuffer(bytes: data))
    }

    /// Uploads and returns the id.
    static func upload(_ client: some TestClientProtocol, _ b: Browser, _ ws: String, _ name: String, _ data: Data) async throws -> String {
        let r = try await send(client, b, ws, name, data)
        #expect(r.status == .ok, "\(name): \(String(buffer: r.body))")
        let body = String(buffer: r.body)
        guard let range = body.range(of: #"[0-9]+"#, options: .regularExpression) else { return "" }
        return String(body[range])
    }

    /// Posts the import form.
    static func importForm(_ client: some TestClientProtocol, _ b: Browser, _ ws: String, ids: [String], year: String = "2025",
                           preset: String, name: String = "") async throws -> TestResponse {
        try await b.post(client, "\(ws)/import", ids.map { ("upload", $0) } + [("year", year), ("preset", preset), ("name", name)])
    }

    /// The problem rows of a problems page: (file, row, column) of each tr.problem.
    static func problemRows(_ html: String) -> [(file: String, row: String, column: String)] {
        let pattern = #"<tr class="problem" data-file="([^"]*)" data-row="([^"]*)" data-column="([^"]*)">"#
        let re = try! NSRegularExpression(pattern: pattern)
        return re.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { m in
            let g = { (i: Int) in String(html[Range(m.range(at: i), in: html)!]) }
            return (g(1), g(2), g(3))
        }
    }

    static let xss = "<img src=x onerror=alert(1)>"
}
