import Foundation
import Testing
@testable import RotaplanFormats

/// Hostile and broken workbooks: each is a typed error naming the file and the part,
/// sheet or cell, with a sentence for people; none crashes or reads without bound.
@Suite struct XLSXHostileTests {
    private func expectFailure(_ data: Data, limits: XLSXReader.Limits = .init(),
                               _ problem: XLSXError.Problem, _ message: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let error = ExcelFixtures.failure(data, limits: limits)
        #expect(error?.problem == problem, sourceLocation: sourceLocation)
        #expect(error?.description == message, sourceLocation: sourceLocation)
    }

    @Test func notAZip() {
        expectFailure(Data("编号,姓名\nT01,张伟\n".utf8), .notAZip,
                      "roster.xlsx: this is not an Excel workbook (.xlsx): it is not a zip archive; an old .xls workbook must be saved as .xlsx first")
        expectFailure(Data([0x50, 0x4B, 0x03, 0x04, 0, 0, 0]), .notAZip,
                      "roster.xlsx: this is not an Excel workbook (.xlsx): it is not a zip archive; an old .xls workbook must be saved as .xlsx first")
    }

    @Test func zipWithoutWorkbook() throws {
        expectFailure(try ExcelFixtures.zip([("readme.txt", Data("hello".utf8))]), .noWorkbook,
                      "roster.xlsx: the zip archive holds no Excel workbook (no xl/workbook.xml)")
    }

    @Test func badXML() throws {
        expectFailure(try ExcelFixtures.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>1</v></c>\n</sheetData>"),
                      .badXML(part: "xl/worksheets/sheet1.xml", detail: "line 2: </sheetData> closes <row>"),
                      "roster.xlsx: part xl/worksheets/sheet1.xml is not well-formed XML: line 2: </sheetData> closes <row>")
        expectFailure(try ExcelFixtures.workbook(rows: "<row r=\"1\"><c r=\"A1\"><v>&bogus;</v></c></row>"),
                      .badXML(part: "xl/worksheets/sheet1.xml", detail: "line 1: unknown entity &bogus;"),
                      "roster.xlsx: part xl/worksheets/sheet1.xml is not well-formed XML: line 1: unknown entity &bogus;")
    }

