import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build an instance from CSV files exported from Excel (CSV UTF-8).",
        discussion: """
            Each option names one CSV file, one row per record, the first line holding the \
            column names. In Excel use File › Save As › "CSV UTF-8 (Comma delimited)" \
            (另存为 › CSV UTF-8(逗号分隔)); tab-separated text and UTF-16 "Unicode text" are \
            read too, and so are GBK/GB18030 (ANSI) files, with a note. Files in UTF-32 or \
            separated by semicolons are refused with that hint; a row with fewer cells than the header is an error. See docs/import.md.

            Cells: an empty cell means "not given" (the instance default). Lists (members, \
            preferences, subjects, tags) are separated by ; 、 ， , or spaces. Yes/no cells take \
            是/否, true/false, Y/N, 1/0, √/×. Slots are day-period pairs: 1-3;2-5 is day 1 period 3 \
            and day 2 period 5. Schools and groups are referred to by id or by their exact \
            name. Titles, stages, group types and tags may be written in Chinese (高级, 小学, \
            紧密型, 乡村, …), subjects in Chinese or English (数学 = math).

            Every bad cell is reported as FILE:ROW:COLUMN: error: HEADER: message (ROW is the \
            line of the file, the header being line 1), all of them at once, with exit code 2; \
            nothing is written then. Once the cells are right, the instance is checked by the \
            same rules as `rotaplan validate`. Policy findings are printed as warnings.

            The output is written atomically; an existing file is kept unless --force, only a \
            regular file is ever replaced, and an input file is never overwritten.

            Exit codes: 0 written; 2 invalid input (nothing written); 64 usage error (a \
            missing option, an unknown preset, `-` as a file, the output is an input, exists \
            without --force or is not a regular file, its folder is missing); 73 an output \
            cannot be written (the file system refuses it: no permission, read-only or full; \
            nothing half-written is left).

            Accepted column names (English = the JSON field, then the Chinese names):
            \(ImportTable.headerHelp)
            """)

    @Option(help: ArgumentHelp("Schools (学校): id, stage, name, district, students, tags, location, 编制 per subject.", valueName: "file"))
    var schools: String

    @Option(help: ArgumentHelp("Teachers (教师): id, school, subject and their exchange, mentoring and walking data.", valueName: "file"))
    var teachers: String

    @Option(help: ArgumentHelp("Travel minutes and km between schools (路程); pairs left out are derived from the schools' locations.", valueName: "file"))
    var travel: String?

    @Option(name: .customLong("new-hires"), help: ArgumentHelp("New hires for first-station training (新教师).", valueName: "file"))
    var newHires: String?

    @Option(help: ArgumentHelp("Hires still in first-station training (在培新教师, MODEL.md §11; needs --year).", valueName: "file"))
    var trainees: String?

    @Option(help: ArgumentHelp("The school year the instance plans (2025 = 2025–26 学年), needed by teachers on exchange and trainees.", valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("Vacancies by school, subject and year (岗位空缺).", valueName: "file"))
    var vacancies: String?

    @Option(help: ArgumentHelp("Walking-teaching demand by school, class and subject (走教需求); needs --calendar.", valueName: "file"))
    var demand: String?

    @Option(help: ArgumentHelp("Education groups (集团): id, name, type, core school, member schools.", valueName: "file"))
    var groups: String?

    @Option(help: ArgumentHelp("The school day (作息时间): one row per period with start and end (HH:MM); a days column gives the school days a week (default 5).", valueName: "file"))
    var calendar: String?

    @Option(help: ArgumentHelp("The policy preset: \(PolicyPreset.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "name"))
    var preset: String = "national"

    @Option(help: ArgumentHelp("The instance's name (default: the output file's name without extension).", valueName: "name"))
    var name: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The instance file to write (rotaplan-instance/1 JSON).", valueName: "instance"))
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    @Flag(help: "Print nothing on success.")
    var quiet = false

    @OptionGroup var language: LanguageOption

    var inputs: [ImportTable: String] {
        var map: [ImportTable: String] = [.schools: schools, .teachers: teachers]
        map[.travel] = travel
        map[.newHires] = newHires
        map[.trainees] = trainees
        map[.vacancies] = vacancies
        map[.demand] = demand
        map[.groups] = groups
        map[.calendar] = calendar
        return map
    }

    func validate() throws {
        try InputPath.refuseStandardInput(inputs.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.option, $0.value) })
        guard PolicyPreset(rawValue: preset.lowercased()) != nil else {
            throw ValidationError("unknown preset \"\(preset)\"; use one of \(PolicyPreset.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let name, name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--name must not be empty")
        }
    }

    func run() throws {
        let target = URL(fileURLWithPath: output)
        try checkOutput(target)
        let instanceName = name ?? target.deletingPathExtension().lastPathComponent
        let loaded: InstanceLoader.Loaded
        do {
            loaded = try CSVImporter.load(paths: inputs, preset: PolicyPreset(rawValue: preset.lowercased()) ?? .national,
                                          name: instanceName, year: year)
        } catch {
            printDiagnostics(error.diagnostics, language.terminal)
            let n = error.diagnostics.filter { $0.severity == .error }.count
            printError(CommandText.importFailed(problems: n).text(language.terminal))
            throw Exit.invalidInput
        }
        printDiagnostics(loaded.warnings, language.terminal)
        try writeAtomically(InstanceWriter.json(loaded.instance), to: target)
        let x = loaded.instance
        if !quiet {
            print(CommandText.imported(output, CommandText.Counts(x), warnings: loaded.warnings.count).text(language.terminal))
        }
    }

    /// The output must not be one of the inputs, and is checked as every output is
    /// (``OutputFile/checkAll(_:report:reportFiles:inputs:force:)``: a regular file or
    /// nothing, not existing unless --force, in a folder that exists and can be written).
    func checkOutput(_ target: URL) throws {
        func usage(_ message: String) -> Error {
            printError("rotaplan import: \(message)")
            return Exit.usage
        }
        let resolved = target.standardizedFileURL.resolvingSymlinksInPath().path
        let outID = Self.fileIdentity(target.path)
        for (table, path) in inputs.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let input = URL(fileURLWithPath: path)
            let same = input.standardizedFileURL.resolvingSymlinksInPath().path == resolved
                || (outID != nil && Self.fileIdentity(input.path) == outID)
            if same { throw usage("the output \(output) is the \(table.option) input file; choose another -o") }
        }
        do { _ = try OutputFile.checkAll([Output(option: "-o", path: output)], inputs: [], force: force) } catch let e as OutputFile.Refused {
            printError("rotaplan import: " + e.text(language.terminal))
            throw e.code
        }
    }

    /// Device and inode, to spot the same file under two names.
    static func fileIdentity(_ path: String) -> [UInt64]? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: path),
              let inode = (a[.systemFileNumber] as? NSNumber)?.uint64Value,
              let device = (a[.systemNumber] as? NSNumber)?.uint64Value else { return nil }
        return [device, inode]
    }

    /// Written through `OutputFile.write`: a temporary file beside the output, then moved
    /// into place; without --force an output that appeared meanwhile is kept. A write that
    /// fails is exit 73.
    func writeAtomically(_ text: String, to target: URL) throws {
        do {
            try OutputFile.write(text, to: target.path, replace: force)
        } catch let e as OutputFile.Refused {
            printError("rotaplan import: " + WriteConsequence.instanceNotWritten.after(e.text(language.terminal), language.terminal))
            throw e.code
        }
    }
}
