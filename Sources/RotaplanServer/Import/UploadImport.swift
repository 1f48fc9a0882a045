import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// One row of the problems table: a diagnostic of the importer (its file as uploaded, row,
/// column, field and message in the page's language) or a problem the workbench adds.
struct ImportProblemRow: Sendable {
    var severity: Diagnostic.Severity
    var file: String
    var line: Int?
    var column: Int?
    var field: String
    var message: String
}

/// What an upload holds, from its `table` column: a CSV table, policy rows, an instance
/// file, or (NULL) a workbook.
enum UploadContent: Equatable {
    case table(ImportTable), policy, instance, workbook

    init(_ upload: Upload) {
        switch upload.table {
        case nil: self = .workbook
        case "instance": self = .instance
        case "policy": self = .policy
        case let t?: self = ImportTable(rawValue: t).map { .table($0) } ?? .workbook
        }
    }

    /// The `table` value stored for a file named `name` with the request's `table` parameter:
    /// nil (a workbook), "instance", "policy" or a table's raw value; throws 400 when neither
    /// the parameter nor the name tells.
    static func column(name: String, parameter: String?) throws -> String? {
        if let p = parameter, !p.isEmpty {
            guard p == "policy" || p == "instance" || ImportTable(rawValue: p) != nil else {
                throw WorkbenchError.badRequest(WorkbenchText.uploadTableParameterBad)
            }
            return p
        }
        let ext = (name as NSString).pathExtension.lowercased()
        if ext == "xlsx" || ext == "xlsm" { return nil }
        if ext == "json" { return "instance" }
        switch ImportFileName.content(of: name) {
        case .table(let t)?: return t.rawValue
        case .policy?: return "policy"
        case nil: throw WorkbenchError.badRequest(WorkbenchText.uploadTableUnknown(name, ImportFileName.examples))
        }
    }
}

/// An import of uploaded files in-process, through the same importer as `rotaplan import`
/// (``CSVImporter/load(_:preset:name:year:dates:)``) or, for one instance file, the same
/// loader as `rotaplan validate`: either the instance (as its file) or the problems.
struct UploadImport {
    enum Outcome {
        case instance(json: Data, origin: InstanceOrigin, warnings: [ImportProblemRow])
        case problems(errors: [ImportProblemRow], warnings: [ImportProblemRow])
    }

    var uploads: [Upload]
    var year: Int
    var preset: PolicyPreset
    var name: String
    var language: Language
    /// How much an uploaded workbook may decompress to (``WorkbenchConfiguration/workbookLimits``).
    var workbookLimits = XLSXReader.Limits()

    func run(in files: FileArea) throws -> Outcome {
        let contents = uploads.map(UploadContent.init)
        if contents.contains(.instance) {
            guard uploads.count == 1 else { return failed(WorkbenchText.instanceAlone) }
            return loadInstance(uploads[0])
        }
        let scratch = try files.scratchFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var inputs = CSVImporter.Inputs()
        inputs.workbookLimits = workbookLimits
        var owner: [String: String] = [:]   // table → the file that holds it
        var extra: [ImportProblemRow] = []
        for (u, content) in zip(uploads, contents) {
            let folder = scratch.appendingPathComponent("u\(u.id ?? 0)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent(u.fileName).path
            try u.bytes.write(to: URL(fileURLWithPath: path))
            let key: String
            switch content {
            case .workbook: key = "workbook"; inputs.workbook = path
            case .policy: key = "policy"; inputs.policy = path
            case .table(let t): key = t.rawValue; inputs.paths[t] = path
            case .instance: continue
            }
            if let first = owner[key] {
                extra.append(problem(key == "workbook" ? WorkbenchText.oneWorkbookOnly : WorkbenchText.tableTwice(first, u.fileName), file: u.fileName))
            }
            owner[key] = u.fileName
        }
        if inputs.workbook == nil && (inputs.paths[.schools] == nil || inputs.paths[.teachers] == nil) {
            extra.append(problem(WorkbenchText.needSchoolsAndTeachers, file: ""))
        }
        if !extra.isEmpty { return .problems(errors: extra, warnings: []) }
        let prefix = scratch.path + "/"
        do {
            let loaded = try CSVImporter.load(inputs, preset: preset, name: name, year: year, dates: Self.today)
            return .instance(json: Data(InstanceWriter.json(loaded.instance).utf8), origin: .upload,
                             warnings: loaded.warnings.map { row($0, strip: prefix) })
        } catch {
            let all = error.diagnostics.map { row($0, strip: prefix) }
            return .problems(errors: all.filter { $0.severity == .error }, warnings: all.filter { $0.severity != .error })
        }
    }

    /// One instance file, validated as `rotaplan validate` does; its year must be the form's.
    func loadInstance(_ u: Upload) -> Outcome {
        do {
            let loaded = try InstanceLoader.load(bytes: [UInt8](u.bytes), file: u.fileName)
            if let y = loaded.instance.year, y != year { return failed(WorkbenchText.instanceYearDiffers(y, year), file: u.fileName) }
            return .instance(json: Data(InstanceWriter.json(loaded.instance).utf8), origin: .json,
                             warnings: loaded.warnings.map { row($0, strip: "") })
        } catch {
            let all = error.diagnostics.map { row($0, strip: "") }
            return .problems(errors: all.filter { $0.severity == .error }, warnings: all.filter { $0.severity != .error })
        }
    }

    func failed(_ b: Bilingual, file: String = "") -> Outcome { .problems(errors: [problem(b, file: file)], warnings: []) }

    func problem(_ b: Bilingual, file: String) -> ImportProblemRow {
        ImportProblemRow(severity: .error, file: file, line: nil, column: nil, field: "", message: b.text(language))
    }

    /// A diagnostic as a row, the scratch folder taken out of its file name and message.
    func row(_ d: Diagnostic, strip prefix: String) -> ImportProblemRow {
        func clean(_ s: String) -> String {
            guard !prefix.isEmpty else { return s }
            // `…/tmp/UUID/u12/teachers.csv` → `teachers.csv`
            var out = s
            while let r = out.range(of: prefix) {
                let rest = out[r.upperBound...]
                let end = rest.firstIndex(of: "/").map { rest.index(after: $0) } ?? r.upperBound
                out.removeSubrange(r.lowerBound..<end)
            }
            return out
        }
        return ImportProblemRow(severity: d.severity, file: clean(d.file), line: d.line, column: d.column,
                             field: d.path, message: clean(d.text.text(language)) + (d.source.map { " [\($0)]" } ?? ""))
    }

    /// Today's date in China, for the years of dates (入校时间, 出生年月), as `rotaplan import` reads them.
    static var today: ImportDates {
        let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Shanghai")!, from: Date())
        return ImportDates(todayYear: now.year ?? 2025, todayMonth: now.month ?? 9)
    }
}
