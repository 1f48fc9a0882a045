import ArgumentParser
import Foundation
import RotaplanText
import Synchronization

/// One file a command writes: the option that names it (for messages) and its path.
struct Output: Sendable {
    var option: String
    var path: String
}

/// Output files: checked all together before any work (never an input, never two outputs
/// on one file, never anything but a regular file replaced, never an existing file without
/// --force, always in a folder the file system lets us write), and always written whole
/// (temporary file beside it, then rename). docs/reliability.md §6.
enum OutputFile {
    /// An output that cannot be written, with the exit code that ends the command:
    /// ``Exit/usage`` (64) when the paths given cannot be used as asked (an input, two
    /// outputs on one file, not a regular file, an existing file without --force, a missing
    /// folder), ``Exit/cannotWrite`` (73) when the file system refuses (no permission, a
    /// read-only or full file system, an I/O error).
    struct Refused: Error, CustomStringConvertible {
        var problem: OutputProblem
        var code: ExitCode = Exit.usage
        /// The refusal in `language` (``OutputProblem``).
        func text(_ language: Language) -> String { problem.text(language) }
        var description: String { text(.en) }
    }

    /// Checks every output of a command before any work, and the report folder `report`
    /// with its `reportFiles` (``prepareReport(_:files:inputs:force:)``); returns the
    /// report files' paths. Throws the first ``Refused``.
    static func checkAll(_ outputs: [Output], report: String? = nil, reportFiles: [String] = [], inputs: [String],
                         force: Bool) throws -> [String] {
        var files = outputs
        var reportPaths: [String] = []
        if let dir = report {
            let folder = canonical(dir)
            for o in outputs {
                let c = canonical(o.path)
                if folder == c || folder.hasPrefix(c + "/") {
                    throw Refused(problem: .whereReportGoes(path: o.path, option: o.option, report: dir))
                }
            }
            reportPaths = reportFiles.map { (dir as NSString).appendingPathComponent($0) }
            files += reportPaths.map { Output(option: "--report", path: $0) }
        }
        for o in files { try refuseInput(o, inputs) }
        for (i, a) in files.enumerated() {
            for b in files[..<i] where canonical(a.path) == canonical(b.path) || sameFile(a.path, b.path) {
                throw Refused(problem: .sameFile(first: a.path, firstOption: a.option, second: b.path, secondOption: b.option))
            }
        }
        if let dir = report { try prepareFolder(dir) }
        var probed: Set<String> = []
        for o in files {
            try check(o, force: force)
            let dir = URL(fileURLWithPath: o.path).deletingLastPathComponent().path
            if o.option != "--report", probed.insert(canonical(dir)).inserted { try probe(dir, for: o) }
        }
        return reportPaths
    }

    /// The report folder `dir` and its `files`, checked as ``checkAll(_:report:reportFiles:inputs:force:)``
    /// does (for `compare`, whose only outputs they are).
    static func prepareReport(_ dir: String, files: [String], inputs: [String], force: Bool) throws -> [String] {
        try checkAll([], report: dir, reportFiles: files, inputs: inputs, force: force)
    }

    /// An output is never an input, whatever its spelling (`./x`, `a/../x`, a symbolic or
    /// a hard link).
    static func refuseInput(_ o: Output, _ inputs: [String]) throws {
        let target = URL(fileURLWithPath: o.path).standardizedFileURL.resolvingSymlinksInPath().path
        for input in inputs where URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target
            || sameFile(input, o.path) {
            throw Refused(problem: .isInput(path: o.path))
        }
    }

