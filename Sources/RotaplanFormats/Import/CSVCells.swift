import Foundation
import RotaplanDomain

/// The importer's cells (docs/import.md): each cell's value checked and written as the
/// JSON value of its field, with the cell it came from, and the calendar file.
extension ImportRun {
    /// The JSON value of one cell, or nil (after recording the problem) when it is bad.
    mutating func json(_ t: BoundTable, _ cell: CSVTable.Cell, _ column: ImportColumn) -> JSONOut? {
        let v = cell.value
        if case .error(let e)? = cell.excel {
            error(t, cell, column.key, "the cell shows Excel's error \(e) (a formula without a value); type the value or fix the formula")
            return nil
        }
        let result: Result<JSONOut, CellError>
        switch column.kind {
        case .text: result = .success(.string(v))
        case .number: result = CellValues.number(v).map { .number($0) }
        case .integer: result = CellValues.wholeNumber(v).map { .number($0) }
        case .bool: result = CellValues.bool(v).map { .bool($0) }
        case .backbone:
            let read = CellValues.backbone(v)
            if case .success(let b) = read, let level = b.level { backboneLevels[cell.column, default: []].append((level, cell)) }
            result = read.map { .bool($0.isBackbone) }
        case .time: result = CellValues.time(v).map { .string($0) }
        case .title: result = CellValues.title(v).map { .string($0.rawValue) }
        case .stage: result = CellValues.stage(v).map { .string($0.rawValue) }
        case .groupType: result = CellValues.groupType(v).map { .string($0.rawValue) }
        case .tags: result = Self.all(CellValues.list(v).map(CellValues.tag)).map { .array($0.map { .string($0.rawValue) }) }
        case .subject: result = .success(.string(Subject(v).key))
        case .subjects: result = .success(.array(CellValues.list(v).map { .string(Subject($0).key) }))
        case .school: result = resolve(v, school: true).map { .string($0) }
        case .group: result = resolve(v, school: false).map { .string($0) }
        case .schools: result = Self.all(CellValues.list(v).map { resolve($0, school: true) }).map { .array($0.map { .string($0) }) }
        case .date, .gender: result = .success(.string(v))
        case .slots:
            result = slots(t, cell).map { slots in
                .array(slots.map { .array([.integer($0[0]), .integer($0[1])]) })
            }
        }
        switch result {
        case .success(let value): return value
        case .failure(let e):
            error(t, cell, column.key, e.problem)
            return nil
        }
    }

    /// The slots of a cell: a workbook's date (or date serial) is the `day-period` Excel
    /// turned into a date, said in a note; else ``CellValues/slots(_:days:periods:)``.
    mutating func slots(_ t: BoundTable, _ cell: CSVTable.Cell) -> Result<[[Int]], CellError> {
        if let d = CellValues.excelDate(cell.excel) {
            let read = CellValues.dateSlot(month: d.month, day: d.day, hasTime: d.hasTime, shown: d.description, days: calendarDays, periods: calendarPeriods)
            if case .success(let s) = read { dateSlots.append((cell, d.description, s)) }
            return read.map { [$0] }
        }
        let read = CellValues.slots(cell.value, days: calendarDays, periods: calendarPeriods)
        if case .success(let s) = read, CellValues.looksLikeDate(cell.value) { dateSlots.append((cell, cell.value, s[0])) }
        return read
    }

    static func all<T>(_ results: [Result<T, CellError>]) -> Result<[T], CellError> {
        var out: [T] = []
        var problems: [ImportProblem] = []
        for r in results {
            switch r {
            case .success(let x): out.append(x)
            case .failure(let e): problems.append(e.problem)
            }
        }
        return problems.isEmpty ? .success(out) : .failure(CellError(problems.count == 1 ? problems[0] : .several(problems)))
    }

    func origin(_ t: BoundTable, _ cell: CSVTable.Cell, _ key: String, _ row: CellOrigin) -> CellOrigin {
        var o = row
        o.column = cell.column
        o.header = header(t, key, cell)
        return o
    }

