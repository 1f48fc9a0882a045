import RotaplanDomain

/// How the importer turns dates into years (docs/import.md, "Dates"; issue 17 item 2):
/// 入校时间 → yearsAtSchool, 退休时间 or 出生年月 with 性别 → yearsToRetirement, each counted
/// in months to September of the instance's school year (`--year`, else this school
/// year, said in a note). Import options, not policy keys: the instance keeps only the
/// years (MODEL.md §2, §3), so an independent implementation reads it unchanged.
public struct ImportDates: Sendable, Equatable {
    /// Retirement ages in years for men and women (`--retirement-age`); nil = the
    /// statutory schedule (``RetirementAge``).
    public var menAge: Int?
    public var womenAge: Int?
    /// Today's year and month, for the school year when no `--year` is given (a school
    /// year starts in September).
    public var todayYear: Int
    public var todayMonth: Int

    public init(menAge: Int? = nil, womenAge: Int? = nil, todayYear: Int = 2025, todayMonth: Int = 9) {
        self.menAge = menAge
        self.womenAge = womenAge
        self.todayYear = todayYear
        self.todayMonth = todayMonth
    }

    /// The school year of today: from September on this calendar year, before it the last.
    public var currentSchoolYear: Int { todayMonth >= 9 ? todayYear : todayYear - 1 }
}

/// The statutory retirement age of 国务院关于渐进式延迟法定退休年龄的办法 (adopted by the NPC
/// Standing Committee on 2024-09-13, in force from 2025-01-01): men from 60 to 63, women
/// cadres and professionals (teachers are professionals) from 55 to 58, raised by one month
/// for every four months of birth from January 1965 (men) and January 1970 (women), at most
/// 36 months.
public enum RetirementAge {
    /// The age at retirement in months for someone born in `year`/`month`.
    public static func months(bornYear year: Int, month: Int, male: Bool) -> Int {
        let base = male ? 60 : 55
        let since = (year - (male ? 1965 : 1970)) * 12 + (month - 1)
        let extra = since < 0 ? 0 : min(36, since / 4 + 1)
        return base * 12 + extra
    }

    /// `60岁` / `60岁3个月`-style text of an age in months, for notes.
    static func text(_ months: Int) -> String {
        months % 12 == 0 ? "\(months / 12)" : "\(months / 12) years \(months % 12) months"
    }
}

extension CellValues {
    /// A date as (year, month): a workbook's date cell or serial, or text `2019-09`,
    /// `2019-09-01`, `2019/9/1`, `2019/9`, `2019年9月`, `2019年9月1日`, `2019.09`, `201909`,
    /// `20190901`. `yearAlone`: also a bare `2019` (read as that September).
    static func yearMonth(_ text: String, excel: XLSXValue?, yearAlone: Bool) -> Result<(year: Int, month: Int), CellError> {
        if case .date(let d)? = excel { return .success((d.year, d.month)) }
        if case .number(let n)? = excel, n >= 367, n < ExcelDate.maxSerial, let d = ExcelDate.date(serial: n, date1904: false), !(1900...2200).contains(Int(n)) {
            return .success((d.year, d.month))
        }
        let fail = Result<(year: Int, month: Int), CellError>.failure(CellError(.workbook(.notDate(text))))
        var t = text.replacingOccurrences(of: "日", with: "")
        for sep in ["年", "月", "/", ".", "－"] { t = t.replacingOccurrences(of: sep, with: "-") }
        var parts = t.split(separator: "-", omittingEmptySubsequences: true).map(String.init)
        if parts.count == 1, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }) {
            let p = parts[0]
            if p.count == 6 || p.count == 8 { parts = [String(p.prefix(4)), String(p.dropFirst(4).prefix(2))] }
            else if p.count == 4, yearAlone { parts = [p, "9"] }
            else if p.count == 5, let n = Double(p), let d = ExcelDate.date(serial: n, date1904: false) { return .success((d.year, d.month)) }
        }
        guard (2...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), (1900...2200).contains(y), (1...12).contains(m) else { return fail }
        if parts.count == 3, let d = Int(parts[2]), !(1...31).contains(d) { return fail }
        return .success((y, m))
    }

    /// 男 or 女 (also male/female, M/F).
    static func isMale(_ text: String) -> Result<Bool, CellError> {
        switch text.lowercased() {
        case "男", "男性", "m", "male": return .success(true)
        case "女", "女性", "f", "female": return .success(false)
        default: return .failure(CellError(.workbook(.notSex(text))))
        }
    }
}
