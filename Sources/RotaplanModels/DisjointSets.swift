/// Union–find over 0…n−1 with path halving; the root of a set is its smallest member, so
/// parts built from it come out in a deterministic order. Used to split each problem into
/// independent parts (exchange groups, training blocks, walking lines).
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The smallest member of `a`'s set.
    mutating func find(_ a: Int) -> Int {
        var a = a
        while parent[a] != a { parent[a] = parent[parent[a]]; a = parent[a] }
        return a
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a), rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
