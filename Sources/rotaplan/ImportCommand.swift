import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build an instance from an Excel workbook (.xlsx) or CSV files exported from Excel.",
        discussion: """
            --workbook FILE.xlsx reads one sheet per table, found by its tab name (学校/schools, \
            教师/teachers, 路程/travel, 新教师/new hires, 在培新教师/trainees, 岗位空缺/vacancies, \
            走教需求/demand, 集团/groups, 作息时间/calendar, 政策/policy), cells as Excel stores \
            them (numbers, dates, times); `rotaplan template -o 模板.xlsx` writes one to fill in. \
            Messages name the sheet as WORKBOOK[SHEET]:ROW:COLUMN.

            Otherwise each option names one CSV file (or an .xlsx whose sheet of that table, or \
            whose only sheet, is read), one row per record, the first line holding the \
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

    @Option(help: ArgumentHelp("An Excel workbook (.xlsx) with one sheet per table (学校, 教师, 路程, 集团, 政策 …).", valueName: "file"))
    var workbook: String?

    @Option(help: ArgumentHelp("Schools (学校): id, stage, name, district, students, tags, location, 编制 per subject (required without --workbook).", valueName: "file"))
    var schools: String?

    @Option(help: ArgumentHelp("Teachers (教师): id, school, subject and their exchange, mentoring and walking data; 入校时间, 出生年月 with 性别, 退休时间 give the years (required without --workbook).", valueName: "file"))
    var teachers: String?

    @Option(help: ArgumentHelp("Policy rows (政策): a CSV (or .xlsx) with a key column (参数: 最低交流比例 or exchange.minRate) and a value column (值).", valueName: "file"))
    var policy: String?

    @Option(name: .customLong("retirement-age"), help: ArgumentHelp("Retirement ages for 出生年月, e.g. 男=60,女=55 (default: the statutory schedule, men 60→63, women 55→58 by birth month).", valueName: "ages"))
    var retirementAge: String?

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
        var map: [ImportTable: String] = [:]
        map[.schools] = schools
        map[.teachers] = teachers
        map[.travel] = travel
        map[.newHires] = newHires
        map[.trainees] = trainees
        map[.vacancies] = vacancies
        map[.demand] = demand
        map[.groups] = groups
        map[.calendar] = calendar
        return map
    }

    /// Every input file with its option, for the checks on paths.
    var inputFiles: [(option: String, path: String)] {
        inputs.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.option, $0.value) }
            + [("--workbook", workbook), ("--policy", policy)].compactMap { o, p in p.map { (o, $0) } }
    }

    func validate() throws {
        try InputPath.refuseStandardInput(inputFiles.map { ($0.option, Optional($0.path)) })
        if workbook == nil && (schools == nil || teachers == nil) {
            throw ValidationError("give --workbook FILE.xlsx, or both --schools and --teachers")
        }
        _ = try retirementAges()
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
        let dates = try retirementAges()
        do {
            loaded = try CSVImporter.load(CSVImporter.Inputs(workbook: workbook, paths: inputs, policy: policy),
                                          preset: PolicyPreset(rawValue: preset.lowercased()) ?? .national,
                                          name: instanceName, year: year, dates: dates)
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
        for (option, path) in inputFiles {
            let input = URL(fileURLWithPath: path)
            let same = input.standardizedFileURL.resolvingSymlinksInPath().path == resolved
                || (outID != nil && Self.fileIdentity(input.path) == outID)
            if same { throw usage("the output \(output) is the \(option) input file; choose another -o") }
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

    /// `--retirement-age 男=60,女=55` (also men=60,women=55, or one of them), with today's
    /// date for the school year when no --year is given.
    func retirementAges() throws -> ImportDates {
        let today = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Shanghai")!, from: Date())
        var dates = ImportDates(todayYear: today.year ?? 2025, todayMonth: today.month ?? 9)
        guard let retirementAge else { return dates }
        for part in retirementAge.split(whereSeparator: { $0 == "," || $0 == "，" }) {
            let kv = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, let age = Int(kv[1]), (40...80).contains(age) else {
                throw ValidationError("--retirement-age \"\(part)\": expected 男=AGE or 女=AGE (ages 40 to 80), e.g. 男=60,女=55")
            }
            switch kv[0].lowercased() {
            case "男", "men", "male", "m": dates.menAge = age
            case "女", "women", "female", "f": dates.womenAge = age
            default: throw ValidationError("--retirement-age \"\(part)\": \"\(kv[0])\" is not 男 or 女")
            }
        }
        return dates
    }
}
