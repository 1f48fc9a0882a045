import Foundation

/// The CSV tables `rotaplan compare --report` and `rotaplan horizon --report` write
/// (compare.csv, horizon.csv: UTF-8 with a BOM, RFC 4180 quoting), read back for the result
/// pages. Missing or unreadable files give no table.
enum ResultTable {
    /// The rows of `text`, each a list of cells.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = ""
        var quoted = false, atStart = true
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? { if let p = pending { pending = nil; return p }; return it.next() }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let d = it.next() { if d == "\"" { cell.unicodeScalars.append(d) } else { quoted = false; pending = d } }
                    else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
                continue
            }
            switch c {
            case "\u{FEFF}" where atStart: break
            case "\"" where cell.isEmpty: quoted = true
            case ",": row.append(cell); cell = ""
            case "\r": break
            case "\n": row.append(cell); rows.append(row); row = []; cell = ""
            default: cell.unicodeScalars.append(c)
            }
            atStart = false
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }

    /// The table of the CSV file at `url`, or nil.
    static func read(_ url: URL) -> [[String]]? {
        guard let data = try? Data(contentsOf: url), data.count < 8 << 20 else { return nil }
        let rows = parse(String(decoding: data, as: UTF8.self))
        return rows.isEmpty ? nil : rows
    }
}
