import ArgumentParser

/// Input paths name files: `-` (standard input, as some tools read it) is refused before
/// any work with a usage error (exit 64) that says so, instead of "no such file".
enum InputPath {
    /// Throws a ``ValidationError`` for the first of `named` (option, path) that is `-`.
    static func refuseStandardInput(_ named: [(option: String, path: String?)]) throws {
        for (option, path) in named where path == "-" {
            throw ValidationError("\(option) -: standard input is not read; give the path of a file")
        }
    }
}
