import Foundation
import Testing
@testable import RotaplanFormats

/// Damaged workbooks never crash the reader: seeded random byte changes to a workbook
/// LibreOffice wrote (stored and deflated parts alike) either still read or give an
/// `XLSXError`, and so do random changes to the XML of a sheet.
@Suite struct XLSXMutationTests {
    /// SplitMix64, so that a failure can be replayed from its seed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private static func mutate(_ bytes: [UInt8], seed: UInt64) -> [UInt8] {
        var rng = Seeded(state: seed), out = bytes
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            let k = Int.random(in: 0..<out.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: out[k] = UInt8.random(in: 0...255, using: &rng)
            case 1: out.remove(at: k)
            default: out.insert(UInt8.random(in: 0...255, using: &rng), at: k)
            }
        }
        return out
    }

    @Test func damagedZipBytesNeverCrash() throws {
        let originals = [try Data(contentsOf: ExcelFixtures.url("roster.xlsx")),
                         try Data(contentsOf: ExcelFixtures.url("written.xlsx"))]
        var failures = 0
        for (n, original) in originals.enumerated() {
            for seed in 0..<300 as Range<UInt64> {
                let data = Data(Self.mutate([UInt8](original), seed: seed &+ UInt64(n) << 32))
                if ExcelFixtures.failure(data) != nil { failures += 1 }
            }
        }
        #expect(failures > 0)
    }

    @Test func damagedSheetXMLNeverCrashes() throws {
        let xml = [UInt8](#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>42248</v></c><c r="C1" t="inlineStr"><is><r><t>高级</t></r></is></c></row><row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c></row>"#.utf8)
        let styles = #"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>"#
        var failures = 0
        for seed in 0..<500 as Range<UInt64> {
            let rows = String(decoding: Self.mutate(xml, seed: seed), as: UTF8.self)
            if ExcelFixtures.failure(try ExcelFixtures.workbook(rows: rows, sharedStrings: ["张伟"], styles: styles)) != nil {
                failures += 1
            }
        }
        #expect(failures > 0)
    }
}
