import Foundation
import Testing
@testable import RotaplanFormats

/// Paths of the committed fixtures (made by scripts/make-xlsx-fixtures.sh) and builders of
/// small workbooks, valid and hostile, for the reader's tests.
enum ExcelFixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/xlsx")

    static func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// A zip of `entries` in this order, deflated (by `TestDeflate`) or stored.
    static func zip(_ entries: [(String, Data)], deflate: Bool = true) throws -> Data {
        var archive = ZipWriter()
        for (path, data) in entries {
            let bytes = [UInt8](data)
            if deflate {
                try archive.add(path, method: 8, crc: Zlib.crc32(bytes), uncompressedSize: bytes.count, payload: TestDeflate.compress(bytes))
            } else {
                try archive.addStored(path, bytes)
            }
        }
        return Data(try archive.bytes())
    }

    static let main = #"xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main""#
    static let relNS = #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#
    static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts of a one-sheet workbook (sheet `教师`) around `sheetData`'s content.
    static func parts(rows: String, sharedStrings: [String] = [], styles: String? = nil,
                      workbookPr: String = "", sheetTarget: String = "worksheets/sheet1.xml",
                      targetMode: String = "") -> [(String, Data)] {
        let workbook = #"<?xml version="1.0"?><workbook \#(main) \#(relNS)>\#(workbookPr)<sheets><sheet name="教师" sheetId="1" r:id="rId1"/></sheets></workbook>"#
        var rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        rels += #"<Relationship Id="rId1" Type="\#(relType)/worksheet" Target="\#(sheetTarget)"\#(targetMode)/>"#
        rels += #"<Relationship Id="rId2" Type="\#(relType)/sharedStrings" Target="sharedStrings.xml"/>"#
        if styles != nil { rels += #"<Relationship Id="rId3" Type="\#(relType)/styles" Target="styles.xml"/>"# }
        rels += "</Relationships>"
        let sst = "<sst \(main)>" + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
        var parts: [(String, Data)] = [
            ("xl/workbook.xml", Data(workbook.utf8)),
            ("xl/_rels/workbook.xml.rels", Data(rels.utf8)),
            ("xl/sharedStrings.xml", Data(sst.utf8)),
            ("xl/worksheets/sheet1.xml", Data("<worksheet \(main)><sheetData>\(rows)</sheetData></worksheet>".utf8)),
        ]
        if let styles { parts.append(("xl/styles.xml", Data("<styleSheet \(main)>\(styles)</styleSheet>".utf8))) }
        return parts
    }

    static func workbook(rows: String, sharedStrings: [String] = [], styles: String? = nil, workbookPr: String = "") throws -> Data {
        try zip(parts(rows: rows, sharedStrings: sharedStrings, styles: styles, workbookPr: workbookPr))
    }

    /// Reads `data` as `roster.xlsx` and returns the error it throws, or nil.
    static func failure(_ data: Data, limits: XLSXReader.Limits = .init()) -> XLSXError? {
        do {
            _ = try XLSXReader(limits: limits).read(data, fileName: "roster.xlsx")
            return nil
        } catch {
            return error
        }
    }
}

extension XLSXSheet {
    /// The value at an `A1` reference, for tests.
    subscript(_ a1: String) -> XLSXValue? {
        guard let reference = CellReference(a1) else { return nil }
        return self[reference]
    }
}
