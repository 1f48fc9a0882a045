import RotaplanDomain

/// Recognises files in UTF-16 or UTF-32, with or without a byte-order mark, so that a
/// loader can read or name them instead of calling them GBK (docs/import.md, "Encodings").
///
/// Without a mark the NUL bytes give them away: text files in UTF-8 (and GBK) have none,
/// while in UTF-16 every ASCII character (the commas, digits, line ends and JSON
/// punctuation of every input file) has a NUL high byte, all at odd offsets (little-endian)
/// or all at even ones (big-endian); in UTF-32 two of every four bytes are NUL. The first
/// 64 KiB decide; O(1) beyond that.
enum TextEncoding: Equatable {
    case utf16(bigEndian: Bool, bom: Bool)
    case utf32(bigEndian: Bool, bom: Bool)

    /// How messages name it: "UTF-16 (without BOM)", "UTF-16", "UTF-32".
    var name: String {
        switch self {
        case let .utf16(_, bom): return bom ? "UTF-16" : "UTF-16 (without BOM)"
        case .utf32: return "UTF-32"
        }
    }

    /// The encoding of `bytes` if it is UTF-16 or UTF-32, else nil (UTF-8, GBK, binary…).
    static func sniff(_ bytes: [UInt8]) -> TextEncoding? {
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return .utf32(bigEndian: true, bom: true) }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return .utf32(bigEndian: false, bom: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return .utf16(bigEndian: true, bom: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return .utf16(bigEndian: false, bom: true) }
        let n = min(bytes.count, 1 << 16)
        guard n >= 2, bytes[..<n].contains(0) else { return nil }
        // NUL bytes by offset modulo 4.
        var zeros = [0, 0, 0, 0], counts = [0, 0, 0, 0]
        for i in 0..<n {
            counts[i & 3] += 1
            if bytes[i] == 0 { zeros[i & 3] += 1 }
        }
        if bytes.count % 4 == 0 {
            // Every scalar is at most U+10FFFF: its top byte is NUL, its next at most 0x10.
            let le = stride(from: 0, to: n - 3, by: 4).allSatisfy { bytes[$0 + 3] == 0 && bytes[$0 + 2] <= 0x10 }
            let be = stride(from: 0, to: n - 3, by: 4).allSatisfy { bytes[$0] == 0 && bytes[$0 + 1] <= 0x10 }
            if le && zeros[0] < counts[0] { return .utf32(bigEndian: false, bom: false) }
            if be && zeros[3] < counts[3] { return .utf32(bigEndian: true, bom: false) }
        }
        guard bytes.count % 2 == 0 else { return nil }
        let even = zeros[0] + zeros[2], odd = zeros[1] + zeros[3]
        // At least one code unit in ten is ASCII (separators, line ends), so a stray NUL in
        // a UTF-8 file is not taken for UTF-16; CJK characters may have a NUL low byte
        // (一 is U+4E00), but the ASCII ones dominate.
        let enough = max(1, n / 20)
        if odd >= enough && odd >= 4 * even { return .utf16(bigEndian: false, bom: false) }
        if even >= enough && even >= 4 * odd { return .utf16(bigEndian: true, bom: false) }
        return nil
    }
}