    /// What is at the path: nothing or a regular file (replaced with --force); anything
    /// else is never replaced. The folder must exist, except for report files (the report
    /// folder is made when the report is written).
    static func check(_ o: Output, force: Bool) throws {
        if let kind = kind(o.path), let other = kind {
            throw Refused(problem: .notRegular(path: o.path, other, option: o.option))
        }
        if !force && FileManager.default.fileExists(atPath: o.path) {
            throw Refused(problem: .exists(path: o.path))
        }
        if o.option == "--report" { return }
        let dir = URL(fileURLWithPath: o.path).deletingLastPathComponent().path
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) || !isDir.boolValue {
            throw Refused(problem: .noFolder(path: o.path, folder: dir))
        }
    }

    /// What `lstat(2)` finds at `path`: nil when there is nothing, `.some(nil)` for a
    /// regular file, else what it is (a symbolic link, a device, …).
    static func kind(_ path: String) -> OutputProblem.Kind?? {
        var s = stat()
        guard lstat(path, &s) == 0 else { return nil }
        switch s.st_mode & S_IFMT {
        case S_IFREG: return .some(nil)
        case S_IFLNK: return .symbolicLink
        case S_IFDIR: return .folder
        case S_IFCHR, S_IFBLK: return .device
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        default: return .other
        }
    }

    /// The report folder exists as a folder, or the nearest folder that exists lets us
    /// create it; either is probed for writing.
    static func prepareFolder(_ dir: String) throws {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: dir, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Refused(problem: .reportNotFolder(dir)) }
            try probe(dir, for: Output(option: "--report", path: dir))
        } else {
            var parent = URL(fileURLWithPath: dir).standardizedFileURL.deletingLastPathComponent()
            while !fm.fileExists(atPath: parent.path, isDirectory: &isFolder) && parent.path != "/" {
                parent = parent.deletingLastPathComponent()
            }
            guard isFolder.boolValue else {
                throw Refused(problem: .reportParentNotWritable(dir, parent: parent.path))
            }
            try probe(parent.path, for: Output(option: "--report", path: dir))
        }
    }

    /// Creates and removes a temporary file in `dir`: the one test of writability that
    /// also holds for root (who passes every permission bit) and read-only file systems.
    static func probe(_ dir: String, for o: Output) throws {
        var path = "", fd: Int32 = -1
        for n in 0..<100 {
            path = URL(fileURLWithPath: dir).appendingPathComponent(".rotaplan-probe-\(getpid())-\(n)").path
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else {
            throw Refused(problem: .cannotWriteIn(path: o.path, folder: dir, reason: String(cString: strerror(errno)), option: o.option),
                          code: Exit.cannotWrite)
        }
        close(fd)
        unlink(path)
    }

    /// `path` absolute, with `.`, `..` and the symbolic links of its existing part resolved
    /// (the part that does not exist yet appended as given).
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if let resolved = realpath(url.path, nil) {
            defer { free(resolved) }
            return String(cString: resolved)
        }
        let parent = url.deletingLastPathComponent()
        if parent.path == url.path { return url.path }
        return URL(fileURLWithPath: canonical(parent.path)).appendingPathComponent(url.lastPathComponent).path
    }

    /// Both paths name one existing file (same device and inode: a hard link, or a
    /// spelling the path comparison missed).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0, stat(b, &sb) == 0 else { return false }
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
    }

    /// Creates the folder that holds `path` (and its parents) if it is missing.
    static func makeFolder(of path: String) throws {
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw Refused(problem: .cannotCreateReport(dir, reason: reason(error)), code: Exit.cannotWrite)
        }
    }

    /// Runs `body`, which writes outputs; a refusal is printed with `consequence` after it
    /// (what was and was not written) and ends the command with its exit code.
    static func ending(_ consequence: WriteConsequence, _ language: Language, _ body: () throws -> Void) throws {
        do { try body() } catch let e as Refused {
            printError(consequence.after(e.text(language), language))
            throw e.code
        }
    }

    /// ``ending(_:_:_:)`` with the consequence in English only (code written before the
    /// consequences were ``WriteConsequence`` cases).
    static func ending(_ consequence: @autoclosure () -> String, _ body: () throws -> Void) throws {
        do { try body() } catch let e as Refused {
            printError("\(e); \(consequence())")
            throw e.code
        }
    }

    /// Held while a file is being written (temporary file created, filled, renamed): a
    /// second Ctrl-C takes it before quitting, so that no temporary file is left behind and
    /// no output is half-written (``Interrupts``).
    static let writing = Mutex(())

    /// Writes `text` to `path` whole (see ``write(to:replace:_:)``), flushed to the disk
    /// before it is put in place.
    static func write(_ text: String, to path: String, replace: Bool = true) throws {
        try write(Data(text.utf8), to: path, replace: replace)
    }

    /// Writes `data` to `path` whole, as ``write(_:to:replace:)`` writes text.
    static func write(_ data: Data, to path: String, replace: Bool = true) throws {
        try write(to: path, replace: replace) { tmp in
            let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            var failed: Int32 = 0
            let bytes = Array(data)
            var done = 0
            while done < bytes.count && failed == 0 {
                let n = bytes[done...].withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno != EINTR { failed = errno } else if n > 0 { done += n }
            }
            if failed == 0 && fsync(fd) != 0 { failed = errno }
            if close(fd) != 0 && failed == 0 { failed = errno }
            if failed != 0 { throw POSIXError(POSIXErrorCode(rawValue: failed) ?? .EIO) }
        }
    }

    /// Lets `produce` write a temporary file in the same folder as `path` (named
    /// `.NAME.tmp-PID`), then puts it in place, so readers never see half a file. With
    /// `replace`, rename(2) swaps the new file in atomically, but only over a regular file;
    /// without it, link(2) refuses to replace a file that appeared since the checks (falling
    /// back to a last existence check on file systems without hard links). The temporary
    /// file is removed on every path. A failure is ``Exit/cannotWrite``.
    static func write(to path: String, replace: Bool, _ produce: (String) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        try writing.withLock { _ in
            // A temporary file left by a killed run of the same process id goes first, so
            // that `produce` creates it afresh (O_EXCL: never through a link planted there).
            unlink(tmp)
            defer { unlink(tmp) }
            do {
                try produce(tmp)
            } catch {
                throw Refused(problem: .cannotWrite(path: path, reason: reason(error)), code: Exit.cannotWrite)
            }
            if let kind = kind(path), let other = kind {
                throw Refused(problem: .appearedNotRegular(path: path, other))
            }
            if !replace {
                if link(tmp, path) == 0 { return }
                if errno == EEXIST { throw Refused(problem: .appearedMeanwhile(path: path)) }
                if FileManager.default.fileExists(atPath: path) {
                    throw Refused(problem: .existsReplace(path: path))
                }
            }
            if rename(tmp, path) != 0 {
                throw Refused(problem: .cannotWrite(path: path, reason: String(cString: strerror(errno))), code: Exit.cannotWrite)
            }
        }
    }

    /// The system's words for a failed write ("No space left on device").
    static func reason(_ error: any Error) -> String {
        if let p = error as? POSIXError { return String(cString: strerror(p.code.rawValue)) }
        if let c = error as? CocoaError, let u = c.userInfo[NSUnderlyingErrorKey] as? NSError, u.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(u.code)))
        }
        return (error as? CocoaError)?.localizedDescription ?? "\(error)"
    }
}
