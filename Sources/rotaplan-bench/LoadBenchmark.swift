import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats

/// Time to read, parse and validate instance files (the loader's share of every command).
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Time InstanceLoader on instance files; one TSV row per file (best of --repeat runs).")

    @Argument(help: "Instance files.")
    var files: [String]

    @Option(help: "Runs per file; the best is reported.")
    var `repeat`: Int = 3

    func run() throws {
        print(["file", "bytes", "schools", "teachers", "demand_lines", "best_s", "mean_s"].joined(separator: "\t"))
        for path in files {
            var times: [Double] = []
            var loaded: InstanceLoader.Loaded?
            for _ in 0..<max(1, self.repeat) {
                let t0 = Date()
                do { loaded = try InstanceLoader.load(path: path) } catch {
                    FileHandle.standardError.write(Data("\(error)\n".utf8))
                    throw ExitCode(2)
                }
                times.append(Date().timeIntervalSince(t0))
            }
            let x = loaded!.instance
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            print([(path as NSString).lastPathComponent, "\(size)", "\(x.schools.count)", "\(x.teachers.count)",
                   "\(x.walkingDemand.count)", String(format: "%.3f", times.min()!),
                   String(format: "%.3f", times.reduce(0, +) / Double(times.count))].joined(separator: "\t"))
        }
    }
}
