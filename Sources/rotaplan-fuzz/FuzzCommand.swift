import Foundation
import RotaplanFuzz

/// `rotaplan-fuzz`: the seeded mutation fuzzer over rotaplan's loaders, for a time
/// budget, without libFuzzer (docs/reliability.md "Fuzzing"). Findings are written to
/// `--artifacts` as `TARGET-N.bin`; `--replay FILE` runs one saved input again.
@main struct FuzzCommand {
    static let usage = """
        usage: rotaplan-fuzz [--target instance|csv|solution|all] [--seconds S] [--runs N]
                             [--seed N] [--repository DIR] [--artifacts DIR] [--replay FILE]

        Mutates the valid files under DIR/instances (and ../shared/spec/examples) and feeds
        them to the instance JSON loader, the CSV importer and the solution reader + checker.
        Stops after S seconds (default 60) or N inputs per target, whichever comes first.
        A crash ends the process (the last input is in DIR/.fuzz-current-TARGET.bin); a broken
        property or an input slower than 10 s is saved under --artifacts (default
        fuzz-artifacts) and makes the exit code 1. Exit 2: bad arguments or missing corpus.
        """

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("rotaplan-fuzz: \(message)\n".utf8))
        exit(2)
    }

    static func main() {
        var targets = FuzzTarget.allCases
        var seconds = 60.0, runs = Int.max, seed: UInt64 = 1
        var repository = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        var artifacts = "fuzz-artifacts", replay: String?
        var args = CommandLine.arguments.dropFirst()
        func value(_ flag: String) -> String {
            guard let v = args.popFirst() else { fail("\(flag) needs a value\n\(usage)") }
            return v
        }
        while let a = args.popFirst() {
            switch a {
            case "--target":
                let v = value(a)
                if v == "all" { targets = FuzzTarget.allCases }
                else if let t = FuzzTarget(rawValue: v) { targets = [t] }
                else { fail("--target: unknown target \"\(v)\"") }
            case "--seconds":
                guard let s = Double(value(a)), s.isFinite, s > 0 else { fail("--seconds must be a positive number") }
                seconds = s
            case "--runs":
                guard let n = Int(value(a)), n > 0 else { fail("--runs must be a positive whole number") }
                runs = n
            case "--seed":
                guard let s = UInt64(value(a)) else { fail("--seed must be a whole number ≥ 0") }
                seed = s
            case "--repository": repository = URL(fileURLWithPath: value(a))
            case "--artifacts": artifacts = value(a)
            case "--replay": replay = value(a)
            case "-h", "--help": print(usage); exit(0)
            default: fail("unknown argument \"\(a)\"\n\(usage)")
            }
        }
        let corpus: FuzzCorpus
        do { corpus = try FuzzCorpus(repository: repository) } catch { fail("\(error)") }

        if let replay {
            guard let data = FileManager.default.contents(atPath: replay) else { fail("\(replay): cannot read the file") }
            var failed = false
            for t in targets {
                do { try corpus.context.run(t, [UInt8](data)); print("\(t.rawValue): no finding") }
                catch { print("\(error)"); failed = true }
            }
            exit(failed ? 1 : 0)
        }

        var findings = 0
        let perTarget = seconds / Double(targets.count)
        for (k, target) in targets.enumerated() {
            let seeds = corpus.seeds[target] ?? []
            guard !seeds.isEmpty else { fail("no seed files for target \(target.rawValue)") }
            var loop = MutationLoop(seed: seed &+ UInt64(k))
            let current = repository.appendingPathComponent(".fuzz-current-\(target.rawValue).bin")
            let started = Date()
            var n = 0, slowest = 0.0
            while n < runs && Date().timeIntervalSince(started) < perTarget {
                let a = seeds[loop.random.below(seeds.count)], b = seeds[loop.random.below(seeds.count)]
                let input = n < seeds.count ? seeds[n] : loop.mutate(a, other: b)
                try? Data(input).write(to: current)
                let t0 = Date()
                var finding: String?
                do { try corpus.context.run(target, input) } catch { finding = "\(error)" }
                let took = Date().timeIntervalSince(t0)
                slowest = max(slowest, took)
                if finding == nil && took > 10 { finding = "input took \(Int(took)) s (hang?)" }
                if let finding {
                    findings += 1
                    try? FileManager.default.createDirectory(atPath: artifacts, withIntermediateDirectories: true)
                    let path = "\(artifacts)/\(target.rawValue)-\(findings).bin"
                    try? Data(input).write(to: URL(fileURLWithPath: path))
                    print("FINDING \(finding) — saved \(path)")
                }
                n += 1
            }
            try? FileManager.default.removeItem(at: current)
            print(String(format: "%@: %d inputs in %.1f s, slowest %.3f s", target.rawValue, n, Date().timeIntervalSince(started), slowest))
        }
        print(findings == 0 ? "no findings" : "\(findings) finding(s)")
        exit(findings == 0 ? 0 : 1)
    }
}
