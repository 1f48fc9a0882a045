import Foundation

/// One progress line of a child `rotaplan … --progress json` (docs/cli.md): the stage, the
/// seconds since the command began, the best plan's objective, the bound, the gap and the
/// nodes (nil when not known). Kept as the job's last progress and sent to the page.
public struct ProgressEvent: Codable, Sendable, Equatable {
    public var event: String?
    public var stage: String?
    public var seconds: Double?
    public var incumbent: Double?
    public var bound: Double?
    public var gap: Double?
    public var nodes: Int?

    public init(event: String? = nil, stage: String? = nil, seconds: Double? = nil, incumbent: Double? = nil,
                bound: Double? = nil, gap: Double? = nil, nodes: Int? = nil) {
        self.event = event; self.stage = stage; self.seconds = seconds; self.incumbent = incumbent
        self.bound = bound; self.gap = gap; self.nodes = nodes
    }

    /// The event of a stderr line, or nil for a line that is not a progress object (an explanation).
    public static func parse(_ line: Substring) -> ProgressEvent? {
        guard line.hasPrefix("{\"event\":"), line.hasSuffix("}") else { return nil }
        return try? JSONDecoder().decode(ProgressEvent.self, from: Data(line.utf8))
    }

    /// The stored form (job.progress).
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    public static func stored(_ text: String?) -> ProgressEvent? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(ProgressEvent.self, from: Data(text.utf8))
    }

    /// The stage's last word (`exchange`, `training`, `walking`): a `compare` or `horizon`
    /// stage is `VARIANT · exchange` or `YEAR · exchange`.
    public var stageWord: String? {
        stage.map { s in s.components(separatedBy: " · ").last ?? s }
    }
}
