import RotaplanGenerator

/// A seeded mutation fuzzer for machines (and CI runs) without libFuzzer: byte flips,
/// insertions, deletions, duplicated and spliced ranges, and tokens that loaders find
/// hard (quotes, brackets, huge and odd numbers, BOMs, invalid UTF-8, formula prefixes),
/// applied to a corpus of valid files. Deterministic for a given seed.
public struct MutationLoop: Sendable {
    static let tokens: [[UInt8]] = [
        "\"", "\\", "{", "}", "[", "]", ",", ":", "\n", "\r\n", "\t", " ", "null", "true", "false",
        "0", "-1", "1e309", "-1e309", "NaN", "Infinity", "1.5", "4294967296", "99999999999999999999",
        "\"\"", "[]", "{}", "\\u0000", "\\ud800", "=1+1", "+", "@", "是", "语文", "校", "\u{202E}", "👩‍🏫",
        ",,,", "\"\"\"", "id", "schools", "teachers", "groups", "policy", "format", "rotaplan-instance/1",
        "rotaplan-solution/1", "exchanges", "lessons", "placements", "teacher", "school", "slot", "day",
    ].map { Array($0.utf8) } + [[0xEF, 0xBB, 0xBF], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xB2, 0xE2], [0x00]]

    /// The generator's SplitMix64: the same mutants for a seed on every platform.
    public var random: SplitMix64
    /// Largest mutant, in bytes.
    public var maximumLength: Int

    public init(seed: UInt64, maximumLength: Int = 1 << 16) {
        random = SplitMix64(seed: seed)
        self.maximumLength = maximumLength
    }

    /// A mutant of `input`, with `other` as the second parent of a splice.
    public mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var b = input
        for _ in 0...random.below(4) {
            switch random.below(8) {
            case 0 where !b.isEmpty: // flip a bit
                let i = random.below(b.count)
                b[i] ^= UInt8(1 << random.below(8))
            case 1 where !b.isEmpty: // random byte
                b[random.below(b.count)] = UInt8(truncatingIfNeeded: random.next())
            case 2: // insert a token
                b.insert(contentsOf: Self.tokens[random.below(Self.tokens.count)], at: random.below(b.count + 1))
            case 3 where !b.isEmpty: // delete a range
                let i = random.below(b.count), n = 1 + random.below(min(64, b.count - i))
                b.removeSubrange(i..<(i + n))
            case 4 where !b.isEmpty: // duplicate a range
                let i = random.below(b.count), n = 1 + random.below(min(256, b.count - i))
                b.insert(contentsOf: Array(b[i..<(i + n)]), at: random.below(b.count + 1))
            case 5 where !other.isEmpty: // splice with the other parent
                let cut = random.below(b.count + 1), from = random.below(other.count)
                b = Array(b[..<cut]) + Array(other[from...])
            case 6 where !b.isEmpty: // truncate
                b.removeSubrange(random.below(b.count)...)
            case 7 where !b.isEmpty: // replace a digit run with an odd number
                if let i = b.indices.dropFirst(random.below(b.count)).first(where: { (48...57).contains(b[$0]) }) {
                    var j = i
                    while j < b.count && (48...57).contains(b[j]) { j += 1 }
                    let odd = ["0", "-0", "1e400", "-7", "2147483648", "0.0000001", "1e-400", "3.5"]
                    b.replaceSubrange(i..<j, with: Array(odd[random.below(odd.count)].utf8))
                }
            default:
                b.append(UInt8(truncatingIfNeeded: random.next()))
            }
        }
        if b.count > maximumLength { b.removeSubrange(maximumLength...) }
        return b
    }
}

extension SplitMix64 {
    /// Uniform in 0..<n (0 when n ≤ 1).
    public mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : int(0...(n - 1)) }
}
