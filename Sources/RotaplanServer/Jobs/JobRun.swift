import Foundation
import GRDB
import RotaplanFormats

/// The steps of one job around its child process: the scratch folder before it, and what
/// its files become after it.
enum JobRun {
    /// The exit code stored when the child could not be started at all.
    static let couldNotStart: Int32 = -1000

    /// A job's scratch folder (in ``FileArea``, so the result is renamed into place) and its command line.
    struct Work: Sendable {
        var scratch: URL
        /// The result folder `{dir}` (solution.json, report/, pins.csv for a plan).
        var result: URL
        var arguments: [String]
    }

    struct Outcome: Sendable {
        var state: JobState
        var exitCode: Int32?
        var message: String?
        var planId: Int64? = nil
        var resultFolder: String? = nil
    }

    /// Writes `instance.json` (the instance version's bytes), `result/pins.csv` (the year's
    /// pins, docs/pins.md) and `near.json` (the near plan's solution) and replaces the
    /// placeholders; a `--pins {pins}` pair is dropped when the year has no pins.
    static func prepare(_ r: SolveRequest, store: WorkbenchStore) throws -> Work {
        let scratch = try store.files.scratchFolder()
        let result = scratch.appendingPathComponent("result", isDirectory: true)
        try FileManager.default.createDirectory(at: result, withIntermediateDirectories: true)
        let instance = scratch.appendingPathComponent("instance.json")
        try r.instance.json.write(to: instance, options: .atomic)
        let pins = try store.pins(workspace: r.workspace, year: r.year)
        let pinsFile = result.appendingPathComponent(PlanFolder.pins)
        if !pins.isEmpty { try Data(pinsCSV(pins).utf8).write(to: pinsFile, options: .atomic) }
        let nearFile = scratch.appendingPathComponent("near.json")
        if let near = r.near {
            guard let folder = near.folderURL(store.files) else { throw FileAreaError.outside(near.folder) }
            try FileManager.default.copyItem(at: folder.appendingPathComponent(PlanFolder.solution), to: nearFile)
        }
        var args: [String] = []
        var k = 0
        while k < r.arguments.count {
            if pins.isEmpty, r.arguments[k] == "--pins", k + 1 < r.arguments.count, r.arguments[k + 1] == "{pins}" { k += 2; continue }
            args.append(r.arguments[k]); k += 1
        }
        let places = ["{instance}": instance.path, "{out}": result.appendingPathComponent(PlanFolder.solution).path,
                      "{report}": result.appendingPathComponent(PlanFolder.report).path, "{pins}": pinsFile.path,
                      "{near}": nearFile.path, "{dir}": result.path]
        args = args.map { a in places.reduce(a) { $0.replacingOccurrences(of: $1.key, with: $1.value) } }
        args += ["--progress", "json", "--lang", r.language.rawValue]
        return Work(scratch: scratch, result: result, arguments: args)
    }

    /// The pins as a pins CSV (header `who,rule,target`; cells quoted when they need it).
    static func pinsCSV(_ pins: [PinRecord]) -> String {
        func cell(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return (["who,rule,target"] + pins.map { [cell($0.who), cell($0.rule), cell($0.target)].joined(separator: ",") })
            .joined(separator: "\r\n") + "\r\n"
    }

    /// Exit codes after which the child may have written its (best) plan: 0, 1 (a plan
    /// with a stage short), 130 and 143 (interrupted: the best plan so far).
    static let mayHavePlan: Set<Int32> = [0, 1, 130, 143]

    /// Makes the child's files a plan version (or the job's result folder); a child that
    /// crashed or wrote nothing fails the job with its explanation, the plans before untouched.
    static func finish(_ id: Int64, _ r: SolveRequest, _ work: Work, _ result: ChildProcess.Result, messages: String,
                       cancelled: Bool, store: WorkbenchStore) -> Outcome {
        let endState: JobState = cancelled ? .cancelled : .done
        switch result.ending {
        case .signalled(let n):
            return Outcome(state: cancelled ? .cancelled : .failed, exitCode: -n, message: messages)
        case .exited(let code):
            guard mayHavePlan.contains(code) else {
                return Outcome(state: cancelled ? .cancelled : .failed, exitCode: code,
                               message: code == couldNotStart ? result.stdout : messages)
            }
            switch r.output {
            case .plan(let origin, let parent):
                let file = work.result.appendingPathComponent(PlanFolder.solution)
                guard let bytes = FileManager.default.contents(atPath: file.path) else {
                    return Outcome(state: cancelled ? .cancelled : .failed, exitCode: code, message: messages)
                }
                do {
                    let s = try SolutionFile.read(bytes: [UInt8](bytes), file: PlanFolder.solution)
                    let summary = result.stdout.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                    let plan = try store.addPlan(workspace: r.workspace, instance: r.instance, origin: origin, parent: parent, job: id,
                                                 status: s.interrupted ? "interrupted" : s.status.rawValue, objective: s.objective,
                                                 summary: summary, scratch: work.result, who: r.who)
                    return Outcome(state: endState, exitCode: code, message: messages, planId: plan.id)
                } catch {
                    return Outcome(state: .failed, exitCode: code, message: messages + "\n\(error)")
                }
            case .folder:
                do {
                    let relative = "jobs/\(r.workspace)/\(id)"
                    _ = try store.files.commit(work.result, to: relative)
                    return Outcome(state: endState, exitCode: code, message: messages, resultFolder: relative)
                } catch {
                    return Outcome(state: .failed, exitCode: code, message: messages + "\n\(error)")
                }
            }
        }
    }
}
