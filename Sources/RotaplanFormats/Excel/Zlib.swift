import CZlib

/// The one Swift file that calls zlib (as GLPKBackend is GLPK's one door): raw deflate
/// streams inflated chunk by chunk (APPNOTE 6.3, method 8; RFC 1951) and CRC-32 checksums,
/// for the workbook archive (docs/import.md, "Excel workbooks: the reader").
enum Zlib {
    /// The stream cannot be inflated: bad data, or it ends before its last block.
    struct Damaged: Error {}

    /// The CRC-32 of `bytes`, continuing from `crc` (0 to start).
    static func crc32(_ bytes: some Collection<UInt8>, continuing crc: UInt32 = 0) -> UInt32 {
        let run = { (buffer: UnsafeBufferPointer<UInt8>) -> UInt32 in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return crc }
            var sum = UInt(crc), at = 0
            while at < buffer.count {  // uInt lengths: in pieces of at most 1 GiB
                let length = min(buffer.count - at, 1 << 30)
                sum = CZlib.crc32(sum, base + at, UInt32(length))
                at += length
            }
            return UInt32(truncatingIfNeeded: sum)
        }
        if let sum = bytes.withContiguousStorageIfAvailable(run) { return sum }
        return Array(bytes).withUnsafeBufferPointer(run)
    }

    /// Inflates the raw deflate stream `input`, handing the output to `consume` in chunks of
    /// at most `chunkSize` bytes; `consume` throws to stop (the caller's size cap), so no
    /// more than one chunk past a cap is ever produced. Damaged or truncated input throws
    /// `Damaged`: each call to zlib either makes progress or ends the loop.
    static func inflateRaw(_ input: ArraySlice<UInt8>, chunkSize: Int = 1 << 16,
                           consume: (ArraySlice<UInt8>) throws -> Void) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Damaged()
        }
        defer { inflateEnd(&stream) }
        guard input.count <= Int(UInt32.max) else { throw Damaged() }
        var output = [UInt8](repeating: 0, count: chunkSize)
        try input.withUnsafeBufferPointer { source in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = UInt32(source.count)
            while true {
                let status = output.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunkSize - Int(stream.avail_out)
                if produced > 0 { try consume(output[0..<produced]) }
                switch status {
                case Z_STREAM_END: return
                case Z_OK: continue  // progress was made: input read or output written
                default: throw Damaged()  // Z_DATA_ERROR, Z_BUF_ERROR (input ended early), Z_NEED_DICT, Z_MEM_ERROR
                }
            }
        }
    }
}