    /// `"key": value` of one cell, when the cell is filled and good; its place in the
    /// instance (`at` + `key`) is remembered as coming from the cell.
    mutating func member(_ t: BoundTable, _ record: CSVTable.Record, _ key: String, _ row: CellOrigin,
                         at place: RecordPath) -> (String, JSONOut)? {
        guard let column = t.column(key) else { return nil }
        guard let cell = t.cell(record, key) else {
            if column.required, let c = t.fields[key] {
                let at = c < record.cells.count ? record.cells[c] : CSVTable.Cell(text: "", line: record.line, column: c + 1)
                error(t, at, key, .emptyCell(key: key))
            }
            return nil
        }
        guard let value = json(t, cell, column) else { return nil }
        origins[place + key] = origin(t, cell, key, row)
        return (key, value)
    }

    /// The fields of one record, in the instance's field order.
    mutating func members(_ t: BoundTable, _ record: CSVTable.Record, _ row: CellOrigin, at place: RecordPath) -> [(String, JSONOut)] {
        var out: [(String, JSONOut)] = []
        switch t.table {
        case .schools:
            for key in ["id", "name", "district", "stage", "students", "tags"] {
                if let m = member(t, record, key, row, at: place) { out.append(m) }
            }
            let lat = t.cell(record, "lat"), lon = t.cell(record, "lon")
            let latValue = member(t, record, "lat", row, at: place + "location"), lonValue = member(t, record, "lon", row, at: place + "location")
            if let lat, lon == nil {
                error(t, lat, "lat", .locationHalf(missingLon: true))
            } else if let lon, lat == nil {
                error(t, lon, "lon", .locationHalf(missingLon: false))
            } else if let lat, let latValue, let lonValue {
                origins[place + "location"] = origin(t, lat, "lat", row)
                out.append(("location", .object([latValue, lonValue])))
            }
            var required: [(String, JSONOut)] = []
            for (subject, c) in t.required {
                guard let cell = t.cell(record, column: c) else { continue }
                switch CellValues.wholeNumber(cell.value) {
                case .success(let n):
                    origins[place + "required" + subject] = origin(t, cell, subject, row)
                    required.append((subject, .number(n)))
                case .failure(let e):
                    error(t, cell, subject, e.problem)
                }
            }
            if !required.isEmpty {
                origins[place + "required"] = row
                out.append(("required", .object(required)))
            }
        case .teachers:
            for key in ["id", "name", "school", "subject", "otherSubjects", "title", "backbone", "yearsAtSchool",
                        "yearsToRetirement", "exempt", "preferences", "seekingSeniorTitle", "mentorCapacity"] {
                if let m = member(t, record, key, row, at: place) { out.append(m) }
            }
            let flagCell = t.cell(record, "itinerant")
            let flag = flagCell.flatMap { try? CellValues.bool($0.value).get() }
            if let flagCell, flag == nil { _ = json(t, flagCell, t.column("itinerant")!) }
            var details: [(String, JSONOut)] = []
            for key in ["maxPeriodsPerWeek", "unavailable"] {
                guard let cell = t.cell(record, key) else { continue }
                if flag == false {
                    error(t, cell, key, .notItinerant(header: t.headers[t.fields["itinerant"]!] ?? "itinerant", value: flagCell!.value))
                    continue
                }
                if let m = member(t, record, key, row, at: place + "itinerant") { details.append(m) }
            }
            if flag == true || (flag == nil && flagCell == nil && !details.isEmpty) {
                origins[place + "itinerant"] = flagCell.map { origin(t, $0, "itinerant", row) } ?? row
                out.append(("itinerant", .object(details)))
            }
            applyDates(t, record, row, at: place, &out)
            if let exchange = onExchange(t, record, row, at: place) { out.append(exchange) }
        default:
            for column in t.table.columns {
                if let m = member(t, record, column.key, row, at: place) { out.append(m) }
            }
        }
        return out
    }

