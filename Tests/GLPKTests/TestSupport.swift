import Foundation
import GLPK
import RotaplanGenerator  // SplitMix64, the project's one seeded generator

/// The repository root (two folders above this file's folder).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// ../shared beside the repository (the contract, examples and data; read only).
let sharedRoot = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

/// A multi-dimensional knapsack (maximise profit under `rows` knapsack rows): x = 0 is
/// always feasible, so heuristics find incumbents at once, but proving optimality of a
/// 10 × 200 instance takes GLPK far longer than a second.
func multiKnapsack(rows: Int, items: Int, seed: UInt64) throws -> Model {
    var rng = SplitMix64(seed: seed)
    var m = Model(name: "mkp")
    let x = try m.addVariables(items, .binary)
    for i in 0..<rows {
        var e = LinearExpression()
        var total = 0.0
        for j in 0..<items {
            let w = Double(Int.random(in: 10...100, using: &rng))
            total += w
            e.add(x[j], coefficient: w)
        }
        try m.add(e <= (total / 2).rounded(), name: "knapsack[\(i + 1)]")
    }
    var objective = LinearExpression()
    for j in 0..<items { objective.add(x[j], coefficient: Double(Int.random(in: 10...100, using: &rng))) }
    try m.maximize(objective)
    return m
}

/// Runs a program and returns (exit status, stdout, stderr).
func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: executable)
    p.arguments = arguments
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// The path of a program on PATH, if any.
func which(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
