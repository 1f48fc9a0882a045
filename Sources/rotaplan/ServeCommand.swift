import ArgumentParser
import Foundation
import RotaplanServer
import RotaplanText

/// `rotaplan serve`: the principal's workbench in a browser (docs/serve.md).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the workbench: rotaplan in a web browser (docs/serve.md).",
        discussion: """
            Serves the workbench on HOST:PORT with its data (a SQLite database in WAL mode \
            and the plans' files) in --data. Bound to 127.0.0.1 (the default) it needs no \
            accounts: it prints a link with a sign-in token; open it in a browser on this \
            computer. On any other address it refuses to start until an account exists \
            (`rotaplan accounts add`), and everyone signs in. Solves run as child processes \
            of this binary, one per workspace at a time. Ctrl-C stops the server; running \
            solves are stopped and the plans before them kept.

            Exit codes: 0 stopped; 64 usage error (a bad address, no accounts on a \
            non-local address); 73 the data folder cannot be written.
            """,
        subcommands: [])

    @Option(help: "The address to listen on (default 127.0.0.1: this computer only).")
    var host = "127.0.0.1"

    @Option(help: "The port (default 8080; 0: any free port, printed).")
    var port = 8080

    @Option(help: "The data folder (default ./rotaplan-data): the database and the plans' files.")
    var data = "rotaplan-data"

    @OptionGroup var language: LanguageOption

    func run() throws {
        let l = language.terminal
        guard (0...65535).contains(port) else {
            printError(CommandText.serveBadPort(port).text(l)); throw Exit.usage
        }
        let config = WorkbenchConfiguration(host: host, port: port, dataDirectory: URL(fileURLWithPath: data, isDirectory: true),
                                            executable: Self.executable)
        let wb: Workbench
        do { wb = try Workbench(configuration: config) } catch {
            printError(CommandText.serveDataUnwritable(data, "\(error)").text(l)); throw Exit.cannotWrite
        }
        if !config.isLocal {
            let accounts = (try? wb.store.accountCount()) ?? 0
            guard accounts > 0 else { printError(CommandText.serveNeedsAccounts(host, data).text(l)); throw Exit.usage }
        }
        let app = WorkbenchApp.application(wb) { bound in
            let shown = host.contains(":") ? "[\(host)]" : host   // an IPv6 address is bracketed in a URL
            let url = wb.localToken.map { "http://\(shown):\(bound)/?token=\($0)" } ?? "http://\(shown):\(bound)/"
            // Written at once (not buffered): a script or a test reads the link from the pipe.
            FileHandle.standardOutput.write(Data((CommandText.serveListening(url, local: config.isLocal).text(l) + "\n").utf8))
        }
        let done = DispatchSemaphore(value: 0)
        let failure = LockedBox<(any Error)?>(nil)
        Task {
            do { try await app.runService() } catch { failure.set(error) }
            await wb.jobs.stopAll()   // running solves get SIGTERM and write their best plan
            done.signal()
        }
        done.wait()
        if let e = failure.get() {
            printError(CommandText.serveFailed("\(e)").text(l)); throw Exit.cannotWrite
        }
    }

    /// This binary: the solves run as its child processes.
    static var executable: URL {
        if let p = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: p) }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }
}

final class LockedBox<T: Sendable>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ v: T) { value = v }
    func set(_ v: T) { lock.lock(); value = v; lock.unlock() }
    func get() -> T { lock.lock(); defer { lock.unlock() }; return value }
}
