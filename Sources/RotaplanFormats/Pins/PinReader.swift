import RotaplanDomain

/// Reading pins files into ``RawPin`` records, collecting every problem (docs/pins.md).
struct PinReader {
    let file: String
    let instance: Instance
    var diagnostics: [Diagnostic] = []

    init(file: String, instance: Instance) {
        self.file = file
        self.instance = instance
    }

    mutating func error(_ f: PinField?, path: String?, _ problem: PinProblem) {
        diagnostics.append(Diagnostic(file: file, line: f?.line, column: f?.column, path: RecordPath(field: path ?? f?.path ?? ""), .pins(problem)))
    }

    mutating func error(_ f: PinField?, _ problem: PinProblem) { error(f, path: nil, problem) }

    // MARK: CSV

    /// The data rows of a CSV pins file. The header row names the columns (``PinWords/columns``);
    /// a file whose first row already is a pin (its second cell a rule word) has no header
    /// and its columns are who, rule, target.
    mutating func readCSV(_ bytes: [UInt8]) -> [RawPin] {
        let text: String
        switch CSVReader.decode(bytes, file: file) {
        case .success(let t): text = t
        case .failure(let e):
            diagnostics += e.diagnostics
            return []
        }
        let (table, syntax) = CSVReader.parse(text, file: file)
        diagnostics += syntax
        guard let table else { return [] }
        var index: [String: Int] = [:]
        var headers: [Int: String] = [:]
        var rows = table.records
        let headerCells = table.header.cells
        if headerCells.count >= 2, PinWords.rule(headerCells[1].value) != nil, PinWords.column(headerCells[0].value) == nil {
            // No header: the first row is a pin.
            rows.insert(table.header, at: 0)
            for (i, key) in ["who", "rule", "target"].enumerated() {
                index[key] = i
                headers[i] = key
            }
        } else {
            for cell in headerCells {
                let raw = cell.value
                let i = cell.column - 1
                if raw.isEmpty || raw.hasPrefix("#") || PinWords.ignored.contains(PinWords.normal(raw)) { continue }
                guard let key = PinWords.column(raw) else {
                    let names = PinWords.columns.map { "\($0.key) (\($0.names.filter { $0.unicodeScalars.first!.value > 0x2E80 }.prefix(2).joined(separator: "/")))" }
                    error(PinField(text: raw, line: cell.line, column: cell.column, path: raw), path: "",
                          .unknownColumn(raw, columns: names))
                    continue
                }
                if let other = index[key] {
                    error(PinField(text: raw, line: cell.line, column: cell.column, path: raw), path: "",
                          .columnRepeats(raw, key: key, header: headers[other] ?? key, column: other + 1))
                    continue
                }
                index[key] = i
                headers[i] = raw
            }
            for key in ["who", "rule"] where index[key] == nil {
                let names = PinWords.columns.first { $0.key == key }!.names
                diagnostics.append(Diagnostic(file: file, line: table.header.line, path: "",
                                              .pins(.missingColumn(key, names: names))))
            }
            if index["who"] == nil || index["rule"] == nil { return [] }
        }
        var out: [RawPin] = []
        for row in rows {
            func field(_ key: String) -> PinField? {
                guard let i = index[key] else { return nil }
                guard i < row.cells.count, !row.cells[i].value.isEmpty else { return nil }
                let c = row.cells[i]
                return PinField(text: c.value, line: c.line, column: c.column, path: headers[i] ?? key)
            }
            // Cells beyond the named columns must be empty (a shifted row is a mistake).
            for c in row.cells where headers[c.column - 1] == nil && !c.value.isEmpty
                && !(c.column - 1 < headerCells.count && isIgnored(headerCells[c.column - 1].value)) {
                error(PinField(text: c.value, line: c.line, column: c.column, path: ""), path: "column \(c.column)",
                      .valueWithoutHeader(c.value))
            }
            let place = PinField(text: "", line: row.line, column: nil, path: "")
            out.append(RawPin(line: row.line, record: out.count, isJSON: false, place: place,
                              who: field("who"), rule: field("rule"), target: field("target")))
        }
        return out
    }

    private func isIgnored(_ header: String) -> Bool {
        header.isEmpty || header.hasPrefix("#") || PinWords.ignored.contains(PinWords.normal(header))
    }

