/// Why an output file cannot be written (docs/reliability.md §6), in either language
/// (issue 17 item 5): the refusals of `OutputFile` before any work and while writing.
public enum OutputProblem: Sendable, Equatable {
    /// What `lstat(2)` found at a path.
    public enum Kind: Sendable, Equatable {
        case symbolicLink, folder, device, fifo, socket, other

        var en: String {
            switch self {
            case .symbolicLink: return "a symbolic link"
            case .folder: return "a folder"
            case .device: return "a device"
            case .fifo: return "a named pipe (FIFO)"
            case .socket: return "a socket"
            case .other: return "not a file"
            }
        }

        var zh: String {
            switch self {
            case .symbolicLink: return "符号链接"
            case .folder: return "文件夹"
            case .device: return "设备"
            case .fifo: return "命名管道（FIFO）"
            case .socket: return "套接字"
            case .other: return "非文件"
            }
        }
    }

    case whereReportGoes(path: String, option: String, report: String)
    case sameFile(first: String, firstOption: String, second: String, secondOption: String)
    case isInput(path: String)
    case notRegular(path: String, Kind, option: String)
    case exists(path: String)
    case noFolder(path: String, folder: String)
    case reportNotFolder(String)
    case reportParentNotWritable(String, parent: String)
    case cannotWriteIn(path: String, folder: String, reason: String, option: String)
    case cannotCreateReport(String, reason: String)
    case cannotWrite(path: String, reason: String)
    case appearedNotRegular(path: String, Kind)
    case appearedMeanwhile(path: String)
    case existsReplace(path: String)
    case cannotBuild(folder: String, file: String, reason: String)

    /// The sentence in `language`.
    public func text(_ language: Language) -> String {
        let b: Bilingual
        switch self {
        case let .whereReportGoes(path, option, report):
            b = Bilingual(en: "\(path): \(option) \(path) is where the report folder goes (--report \(report)); give each output its own path",
                          zh: "\(path)：\(option) \(path) 是报告文件夹的位置（--report \(report)）；每个输出请用各自的路径")
        case let .sameFile(a, ao, b2, bo):
            b = Bilingual(en: "\(a): \(bo) \(b2) and \(ao) \(a) name the same file; give each output its own path",
                          zh: "\(a)：\(bo) \(b2) 与 \(ao) \(a) 是同一个文件；每个输出请用各自的路径")
        case let .isInput(path):
            b = Bilingual(en: "\(path): refusing to overwrite the input file", zh: "\(path)：不会覆盖输入文件")
        case let .notRegular(path, kind, option):
            b = Bilingual(en: "\(path): is \(kind.en), not a regular file: \(option) never replaces one; give the path of a new or a regular file",
                          zh: "\(path)：是\(kind.zh)，不是普通文件：\(option) 从不替换它；请给出新文件或普通文件的路径")
        case let .exists(path):
            b = Bilingual(en: "\(path): the file exists; use --force to overwrite it", zh: "\(path)：文件已存在；要覆盖请加 --force")
        case let .noFolder(path, folder):
            b = Bilingual(en: "\(path): the folder \(folder) does not exist", zh: "\(path)：文件夹 \(folder) 不存在")
        case let .reportNotFolder(dir):
            b = Bilingual(en: "\(dir): exists and is not a folder; the report needs a folder", zh: "\(dir)：已存在且不是文件夹；报告需要一个文件夹")
        case let .reportParentNotWritable(dir, parent):
            b = Bilingual(en: "\(dir): cannot create the report folder: \(parent) is not a writable folder",
                          zh: "\(dir)：无法创建报告文件夹：\(parent) 不是可写的文件夹")
        case let .cannotWriteIn(path, folder, reason, option):
            b = Bilingual(en: "\(path): cannot write in the folder \(folder): \(reason) (\(option))",
                          zh: "\(path)：无法在文件夹 \(folder) 中写入：\(reason)（\(option)）")
        case let .cannotCreateReport(dir, reason):
            b = Bilingual(en: "\(dir): cannot create the report folder: \(reason)", zh: "\(dir)：无法创建报告文件夹：\(reason)")
        case let .cannotWrite(path, reason):
            b = Bilingual(en: "\(path): cannot write the file: \(reason)", zh: "\(path)：无法写入文件：\(reason)")
        case let .appearedNotRegular(path, kind):
            b = Bilingual(en: "\(path): is \(kind.en), not a regular file (it appeared after the checks); not replaced",
                          zh: "\(path)：是\(kind.zh)，不是普通文件（在检查之后出现）；未替换")
        case let .appearedMeanwhile(path):
            b = Bilingual(en: "\(path): the file appeared meanwhile; use --force to replace it", zh: "\(path)：文件在此期间出现；要替换请加 --force")
        case let .existsReplace(path):
            b = Bilingual(en: "\(path): the file exists; use --force to replace it", zh: "\(path)：文件已存在；要替换请加 --force")
        case let .cannotBuild(folder, file, reason):
            b = Bilingual(en: "\(folder): cannot build \(file): \(reason)", zh: "\(folder)：无法生成 \(file)：\(reason)")
        }
        return b.text(language)
    }
}

/// What was and was not written when a write failed (the line ends `…; CONSEQUENCE`).
public enum WriteConsequence: Sendable, Equatable {
    /// `what` was not written (the plan, the model, …); nothing half-written was left.
    case notWritten(Written)
    case nothingHalfWritten
    case summaryNotWritten(written: String)
    case reportIncomplete(folder: String, planWrittenTo: String?)

    public enum Written: Sendable, Equatable { case plan, model, derivedInstance, nextYear }
    /// Import and generate: "the instance was not written, and nothing half-written was left".
    case instanceNotWritten

    /// `REFUSAL; CONSEQUENCE` in `language`.
    public func after(_ refusal: String, _ language: Language) -> String {
        Bilingual(en: refusal + "; " + text(.en), zh: refusal + "；" + text(.zh)).text(language)
    }

    public func text(_ language: Language) -> String {
        let b: Bilingual
        switch self {
        case let .notWritten(w):
            let (en, zh): (String, String) = switch w {
            case .plan: ("the plan", "方案")
            case .model: ("the model", "模型")
            case .derivedInstance: ("the derived instance", "推导出的实例")
            case .nextYear: ("next year's instance", "下一年的实例")
            }
            b = Bilingual(en: "\(en) was not written; nothing half-written was left", zh: "\(zh)未写入；没有留下写了一半的文件")
        case .instanceNotWritten:
            b = Bilingual(en: "the instance was not written, and nothing half-written was left", zh: "实例未写入，也没有留下写了一半的文件")
        case .nothingHalfWritten: b = Bilingual(en: "nothing half-written was left", zh: "没有留下写了一半的文件")
        case let .summaryNotWritten(written):
            b = Bilingual(en: "\(written) was written, the summary was not", zh: "\(written) 已写入，摘要未写入")
        case let .reportIncomplete(folder, plan):
            b = Bilingual(en: (plan.map { "the plan was written to \($0), but " } ?? "") + "the report in \(folder)/ is incomplete (every file in it is whole)",
                          zh: (plan.map { "方案已写入 \($0)，但" } ?? "") + "\(folder)/ 中的报告不完整（其中每个文件都是完整的）")
        }
        return b.text(language)
    }
}
