/// Excel's date serials (ECMA-376 Part 1, §18.17.4.1): a date is a number of days since an
/// epoch, its fraction the time of day. In the 1900 system serial 1 is 1900-01-01 and
/// serial 60 is 1900-02-29, a day that never was (Lotus 1-2-3's leap-year bug, kept by
/// Excel), so from serial 61 (1900-03-01) on a serial counts days since 1899-12-30. In the
/// 1904 system (`<workbookPr date1904="1"/>`) serial 0 is 1904-01-01.
enum ExcelDate {
    /// The largest serial Excel shows as a date: 9999-12-31 in the 1900 system.
    static let maxSerial = 2_958_465.0

    /// Days from 1970-01-01 to 1899-12-30 and to 1904-01-01.
    private static let epoch1900 = -25_569
    private static let epoch1904 = -24_107

    /// The date of `serial`, or nil when it is negative, too large or not finite (Excel
    /// shows such cells as `#####`; the reader keeps them as numbers). The time of day is
    /// rounded to the second.
    static func date(serial: Double, date1904: Bool) -> XLSXDate? {
        guard serial.isFinite, serial >= 0, serial < maxSerial + 1 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 { days += 1; seconds -= 86_400 }
        let (hour, minute, second) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        if !date1904 && days == 60 {
            return XLSXDate(year: 1900, month: 2, day: 29, hour: hour, minute: minute, second: second)
        }
        let unixDays = date1904 ? epoch1904 + days : epoch1900 + days + (days < 60 ? 1 : 0)
        let (y, m, d) = civil(fromUnixDays: unixDays)
        return XLSXDate(year: y, month: m, day: d, hour: hour, minute: minute, second: second)
    }

    /// The 1900-system serial of `date`, or nil when it is not a real date between
    /// 1900-01-01 and 9999-12-31 (1900-02-29 gives 60, as in Excel).
    static func serial(of date: XLSXDate) -> Double? {
        guard (0..<24).contains(date.hour), (0..<60).contains(date.minute), (0..<60).contains(date.second),
              (1900...9999).contains(date.year), (1...12).contains(date.month) else { return nil }
        let time = Double(date.hour * 3600 + date.minute * 60 + date.second) / 86_400
        if date.year == 1900 && date.month == 2 && date.day == 29 { return 60 + time }
        let unixDays = unixDays(year: date.year, month: date.month, day: date.day)
        guard (1...31).contains(date.day), civil(fromUnixDays: unixDays) == (date.year, date.month, date.day) else { return nil }
        var days = unixDays - epoch1900
        if days < 61 { days -= 1 }
        return Double(days) + time
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's `days_from_civil`).
    static func unixDays(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (`civil_from_days`).
    static func civil(fromUnixDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
