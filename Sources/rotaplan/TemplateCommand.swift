import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText

/// `rotaplan template -o 模板.xlsx`: a workbook to fill in for `rotaplan import --workbook`
/// (docs/import.md, "The template"; docs/从Excel开始.md): every sheet the importer reads, a
/// header row, a note row (`#`) saying what each column holds, and an example row; the
/// examples together import as a valid instance.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write an Excel workbook (.xlsx) to fill in for rotaplan import --workbook.",
        discussion: """
            One sheet per table (学校, 集团, 教师, 路程, 新教师, 在培新教师, 岗位空缺, 走教需求, \
            作息时间, 政策), each with a header row, a note row starting with # that says what \
            each column holds (the importer skips it), and an example row; the examples import \
            together (rotaplan import --workbook FILE --year 2025). Replace them with your own rows.

            Exit codes: 0 written; 64 usage error (the output exists without --force, is not a \
            regular file, or its folder is missing); 73 the output cannot be written.
            """)

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The workbook to write (.xlsx).", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Language of the sheet names, headers and notes: zh (default) or en; both import.", valueName: "zh|en"))
    var lang: Language = .zh

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Flag(help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        do { _ = try OutputFile.checkAll([Output(option: "-o", path: output)], inputs: [], force: force) } catch let e as OutputFile.Refused {
            printError("rotaplan template: \(e)")
            throw e.code
        }
        let sheets = Self.sheets(lang)
        let data: Data
        do { data = try XLSXWriter.workbook(sheets) } catch {
            printError("rotaplan template: \(error)")
            throw Exit.internalError
        }
        try OutputFile.ending("the template was not written, and nothing half-written was left") {
            try OutputFile.write(data, to: output, replace: force)
        }
        if !quiet { print(TemplateText.written(output, sheets: sheets.count, lang)) }
    }

    /// The sheets in `lang`: header, note row, example rows; the policy sheet last.
    static func sheets(_ lang: Language) -> [XLSXWriter.Sheet] { TemplateWorkbook.sheets(lang) }
}
