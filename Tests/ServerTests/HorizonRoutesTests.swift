import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import RotaplanServer

@Suite struct HorizonRoutesTests {
    @Test func formAndItsValidation() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        let uri = "/w/\(ws)/years/\(year)/horizon"
        let recorded = RecordedJobs()
        try await analysisApp(t, recorded: recorded, folder: nil).test(.router) { client in
            let b = try await Browser.signIn(client)
            let page = try await client.execute(uri: uri, method: .get, headers: b.headers)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains(#"name="years" type="number" min="2" max="10""#))
            for bad in ["1", "11", "x", ""] {
                let r = try await b.post(client, uri, [("years", bad), ("timeLimit", "60")])
                #expect(r.status == .unprocessableContent, "\(bad)")
                #expect(String(buffer: r.body).contains("学年数"))
            }
            let time = try await b.post(client, uri, [("years", "3"), ("timeLimit", "4000")])
            #expect(time.status == .unprocessableContent)
            #expect(String(buffer: time.body).contains("每学年时间上限"))
            let other = try await client.execute(uri: "/w/\(ws + 1)/years/\(year)/horizon", method: .get, headers: b.headers)
            #expect(other.status == .notFound)
            let job = try await client.execute(uri: "\(uri)/999", method: .get, headers: b.headers)
            #expect(job.status == .notFound)
            let ok = try await b.post(client, uri, [("years", "4"), ("timeLimit", "30")])
            #expect(ok.status == .seeOther)
            let id = try #require(ok.headers[.location]?.split(separator: "/").last.map(String.init))
            let missing = try await client.execute(uri: "\(uri)/\(id)", method: .get, headers: b.headers)
            #expect(String(buffer: missing.body).contains("horizon-missing"))
        }
        let requests = await recorded.requests
        #expect(requests.count == 1)
        #expect(requests.first?.kind == .horizon && requests.first?.output == .folder)
        #expect(requests.first?.arguments.contains("4") == true)
    }

    @Test func argumentsAreHorizonsCommandLine() throws {
        let (years, seconds) = try HorizonForm.read(FormFields("years=4&timeLimit=30"))
        let args = HorizonForm.arguments(years: years, timeLimit: seconds, language: .zh)
        #expect(Array(args.prefix(6)) == ["horizon", "{instance}", "--years", "4", "--output", "{dir}"])
        #expect(args.contains("30"))
    }

    @Test func resultPageRendersWhatHorizonWrote() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        let folder = freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let instance = YearFixture.repository.appendingPathComponent("instances/zhengdong-2025.json").path
        let code = try runRotaplan(["horizon", instance, "--years", "2", "--output", folder.path, "--report",
                                    folder.appendingPathComponent("report").path, "--lang", "zh", "--quiet", "--no-timing"])
        #expect(code == 0 || code == 1)
        let scope = try await YearScope.testScope(t, ws, year)
        let frame = PageFrame(language: .zh, viewerName: "x", csrf: "c", path: "/", signedIn: true)
        let html = HorizonPage.result(scope, job: 3, folder: folder, files: "/w/\(ws)/jobs/3/files", frame: frame).markup
        #expect(html.contains("id=\"horizon-table\""))
        #expect(html.contains("<tr data-year=\"2025\">") && html.contains("<tr data-year=\"2026\">"))
        #expect(html.contains("累计交流比例"))
        #expect(html.contains("/w/\(ws)/jobs/3/files/report/horizon.html"))
        #expect(html.contains("year-2026.instance.json"))
    }
}
