import Foundation
import Testing
import RotaplanDomain
import RotaplanFuzz
import RotaplanFormats

/// The repository root (holds instances/).
private let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Mutants per target in the test suite; `ROTAPLAN_FUZZ_RUNS` raises it for a longer
/// local run (scripts/fuzz.sh runs libFuzzer for a time budget instead).
private let runs = ProcessInfo.processInfo.environment["ROTAPLAN_FUZZ_RUNS"].flatMap(Int.init) ?? 1000

/// Issue 8 item 3: the loaders never crash and never accept garbage silently, on a
/// seeded mutation loop over the bundled files (docs/reliability.md "Fuzzing").
@Suite struct FuzzTests {
    static let corpus = Result { try FuzzCorpus(repository: repository) }

    @Test(arguments: FuzzTarget.allCases)
    func seedsAreAccepted(target: FuzzTarget) throws {
        let corpus = try Self.corpus.get()
        let seeds = try #require(corpus.seeds[target])
        #expect(!seeds.isEmpty)
        for s in seeds { try corpus.context.run(target, s) }
    }

    @Test(arguments: FuzzTarget.allCases)
    func mutantsNeverBreakAProperty(target: FuzzTarget) throws {
        let corpus = try Self.corpus.get()
        let seeds = try #require(corpus.seeds[target])
        var loop = MutationLoop(seed: 20261123 &+ UInt64(FuzzTarget.allCases.firstIndex(of: target)!))
        var refused = 0
        for i in 0..<runs {
            let a = seeds[loop.random.below(seeds.count)], b = seeds[loop.random.below(seeds.count)]
            let input = loop.mutate(a, other: b)
            do {
                try corpus.context.run(target, input)
            } catch {
                Issue.record("mutant \(i) of target \(target.rawValue): \(error)\ninput (base64): \(Data(input).base64EncodedString())")
                return
            }
            if !accepts(target, input, corpus) { refused += 1 }
        }
        // The loop must reach both sides: most mutants are refused, some still load.
        #expect(refused > runs / 10, "only \(refused) of \(runs) mutants were refused")
        #expect(refused < runs, "every mutant was refused: the mutator never keeps a file valid")
    }

    /// Saved findings (Tests/FuzzTests/Regressions/TARGET-*.bin) stay fixed.
    @Test func regressions() throws {
        let corpus = try Self.corpus.get()
        let dir = repository.appendingPathComponent("Tests/FuzzTests/Regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".bin") }.sorted()
        for f in files {
            guard let target = FuzzTarget(rawValue: String(f.prefix { $0 != "-" })) else {
                Issue.record("\(f): the name must start with a target (instance-, csv-, solution-)")
                continue
            }
            let data = try Data(contentsOf: dir.appendingPathComponent(f))
            try corpus.context.run(target, [UInt8](data))
        }
    }

    @Test func theMutatorIsDeterministic() {
        var a = MutationLoop(seed: 7), b = MutationLoop(seed: 7)
        let input = Array("{\"format\": \"rotaplan-instance/1\", \"schools\": [1, 2, 3]}".utf8)
        for _ in 0..<200 { #expect(a.mutate(input, other: input) == b.mutate(input, other: input)) }
    }

    /// Whether the input loads (for the refused/accepted balance above).
    private func accepts(_ target: FuzzTarget, _ input: [UInt8], _ corpus: FuzzCorpus) -> Bool {
        switch target {
        case .instance:
            return (try? InstanceLoader.load(bytes: input, file: "x.json")) != nil
        case .solution:
            return (try? SolutionFile.read(bytes: input, file: "x.json")) != nil
        case .csv:
            guard let first = input.first else { return false }
            let table = FuzzContext.tableOrder[Int(first) % FuzzContext.tableOrder.count]
            var sources: [ImportTable: CSVImporter.Source] = [:]
            for (t, b) in corpus.context.csvTables { sources[t] = .init(name: t.rawValue, bytes: b) }
            sources[table] = .init(name: table.rawValue, bytes: Array(input.dropFirst()))
            return (try? CSVImporter.load(sources: sources, name: "x")) != nil
        }
    }
}
