import Foundation
import RotaplanFormats

/// How the workbench runs (`rotaplan serve`): where it listens, where its data lives,
/// which binary runs the solves, and its limits (docs/serve.md).
public struct WorkbenchConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var dataDirectory: URL
    /// The `rotaplan` executable the solves run as child processes of.
    public var executable: URL
    /// The largest upload accepted (an .xlsx or a CSV file): 20 MiB.
    public var maxUploadBytes: Int = 20 * 1024 * 1024
    /// How much an uploaded workbook may decompress to: 128 MiB a part, 256 MiB in all (a
    /// city roster of 20,000 teachers is ~30 MiB of sheet XML), so that a 20 MiB upload
    /// cannot make the server inflate a gigabyte.
    public var workbookLimits = XLSXReader.Limits(partBytes: 128 << 20, totalBytes: 256 << 20, entries: 2_000)
    /// The largest form or JSON body accepted: 1 MiB.
    public var maxFormBytes: Int = 1024 * 1024
    /// Requests one client may make per minute before 429, and sign-in attempts per minute.
    public var requestsPerMinute: Int = 1200
    public var signInsPerMinute: Int = 10
    /// How long a session lasts.
    public var sessionLifetime: TimeInterval = 12 * 3600

    public init(host: String = "127.0.0.1", port: Int = 8080, dataDirectory: URL, executable: URL) {
        self.host = host; self.port = port; self.dataDirectory = dataDirectory; self.executable = executable
    }

    /// Bound to the loopback only: no accounts needed, a sign-in link with a token instead.
    public var isLocal: Bool {
        // 127.0.0.0/8, ::1 or localhost.
        host == "localhost" || host == "::1" || (host.split(separator: ".").count == 4 && host.split(separator: ".")[0] == "127")
    }
}