    @Test func documentTypeDeclarationsAreRefused() throws {
        var parts = ExcelFixtures.parts(rows: "")
        parts[2] = ("xl/sharedStrings.xml", Data(#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><sst><si><t>&lol2;</t></si></sst>"#.utf8))
        let detail = "line 1: document type declarations (<!DOCTYPE …>) are not allowed in a workbook"
        expectFailure(try ExcelFixtures.zip(parts), .badXML(part: "xl/sharedStrings.xml", detail: detail),
                      "roster.xlsx: part xl/sharedStrings.xml is not well-formed XML: \(detail)")
    }

    @Test(arguments: [("../../../etc/passwd", ""), ("/../secret.xml", ""), ("http://example.invalid/s.xml", ""),
                      ("worksheets/sheet1.xml", #" TargetMode="External""#)])
    func sheetPathEscapingTheArchive(target: String, mode: String) throws {
        let data = try ExcelFixtures.zip(ExcelFixtures.parts(rows: "", sheetTarget: target, targetMode: mode))
        expectFailure(data, .pathEscapes(part: "xl/workbook.xml", target: target),
                      "roster.xlsx: part xl/workbook.xml refers to \(target), which is outside the workbook; it is not read")
    }

    /// 4 MiB of XML that deflates to a few KiB, read with a 1 MiB limit per part.
    private func bomb(declaring declared: UInt32? = nil) throws -> Data {
        var parts = ExcelFixtures.parts(rows: "")
        let padding = String(repeating: "<row/>", count: (4 << 20) / 6)
        parts[3] = ("xl/worksheets/sheet1.xml", Data("<worksheet><sheetData>\(padding)</sheetData></worksheet>".utf8))
        var data = try ExcelFixtures.zip(parts)
        #expect(data.count < 64 << 10)
        if let declared { data = Self.patchUncompressedSizes(data, to: declared) }
        return data
    }

    @Test func partOverTheLimitIsRefused() throws {
        let limits = XLSXReader.Limits(partBytes: 1 << 20)
        expectFailure(try bomb(), limits: limits, .partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20),
                      "roster.xlsx: part xl/worksheets/sheet1.xml is larger than 1 MiB when decompressed; it is not read (a damaged or hostile file?)")
    }

    @Test func partLyingAboutItsSizeIsStoppedWhileDecompressing() throws {
        let error = ExcelFixtures.failure(try bomb(declaring: 100), limits: XLSXReader.Limits(partBytes: 1 << 20))
        // Stopped at the limit, or found damaged by its size or checksum: never read whole.
        #expect([.partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20),
                 .damagedPart("xl/worksheets/sheet1.xml")].contains(error?.problem))
    }

    @Test func allPartsOverTheTotalLimitAreRefused() throws {
        let limits = XLSXReader.Limits(partBytes: 8 << 20, totalBytes: 1 << 20)
        expectFailure(try bomb(), limits: limits, .workbookTooLarge(limit: 1 << 20),
                      "roster.xlsx: the workbook is larger than 1 MiB when decompressed; it is not read (a damaged or hostile file?)")
    }

    @Test func bytesOverTheTotalLimitAreNotOpened() throws {
        expectFailure(Data(count: 2 << 20), limits: XLSXReader.Limits(totalBytes: 1 << 20), .fileTooLarge(size: 2 << 20, limit: 1 << 20),
                      "roster.xlsx: the file has 2 MiB, more than the 1 MiB a workbook may have")
    }

    @Test func tooManyEntries() throws {
        let entries = (0..<30).map { ("x/\($0).xml", Data()) }
        expectFailure(try ExcelFixtures.zip(entries), limits: XLSXReader.Limits(entries: 20),
                      .tooManyEntries(count: 30, limit: 20), "roster.xlsx: the zip archive has 30 entries, more than the 20 a workbook may have")
    }

    @Test func rowsAndColumnsBeyondExcel() throws {
        expectFailure(try ExcelFixtures.workbook(rows: #"<row r="1048577"><c r="A1048577"><v>1</v></c></row>"#),
                      .tooManyRows(sheet: "教师", row: 1_048_577), "roster.xlsx: sheet 教师, row 1048577: beyond Excel's last row 1048576")
        expectFailure(try ExcelFixtures.workbook(rows: #"<row r="3"><c r="XFE3"><v>1</v></c></row>"#),
                      .tooManyColumns(sheet: "教师", row: 3, column: 16_385),
                      "roster.xlsx: sheet 教师, row 3: column 16385 is beyond Excel's last column XFD (16384)")
        let unnumbered = String(repeating: "<c/>", count: 16_384) + "<c><v>1</v></c>"
        expectFailure(try ExcelFixtures.workbook(rows: "<row>\(unnumbered)</row>"), .tooManyColumns(sheet: "教师", row: 1, column: 16_385),
                      "roster.xlsx: sheet 教师, row 1: column 16385 is beyond Excel's last column XFD (16384)")
    }

    @Test func sharedStringIndexOutOfRange() throws {
        let data = try ExcelFixtures.workbook(rows: #"<row r="7"><c r="B7" t="s"><v>5</v></c></row>"#, sharedStrings: ["张伟"])
        expectFailure(data, .sharedStringOutOfRange(sheet: "教师", cell: CellReference(row: 7, column: 2), index: 5, count: 1),
                      "roster.xlsx: sheet 教师, cell B7: shared string 5 does not exist (the workbook has 1)")
    }

    @Test(arguments: [
        (#"<row r="2"><c r="C2"><v>abc</v></c></row>"#, "roster.xlsx: sheet 教师, cell C2: \"abc\" is not a number"),
        (#"<row r="2"><c r="C2"><v>0x10</v></c></row>"#, "roster.xlsx: sheet 教师, cell C2: \"0x10\" is not a number"),
        (#"<row r="2"><c r="C2"><v>inf</v></c></row>"#, "roster.xlsx: sheet 教师, cell C2: \"inf\" is not a number"),
        (#"<row r="2"><c r="C2" t="b"><v>yes</v></c></row>"#, "roster.xlsx: sheet 教师, cell C2: \"yes\" is not a boolean (0 or 1)"),
        (#"<row r="2"><c r="C2" t="s"><v>one</v></c></row>"#, "roster.xlsx: sheet 教师, cell C2: \"one\" is not a shared-string index"),
        (#"<row r="2"><c r="C1"><v>1</v></c></row>"#, "roster.xlsx: sheet 教师: cell C1 is inside row 2"),
        (#"<row r="2"><c r="C2"><v>1</v></c><c r="B2"><v>1</v></c></row>"#, "roster.xlsx: sheet 教师: cell B2 comes after C2"),
        (#"<row r="3"/><row r="2"/>"#, "roster.xlsx: sheet 教师: row 2 comes after row 3"),
        (#"<row r="2"><c r="2C"><v>1</v></c></row>"#, "roster.xlsx: sheet 教师: row 2: \"2C\" is not a cell reference"),
    ])
    func badCells(rows: String, message: String) throws {
        #expect(ExcelFixtures.failure(try ExcelFixtures.workbook(rows: rows))?.description == message)
    }

    @Test func damagedPartFailsItsChecksum() throws {
        var bytes = [UInt8](try ExcelFixtures.zip(ExcelFixtures.parts(rows: #"<row r="1"><c r="A1"><v>7</v></c></row>"#), deflate: false))
        let at = try #require(bytes.firstRange(of: Array(#"<v>7</v>"#.utf8)))
        bytes[at.lowerBound + 3] = UInt8(ascii: "8")
        expectFailure(Data(bytes), .damagedPart("xl/worksheets/sheet1.xml"),
                      "roster.xlsx: part xl/worksheets/sheet1.xml is damaged (it does not decompress or fails its checksum)")
    }

    /// A sheet whose deflate stream is cut short, or is not deflate at all (block type 11,
    /// reserved), with the right checksum and size declared: damaged, never a hang.
    @Test(arguments: [0, 1, 2])
    func brokenDeflateStreamIsDamaged(kind: Int) throws {
        var archive = ZipWriter()
        for (path, data) in ExcelFixtures.parts(rows: #"<row r="1"><c r="A1"><v>7</v></c></row>"#) {
            let bytes = [UInt8](data)
            var payload = TestDeflate.compress(bytes)
            if path.hasSuffix("sheet1.xml") {
                switch kind {
                case 0: payload.removeLast(payload.count / 2)
                case 1: payload = [0x07] + payload
                default: payload = []
                }
            }
            try archive.add(path, method: 8, crc: Zlib.crc32(bytes), uncompressedSize: bytes.count, payload: payload)
        }
        expectFailure(Data(try archive.bytes()), .damagedPart("xl/worksheets/sheet1.xml"),
                      "roster.xlsx: part xl/worksheets/sheet1.xml is damaged (it does not decompress or fails its checksum)")
    }

    @Test func encryptedPartsAreNotRead() throws {
        var bytes = [UInt8](try ExcelFixtures.zip(ExcelFixtures.parts(rows: "")))
        // Set the "encrypted" flag (bit 0) in every central directory header.
        for k in 0..<(bytes.count - 4) where bytes[k..<(k + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02]) { bytes[k + 8] |= 1 }
        expectFailure(Data(bytes), .unsupportedZip("a part is encrypted"),
                      "roster.xlsx: this zip archive cannot be read as a workbook: a part is encrypted")
    }

    @Test func missingSheetPart() throws {
        var parts = ExcelFixtures.parts(rows: "")
        parts.removeLast()
        expectFailure(try ExcelFixtures.zip(parts), .missingPart("xl/worksheets/sheet1.xml"),
                      "roster.xlsx: part xl/worksheets/sheet1.xml is missing from the workbook")
    }

    /// Sets the uncompressed size of every entry larger than 1 MiB, in its local and its
    /// central header, to `size` (a zip bomb's lie).
    static func patchUncompressedSizes(_ data: Data, to size: UInt32) -> Data {
        var bytes = [UInt8](data)
        let le = withUnsafeBytes(of: size.littleEndian, Array.init)
        func large(_ at: Int) -> Bool {
            at + 4 <= bytes.count && bytes[at..<(at + 4)].reversed().reduce(0) { $0 << 8 | Int($1) } > 1 << 20
        }
        var k = 0
        while k + 4 <= bytes.count {
            if bytes[k] == 0x50, bytes[k + 1] == 0x4B, bytes[k + 2] == 0x03, bytes[k + 3] == 0x04, large(k + 22) {
                bytes.replaceSubrange((k + 22)..<(k + 26), with: le)
            } else if bytes[k] == 0x50, bytes[k + 1] == 0x4B, bytes[k + 2] == 0x01, bytes[k + 3] == 0x02, large(k + 24) {
                bytes.replaceSubrange((k + 24)..<(k + 28), with: le)
            }
            k += 1
        }
        return Data(bytes)
    }
}
