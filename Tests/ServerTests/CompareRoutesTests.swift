import Foundation
import Hummingbird
import HummingbirdTesting
import RotaplanDomain
import RotaplanFormats
import Testing
@testable import RotaplanServer

/// Runs the `rotaplan` binary (as the queue would) into a fresh folder; returns its exit code.
func runRotaplan(_ arguments: [String]) throws -> Int32 {
    let p = Process()
    p.executableURL = TestBench.binary
    p.arguments = arguments
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
}

func freshFolder() -> URL {
    URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("rotaplan-p4-\(UUID().uuidString)")
}

@Suite struct CompareRoutesTests {
    @Test func formHasFourVariantsAndTheKeyList() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        try await analysisApp(t, recorded: RecordedJobs(), folder: nil).test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await client.execute(uri: "/w/\(ws)/years/\(year)/compare", method: .get, headers: b.headers)
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            #expect(html.contains("id=\"compare-form\""))
            for i in 1...4 { #expect(html.contains("name=\"set\(i)\"") && html.contains("name=\"name\(i)\"")) }
            for key in PolicyKey.all { #expect(html.contains("<code>\(key.name)</code>"), "\(key.name)") }
        }
    }

    @Test func variantsAreValidatedNamingTheVariantAndTheField() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        let uri = "/w/\(ws)/years/\(year)/compare"
        let recorded = RecordedJobs()
        try await analysisApp(t, recorded: recorded, folder: nil).test(.router) { client in
            let b = try await Browser.signIn(client)
            let unknown = try await b.post(client, uri, [("name1", "宽松"), ("set1", "最低交流比例=0.15"),
                                                         ("name2", "严格 <b>"), ("set2", "exchange.minRate=0.2\nexchange.nosuch=1")])
            #expect(unknown.status == .unprocessableContent)
            let page = String(buffer: unknown.body)
            #expect(page.contains("严格 &lt;b&gt;") && page.contains("第 2 行"))
            #expect(page.contains("exchange.nosuch=1"))  // the form is kept
            #expect(!page.contains("严格 <b>"))
            let range = try await b.post(client, uri, [("set1", "最低交流比例=1.5")])
            #expect(range.status == .unprocessableContent)
            #expect(String(buffer: range.body).contains("方案 1"))
            let noLine = try await b.post(client, uri, [("set1", "最低交流比例")])
            #expect(noLine.status == .unprocessableContent)
            let none = try await b.post(client, uri, [("name1", "空"), ("set1", "  ")])
            #expect(none.status == .unprocessableContent)
            let time = try await b.post(client, uri, [("set1", "exchange.minRate=0.2"), ("timeLimit", "0")])
            #expect(time.status == .unprocessableContent)
            #expect(String(buffer: time.body).contains("求解时限"))
        }
        #expect(await recorded.requests.isEmpty)
    }

    @Test func aValidFormStartsACompareJobAndItsResultShowsTheNames() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        let folder = freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let instance = YearFixture.repository.appendingPathComponent("instances/zhengdong-2025.json").path
        #expect(try runRotaplan(["compare", instance, "--set", "exchange.minRate=0.15", "--report", folder.path, "--lang", "zh", "--quiet"]) == 0)
        let recorded = RecordedJobs()
        try await analysisApp(t, recorded: recorded, folder: folder).test(.router) { client in
            let b = try await Browser.signIn(client)
            let r = try await b.post(client, "/w/\(ws)/years/\(year)/compare", [("name1", "多交流一些"), ("set1", "最低交流比例=0.15"), ("timeLimit", "20")])
            #expect(r.status == .seeOther)
            let location = try #require(r.headers[.location])
            #expect(location.hasPrefix("/w/\(ws)/jobs/"))
            let job = try #require(Int64(location.split(separator: "/").last ?? ""))
            let requests = await recorded.requests
            #expect(requests.count == 1)
            let q = try #require(requests.first)
            #expect(q.kind == .compare && q.output == .folder && q.year == year && q.instance.version == 1)
            #expect(q.arguments == ["compare", "{instance}", "--set", "exchange.minRate=0.15", "--pins", "{pins}", "--report", "{dir}",
                                    "--lang", "zh", "--time-limit", "20", "--quiet"])
            let page = try await client.execute(uri: "/w/\(ws)/years/\(year)/compare/\(job)", method: .get, headers: b.headers)
            #expect(page.status == .ok)
            let html = String(buffer: page.body)
            #expect(html.contains("多交流一些") && html.contains("id=\"comparison\""))
            let list = try await client.execute(uri: "/w/\(ws)/years/\(year)/compare", method: .get, headers: b.headers)
            #expect(String(buffer: list.body).contains("/compare/\(job)"))
            // Another year or another workspace does not show it.
            let other = try await client.execute(uri: "/w/\(ws)/years/\(year + 1)/compare/\(job)", method: .get, headers: b.headers)
            #expect(other.status == .notFound)
            let horizon = try await client.execute(uri: "/w/\(ws)/years/\(year)/horizon/\(job)", method: .get, headers: b.headers)
            #expect(horizon.status == .notFound)
        }
    }

    @Test func readsVariantsAsCompareSetDoes() throws {
        let fields = FormFields("name1=a&set1=%E6%9C%80%E4%BD%8E%E4%BA%A4%E6%B5%81%E6%AF%94%E4%BE%8B%3D0.15%0Aexchange.minBackboneShare%3D0.3&set3=exchange.minRate%3D0.2&timeLimit=30")
        let x = try YearFixture.instance()
        let (variants, seconds) = try CompareForm.read(fields, instance: x, language: .zh)
        #expect(seconds == 30)
        #expect(variants.map(\.position) == [1, 3])
        #expect(variants[0].argument == "exchange.minRate=0.15,exchange.minBackboneShare=0.3")
        let args = CompareForm.arguments(variants, timeLimit: seconds, language: .en)
        #expect(Array(args.prefix(6)) == ["compare", "{instance}", "--set", "exchange.minRate=0.15,exchange.minBackboneShare=0.3", "--set", "exchange.minRate=0.2"])
        #expect(args.contains("{dir}"))
    }

    @Test func resultPageRendersWhatCompareWrote() async throws {
        let t = try TestBench()
        let (ws, year) = try YearFixture.make(t)
        let folder = freshFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let instance = YearFixture.repository.appendingPathComponent("instances/zhengdong-2025.json").path
        let code = try runRotaplan(["compare", instance, "--set", "exchange.minRate=0.15", "--set", "exchange.minRate=0.2,exchange.minBackboneShare=0.3",
                                    "--report", folder.path, "--lang", "zh", "--quiet", "--no-timing"])
        #expect(code == 0)
        let scope = try await YearScope.testScope(t, ws, year)
        let frame = PageFrame(language: .zh, viewerName: "x", csrf: "c", path: "/", signedIn: true)
        let html = ComparePage.result(scope, job: 7, folder: folder, names: ["宽松", "<i>严格</i>"], files: "/w/\(ws)/jobs/7/files", frame: frame).markup
        #expect(html.contains("id=\"comparison\""))
        #expect(html.contains("宽松") && html.contains("&lt;i&gt;严格&lt;/i&gt;"))
        #expect(html.contains("交流教师"))
        #expect(html.contains("class=\"differs\""))
        #expect(html.contains("/w/\(ws)/jobs/7/files/compare.html"))
        #expect(html.contains("variant-2.plan.xlsx"))
        let missing = ComparePage.result(scope, job: 7, folder: nil, names: [], files: "", frame: frame).markup
        #expect(missing.contains("compare-missing"))
    }

    @Test func csvCellsAreReadAsExcelWritesThem() {
        let rows = ResultTable.parse("\u{FEFF}a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,2,3\n")
        #expect(rows == [["a", "b,c", "say \"hi\""], ["1", "2", "3"]])
    }
}

extension YearFixture {
    static func instance() throws -> Instance {
        try InstanceLoader.load(bytes: [UInt8](try instanceBytes()), file: "zhengdong").instance
    }
}

extension YearScope {
    static func testScope(_ t: TestBench, _ ws: Int64, _ year: Int) async throws -> YearScope {
        let w = try await t.wb.store.pool.read { db in try Workspace.fetchOne(db, key: ws)! }
        return YearScope(viewer: .local, workspace: w, year: year, instance: try t.wb.store.currentInstance(workspace: ws, year: year)!, wb: t.wb)
    }
}
