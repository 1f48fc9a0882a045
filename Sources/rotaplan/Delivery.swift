import ArgumentParser
import Foundation
import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanReports
import RotaplanText

/// What every solving command does between its solve and its summary line, in order:
/// an interrupted run without a plan writes nothing; the plan is re-checked by the
/// independent checker (`--verify`, on by default) and one that fails is never written;
/// then the solution and the report are written whole.
extension SolveOptions {
    /// Checks and writes `solution`, solved from `x` (the instance as solved; `derived`
    /// when it differs from the file, e.g. with derived vacancies). `inputs` are the files the command read, the instance
    /// first; `command` names the problem (`exchange`, `training`, `walking`).
    ///
    /// Throws ``Interrupts/exitCode`` (130/143) when a signal stopped the solve before any
    /// plan, and ``Exit/internalError`` (70) when the plan fails the check, after saving a
    /// reproduction (``Reproduction``).
    func deliver(_ solution: Solution, solved x: Instance, derived: Bool = false, command: String, inputs: [String], output: String,
                 reportPaths: [String], texts: (Solution) -> ReportFolder) throws {
        if let code = Interrupts.exitCode, solution.objective == nil {
            printError("\(inputs[0]): interrupted by \(Interrupts.name(Interrupts.received!)) before any \(command) plan was found; nothing written")
            throw code
        }
        var s = solution
        // A plan written after a signal is the best found by then: marked as such (docs/plan.md).
        if Interrupts.received != nil { s.interrupted = true }
        if corruptSolution { Self.corrupt(&s) }
        // A plan whose every stage has no plan is never written; one with some stages is
        // checked stage by stage, and a partial training plan (docs/training.md) as one.
        if verify, s.objective != nil || s.isPartial || s.stages.contains(where: { $0.objective != nil }) {
            let report = SolutionChecker.check(s, against: x)
            if !report.passed {
                let findings = Self.findings(report, s, x)
                for line in findings { printError("\(output): internal error: \(line)") }
                let saved = Reproduction.save(solution: s, findings: findings, inputs: inputs, pins: pins,
                                               solved: derived ? x : nil, beside: output)
                printError("\(output): internal error: the \(command) plan fails the independent check; nothing written"
                           + (saved.map { "; reproduction saved in \($0)/ (please report it)" } ?? "; the reproduction could not be saved"))
                throw Exit.internalError
            }
        }
        try write(s, to: output, reportPaths: reportPaths, texts: texts)
    }

    /// After the summary line: a run that a signal stopped says so and exits 130 or 143.
    func endIfInterrupted(_ s: Solution, instance: String, output: String) throws {
        guard let code = Interrupts.exitCode else { return }
        printError("\(instance): interrupted by \(Interrupts.name(Interrupts.received!)): wrote the best plan found (\(s.status.rawValue)) to \(output)")
        throw code
    }

    /// The checker's findings as lines: every violation, then the objective if it differs.
    static func findings(_ report: CheckReport, _ s: Solution, _ x: Instance) -> [String] {
        var lines = report.violations.map { "violation: \(CheckText.line($0, in: x).en)" }
        if !report.objectiveMatches {
            lines.append("objective: declared \(s.objective.map(JSONText.number) ?? "none"), recomputed \(report.recomputedObjective.map(JSONText.number) ?? "none")")
        }
        return lines
    }

    /// The `--debug-corrupt-solution` test hook: drops the first move, placement or lesson
    /// and shifts the objective by 1, which the checker must catch.
    static func corrupt(_ s: inout Solution) {
        if !s.exchanges.isEmpty { s.exchanges.removeFirst() }
        if !s.placements.isEmpty { s.placements.removeFirst() }
        if !s.lessons.isEmpty { s.lessons.removeFirst() }
        s.objective = s.objective.map { $0 + 1 }
    }
}

/// A folder that lets anyone replay a plan the checker rejected:
///
/// - `instance.json`: a byte copy of the instance file; other inputs (`--exchange`) are
///   copied under their own names;
/// - `solved-instance.json`: the instance as solved, when it differs from the file
///   (training with `--vacancies derived`);
/// - `solution.json`: the solution that would have been written;
/// - `command.txt`: the command line, working folder, rotaplan and GLPK versions, date;
/// - `findings.txt`: the checker's findings, and how to re-check.
///
/// It is created beside the output as `STEM.repro-N` (N the first number free; mkdir(2)
/// fails rather than reuse a folder, so nothing is ever overwritten), or in the temporary
/// folder when the output's folder is not writable.
enum Reproduction {
    static func save(solution: Solution, findings: [String], inputs: [String], pins: String? = nil, solved: Instance?,
                     beside output: String) -> String? {
        let url = URL(fileURLWithPath: output)
        let stem = url.deletingPathExtension().lastPathComponent
        for base in [url.deletingLastPathComponent(), FileManager.default.temporaryDirectory] {
            for n in 1...1000 {
                let dir = base.appendingPathComponent("\(stem).repro-\(n)")
                if mkdir(dir.path, 0o755) == 0 {
                    do {
                        try fill(dir, solution: solution, findings: findings, inputs: inputs, pins: pins, solved: solved)
                        return dir.path
                    } catch {
                        printError("\(dir.path): cannot save the reproduction: \(error)")
                        return nil
                    }
                }
                if errno != EEXIST { break }
            }
        }
        return nil
    }

    /// The copy of input `i` in the folder.
    static func copyName(_ inputs: [String], _ i: Int) -> String {
        i == 0 ? "instance.json" : "input-\(i)-" + URL(fileURLWithPath: inputs[i]).lastPathComponent
    }

    private static func fill(_ dir: URL, solution: Solution, findings: [String], inputs: [String], pins: String?,
                             solved: Instance?) throws {
        func put(_ text: String, _ name: String) throws {
            try OutputFile.write(text, to: dir.appendingPathComponent(name).path, replace: false)
        }
        for (i, input) in inputs.enumerated() {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: input))
            let name = copyName(inputs, i)
            try OutputFile.write(to: dir.appendingPathComponent(name).path, replace: false) {
                try bytes.write(to: URL(fileURLWithPath: $0))
            }
        }
        if let solved { try put(InstanceWriter.json(solved), "solved-instance.json") }
        try put(SolutionFile.json(solution), "solution.json")
        let date = ISO8601DateFormatter().string(from: Date())
        try put("""
            \(CommandLine.arguments.map(shellQuoted).joined(separator: " "))
            # working folder: \(FileManager.default.currentDirectoryPath)
            # rotaplan \(Rotaplan.version), GLPK \(GLPKLibrary.version), \(date)

            """, "command.txt")
        let instanceFile = solved == nil ? "instance.json" : "solved-instance.json"
        let pinsOption = pins.flatMap { p in inputs.firstIndex(of: p).map { " --pins " + copyName(inputs, $0) } } ?? ""
        try put("""
            The independent checker rejected this plan before it was written:
            \(findings.map { "- " + $0 }.joined(separator: "\n"))

            Re-check it (from this folder): rotaplan check \(instanceFile) solution.json\(pinsOption)

            """, "findings.txt")
    }

    /// `word` as one shell word.
    static func shellQuoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "-_./=:,+@%".unicodeScalars.contains($0)
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
