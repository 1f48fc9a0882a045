/// A small raw-deflate compressor for the tests' workbooks (RFC 1951: one final block with
/// the fixed Huffman codes, greedy matches of up to 258 bytes found through a hash of three
/// bytes), so that deflated zips, zip bombs among them, are built without a library.
enum TestDeflate {
    static func compress(_ input: [UInt8]) -> [UInt8] {
        var out = BitWriter()
        out.write(1, bits: 1)  // BFINAL
        out.write(1, bits: 2)  // BTYPE 01: fixed Huffman codes
        var head = [Int](repeating: -1, count: 1 << 15)
        func key(_ k: Int) -> Int { (Int(input[k]) << 10 ^ Int(input[k + 1]) << 5 ^ Int(input[k + 2])) & 0x7FFF }
        var at = 0
        while at < input.count {
            var length = 0
            let candidate = at + 3 <= input.count ? head[key(at)] : -1
            if candidate >= 0, at - candidate <= 32_768 {
                while length < 258, at + length < input.count, input[candidate + length] == input[at + length] { length += 1 }
            }
            let step = length >= 3 ? length : 1
            if length >= 3 { out.match(length: length, distance: at - candidate) } else { out.symbol(Int(input[at])) }
            for k in stride(from: at, to: min(at + step, input.count - 2), by: 1) { head[key(k)] = k }
            at += step
        }
        out.symbol(256)  // end of block
        return out.finished
    }

    private struct BitWriter {
        private var bytes: [UInt8] = []
        private var pending: UInt32 = 0, count: UInt32 = 0

        /// `value`'s low `bits` bits, least significant first (header and extra bits).
        mutating func write(_ value: Int, bits: Int) {
            for k in 0..<bits {
                pending |= UInt32((value >> k) & 1) << count
                count += 1
                if count == 8 { bytes.append(UInt8(pending)); pending = 0; count = 0 }
            }
        }

        /// A Huffman code, most significant bit first.
        mutating func code(_ value: Int, bits: Int) {
            for k in stride(from: bits - 1, through: 0, by: -1) { write((value >> k) & 1, bits: 1) }
        }

        /// A literal/length symbol in the fixed code (RFC 1951, §3.2.6).
        mutating func symbol(_ s: Int) {
            switch s {
            case 0...143: code(0x30 + s, bits: 8)
            case 144...255: code(0x190 + s - 144, bits: 9)
            case 256...279: code(s - 256, bits: 7)
            default: code(0xC0 + s - 280, bits: 8)
            }
        }

        private static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        private static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                           1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]

        mutating func match(length: Int, distance: Int) {
            let l = Self.lengthBase.lastIndex { $0 <= length }!
            symbol(257 + l)
            write(length - Self.lengthBase[l], bits: Self.lengthExtra[l])
            let d = Self.distanceBase.lastIndex { $0 <= distance }!
            code(d, bits: 5)
            write(distance - Self.distanceBase[d], bits: max(0, d / 2 - 1))
        }

        var finished: [UInt8] { count > 0 ? bytes + [UInt8(pending)] : bytes }
    }
}
