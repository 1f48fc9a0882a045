import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// Issue 15, findings 8, 9 and 11: parsing never silently changes what a file says, data
/// cannot steer the terminal, and every refusal says what is wrong in the user's terms.
@Suite struct ParsingTrustTests {
    // MARK: days in pins files

    /// A day is a plain whole number (or a day name); signs, ranges and points are not
    /// dropped to make another day out of the text.
    @Test func signedRangedAndDottedDaysAreNotADay() {
        for text in ["-1", "0-1", "1-2", "+2", "1.", "1.5", "1e0", "day -1", "day-2", "周-1", "d+3", "３"] {
            #expect(PinWords.day(text) == nil, "\(text) read as day \(PinWords.day(text) ?? 0)")
        }
    }

    @Test func badDaysInAPinsFileNameTheRowAndField() {
        let text = "who,rule,target\nT0107,not-on-day,-1\nT0107,not-on-day,0-1\nT0107,not-on-day,1-2\nT0107,not-on-day,+2\nT0107,not-on-day,1.\n"
        let d = PinLoaderTests.problems(text)
        #expect(d.map(\.description) == [
            "pins.csv:2:3: error: target: \"-1\" is not a day; write 1…7, \"day 3\", 周三 or 星期三",
            "pins.csv:3:3: error: target: \"0-1\" is not a day; write 1…7, \"day 3\", 周三 or 星期三",
            "pins.csv:4:3: error: target: \"1-2\" is not a day; write 1…7, \"day 3\", 周三 or 星期三",
            "pins.csv:5:3: error: target: \"+2\" is not a day; write 1…7, \"day 3\", 周三 or 星期三",
            "pins.csv:6:3: error: target: \"1.\" is not a day; write 1…7, \"day 3\", 周三 or 星期三",
        ], "\(d.map(\.description))")
    }

    @Test func aNegativeDayInJSONIsNotADay() {
        let d = PinLoaderTests.problems("{\"pins\": [{\"teacher\": \"T0107\", \"rule\": \"not-on-day\", \"day\": -1}]}", file: "pins.json")
        #expect(d.map(\.description) == ["pins.json:1:61: error: pins[0].day: \"-1\" is not a day; write 1…7, \"day 3\", 周三 or 星期三"],
                "\(d.map(\.description))")
    }

    /// The same for the slots of an import cell (不可排课时段): `-1-3` is not day 1,
    /// period 3.
    @Test func signedOrDoubledSlotsAreNotSlots() {
        for text in ["-1-3", "1--3", "1-+3", "+1-3", "1-3-", "1.0-3"] {
            #expect((try? CellValues.slots(text, days: 5, periods: 7).get()) == nil, "\(text)")
        }
        let found = ImportTests.problems([.teachers: "id,school,subject,unavailable\nT1,S1,math,1-2;-1-3\n"])
        #expect(found.first?.hasPrefix("teachers.csv:2:4: error: unavailable: \"-1-3\" is not a slot") == true, "\(found)")
        #expect((try? CellValues.slots("1-3;2－5 4-1", days: 5, periods: 7).get()) == [[1, 3], [2, 5], [4, 1]])
    }

    /// A time cell is digits and a colon, as the JSON loader wants: `+8:00` is no time.
    @Test func aSignedTimeIsNotATime() {
        for text in ["+8:00", "8:+5", "+08:00:00"] {
            #expect((try? CellValues.time(text).get()) == nil, "\(text)")
        }
        #expect((try? CellValues.time("8:05").get()) == "08:05")
    }

    // MARK: short CSV rows

    static func importProblems(teachers: String) -> [String] {
        ImportTests.problems([.teachers: teachers])
    }

    /// A short row is not padded with empty cells: the teacher would lose title, backbone
    /// and years without a word.
    @Test func aShortRowNamesTheMissingColumns() {
        let found = Self.importProblems(teachers: "id,school,subject,职称,backbone,yearsAtSchool\nT1,S1,math,senior,是,8\nT2,S1,math\n")
        #expect(found == [
            "teachers.csv:3:4: error: the row has 3 cells but the header has 6 columns; missing: 职称, backbone, yearsAtSchool (write an empty cell as nothing between two commas, so that every row has a cell for every column)",
        ], "\(found)")
    }

    @Test func emptyTrailingCellsAndBlankLinesAreNotShortRows() throws {
        let x = try ImportTests.run([.teachers: "id,school,subject,title,备注\nT1,S1,math,,\n\n,,,,\nT2,S1,math,senior,\n"]).get().instance
        #expect(x.teachers.map(\.id.rawValue) == ["T1", "T2"])
        // Header cells without a name do not make a row short.
        let y = try ImportTests.run([.teachers: "id,school,subject,,\nT1,S1,math\n"]).get().instance
        #expect(y.teachers.count == 1)
    }

    // MARK: separators and encodings

    @Test func aSemicolonSeparatedFileSaysSo() {
        let found = ImportTests.problems([.schools: "id;name;stage\nS1;一小;小学\nS2;二小;小学\n"])
        #expect(found.first == "schools.csv:1: error: the file is separated by semicolons (;), not commas; \(CSVReader.semicolonHint)", "\(found)")
        #expect(!found.contains { $0.hasPrefix("schools.csv") && $0.contains("required column") }, "\(found)")
        let pins = PinLoaderTests.problems("who;rule;target\nT0103;must-stay;\n")
        #expect(pins.map(\.description).first?.hasPrefix("pins.csv:1: error: the file is separated by semicolons (;), not commas") == true, "\(pins)")
        #expect(pins.count == 1, "\(pins)")
    }

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { u in bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
    }

    static func utf32(_ text: String, bigEndian: Bool) -> [UInt8] {
        text.unicodeScalars.flatMap { s -> [UInt8] in
            let v = s.value
            let le = [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v >> 16 & 0xFF), UInt8(v >> 24)]
            return bigEndian ? le.reversed() : le
        }
    }

    /// UTF-16 without a byte-order mark is read like UTF-16 with one (its NUL bytes give
    /// it away), not called GBK.
    @Test(arguments: [false, true]) func utf16WithoutBOMIsRead(_ bigEndian: Bool) throws {
        let plain = "教师编号,姓名,学校,学科\nT1,张三,S1,数学\nT2,李四,S2,英语\n"
        let reference = InstanceWriter.json(try ImportTests.run([.teachers: plain]).get().instance)
        let loaded = try ImportTests.run([:], raw: [.teachers: Self.utf16(plain, bigEndian: bigEndian)]).get().instance
        #expect(InstanceWriter.json(loaded) == reference)
    }

    /// A stray NUL in a UTF-8 file (a damaged file, not UTF-16) is reported as such, and
    /// the file is not decoded as UTF-16 into nonsense.
    @Test func aStrayNULIsNotUTF16() {
        let bytes = Array("id,name,school,subject\nT1,张三,S1,数学\nT2,李".utf8) + [0] + Array("四,S1,数学\n".utf8)
        #expect(bytes.count % 2 == 0)
        let found = ImportTests.problems([:], raw: [.teachers: bytes])
        #expect(found.first?.hasPrefix("teachers.csv:3: error: the file contains NUL bytes") == true, "\(found)")
        #expect(TextEncoding.sniff(bytes) == nil)
    }

    @Test(arguments: [false, true]) func utf32IsRefusedByName(_ bigEndian: Bool) {
        let plain = "id,name,school,subject\nT1,张三,S1,数学\n"
        for bom in [false, true] {
            let bytes = Self.utf32((bom ? "\u{FEFF}" : "") + plain, bigEndian: bigEndian)
            let found = ImportTests.problems([:], raw: [.teachers: bytes])
            #expect(found.first == "teachers.csv: error: the file is UTF-32, not UTF-8; \(CSVReader.saveAsHint)", "\(found)")
        }
    }

    @Test func utf16JSONIsNamedNotCalledGBK() {
        for (bytes, name) in [(Self.utf16(baseInstance, bigEndian: false), "UTF-16 (without BOM)"),
                              (Self.utf16(baseInstance, bigEndian: true), "UTF-16 (without BOM)"),
                              ([0xFF, 0xFE] + Self.utf16(baseInstance, bigEndian: false), "UTF-16"),
                              (Self.utf32(baseInstance, bigEndian: false), "UTF-32")] {
            do {
                _ = try InstanceLoader.load(bytes: bytes, file: "x.json")
                Issue.record("\(name): accepted")
            } catch {
                #expect(error.description == "x.json:1:1: error: invalid JSON: the file is \(name), not UTF-8; save it as UTF-8 (in an editor: Save with encoding UTF-8)",
                        "\(error.description)")
            }
        }
    }

    // MARK: numbers

    @Test func hugeIntegersAreTooLargeNotFractions() {
        let json = errors(baseInstance.replacingOccurrences(of: "\"students\": 900", with: "\"students\": 100000000000000000000"))
        #expect(json == ["test.json:10:82: error: schools[0] (S1).students: 1e+20 is too large (at most 10^7)"], "\(json)")
        let negative = errors(baseInstance.replacingOccurrences(of: "\"periodsPerWeek\": 2", with: "\"periodsPerWeek\": -1e30"))
        #expect(negative == ["test.json:28:71: error: walkingDemand[0].periodsPerWeek: -1e+30 is too small (at least 0)"], "\(negative)")
        let csv = ImportTests.problems([.schools: "id,name,stage,students\nS1,一小,小学,100000000000000000000\nS2,二小,小学,10\n"])
        #expect(csv.first == "schools.csv:2:4: error: students: 1e+20 is too large (at most 10^7)", "\(csv)")
        let days = ImportTests.problems([.calendar: "开始,结束,天数\n08:00,08:40,99999999999999999999\n"])
        #expect(days.first == "calendar.csv:2:3: error: 天数: \"99999999999999999999\" is too large (at most 7)", "\(days)")
    }

    @Test func aSettingOutOfRangeIsNotAString() throws {
        for text in ["exchange.minRate=1e400", "cost.budgetPerGroup=-1e999"] {
            do {
                _ = try Policy(preset: .national).applying([PolicySetting(parsing: text)], source: "--set \(text)")
                Issue.record("\(text) accepted")
            } catch let e as InstanceError {
                let value = String(text.split(separator: "=")[1])
                let key = String(text.split(separator: "=")[0])
                #expect(e.diagnostics.map(\.description) == ["--set \(text): error: policy.\(key): \(value) is out of range: it is not a finite number"],
                        "\(e.diagnostics)")
            }
        }
    }

    @Test func aDottedPolicyKeyGetsTheNestedSpelling() {
        let found = errors(baseInstance.replacingOccurrences(of: "\"preset\": \"national\"}", with: "\"preset\": \"national\", \"exchange.minRate\": 0.12}"))
        #expect(found == [
            "test.json:4:55: error: policy.exchange.minRate: unknown field \"exchange.minRate\"; policy keys are nested: write {\"exchange\": {\"minRate\": 0.12}} (the dotted form is what --set takes)",
        ], "\(found)")
    }

    // MARK: cascades

    /// A school with a bad stage is reported once, not again as "unknown" wherever a
    /// teacher, group, travel row or vacancy names it.
    @Test func aBadStageIsReportedOnce() {
        let found = errors(baseInstance.replacingOccurrences(of: "\"stage\": \"primary\", \"students\": 200", with: "\"stage\": \"大学\", \"students\": 200"))
        #expect(found == ["test.json:11:59: error: schools[1] (S2).stage: unknown stage \"大学\"; use one of preschool, primary, junior, senior, nine-year, twelve-year"],
                "\(found)")
        // A school that is really missing is still unknown.
        let missing = errors(baseInstance.replacingOccurrences(of: "\"school\": \"S2\", \"subject\": \"music\"", with: "\"school\": \"S9\", \"subject\": \"music\""))
        #expect(missing.contains { $0.contains("unknown school \"S9\"") }, "\(missing)")
    }

    // MARK: ids and Unicode

    /// Ids compare by Unicode canonical equivalence (docs/instance-format.md): é written
    /// as one scalar (NFC) or as e + combining accent (NFD) is one id.
    @Test func idsCompareByCanonicalEquivalence() throws {
        let nfc = "S\u{E9}", nfd = "Se\u{301}"
        #expect(Array(nfc.utf8) != Array(nfd.utf8))
        // Two spellings in one list are a duplicate id.
        let dup = errors(baseInstance.replacingOccurrences(of: "{\"id\": \"S3\"", with: "{\"id\": \"\(nfd)\"")
            .replacingOccurrences(of: "{\"id\": \"S2\"", with: "{\"id\": \"\(nfc)\"")
            .replacingOccurrences(of: "\"school\": \"S2\"", with: "\"school\": \"\(nfc)\"")
            .replacingOccurrences(of: "\"members\": [\"S2\"]", with: "\"members\": [\"\(nfc)\"]")
            .replacingOccurrences(of: "\"to\": \"S2\"", with: "\"to\": \"\(nfc)\""))
        #expect(dup.contains { $0.contains("schools[2] (\(nfd)).id: duplicate id; schools[1] already has it") }, "\(dup)")
        // A reference in NFD finds the school written in NFC; the output keeps each record's spelling.
        let text = baseInstance.replacingOccurrences(of: "{\"id\": \"S2\"", with: "{\"id\": \"\(nfc)\"")
            .replacingOccurrences(of: "\"school\": \"S2\"", with: "\"school\": \"\(nfd)\"")
            .replacingOccurrences(of: "\"members\": [\"S2\"]", with: "\"members\": [\"\(nfd)\"]")
            .replacingOccurrences(of: "\"to\": \"S2\"", with: "\"to\": \"\(nfd)\"")
            .replacingOccurrences(of: "{\"id\": \"T2\"", with: "{\"id\": \"T\(nfd)\"")
        let x = try load(text).get().instance
        #expect(x.teachers[1].school == 1)
        let written = Array(InstanceWriter.json(x).utf8)
        func has(_ s: String) -> Bool { let b = Array(s.utf8); return written.indices.contains { written[$0...].starts(with: b) } }
        #expect(has("\"id\": \"\(nfc)\"") && has("\"id\": \"T\(nfd)\""))
        #expect(!has("\"id\": \"\(nfd)\"") && !has("\"id\": \"T\(nfc)\""))
        // The same in a CSV file.
        let csv = ImportTests.problems([.teachers: "id,school,subject\nT\(nfc),S1,math\nT\(nfd),S1,math\n"])
        #expect(csv.first == "teachers.csv:3:1: error: id: duplicate id \"T\(nfd)\"; row 2 already has it", "\(csv)")
    }

    // MARK: terminal text

    @Test(arguments: [
        ("plain 张三 text", "plain 张三 text"),
        ("\u{1B}[2J\r\u{1B}[Kfake: valid", "\\u{1B}[2J\\r\\u{1B}[Kfake: valid"),
        ("a\tb\u{0}c\u{7F}d\u{85}e\u{9B}f", "a\\tb\\u{00}c\\u{7F}d\\u{85}e\\u{9B}f"),
        ("abc\u{202E}txt.exe\u{2066}x\u{2069}", "abc\\u{202E}txt.exe\\u{2066}x\\u{2069}"),
        ("line one\nline two", "line one\nline two"),
        ("عربي עברית 👩‍🏫", "عربي עברית 👩‍🏫"),
    ])
    func controlCharactersAreShownVisibly(_ input: String, _ expected: String) {
        #expect(TerminalText.escaped(input) == expected)
        #expect(TerminalText.escaped(input, keepingNewlines: false) == expected.replacingOccurrences(of: "\n", with: "\\n"))
    }

    /// A diagnostic is one line: a newline or an escape sequence in the data it quotes is
    /// shown, not obeyed.
    @Test func aDiagnosticIsOneLine() {
        let d = Diagnostic(file: "t.csv", line: 2, path: "name", message: "unknown school \"S1\nt.csv: valid\u{1B}[K\"")
        #expect(d.description == "t.csv:2: error: name: unknown school \"S1\\nt.csv: valid\\u{1B}[K\"")
    }
}
