/// What an Excel workbook holds, as the reader returns it and the writer takes it
/// (docs/import.md, "Excel workbooks: the reader"): sheets in workbook order, each a list of
/// rows holding only the cells that have a value, each cell with its reference so that a
/// diagnostic can say `roster.xlsx, sheet 教师, cell B7`.

/// A cell's place: row and column, both from 1 (`B7` is row 7, column 2).
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Excel's largest sheet: 1,048,576 rows and 16,384 columns (`XFD`).
    public static let maxRow = 1_048_576
    public static let maxColumn = 16_384

    public let row: Int
    public let column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `B7` (letters then digits, letters in either case); nil when it is not such a
    /// reference. Does not check the limits: the reader does, to say which one was passed.
    public init?(_ text: some StringProtocol) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 4 else { return nil }
                column = column * 26 + Int(byte & 0x1F)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 8 else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0 else { return nil }
        self.init(row: row, column: column)
    }

    /// The column's letters: 1 → `A`, 27 → `AA`, 16,384 → `XFD`.
    public static func columnName(_ column: Int) -> String {
        var n = column, letters: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(r))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    public var description: String { Self.columnName(column) + String(row) }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column) < (b.row, b.column)
    }
}

/// A calendar date and time of day as Excel shows it: no time zone, no Foundation `Date`.
/// The 1900 system's fictitious 1900-02-29 (serial 60) is kept as such.
public struct XLSXDate: Hashable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    public var hasTime: Bool { hour != 0 || minute != 0 || second != 0 }

    /// `2015-09-01`, or `2019-09-01T08:30:00` when it has a time of day.
    public var description: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let date = "\(year)-\(two(month))-\(two(day))"
        return hasTime ? "\(date)T\(two(hour)):\(two(minute)):\(two(second))" : date
    }
}

/// A cell's value. A number cell whose number format is a date's is a `date`.
public enum XLSXValue: Hashable, Sendable {
    case text(String)
    case number(Double)
    case bool(Bool)
    /// A formula's error result, as Excel shows it: `#N/A`, `#DIV/0!`, `#REF!`…
    case error(String)
    case date(XLSXDate)
}

/// One cell that has a value.
public struct XLSXCell: Hashable, Sendable {
    public let reference: CellReference
    public let value: XLSXValue

    public init(_ reference: CellReference, _ value: XLSXValue) {
        self.reference = reference
        self.value = value
    }
}

/// One row that has at least one cell with a value; `number` is its row number, so rows
/// left empty in the sheet are simply absent.
public struct XLSXRow: Hashable, Sendable {
    public let number: Int
    public let cells: [XLSXCell]

    public init(number: Int, cells: [XLSXCell]) {
        self.number = number
        self.cells = cells
    }

    /// The value in `column` (from 1), or nil when that cell is empty.
    public subscript(column: Int) -> XLSXValue? {
        cells.first { $0.reference.column == column }?.value
    }
}

/// A worksheet: its tab name and its non-empty rows, in order.
public struct XLSXSheet: Hashable, Sendable {
    public let name: String
    public let rows: [XLSXRow]

    public init(name: String, rows: [XLSXRow]) {
        self.name = name
        self.rows = rows
    }

    /// The value of the cell at `reference`, or nil when it is empty.
    public subscript(reference: CellReference) -> XLSXValue? {
        rows.first { $0.number == reference.row }?[reference.column]
    }
}

/// A workbook as read: the file's name (for messages) and its worksheets in workbook order.
public struct XLSXWorkbook: Hashable, Sendable {
    public let fileName: String
    public let sheets: [XLSXSheet]

    public init(fileName: String, sheets: [XLSXSheet]) {
        self.fileName = fileName
        self.sheets = sheets
    }

    public func sheet(named name: String) -> XLSXSheet? {
        sheets.first { $0.name == name }
    }
}
