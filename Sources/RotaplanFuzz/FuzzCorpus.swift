import Foundation
import RotaplanDomain
import RotaplanFormats

/// The valid files every fuzz run starts from, read from the repository (and the shared
/// specification examples beside it, when present).
public struct FuzzCorpus: Sendable {
    public var context: FuzzContext
    public var seeds: [FuzzTarget: [[UInt8]]]

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads the corpus under `repository` (the folder holding `instances/`).
    public init(repository: URL) throws {
        let fm = FileManager.default
        func bytes(_ url: URL) -> [UInt8]? { fm.contents(atPath: url.path).map { [UInt8]($0) } }
        func jsonFiles(_ dir: URL, _ keep: (String) -> Bool = { _ in true }) -> [URL] {
            ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? [])
                .filter { $0.hasSuffix(".json") && keep($0) }.sorted().map { dir.appendingPathComponent($0) }
        }
        let instances = repository.appendingPathComponent("instances")
        let examples = repository.deletingLastPathComponent().appendingPathComponent("shared/spec/examples")

        var tables: [ImportTable: [UInt8]] = [:]
        let csvDir = instances.appendingPathComponent("csv/luohe")
        for t in ImportTable.allCases {
            if let b = bytes(csvDir.appendingPathComponent("\(t.rawValue).csv")) { tables[t] = b }
        }
        guard tables[.schools] != nil, tables[.teachers] != nil else {
            throw Missing(description: "\(csvDir.path): the CSV fuzz corpus (schools.csv, teachers.csv) is missing")
        }

        let tiny = examples.appendingPathComponent("tiny-luohe.json")
        let instanceURL = fm.fileExists(atPath: tiny.path) ? tiny : instances.appendingPathComponent("luohe-wuyang.json")
        guard let instanceBytes = bytes(instanceURL),
              let loaded = try? InstanceLoader.load(bytes: instanceBytes, file: instanceURL.path) else {
            throw Missing(description: "\(instanceURL.path): the fuzz base instance does not load")
        }
        context = FuzzContext(csvTables: tables, instance: loaded.instance)

        var instanceSeeds = jsonFiles(instances).compactMap(bytes)
        instanceSeeds += jsonFiles(instances.appendingPathComponent("bench")) { $0.contains("-tiny-") }.compactMap(bytes)
        instanceSeeds += jsonFiles(examples).compactMap(bytes)
        let csvSeeds = FuzzContext.tableOrder.enumerated().compactMap { i, t in
            tables[t].map { [UInt8(i)] + $0 }
        }
        var solutionSeeds = jsonFiles(examples.appendingPathComponent("solutions")).compactMap(bytes)
        if solutionSeeds.isEmpty {
            // Without the shared examples: a minimal solution of each problem.
            solutionSeeds = ["exchange", "training", "walking"].map {
                Array(#"{"format":"rotaplan-solution/1","problem":"\#($0)","instance":"x","status":"optimal","objective":0}"#.utf8)
            }
        }
        seeds = [.instance: instanceSeeds, .csv: csvSeeds, .solution: solutionSeeds]
    }
}
