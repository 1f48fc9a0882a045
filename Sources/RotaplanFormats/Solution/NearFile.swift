import RotaplanDomain

/// Reads `--near PREVIOUS.json` (MODEL.md §12): a solution file of the same problem, or a
/// `plan`, as the ``Near`` value the models and the checker read.
public enum NearFile {
    /// The previous plan in `bytes` for a solve of `problem`; a file of another problem is
    /// a ``Diagnostic`` on its `problem` field, naming the file.
    public static func read(bytes: [UInt8], file: String, for problem: Solution.Problem) throws(InstanceError) -> Near {
        let previous = try SolutionFile.read(bytes: bytes, file: file)
        guard Near.fits(previous: previous.problem, problem: problem) else {
            let wanted = problem == .plan ? "a plan" : "\(problem == .exchange ? "an" : "a") \(problem.rawValue) solution or a plan"
            throw InstanceError([Diagnostic(file: file, path: RecordPath(field: "problem"),
                                            message: "\(previous.problem == .exchange ? "an" : "a") \(previous.problem.rawValue) solution cannot guide `\(problem.rawValue) --near`: give \(wanted) (MODEL.md §12)")])
        }
        return Near(previous: previous)
    }
}
