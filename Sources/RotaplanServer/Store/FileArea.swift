import Foundation

/// The files beside the database (`DIR/files/`): each plan's solution and report folder,
/// written into a temporary folder and renamed into place, so a folder is either whole
/// or absent. Names from requests are resolved by ``resolve(_:)``, which refuses any
/// path that would leave the area (`..`, absolute paths, links out).
public struct FileArea: Sendable {
    public let root: URL

    public init(root: URL) throws {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        self.root = root.standardizedFileURL.resolvingSymlinksInPath()
    }

    /// A fresh scratch folder inside the area (`tmp/…`): on the same file system, so the
    /// final rename is atomic.
    public func scratchFolder() throws -> URL {
        let u = root.appendingPathComponent("tmp", isDirectory: true).appendingPathComponent(UUID().uuidString, isDirectory: true)
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    /// Moves a finished scratch folder to `relative` (which must not exist yet) in one rename.
    public func commit(_ scratch: URL, to relative: String) throws -> URL {
        guard let target = resolve(relative) else { throw FileAreaError.outside(relative) }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: scratch, to: target)
        return target
    }

    /// The file or folder `relative` names inside the area, or nil when the name is empty,
    /// absolute, has a `..`, a NUL or a backslash, or resolves (through links) outside the area.
    public func resolve(_ relative: String) -> URL? {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\0"), !relative.contains("\\") else { return nil }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        let u = root.appendingPathComponent(relative).standardizedFileURL
        let resolved = u.resolvingSymlinksInPath()
        guard resolved.path == root.path || resolved.path.hasPrefix(root.path + "/") else { return nil }
        return u
    }
}

public enum FileAreaError: Error, Sendable { case outside(String) }
