/// A zip archive built in memory (APPNOTE 6.3: a local header before each entry's bytes,
/// then the central directory and its end record), with fixed header fields so that the
/// same entries give the same bytes on every machine: entry dates of 1980-01-01 00:00 (the
/// zip epoch), names flagged UTF-8, made by "Unix, spec 2.1", files with permissions 0644.
/// No ZIP64: an archive that would need it is refused.
struct ZipWriter {
    /// Why the archive cannot be written: too large for a zip without ZIP64.
    struct TooLarge: Error { let what: String }

    private var body: [UInt8] = []
    private var central: [UInt8] = []
    private var count = 0

    /// Adds `data` uncompressed (method 0).
    mutating func addStored(_ path: String, _ data: [UInt8]) throws(TooLarge) {
        try add(path, method: 0, crc: Zlib.crc32(data), uncompressedSize: data.count, payload: data)
    }

    /// Adds an entry whose `payload` is already compressed by `method` (8: raw deflate).
    mutating func add(_ path: String, method: UInt16, crc: UInt32, uncompressedSize: Int, payload: [UInt8]) throws(TooLarge) {
        let name = Array(path.utf8)
        guard name.count <= 0xFFFF else { throw TooLarge(what: "a part name is longer than 65,535 bytes") }
        guard count < 0xFFFF else { throw TooLarge(what: "more than 65,534 parts") }
        guard payload.count < 0xFFFF_FFFF, uncompressedSize < 0xFFFF_FFFF, body.count < 0xFFFF_FFFF - 30 - name.count - payload.count else {
            throw TooLarge(what: "more than 4 GiB")
        }
        let offset = UInt32(body.count)
        // Shared by both headers: version needed 2.0, flags (bit 11: UTF-8 names), method,
        // time 00:00, date 1980-01-01, CRC-32, sizes, name length, no extra field.
        var common: [UInt8] = []
        Self.put16(&common, 20)
        Self.put16(&common, 0x0800)
        Self.put16(&common, method)
        Self.put16(&common, 0)
        Self.put16(&common, 1 << 5 | 1)
        Self.put32(&common, crc)
        Self.put32(&common, UInt32(payload.count))
        Self.put32(&common, UInt32(uncompressedSize))
        Self.put16(&common, UInt16(name.count))
        Self.put16(&common, 0)

        Self.put32(&body, 0x0403_4B50)
        body += common + name + payload

        Self.put32(&central, 0x0201_4B50)
        Self.put16(&central, 0x0315)
        central += common
        Self.put16(&central, 0)  // comment length
        Self.put16(&central, 0)  // disk number
        Self.put16(&central, 0)  // internal attributes
        Self.put32(&central, 0o100644 << 16)  // external: a regular Unix file, rw-r--r--
        Self.put32(&central, offset)
        central += name
        count += 1
    }

    /// The archive's bytes: the entries, the central directory, its end record.
    func bytes() throws(TooLarge) -> [UInt8] {
        guard body.count + central.count < 0xFFFF_FFFF else { throw TooLarge(what: "more than 4 GiB") }
        var out = body + central
        Self.put32(&out, 0x0605_4B50)
        Self.put16(&out, 0)  // this disk
        Self.put16(&out, 0)  // the directory's disk
        Self.put16(&out, UInt16(count))
        Self.put16(&out, UInt16(count))
        Self.put32(&out, UInt32(central.count))
        Self.put32(&out, UInt32(body.count))
        Self.put16(&out, 0)  // comment length
        return out
    }

    private static func put16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(truncatingIfNeeded: value))
        out.append(UInt8(truncatingIfNeeded: value >> 8))
    }

    private static func put32(_ out: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
