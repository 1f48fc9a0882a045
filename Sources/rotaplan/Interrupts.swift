import ArgumentParser
import Dispatch
import Foundation
import GLPK
import Synchronization

/// SIGINT (Ctrl-C) and SIGTERM during a solving command.
///
/// The first signal sets ``cancellation``: the running solve stops at its next callback
/// and returns its best plan, which the command checks and writes whole as usual (status
/// `feasible` with its gap, or `optimal` if the solve had already finished), then exits
/// 128 + the signal's number (130 for SIGINT, 143 for SIGTERM); with no plan found yet it
/// writes nothing. A second signal quits at once with the same code: it first takes
/// ``OutputFile/writing``, so a file being written is finished and renamed (or its
/// temporary file removed) before the process ends. Never a partial file either way.
enum Interrupts {
    /// Passed to the solve; set by the first signal.
    static let cancellation = SolveCancellation()

    /// The first signal received (0: none).
    private static let first = Atomic<Int32>(0)

    /// The dispatch sources, kept alive for the whole run. Written once, on the main
    /// thread, before any signal can be delivered to them.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Routes SIGINT and SIGTERM to the handler above instead of their default action
    /// (which would end the process in the middle of a solve or a write).
    static func install() {
        guard sources.isEmpty else { return }
        for (i, number) in [SIGINT, SIGTERM].enumerated() {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            // `data` counts the signals merged into this event (two quick Ctrl-Cs may be one).
            source.setEventHandler { handle(number, times: Int(sources[i].data)) }
            sources.append(source)
        }
        for source in sources { source.resume() }
    }

    private static func handle(_ number: Int32, times: Int) {
        let (isFirst, _) = first.compareExchange(expected: 0, desired: number, ordering: .sequentiallyConsistent)
        if isFirst && times < 2 {
            cancellation.cancel()
            printError("rotaplan: \(name(number)) received: stopping the solve; the best plan found so far will be checked and written (again to quit at once)")
            return
        }
        cancellation.cancel()
        let code = 128 + first.load(ordering: .sequentiallyConsistent)
        OutputFile.writing.withLock { _ in
            printError("rotaplan: \(name(number)) received again: quitting now; no file is left half-written")
            _exit(code)
        }
    }

    /// The first signal received, if any.
    static var received: Int32? {
        let n = first.load(ordering: .sequentiallyConsistent)
        return n == 0 ? nil : n
    }

    /// 130 after SIGINT, 143 after SIGTERM.
    static var exitCode: ExitCode? { received.map(Exit.interrupted(by:)) }

    static func name(_ number: Int32) -> String {
        switch number {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(number)"
        }
    }
}
