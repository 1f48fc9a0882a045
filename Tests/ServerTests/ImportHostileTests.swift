import Foundation
import Hummingbird
import HummingbirdTesting
import RotaplanDomain
import RotaplanFormats
import Testing
@testable import RotaplanServer

/// Hostile and odd files give the importer's diagnostics (422) or an instance, never a 500.
@Suite struct ImportHostileTests {
    typealias F = ImportFixture

    /// Imports `files` (name, bytes) and returns the status and page.
    func run(_ files: [(String, Data)], preset: String = "national") async throws -> (HTTPResponse.Status, String) {
        let t = try TestBench()
        return try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            var ids: [String] = []
            for (n, d) in files { ids.append(try await F.upload(client, b, ws, n, d)) }
            let r = try await F.importForm(client, b, ws, ids: ids, preset: preset)
            return (r.status, String(buffer: r.body))
        }
    }

    static let teachers = Data("id,school,subject\nT1,S1,数学\nT2,S2,语文\n".utf8)

    @Test func garbageBytesAreAProblemOfTheirFile() async throws {
        var g = SystemRandomNumberGenerator()
        var bytes = (0..<4096).map { _ in UInt8.random(in: 0x80...0xFF, using: &g) }
        bytes[0] = 0xFF; bytes[1] = 0xFF; bytes[2] = 0xFF   // never valid UTF-8 or GB18030 at the start
        let (status, page) = try await run([("schools.csv", Data(bytes)), ("teachers.csv", Self.teachers)])
        #expect(status == .unprocessableContent)
        #expect(F.problemRows(page).contains { $0.file == "schools.csv" })
    }

    @Test func gbkCSVIsReadWithANote() async throws {
        let gbk: [UInt8] = [0xD1, 0xA7, 0xD0, 0xA3, 0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xD1, 0xA7, 0xD0, 0xA3, 0xC3, 0xFB, 0xB3, 0xC6, 0x2C, 0xD1, 0xA7,
                            0xB6, 0xCE, 0x0D, 0x0A, 0x53, 0x31, 0x2C, 0xD2, 0xBB, 0xD0, 0xA1, 0x2C, 0xD0, 0xA1, 0xD1, 0xA7, 0x0D, 0x0A, 0x53, 0x32,
                            0x2C, 0xB6, 0xFE, 0xD0, 0xA1, 0x2C, 0xD0, 0xA1, 0xD1, 0xA7, 0x0D, 0x0A]   // 学校编号,学校名称,学段 / S1,一小,小学 / S2,二小,小学
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let ids = [try await F.upload(client, b, ws, "schools.csv", Data(gbk)), try await F.upload(client, b, ws, "teachers.csv", Self.teachers)]
            let r = try await F.importForm(client, b, ws, ids: ids, preset: "national")
            #expect(r.status == .seeOther, "\(String(buffer: r.body).prefix(1500))")
            let stored = try #require(try t.wb.store.currentInstance(workspace: Int64(ws.dropFirst(3))!, year: 2025))
            let x = try InstanceLoader.load(bytes: [UInt8](stored.json), file: "x").instance
            #expect(x.schools.map(\.name) == ["一小", "二小"])
        }
    }

    @Test func damagedZipIsAProblemOfTheWorkbook() async throws {
        let (status, page) = try await run([("roster.xlsx", Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 7, count: 300)))])
        #expect(status == .unprocessableContent)
        #expect(F.problemRows(page).contains { $0.file.hasPrefix("roster.xlsx") }, "\(page.prefix(3000))")
    }

    /// A zip bomb: 64 MiB of zeros deflated to a few hundred KiB, its header claiming 100 bytes.
    @Test func zipBombIsStoppedWithAProblem() async throws {
        let (status, page) = try await run([("roster.xlsx", ZipBomb.make(entry: "xl/workbook.xml", zeros: 64 << 20, declared: 100))])
        #expect(status == .unprocessableContent)
        #expect(F.problemRows(page).contains { $0.file.hasPrefix("roster.xlsx") }, "\(page.prefix(3000))")
    }

    /// An honest workbook part of 150 MiB: the CLI's reader would take it (256 MiB a part),
    /// the workbench's limits (128 MiB a part) refuse it with a problem naming the limit.
    @Test func workbookOverTheWorkbenchLimitIsAProblem() async throws {
        let size = 150 << 20
        let (status, page) = try await run([("roster.xlsx", ZipBomb.make(entry: "xl/workbook.xml", zeros: size, declared: UInt32(size)))])
        #expect(status == .unprocessableContent)
        #expect(F.problemRows(page).contains { $0.file.hasPrefix("roster.xlsx") }, "\(page.prefix(3000))")
        #expect(page.contains("128"), "\(page.prefix(3000))")
    }

    @Test func hugeRowIsAProblemNotACrash() async throws {
        let cells = String(repeating: ",x", count: 200_000)
        let (status, page) = try await run([("schools.csv", Data("id,name,stage\nS1,一小,小学\nS2\(cells)\n".utf8)), ("teachers.csv", Self.teachers)])
        #expect(status == .unprocessableContent)
        #expect(F.problemRows(page).contains { $0.file == "schools.csv" && $0.row == "3" })
    }

    @Test func badInstanceFileIsAProblemAtItsLine() async throws {
        let (status, page) = try await run([("group.json", Data("{\n  \"format\": \"rotaplan-instance/1\",\n  \"schools\": [\n".utf8))])
        #expect(status == .unprocessableContent)
        #expect(F.problemRows(page).contains { $0.file == "group.json" && !$0.row.isEmpty })
    }

    @Test func instanceFileImportsAsJSONOrigin() async throws {
        let t = try TestBench()
        try await t.app.test(.router) { client in
            let b = try await Browser.signIn(client)
            let ws = try await F.workspace(client, b)
            let id = try await F.upload(client, b, ws, "zhengdong-2025.json",
                                        try Data(contentsOf: F.root.appendingPathComponent("instances/zhengdong-2025.json")))
            let wrongYear = try await F.importForm(client, b, ws, ids: [id], year: "2026", preset: "zhengzhou")
            #expect(wrongYear.status == .unprocessableContent)
            #expect(String(buffer: wrongYear.body).contains("2025"))
            let r = try await F.importForm(client, b, ws, ids: [id], preset: "zhengzhou")
            #expect(r.status == .seeOther)
            let stored = try #require(try t.wb.store.currentInstance(workspace: Int64(ws.dropFirst(3))!, year: 2025))
            #expect(stored.origin == .json)
            let other = try await F.upload(client, b, ws, "teachers.csv", Self.teachers)
            let mixed = try await F.importForm(client, b, ws, ids: [id, other], preset: "zhengzhou")
            #expect(mixed.status == .unprocessableContent)
        }
    }

    @Test func markupInCellsIsShownAsText() async throws {
        let teachers = "id,name,school,subject\nT1,\(F.xss),\(F.xss),数学\n"
        let (status, page) = try await run([("schools.csv", Data("id,name,stage\nS1,一小,小学\n".utf8)), ("teachers.csv", Data(teachers.utf8))])
        #expect(status == .unprocessableContent)
        #expect(!page.contains("<img"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }
}

