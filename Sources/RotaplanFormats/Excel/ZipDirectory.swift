import Foundation

/// A zip archive read from bytes with every offset and size checked before use (APPNOTE
/// 6.3: end of central directory, central directory, local headers); zlib inflates and
/// computes the checksums (`Zlib`, its one door).
struct ZipDirectory {
    struct Entry {
        let path: String
        let method: UInt16
        let flags: UInt16
        let crc: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeader: Int
    }

    enum Failure: Error {
        case notAZip
        case unsupported(String)
        case tooManyEntries(Int)
        case damaged
        case tooLarge
    }

    let entries: [Entry]
    private let bytes: [UInt8]

    init(_ data: Data, maxEntries: Int) throws(Failure) {
        let bytes = [UInt8](data)
        func u16(_ k: Int) -> UInt16 { Self.u16(bytes, k) }
        func u32(_ k: Int) -> UInt32 { Self.u32(bytes, k) }
        // The end-of-central-directory record: 22 bytes and a comment of up to 65,535.
        guard bytes.count >= 22 else { throw .notAZip }
        let lowest = max(0, bytes.count - 22 - 65_535)
        guard let eocd = stride(from: bytes.count - 22, through: lowest, by: -1).first(where: { u32($0) == 0x0605_4B50 }) else {
            throw .notAZip
        }
        let count = Int(u16(eocd + 10)), size = Int(u32(eocd + 12)), offset = Int(u32(eocd + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw .unsupported("it is a ZIP64 archive")
        }
        guard count <= maxEntries else { throw .tooManyEntries(count) }
        guard offset + size <= eocd else { throw .damaged }
        var entries: [Entry] = [], at = offset
        for _ in 0..<count {
            guard at + 46 <= offset + size, u32(at) == 0x0201_4B50 else { throw .damaged }
            let nameLength = Int(u16(at + 28)), extra = Int(u16(at + 30)), comment = Int(u16(at + 32))
            guard at + 46 + nameLength <= offset + size else { throw .damaged }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            entries.append(Entry(path: name, method: u16(at + 10), flags: u16(at + 8), crc: u32(at + 16),
                                 compressedSize: Int(u32(at + 20)), uncompressedSize: Int(u32(at + 24)),
                                 localHeader: Int(u32(at + 42))))
            at += 46 + nameLength + extra + comment
        }
        self.entries = entries
        self.bytes = bytes
    }

    /// The entry's content, decompressed; `consume` sees it in chunks and may throw to stop.
    func read(_ entry: Entry, consume: (ArraySlice<UInt8>) throws -> Void) throws {
        guard entry.flags & 1 == 0 else { throw Failure.unsupported("a part is encrypted") }
        let at = entry.localHeader
        guard at + 30 <= bytes.count, u32(at) == 0x0403_4B50 else { throw Failure.damaged }
        let start = at + 30 + Int(u16(at + 26)) + Int(u16(at + 28))
        let end = start + entry.compressedSize
        guard end <= bytes.count else { throw Failure.damaged }
        var crc: UInt32 = 0
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw Failure.damaged }
            try consume(bytes[start..<end])
            crc = Zlib.crc32(bytes[start..<end])
        case 8:
            do {
                try Zlib.inflateRaw(bytes[start..<end]) { chunk in
                    try consume(chunk)
                    crc = Zlib.crc32(chunk, continuing: crc)
                }
            } catch is Zlib.Damaged {
                throw Failure.damaged
            }
        default:
            throw Failure.unsupported("a part uses compression method \(entry.method)")
        }
        guard crc == entry.crc else { throw Failure.damaged }
    }

    private func u16(_ k: Int) -> UInt16 { Self.u16(bytes, k) }
    private func u32(_ k: Int) -> UInt32 { Self.u32(bytes, k) }

    /// Little-endian fields; 0 past the end (every caller then finds a bad signature or size).
    private static func u16(_ bytes: [UInt8], _ k: Int) -> UInt16 {
        guard k >= 0, k + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[k]) | UInt16(bytes[k + 1]) << 8
    }

    private static func u32(_ bytes: [UInt8], _ k: Int) -> UInt32 {
        guard k >= 0, k + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[k]) | UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k + 2]) << 16 | UInt32(bytes[k + 3]) << 24
    }
}
