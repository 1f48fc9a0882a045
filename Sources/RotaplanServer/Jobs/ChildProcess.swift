import Foundation
import Synchronization

/// A child process of the `rotaplan` binary: started with Foundation's `Process`, its
/// stdout and stderr read at the same time on their own threads (so that neither pipe
/// fills up and blocks the child), stderr handed over line by line as it comes.
public struct ChildProcess: Sendable {
    /// How the child ended.
    public enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    public struct Result: Sendable {
        public var ending: Ending
        public var stdout: String
    }

    public var executable: URL
    public var arguments: [String]
    public var directory: URL

    public init(executable: URL, arguments: [String], directory: URL) {
        self.executable = executable; self.arguments = arguments; self.directory = directory
    }

    /// Runs the child to its end. `started` gets its process id (for a signal);
    /// `line` gets each stderr line (without its newline) in order.
    public func run(started: @Sendable (Int32) async -> Void, line: @escaping @Sendable (Substring) -> Void) async throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let stdout = OutputBox()
        let group = DispatchGroup()
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        group.enter()
        Thread.detachNewThread {
            let data = out.fileHandleForReading.readDataToEndOfFile()
            stdout.set(data)
            group.leave()
        }
        group.enter()
        Thread.detachNewThread {
            var pending = Data()
            let handle = err.fileHandleForReading
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let nl = pending.firstIndex(of: 0x0A) {
                    let text = String(decoding: pending[pending.startIndex..<nl], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...nl)
                    line(Substring(text))
                }
            }
            if !pending.isEmpty { line(Substring(String(decoding: pending, as: UTF8.self))) }
            group.leave()
        }
        await started(process.processIdentifier)
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                exited.wait()
                group.wait()
                c.resume()
            }
        }
        let ending: Ending = process.terminationReason == .uncaughtSignal
            ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
        return Result(ending: ending, stdout: String(decoding: stdout.get(), as: UTF8.self))
    }
}

/// The child's stdout, handed from its reading thread.
private final class OutputBox: Sendable {
    private let data = Mutex(Data())
    func set(_ d: Data) { data.withLock { $0 = d } }
    func get() -> Data { data.withLock { $0 } }
}
