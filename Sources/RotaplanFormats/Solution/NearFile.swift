import RotaplanDomain

/// Reads `--near PREVIOUS.json` (MODEL.md §12): a solution file of the same problem, or a
/// `plan`, as the ``Near`` value the models and the checker read.
public enum NearFile {
    /// The previous plan in `bytes` for a solve of `problem`; a file of another problem is
    /// a ``Diagnostic`` on its `problem` field, naming the file.
    public static func read(bytes: [UInt8], file: String, for problem: Solution.Problem) throws(InstanceError) -> Near {
        let previous = try SolutionFile.read(bytes: bytes, file: file)
        guard Near.fits(previous: previous.problem, problem: problem) else {
            throw InstanceError([Diagnostic(file: file, path: RecordPath(field: "problem"),
                                            .solution(.nearOfAnotherProblem(previous: previous.problem, problem: problem)))])
        }
        return Near(previous: previous)
    }
}