    /// `"onExchange": {from, since, termYears}` (MODEL.md §11) from the 交流状态 flag and the
    /// three cells of the term: present when the flag says so, or, with no flag, when a
    /// cell of the term is filled; the loader names what is missing or wrong.
    mutating func onExchange(_ t: BoundTable, _ record: CSVTable.Record, _ row: CellOrigin, at place: RecordPath) -> (String, JSONOut)? {
        let flagCell = t.cell(record, "onExchange")
        let flag = flagCell.flatMap { try? CellValues.bool($0.value).get() }
        if let flagCell, flag == nil { _ = json(t, flagCell, t.column("onExchange")!) }
        var details: [(String, JSONOut)] = []
        for key in ["from", "since", "termYears"] {
            guard let cell = t.cell(record, key) else { continue }
            if flag == false {
                error(t, cell, key, .notOnExchange(header: t.headers[t.fields["onExchange"]!] ?? "onExchange", value: flagCell!.value))
                continue
            }
            if let m = member(t, record, key, row, at: place + "onExchange") { details.append(m) }
        }
        guard flag == true || (flag == nil && !details.isEmpty) else { return nil }
        origins[place + "onExchange"] = flagCell.map { origin(t, $0, "onExchange", row) } ?? row
        return ("onExchange", .object(details))
    }

    /// `"calendar": {"days": …, "periods": […]}` from the calendar file; also sets the
    /// days and period count that slots are checked against.
    mutating func calendarBlock() -> JSONOut? {
        guard let t = tables[.calendar] else { return nil }
        let fileOrigin = CellOrigin(file: t.file, row: t.csv.header.line)
        var days: (value: Int, cell: CSVTable.Cell)?
        var periods: [JSONOut] = []
        var rows: [(row: Int, id: String?)] = []
        var good = true
        for (k, record) in t.csv.records.enumerated() {
            checkWidth(t, record)
            let row = CellOrigin(file: t.file, row: record.line)
            if let cell = t.cell(record, "period") {
                switch CellValues.integer(cell.value, in: 1...max(1, t.csv.records.count)) {
                case .success(let n) where n == k + 1: break
                case .success(let n):
                    error(t, cell, "period", .periodNumber(expected: k + 1, found: "\(n)"))
                    good = false
                case .failure(let e):
                    error(t, cell, "period", e.problem)
                    good = false
                }
            }
            if let cell = t.cell(record, "days") {
                switch CellValues.integer(cell.value, in: 1...7) {
                case .success(let n):
                    if let d = days, d.value != n {
                        error(t, cell, "days", .daysDiffer(days: "\(d.value)", row: d.cell.line))
                        good = false
                    } else if days == nil {
                        if !(1...7).contains(n) {
                            error(t, cell, "days", .daysOutOfRange("\(n)"))
                            good = false
                        }
                        days = (n, cell)
                    }
                case .failure(let e):
                    error(t, cell, "days", e.problem)
                    good = false
                }
            }
            let place = RecordPath(list: "calendar", field: "periods[\(periods.count)]")
            let start = member(t, record, "start", row, at: place), end = member(t, record, "end", row, at: place)
            if let start, let end {
                origins[place] = row
                periods.append(.object([start, end]))
            } else {
                good = false
            }
            rows.append((record.line, nil))
        }
        rowsOf[.calendar] = rows
        if t.csv.records.isEmpty {
            error(t.file, nil, "", .calendarWithoutPeriods, line: t.csv.header.line)
            good = false
        }
        let calendar: RecordPath = "calendar"
        origins[calendar + "days"] = days.map { origin(t, $0.cell, "days", fileOrigin) } ?? fileOrigin
        origins[calendar + "periods"] = fileOrigin
        origins[calendar] = fileOrigin
        if good {
            calendarDays = days?.value ?? 5
            calendarPeriods = periods.count
        }
        return .object([("days", .integer(days?.value ?? 5)), ("periods", .array(periods))])
    }
}
