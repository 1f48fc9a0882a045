import Foundation
import Testing

/// `rotaplan template` and `rotaplan import --workbook` from the CLI (docs/import.md, "The
/// template"; docs/从Excel开始.md): the template's example rows import as a valid instance.
@Suite struct TemplateCommandTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test(arguments: ["zh", "en"])
    func templateImportsAsAValidInstance(_ lang: String) throws {
        let dir = try Self.folder()
        let book = dir.appendingPathComponent("模板.xlsx").path, json = dir.appendingPathComponent("x.json").path
        let made = try CLI.run(["template", "-o", book, "--lang", lang])
        #expect(made.status == 0, "\(made.stderr)")
        let imported = try CLI.run(["import", "--workbook", book, "--year", "2025", "-o", json])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(!imported.stderr.contains("error:") && !imported.stderr.contains("warning:"), "\(imported.stderr)")
        let valid = try CLI.run(["validate", json])
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        let text = try String(contentsOfFile: json, encoding: .utf8)
        #expect(text.contains("\"trainees\"") && text.contains("\"walkingDemand\"") && text.contains("\"calendar\""))
    }

    @Test func templateRefusesToOverwriteWithoutForce() throws {
        let dir = try Self.folder()
        let book = dir.appendingPathComponent("t.xlsx").path
        try "keep".write(toFile: book, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["template", "-o", book])
        #expect(refused.status == 64)
        #expect(try String(contentsOfFile: book, encoding: .utf8) == "keep")
        let forced = try CLI.run(["template", "-o", book, "--force", "--quiet"])
        #expect(forced.status == 0 && forced.stdout.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: book)).starts(with: [0x50, 0x4B, 0x03, 0x04]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["t.xlsx"], "no temporary file is left")
        // Deterministic: the same bytes every time.
        let again = dir.appendingPathComponent("u.xlsx").path
        _ = try CLI.run(["template", "-o", again, "--quiet"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: book)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }

    @Test func importWithoutWorkbookOrTablesIsAUsageError() throws {
        let r = try CLI.run(["import", "-o", "x.json"], in: try Self.folder())
        #expect(r.status == 64)
        #expect(r.stderr.contains("give --workbook FILE.xlsx, or both --schools and --teachers"), "\(r.stderr)")
    }
}
