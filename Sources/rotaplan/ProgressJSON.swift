import ArgumentParser
import Dispatch
import Foundation
import GLPK

/// How a solving command shows its progress on stderr: `text` (a line for people) or
/// `json` (one JSON object per line, for programs such as the workbench).
enum ProgressFormat: String, ExpressibleByArgument, Sendable {
    case text, json

    static let help = """
        How progress goes to stderr: text (default: a line rewritten in place on a terminal, \
        one every 5 seconds otherwise) or json: one JSON object per line, at least once a \
        second while solving, with "event" (start, progress, tick, end), "stage", "seconds", \
        "incumbent", "bound", "gap" and "nodes" (null when not known). Explanations and \
        other messages stay text lines (docs/cli.md).
        """
}

/// `--progress json`: one line per solver callback (at most 4 a second), a `start` and
/// an `end` line around each stage, and a `tick` line when a second passes without one
/// (the solver is quiet while it solves a relaxation), so a reader always sees the clock.
final class ProgressJSON: @unchecked Sendable {
    private let prefix: String
    private let lock = NSLock()
    private var stage: String?
    private var last: SolveProgress?
    private var lastWrite = -Double.infinity
    private var timer: (any DispatchSourceTimer)?

    /// The minimum time between two `progress` lines (start, end and tick lines are not held back).
    static let interval = 0.25

    init(command: String) {
        prefix = command + " · "
        let t = DispatchSource.makeTimerSource(queue: .global())
        t.schedule(deadline: .now() + 1, repeating: 1)
        t.setEventHandler { [weak self] in self?.tick() }
        t.resume()
        timer = t
    }

    deinit { timer?.cancel() }

    func report(_ p: SolveProgress, stage label: String) {
        let name = label.hasPrefix(prefix) ? String(label.dropFirst(prefix.count)) : label
        lock.lock(); defer { lock.unlock() }
        let now = RunClock.elapsed
        if name != stage {
            if stage != nil { write("end", now) }
            stage = name; last = nil
            write("start", now)
        }
        last = p
        if now - lastWrite >= Self.interval { write("progress", now) }
    }

    /// Ends the running stage (the solve returned).
    func endStage() {
        lock.lock(); defer { lock.unlock() }
        guard stage != nil else { return }
        write("end", RunClock.elapsed)
        stage = nil; last = nil
    }

    private func tick() {
        lock.lock(); defer { lock.unlock() }
        let now = RunClock.elapsed
        if now - lastWrite >= 0.9 { write("tick", now) }
    }

    /// One line; the caller holds the lock.
    private func write(_ event: String, _ seconds: Double) {
        lastWrite = seconds
        FileHandle.standardError.write(Data((Self.line(event: event, stage: stage, seconds: seconds, last) + "\n").utf8))
    }

    /// The JSON object of one line (keys in a fixed order).
    static func line(event: String, stage: String?, seconds: Double, _ p: SolveProgress?) -> String {
        func number(_ d: Double?) -> String {
            guard let d, d.isFinite else { return "null" }
            return "\(d)"
        }
        let bound = p?.bound.flatMap { abs($0) < 1e300 ? $0 : nil }
        let stageText = stage.map(quote) ?? "null"
        return "{\"event\":\"\(event)\",\"stage\":\(stageText),\"seconds\":\(String(format: "%.2f", seconds)),"
            + "\"incumbent\":\(number(p?.incumbent)),\"bound\":\(number(bound)),\"gap\":\(number(p?.gap)),"
            + "\"nodes\":\(p.map { String($0.totalNodes) } ?? "null")}"
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default:
                if c.value < 0x20 { out += String(format: "\\u%04x", c.value) } else { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
