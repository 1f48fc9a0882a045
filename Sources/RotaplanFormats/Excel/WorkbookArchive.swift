import Foundation

/// The zip archive of a workbook, read part by part under limits (docs/import.md, "Excel
/// workbooks: the reader"): each part and all parts together are capped as they are
/// decompressed, not by the sizes the archive declares (a zip bomb declares small ones),
/// and part names are matched as OOXML says, case-insensitively, from the archive's root.
struct WorkbookArchive {
    let file: String
    private let zip: ZipDirectory
    private let entries: [String: ZipDirectory.Entry]
    private let limits: XLSXReader.Limits
    private var totalRead = 0

    init(_ data: Data, file: String, limits: XLSXReader.Limits) throws(XLSXError) {
        self.file = file
        self.limits = limits
        guard data.starts(with: [0x50, 0x4B]) else { throw XLSXError(file: file, .notAZip) }
        do {
            zip = try ZipDirectory(data, maxEntries: limits.entries)
        } catch {
            switch error {
            case .tooManyEntries(let count): throw XLSXError(file: file, .tooManyEntries(count: count, limit: limits.entries))
            case .unsupported(let what): throw XLSXError(file: file, .unsupportedZip(what))
            case .notAZip, .damaged, .tooLarge: throw XLSXError(file: file, .notAZip)
            }
        }
        guard !zip.entries.isEmpty else { throw XLSXError(file: file, .notAZip) }
        var entries: [String: ZipDirectory.Entry] = [:]
        for entry in zip.entries { entries[Self.key(entry.path)] = entry }
        self.entries = entries
    }

    func contains(_ part: String) -> Bool { entries[Self.key(part)] != nil }

    /// The bytes of `part` (a path from the archive's root, `xl/workbook.xml`).
    mutating func read(_ part: String) throws(XLSXError) -> [UInt8] {
        guard let entry = entries[Self.key(part)] else { throw XLSXError(file: file, .missingPart(part)) }
        let partLimit = limits.partBytes, totalLimit = limits.totalBytes
        guard entry.uncompressedSize <= partLimit else { throw XLSXError(file: file, .partTooLarge(part: part, limit: partLimit)) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(entry.uncompressedSize)
        let before = totalRead
        do {
            try zip.read(entry) { chunk in
                guard bytes.count + chunk.count <= partLimit else { throw Overflow.part }
                guard before + bytes.count + chunk.count <= totalLimit else { throw Overflow.total }
                bytes.append(contentsOf: chunk)
            }
        } catch Overflow.part {
            throw XLSXError(file: file, .partTooLarge(part: part, limit: partLimit))
        } catch Overflow.total {
            throw XLSXError(file: file, .workbookTooLarge(limit: totalLimit))
        } catch ZipDirectory.Failure.unsupported(let what) {
            throw XLSXError(file: file, .unsupportedZip(what))
        } catch {
            throw XLSXError(file: file, .damagedPart(part))
        }
        guard bytes.count == entry.uncompressedSize else { throw XLSXError(file: file, .damagedPart(part)) }
        totalRead += bytes.count
        return bytes
    }
    /// The part a relationship of `source` points to: `Target` resolved against the source's
    /// folder (or from the root when it starts with `/`); an external target, or one whose
    /// `..` climbs out of the archive, is refused.
    func resolve(_ target: String, from source: String, external: Bool) throws(XLSXError) -> String {
        let escapes = XLSXError(file: file, .pathEscapes(part: source, target: target))
        guard !external, !target.contains("://"), !target.contains("\0") else { throw escapes }
        let normalised = target.replacingOccurrences(of: "\\", with: "/")
        var segments: [Substring] = normalised.hasPrefix("/") ? [] : source.split(separator: "/").dropLast()
        for segment in normalised.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard segments.popLast() != nil else { throw escapes }
            default: segments.append(segment)
            }
        }
        guard !segments.isEmpty else { throw escapes }
        return segments.joined(separator: "/")
    }

    /// Part names are case-insensitive (ECMA-376 Part 2, §6.2.2.3) and have no leading `/`.
    private static func key(_ path: String) -> String {
        String(path.drop { $0 == "/" }).lowercased()
    }

    private enum Overflow: Error { case part, total }
}
