import Foundation

/// The wall-clock slack a stop or a time limit is allowed: `seconds` when the machine's cores
/// are free, stretched by the 1-minute load average per core when the test run itself (or
/// anything else) keeps every core busy — a stop is seen between solver passes, and under
/// contention each pass takes longer in wall time. What a user waits on an idle machine is
/// measured in benchmarks/ (`benchmarks/run-scale.sh`), not here.
func wallClockSlack(_ seconds: Double) -> Duration {
    let cores = Double(max(1, ProcessInfo.processInfo.activeProcessorCount))
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    let load = Double(text.split(separator: " ").first ?? "") ?? 0
    return .milliseconds(Int(seconds * max(1, load / cores) * 1000))
}