    // MARK: JSON

    /// The records of a JSON pins file: `{"format": "rotaplan-pins/1", "pins": [...]}`, each
    /// pin `{"teacher"|"newHire": ID, "rule": WORD, "school"|"mentor"|"day": TARGET, "note": TEXT}`.
    mutating func readJSON(_ bytes: [UInt8]) -> [RawPin] {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            diagnostics.append(Diagnostic(file: file, line: error.line, column: error.column, path: "", .json(error.problem)))
            return []
        }
        guard case let .object(members) = root.value else {
            error(PinField(text: "", line: root.line, column: root.column, path: ""), path: "",
                  .notPinsObject(format: PinLoader.format, found: root.valueKind))
            return []
        }
        for (key, value) in members where !["format", "pins", "name", "note"].contains(key) {
            error(PinField(text: key, line: value.line, column: value.column, path: key),
                  .unknownField(key, closest: FieldReader.closest(key, in: ["format", "pins", "name", "note"])))
        }
        if let f = root["format"] {
            if case let .string(s) = f.value, s == PinLoader.format {} else {
                error(PinField(text: "", line: f.line, column: f.column, path: "format"),
                      .wrongFormat(expected: PinLoader.format, found: f.kind == "a string" ? "\"\(f.stringValue ?? "")\"" : f.kind))
            }
        }
        guard let list = root["pins"] else {
            error(PinField(text: "", line: root.line, column: root.column, path: ""), .pinsMissing)
            return []
        }
        guard case let .array(items) = list.value else {
            error(PinField(text: "", line: list.line, column: list.column, path: "pins"), .notList(found: list.valueKind))
            return []
        }
        var out: [RawPin] = []
        let allowed = ["teacher", "newHire", "rule", "school", "mentor", "day", "note"]
        for (i, item) in items.enumerated() {
            let path = "pins[\(i)]"
            let place = PinField(text: "", line: item.line, column: item.column, path: path)
            guard case let .object(fields) = item.value else {
                error(place, .notPinObject(found: item.valueKind))
                continue
            }
            for (key, value) in fields where !allowed.contains(key) {
                error(PinField(text: key, line: value.line, column: value.column, path: "\(path).\(key)"),
                      .unknownField(key, closest: FieldReader.closest(key, in: allowed)))
            }
            func text(_ key: String, numbers: Bool = false) -> PinField? {
                guard let node = item[key], !node.isNull else { return nil }
                let f = PinField(text: "", line: node.line, column: node.column, path: "\(path).\(key)")
                switch node.value {
                case let .string(s) where !s.isBlank:
                    return PinField(text: s.trimmedWhitespace(), line: f.line, column: f.column, path: f.path)
                case let .number(x) where numbers:
                    return PinField(text: JSONText.number(x), line: f.line, column: f.column, path: f.path)
                case .string:
                    error(f, .empty)
                default:
                    error(f, .notString(numbers: numbers, found: node.valueKind))
                }
                return nil
            }
            var raw = RawPin(line: item.line, record: i, isJSON: true, place: place)
            let people = ["teacher", "newHire"].filter { item[$0] != nil }
            if people.count > 1 {
                error(place, .bothPeople)
            } else if people.isEmpty {
                error(place, .personMissing)
            } else {
                raw.who = text(people[0])
                raw.whoKey = people[0]
            }
            if item["rule"] == nil { error(place, .ruleMissing) } else { raw.rule = text("rule") }
            let targets = ["school", "mentor", "day"].filter { item[$0] != nil }
            if targets.count > 1 {
                error(place, .severalTargets(targets))
            } else if let key = targets.first {
                raw.target = text(key, numbers: key == "day")
                raw.targetKey = key
            }
            if let note = item["note"], !note.isNull, case .string = note.value {} else if let note = item["note"], !note.isNull {
                error(PinField(text: "", line: note.line, column: note.column, path: "\(path).note"), .noteNotString(found: note.valueKind))
            }
            guard raw.who != nil, raw.rule != nil else { continue }
            out.append(raw)
        }
        return out
    }
}

extension JSONNode {
    /// The string, if this is a string.
    var stringValue: String? { if case let .string(s) = value { return s } else { return nil } }
}
