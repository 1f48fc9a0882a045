import Foundation
import Hummingbird
import HummingbirdTesting
import RotaplanDomain
import RotaplanFormats
import Testing
@testable import RotaplanServer

@Suite struct ImportRoutesTests {
    typealias F = ImportFixture

    @Test func importPageHasTheFormTheLimitAndTheTemplateLink() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let r = try await client.execute(uri: "\(ws)/import", method: .get, headers: b.headers)
            #expect(r.status == .ok)
            let html = String(buffer: r.body)
            for part in [#"<form method="post" action="\#(ws)/import" id="import-form""#, #"<input type="file" id="files" multiple"#,
                         #"name="year""#, #"name="preset""#, #"id="import-submit""#, #"href="/template.xlsx""#, "20 MiB"] {
                #expect(html.contains(part), "\(part)")
            }
            let other = try await client.execute(uri: "/w/999/import", method: .get, headers: b.headers)
            #expect(other.status == .notFound)
        }
    }

    @Test func templateIsAWorkbookInThePageLanguage() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let zh = try await client.execute(uri: "/template.xlsx", method: .get, headers: b.headers)
            #expect(zh.status == .ok)
            #expect(zh.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            let zhBook = try XLSXReader().read(Data(zh.body.readableBytesView), fileName: "t.xlsx")
            #expect(zhBook.sheets.map(\.name).contains("教师"))
            let en = try await client.execute(uri: "/template.xlsx", method: .get, headers: [.cookie: b.cookie + "; lang=en"])
            let enBook = try XLSXReader().read(Data(en.body.readableBytesView), fileName: "t.xlsx")
            #expect(enBook.sheets.map(\.name).contains("teachers"))
            let anonymous = try await client.execute(uri: "/template.xlsx", method: .get)
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test func luoheCSVsBecomeAnInstanceVersion() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            var ids: [String] = []
            for name in F.luohe { ids.append(try await F.upload(client, b, ws, name, try F.bytes("luohe", name))) }
            let r = try await F.importForm(client, b, ws, ids: ids, preset: "luohe", name: "舞阳县义务教育集团 2025 学年")
            #expect(r.status == .seeOther, "\(String(buffer: r.body).prefix(2000))")
            #expect(r.headers[.location] == "\(ws)/years/2025")
            let id = Int64(ws.dropFirst(3))!
            let stored = try #require(try t.wb.store.currentInstance(workspace: id, year: 2025))
            #expect(stored.origin == .upload && stored.version == 1)
            let expected = try InstanceLoader.load(path: F.root.appendingPathComponent("instances/luohe-wuyang.json").path).instance
            var got = try InstanceLoader.load(bytes: [UInt8](stored.json), file: "x.json").instance
            #expect(got.year == 2025)
            got.year = expected.year
            #expect(InstanceWriter.json(got) == InstanceWriter.json(expected))
            let history = try await t.wb.store.pool.read { db in try String.fetchAll(db, sql: "SELECT action FROM history WHERE workspaceId = ?", arguments: [id]) }
            #expect(history.filter { $0 == "upload" }.count == F.luohe.count)
            #expect(history.contains("instance.upload"))
        }
    }

    /// The bundled Zhengdong CSVs hold instances/zhengdong-2025.json: the same groups, schools,
    /// teachers, hires, trainees, vacancies, demand, calendar and policy (the preset). The JSON
    /// writes one hire's subject in Chinese (数学), which loads as math; the name is the form's.
    @Test func zhengdongCSVsMatchTheBundledInstance() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b, "郑东新区")
            var ids: [String] = []
            for name in F.zhengdong { ids.append(try await F.upload(client, b, ws, name, try F.bytes("zhengdong", name))) }
            let r = try await F.importForm(client, b, ws, ids: ids, preset: "zhengzhou")
            #expect(r.status == .seeOther, "\(String(buffer: r.body).prefix(2000))")
            let stored = try #require(try t.wb.store.currentInstance(workspace: Int64(ws.dropFirst(3))!, year: 2025))
            var got = try InstanceLoader.load(bytes: [UInt8](stored.json), file: "x.json").instance
            let expected = try InstanceLoader.load(path: F.root.appendingPathComponent("instances/zhengdong-2025.json").path).instance
            #expect(got.teachers.map(\.id) == expected.teachers.map(\.id))
            #expect(got.teachers.map(\.name) == expected.teachers.map(\.name))
            #expect(got.schools.count == 14 && got.teachers.count == 73 && got.newHires.count == 6 && got.walkingDemand.count == 12)
            got.name = expected.name
            let a = InstanceWriter.json(got), e = InstanceWriter.json(expected)
            #expect(a == e)
            for (x, y) in zip(a.split(separator: "\n"), e.split(separator: "\n")) where x != y {
                Issue.record("first difference:\n  csv:  \(x)\n  json: \(y)"); break
            }
        }
    }

    @Test func brokenCellIsAProblemAtItsRowAndColumnAndOneFileCanBeReplaced() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let good = String(decoding: try F.bytes("luohe", "teachers.csv"), as: UTF8.self)
            let bad = good.replacingOccurrences(of: "T002,李建华,舞阳县第一实验小学,数学,,高级,是,15,", with: "T002,李建华,舞阳县第一实验小学,数学,,高级,是,十五年,")
            #expect(bad != good)
            var ids: [String: String] = [:]
            for name in F.luohe where name != "teachers.csv" { ids[name] = try await F.upload(client, b, ws, name, try F.bytes("luohe", name)) }
            let badID = try await F.upload(client, b, ws, "teachers.csv", Data(bad.utf8))
            let r = try await F.importForm(client, b, ws, ids: Array(ids.values) + [badID], preset: "luohe")
            #expect(r.status == .unprocessableContent)
            let html = String(buffer: r.body)
            #expect(html.contains(#"<table id="import-problems">"#))
            let rows = F.problemRows(html)
            #expect(rows.count == 1)
            #expect(rows.first?.file == "teachers.csv" && rows.first?.row == "3" && rows.first?.column == "8", "\(rows)")
            #expect(html.contains("本校任教年限"))
            // The kept files are listed, each with its own replace input.
            for id in ids.values + [badID] { #expect(html.contains(#"<input type="hidden" name="upload" value="\#(id)">"#)) }
            #expect(html.contains(#"data-replace="\#(badID)""#))
            #expect(try t.wb.store.currentInstance(workspace: Int64(ws.dropFirst(3))!, year: 2025) == nil)
            // Replace teachers.csv only; the others are kept.
            let fixed = try await F.upload(client, b, ws, "teachers.csv", Data(good.utf8))
            let retry = try await F.importForm(client, b, ws, ids: Array(ids.values) + [fixed], preset: "luohe")
            #expect(retry.status == .seeOther)
        }
    }

    @Test func problemsPageInEnglishAndChinese() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let s = try await F.upload(client, b, ws, "schools.csv", Data("id,name,stage\nS1,一小,小学\n".utf8))
            let te = try await F.upload(client, b, ws, "教师.csv", Data("id,school,subject,yearsAtSchool\nT1,S1,数学,x\n".utf8))
            let zh = try await F.importForm(client, b, ws, ids: [s, te], preset: "national")
            #expect(zh.status == .unprocessableContent)
            let zhPage = String(buffer: zh.body)
            #expect(F.problemRows(zhPage).map { $0.file } == ["教师.csv"])
            #expect(zhPage.contains("错误"))
            let en = try await client.execute(uri: "\(ws)/import", method: .post,
                                              headers: [.cookie: b.cookie + "; lang=en", .contentType: "application/x-www-form-urlencoded"],
                                              body: ByteBuffer(string: "upload=\(s)&upload=\(te)&year=2025&preset=national&csrf=\(FormFields.encode(b.csrf))"))
            let enPage = String(buffer: en.body)
            #expect(enPage.contains("error") && !enPage.contains("错误"))
        }
    }

    @Test func missingTablesAndTwoFilesOfOneTableAreProblems() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let s = try await F.upload(client, b, ws, "schools.csv", try F.bytes("luohe", "schools.csv"))
            let r = try await F.importForm(client, b, ws, ids: [s], preset: "luohe")
            #expect(r.status == .unprocessableContent)
            #expect(String(buffer: r.body).contains("教师.csv / teachers.csv"))
            let s2 = try await F.upload(client, b, ws, "学校.csv", try F.bytes("luohe", "schools.csv"))
            let te = try await F.upload(client, b, ws, "teachers.csv", try F.bytes("luohe", "teachers.csv"))
            let twice = try await F.importForm(client, b, ws, ids: [s, s2, te], preset: "luohe")
            #expect(twice.status == .unprocessableContent)
            #expect(String(buffer: twice.body).contains("“schools.csv”和“学校.csv”是同一张表"))
        }
    }

    @Test func formFieldsAreChecked() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let s = try await F.upload(client, b, ws, "schools.csv", try F.bytes("luohe", "schools.csv"))
            let year = try await F.importForm(client, b, ws, ids: [s], year: "20x5", preset: "luohe")
            #expect(year.status == .unprocessableContent)
            #expect(String(buffer: year.body).contains("学年"))
            let preset = try await F.importForm(client, b, ws, ids: [s], preset: "atlantis")
            #expect(preset.status == .unprocessableContent)
            #expect(String(buffer: preset.body).contains("zhengzhou"))
            let none = try await F.importForm(client, b, ws, ids: [], preset: "luohe")
            #expect(none.status == .unprocessableContent)
            let garbage = try await F.importForm(client, b, ws, ids: ["1 OR 1=1"], preset: "luohe")
            #expect(garbage.status == .badRequest)
            let missing = try await F.importForm(client, b, ws, ids: ["987654"], preset: "luohe")
            #expect(missing.status == .notFound)
        }
    }

    @Test func anotherWorkspacesUploadIs404() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let a = try await F.workspace(client, b, "A"), other = try await F.workspace(client, b, "B")
            var ids: [String] = []
            for name in ["schools.csv", "teachers.csv"] { ids.append(try await F.upload(client, b, a, name, try F.bytes("luohe", name))) }
            let r = try await F.importForm(client, b, other, ids: ids, preset: "luohe")
            #expect(r.status == .notFound)
            let mixed = try await F.importForm(client, b, other,
                                               ids: [ids[0], try await F.upload(client, b, other, "teachers.csv", try F.bytes("luohe", "teachers.csv"))],
                                               preset: "luohe")
            #expect(mixed.status == .notFound)
            let unknown = try await F.send(client, b, "/w/999", "schools.csv", Data("x".utf8))
            #expect(unknown.status == .notFound)
        }
    }

    @Test func uploadsAreCheckedBeforeTheyAreKept() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let empty = try await F.send(client, b, ws, "schools.csv", Data())
            #expect(empty.status == .badRequest)
            #expect(String(buffer: empty.body).contains("\"error\""))
            for bad in ["../schools.csv", "a/schools.csv", "schools\n.csv", "", ".hidden.csv", "a\\b.csv"] {
                let r = try await F.send(client, b, ws, bad, Data("x".utf8))
                #expect(r.status == .badRequest, "\(bad)")
            }
            let unknownTable = try await F.send(client, b, ws, "名单2.csv", Data("x".utf8))
            #expect(unknownTable.status == .badRequest)
            #expect(String(buffer: unknownTable.body).contains("名单2.csv"))
            let noToken = try await client.execute(uri: "\(ws)/uploads?name=schools.csv", method: .post,
                                                   headers: [.cookie: b.cookie], body: ByteBuffer(string: "x"))
            #expect(noToken.status == .forbidden)
            let count = try await t.wb.store.pool.read { db in try Upload.fetchCount(db) }
            #expect(count == 0)
        }
    }

    @Test func uploadOverTheLimitIs413WithTheLimit() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let r = try await F.send(client, b, ws, "teachers.csv", Data(count: t.wb.configuration.maxUploadBytes + 1))
            #expect(r.status == .contentTooLarge)
            let body = String(buffer: r.body)
            #expect(body.contains("20 MiB"), "\(body)")
            #expect(r.headers[.contentType]?.hasPrefix("application/json") == true)
            let atLimit = try await F.send(client, b, ws, "teachers.csv", Data(repeating: 0x41, count: 1024))
            #expect(atLimit.status == .ok)
        }
    }
}
