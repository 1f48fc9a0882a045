import Foundation
import Crypto
import _CryptoExtras

/// Passwords stored as salted slow hashes: scrypt (N = 2^15, r = 8, p = 1, 32 bytes) with a
/// 16-byte random salt, written `scrypt$15$8$1$SALT$HASH` (base64), compared in constant time.
public enum Passwords {
    static let logN = 15, r = 8, p = 1

    /// The shortest password an account may have.
    public static let minimumLength = 10

    public static func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var g = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = UInt8.random(in: 0...255, using: &g) }
        let key = try derive(password, salt: salt, logN: logN, r: r, p: p)
        return "scrypt$\(logN)$\(r)$\(p)$\(Data(salt).base64EncodedString())$\(Data(key).base64EncodedString())"
    }

    public static func verify(_ password: String, against stored: String) -> Bool {
        let f = stored.split(separator: "$").map(String.init)
        guard f.count == 6, f[0] == "scrypt", let n = Int(f[1]), let r = Int(f[2]), let p = Int(f[3]),
              (10...20).contains(n), (1...16).contains(r), (1...4).contains(p),
              let salt = Data(base64Encoded: f[4]), let want = Data(base64Encoded: f[5]),
              let got = try? derive(password, salt: [UInt8](salt), logN: n, r: r, p: p), got.count == want.count
        else { return false }
        return zip(got, want).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func derive(_ password: String, salt: [UInt8], logN: Int, r: Int, p: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(from: Array(password.utf8), salt: salt, outputByteCount: 32,
                                           rounds: 1 << logN, blockSize: r, parallelism: p)
        return key.withUnsafeBytes { Array($0) }
    }
}

/// Random tokens (sessions, CSRF, the local sign-in link) and their stored hashes.
public enum Tokens {
    /// 32 random bytes as URL-safe base64 without padding (43 characters).
    public static func random() -> String {
        var g = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &g) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of a token, hex: what the database keeps of a session cookie.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Constant-time comparison of two tokens.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
