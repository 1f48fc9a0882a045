import RotaplanDomain

/// Years from the dates of a teachers table (docs/import.md, "Dates"; ``ImportDates``):
/// 入校时间 → yearsAtSchool; 退休时间, else 出生年月 with 性别 → yearsToRetirement. A column
/// given both ways keeps the explicit years, with a warning when the two differ by a year
/// or more.
extension ImportRun {
    /// The school year the dates are counted to, and whether `--year` gave it.
    var datesYear: (year: Int, given: Bool) { year.map { ($0, true) } ?? (dates.currentSchoolYear, false) }

    /// Months from year/month to September of the school year (positive when before it).
    func monthsToStart(_ y: Int, _ m: Int) -> Int { datesYear.year * 12 + 8 - (y * 12 + m - 1) }

    static func years(_ months: Int) -> Double { (Double(months) / 12 * 100).rounded() / 100 }

    /// Fills or checks yearsAtSchool and yearsToRetirement of one teacher's fields `out`.
    mutating func applyDates(_ t: BoundTable, _ record: CSVTable.Record, _ row: CellOrigin, at place: RecordPath,
                             _ out: inout [(String, JSONOut)]) {
        func date(_ key: String, yearAlone: Bool) -> (cell: CSVTable.Cell, year: Int, month: Int)? {
            guard let cell = t.cell(record, key) else { return nil }
            if case .error(let e)? = cell.excel { error(t, cell, key, "the cell shows Excel's error \(e); type the date or fix the formula"); return nil }
            switch CellValues.yearMonth(cell.value, excel: cell.excel, yearAlone: yearAlone) {
            case .success(let ym): return (cell, ym.year, ym.month)
            case .failure(let e): error(t, cell, key, e.message); return nil
            }
        }
        func put(_ key: String, _ value: Double, from cell: CSVTable.Cell, dateKey: String) {
            usedDates = true
            if let i = out.firstIndex(where: { $0.0 == key }) {
                guard case .number(let given) = out[i].1, abs(given - value) >= 1 else { return }
                let h = header(t, key, cell)
                warnings.append(Diagnostic(.warning, file: t.file, line: cell.line, column: cell.column, path: RecordPath(field: h),
                                           .csv(.workbook(.datesDisagree(dateYears: Self.number(value), header: t.fields[key].flatMap { t.headers[$0] } ?? key,
                                                                                 given: Self.number(given))))))
                return
            }
            origins[place + key] = origin(t, cell, dateKey, row)
            out.append((key, .number(value)))
        }
        if let joined = date("joinedSchool", yearAlone: true) {
            let months = monthsToStart(joined.year, joined.month)
            if months < 0 {
                error(t, joined.cell, "joinedSchool", "\(joined.year)-\(joined.month) is after September \(datesYear.year), the start of the school year planned")
            } else {
                put("yearsAtSchool", Self.years(months), from: joined.cell, dateKey: "joinedSchool")
            }
        }
        var retires: (cell: CSVTable.Cell, year: Int, month: Int, why: String, key: String)?
        if let r = date("retirement", yearAlone: false) {
            retires = (r.cell, r.year, r.month, "", "retirement")
        } else if let born = date("birth", yearAlone: false) {
            let genderCell = t.cell(record, "gender")
            let male: Bool?
            switch genderCell.map({ CellValues.isMale($0.value) }) {
            case .success(let m)?: male = m
            case .failure(let e)?: error(t, genderCell!, "gender", e.message); male = nil
            case nil:
                male = nil
                error(t, born.cell, "birth", "the retirement age depends on 性别: fill the 性别 cell (男/女), or give 退休时间 or 距退休年限")
            }
            if let male {
                let age = (male ? dates.menAge : dates.womenAge).map { $0 * 12 } ?? RetirementAge.months(bornYear: born.year, month: born.month, male: male)
                let month = born.year * 12 + born.month - 1 + age
                retires = (born.cell, month / 12, month % 12 + 1, " (born \(born.year)-\(born.month), retiring at \(RetirementAge.text(age)))", "birth")
                usedBirth = true
            }
        }
        if let r = retires {
            let months = -monthsToStart(r.year, r.month)
            let key = r.key
            if months < 0 {
                error(t, r.cell, key, "the teacher retires in \(r.year)-\(r.month)\(r.why), before September \(datesYear.year), the start of the school year planned")
            } else {
                put("yearsToRetirement", Self.years(months), from: r.cell, dateKey: key)
            }
        }
    }

    static func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : "\(x)" }

    /// One note saying what the dates were counted to, and one citing the retirement ages.
    mutating func noteDates(_ t: BoundTable) {
        guard usedDates else { return }
        let (y, given) = datesYear
        warnings.append(Diagnostic(.note, file: t.file, line: t.csv.header.line, path: "",
                                   .csv(.workbook(.datesCountedTo(year: y, fromOption: given)))))
        if usedBirth {
            let ages: WorkbookProblem = dates.menAge == nil && dates.womenAge == nil
                ? .statutoryRetirementAges : .retirementAges(men: dates.menAge, women: dates.womenAge)
            warnings.append(Diagnostic(.note, file: t.file, line: t.csv.header.line, path: "", .csv(.workbook(ages))))
        }
    }
}
