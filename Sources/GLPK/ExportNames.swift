/// Turns the readable names of a model into names every LP/MPS reader accepts.
///
/// CPLEX-LP and free MPS readers differ in what a name may hold; the safe set, checked
/// against GLPK, HiGHS and CBC (Tests/GLPKTests/ExportTests.swift), is ASCII letters,
/// digits and `_ . ( )`. So `exchange.4.2.volume[G1,S2]` becomes
/// `exchange.4.2.volume(G1.S2)`, any other character becomes `_`, a name that could be
/// read as a number or an LP keyword gets a leading `_`, names are cut to
/// ``maximumLength`` bytes, and clashes get a `_2`, `_3`, … suffix in model order, so
/// every name in an export is unique and the same model always gets the same names.
enum ExportNames {
    /// Longest name written. CBC 2.10 misreads longer MPS names (see benchmarks/README.md).
    static let maximumLength = 64

    private static let keywords: Set<String> = [
        "st", "s.t.", "subject", "such", "bound", "bounds", "free", "end", "int", "integer",
        "integers", "gen", "general", "generals", "bin", "binary", "binaries", "inf",
        "infinity", "minimize", "maximize", "minimum", "maximum", "min", "max", "obj",
        "objective", "semi", "semis", "sos", "nan",
    ]

    /// Unique, safe names for `names`, in the same order.
    static func sanitized(_ names: [String], reserved: Set<String> = []) -> [String] {
        var used = reserved
        used.reserveCapacity(names.count + reserved.count)
        var out: [String] = []
        out.reserveCapacity(names.count)
        for name in names {
            let base = safe(name)
            var candidate = base
            var k = 2
            while used.contains(candidate) {
                let suffix = "_\(k)"
                candidate = String(base.prefix(maximumLength - suffix.count)) + suffix
                k += 1
            }
            used.insert(candidate)
            out.append(candidate)
        }
        return out
    }

    /// One name made safe (not yet unique).
    static func safe(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(name.utf8.count, maximumLength))
        for scalar in name.unicodeScalars {
            let v = scalar.value
            let b: UInt8
            switch v {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2E, 0x28, 0x29: b = UInt8(v)
            case 0x5B: b = 0x28  // [ → (
            case 0x5D: b = 0x29  // ] → )
            case 0x2C: b = 0x2E  // , → .
            default: b = 0x5F    // anything else → _
            }
            bytes.append(b)
        }
        if bytes.isEmpty { bytes = [0x5F] }
        var s = String(decoding: bytes, as: UTF8.self)
        let first = bytes[0]
        let second: UInt8? = bytes.count > 1 ? bytes[1] : nil
        let startsLikeNumber = (0x30...0x39).contains(first) || first == 0x2E
            || ((first == 0x65 || first == 0x45)
                && second.map { (0x30...0x39).contains($0) || $0 == 0x65 || $0 == 0x45 } == true)
        if startsLikeNumber || keywords.contains(s.lowercased()) { s = "_" + s }
        if s.utf8.count > maximumLength { s = String(s.prefix(maximumLength)) }
        return s
    }
}
