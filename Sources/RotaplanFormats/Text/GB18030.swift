#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 (a superset of GBK and GB2312), the encoding Chinese Windows and older Excel
/// save "CSV (逗号分隔)" in (docs/import.md, "Encodings"), decoded with the C library's
/// iconv.
enum GB18030 {
    /// The text of `bytes`, or nil when they are not valid GB18030 (or iconv lacks it).
    static func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        // A GB18030 character of 1, 2 or 4 bytes is at most 4 bytes of UTF-8.
        var output = [CChar](repeating: 0, count: input.count * 2 + 4)
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outBuffer.count - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output.prefix(written).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
