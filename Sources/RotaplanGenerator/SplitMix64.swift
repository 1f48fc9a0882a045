/// SplitMix64 (Steele, Lea and Flood 2014; the seeding generator of xoshiro): 64 bits of
/// state, one add and three xor-shift-multiplies per draw. It is the generator's only
/// source of randomness, so the same seed gives the same numbers on every platform and
/// every run. Everything built on it uses only integer arithmetic, IEEE `+ − × ÷`,
/// `sqrt` and `rounded()`, which are exact or correctly rounded everywhere (no libm
/// transcendental functions, no `Hasher`, no `Dictionary`/`Set` iteration order).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1), 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in `range` (unbiased: rejection of the short last block).
    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound) &+ 1
        if span == 0 { return Int(bitPattern: UInt(next())) }  // the whole Int range
        let threshold = (0 &- span) % span
        var x = next()
        while x < threshold { x = next() }
        return range.lowerBound + Int(x % span)
    }

    /// Uniform in [a, b).
    public mutating func double(_ a: Double, _ b: Double) -> Double { a + (b - a) * unit() }

    /// True with probability p.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// One element, uniformly.
    public mutating func pick<T>(_ items: [T]) -> T {
        precondition(!items.isEmpty, "pick from an empty list")
        return items[int(0...(items.count - 1))]
    }

    /// An index drawn with the given non-negative weights (not all zero).
    public mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        precondition(total > 0, "weights must not all be zero")
        var x = unit() * total
        for (i, w) in weights.enumerated() where w > 0 {
            if x < w { return i }
            x -= w
        }
        return weights.lastIndex { $0 > 0 }!
    }

    /// Fisher–Yates shuffle.
    public mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = int(0...i)
            if i != j { items.swapAt(i, j) }
        }
    }

    /// A shuffled copy.
    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var copy = items
        shuffle(&copy)
        return copy
    }

    /// `k` distinct elements in random order (all of them when k ≥ count).
    public mutating func sample<T>(_ items: [T], _ k: Int) -> [T] {
        var copy = items
        let n = min(max(k, 0), copy.count)
        for i in 0..<n {
            let j = int(i...(copy.count - 1))
            if i != j { copy.swapAt(i, j) }
        }
        return Array(copy.prefix(n))
    }

    /// An independent stream for one part of the generation, so that a change in one
    /// part does not shift the numbers of the others.
    public func fork(_ label: String) -> SplitMix64 {
        var r = SplitMix64(seed: state ^ SplitMix64.fnv1a(label))
        _ = r.next()
        return SplitMix64(seed: r.next())
    }

    /// FNV-1a over UTF-8: a stable string hash (Swift's `Hasher` is seeded per process).
    public static func fnv1a(_ s: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