/// A zip archive of one deflated entry of `zeros` zero bytes (fixed Huffman: a literal 0, then
/// matches of 258 at distance 1), whose headers declare `declared` bytes uncompressed.
enum ZipBomb {
    static func make(entry: String, zeros: Int, declared: UInt32) -> Data {
        var bits = BitWriter()
        bits.put(1, 1); bits.put(1, 2)                 // final block, fixed Huffman
        bits.code(0x30, 8)                             // literal 0
        for _ in 0..<((zeros - 1) / 258) { bits.code(0xC5, 8); bits.code(0, 5) }   // length 258 (285), distance 1
        bits.code(0, 7)                                // end of block
        let compressed = bits.bytes
        let name = [UInt8](entry.utf8)
        var out: [UInt8] = []
        func u16(_ v: Int) { out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: UInt32) { out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24 & 0xFF)] }
        u32(0x0403_4B50); u16(20); u16(0); u16(8); u16(0); u16(0); u32(0); u32(UInt32(compressed.count)); u32(declared)
        u16(name.count); u16(0); out += name; out += compressed
        let central = out.count
        u32(0x0201_4B50); u16(20); u16(20); u16(0); u16(8); u16(0); u16(0); u32(0); u32(UInt32(compressed.count)); u32(declared)
        u16(name.count); u16(0); u16(0); u16(0); u16(0); u32(0); u32(0); out += name
        let size = out.count - central
        u32(0x0605_4B50); u16(0); u16(0); u16(1); u16(1); u32(UInt32(size)); u32(UInt32(central)); u16(0)
        return Data(out)
    }

    struct BitWriter {
        var bytes: [UInt8] = []
        var used = 8
        /// `n` bits of `v`, least significant first (header fields).
        mutating func put(_ v: Int, _ n: Int) { for i in 0..<n { bit(v >> i & 1) } }
        /// A Huffman code of `n` bits, most significant first.
        mutating func code(_ v: Int, _ n: Int) { for i in stride(from: n - 1, through: 0, by: -1) { bit(v >> i & 1) } }
        mutating func bit(_ b: Int) {
            if used == 8 { bytes.append(0); used = 0 }
            bytes[bytes.count - 1] |= UInt8(b << used)
            used += 1
        }
    }
}
