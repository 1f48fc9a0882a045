import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// Pins files (docs/pins.md): CSV as Excel saves it and JSON, resolved against the
/// bundled Zhengdong instance; every malformed file listed problem by problem, each
/// naming the file, the line or record and the field.
@Suite struct PinLoaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let zhengdong: Instance = {
        try! InstanceLoader.load(path: root.appendingPathComponent("instances/zhengdong-2025.json").path).instance
    }()

    static func load(_ text: String, file: String = "pins.csv") throws(InstanceError) -> PinLoader.Loaded {
        try PinLoader.load(bytes: Array(text.utf8), file: file, for: zhengdong)
    }

    /// The diagnostics of a file that must not load.
    static func problems(_ text: String, file: String = "pins.csv") -> [Diagnostic] {
        do {
            let loaded = try load(text, file: file)
            Issue.record("loaded \(loaded.pins.count) pins, expected an error")
            return []
        } catch {
            return error.diagnostics
        }
    }

    func teacher(_ id: String) -> Int { Self.zhengdong.teacherIndex[TeacherID(id)]! }
    func school(_ id: String) -> Int { Self.zhengdong.schoolIndex[SchoolID(id)]! }
    func hire(_ id: String) -> Int { Self.zhengdong.newHires.firstIndex { $0.id.rawValue == id }! }

    @Test func bundledCSVLoadsEveryKind() throws {
        let path = Self.root.appendingPathComponent("instances/zhengdong-2025.pins.csv").path
        let loaded = try PinLoader.load(path: path, for: Self.zhengdong)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.pins.map(\.rule) == [.mustMoveTo(school: school("S04")), .mustStay, .mustNotGoTo(school: school("S08")),
                                           .mentor(teacher: teacher("T0104")), .mustMoveTo(school: school("S08")), .notOnDay(2)])
        #expect(loaded.pins.map(\.problem) == [.exchange, .exchange, .exchange, .training, .training, .walking])
        #expect(loaded.pins[1].label == "pin \(path):3 \"T0103 必须留任\"")
        #expect(loaded.pins[3].person == .newHire(hire("N01")))
    }

    /// Chinese headers and rule words, names instead of ids, days written the Chinese way,
    /// a BOM, CRLF line ends and a remark column.
    @Test func chineseCSV() throws {
        let csv = "\u{FEFF}序号,对象,规则,目标,备注\r\n1,郭文博,必须调往,丰盈路初级中学,支援\r\n2,T0103,留任,,\r\n3,N03,导师,T0701,\r\n4,T0107,不排课,星期三,\r\n5,T1005,不排课,第5天,\r\n6,N01,不得调往,S04,\r\n"
        let loaded = try Self.load(csv)
        #expect(loaded.pins.map(\.rule) == [.mustMoveTo(school: school("S04")), .mustStay, .mentor(teacher: teacher("T0701")),
                                           .notOnDay(3), .notOnDay(5), .mustNotGoTo(school: school("S04"))])
        #expect(loaded.pins[0].person == .teacher(teacher("T0105")))
        #expect(loaded.pins[0].origin.line == 2 && loaded.pins[5].origin.line == 7)
    }

    /// A file without a header row: its first row is already a pin.
    @Test func headerlessCSV() throws {
        let loaded = try Self.load("T0103,must-stay\nT0107,not-on-day,day 1\n")
        #expect(loaded.pins.map(\.rule) == [.mustStay, .notOnDay(1)])
        #expect(loaded.pins[0].origin.line == 1)
    }

    @Test func days() {
        let cases: [(String, Int?)] = [("3", 3), ("day 3", 3), ("D3", 3), ("周三", 3), ("星期三", 3), ("礼拜日", 7), ("周3", 3),
                                       ("第2天", 2), ("第二天", 2), ("Wednesday", 3), ("fri", 5), ("3.0", 3), ("三", nil), ("day", nil)]
        for (text, day) in cases { #expect(PinWords.day(text) == day, "\(text)") }
    }

    @Test func json() throws {
        let text = """
            {"format": "rotaplan-pins/1", "pins": [
              {"teacher": "T0105", "rule": "must-move-to", "school": "S04", "note": "英语支援"},
              {"teacher": "T0103", "rule": "必须留任"},
              {"newHire": "N01", "rule": "mentor", "mentor": "T0104"},
              {"teacher": "T0107", "rule": "not-on-day", "day": 2},
              {"teacher": "T1005", "rule": "not-on-day", "day": "周四"}
            ]}
            """
        let loaded = try Self.load(text, file: "pins.json")
        #expect(loaded.pins.map(\.rule) == [.mustMoveTo(school: school("S04")), .mustStay, .mentor(teacher: teacher("T0104")),
                                           .notOnDay(2), .notOnDay(4)])
        #expect(loaded.pins[2].label == "pin pins.json pins[2] (line 4) \"N01 mentor T0104\"")
    }

    @Test func idlePinsAreWarnings() throws {
        // T0101 is not itinerant; T1401 has 0 years (not eligible); the last row repeats the first.
        let loaded = try Self.load("who,rule,target\nT0101,not-on-day,1\nT1401,must-stay,\nT0101,not-on-day,1\n")
        #expect(loaded.pins.count == 3)
        #expect(loaded.warnings.map(\.line) == [2, 3, 4, 4])
        #expect(loaded.warnings[0].message.contains("not an itinerant teacher"))
        #expect(loaded.warnings[1].message.contains("not eligible"))
        #expect(loaded.warnings[3].message == "this pin repeats pin pins.csv:2 \"T0101 not-on-day 1\"")
    }

    /// Every problem of a bad CSV file, in file order, each with line, column (field) and message.
    @Test func badCSVListsEveryProblem() {
        let text = """
            who,rule,target
            T9999,must-stay,
            T0105,must-stai,S04
            T0105,must-move-to,T0101
            N01,mentor,S01
            T0107,not-on-day,8
            T0107,not-on-day,someday
            T0101,mentor,T0102
            N01,must-stay,
            T0103,must-stay,S01
            T0105,must-move-to,
            ,must-stay,
            """
        let d = Self.problems(text)
        let expected: [(Int, String, String)] = [
            (2, "who", "unknown teacher or new hire \"T9999\""),
            (3, "rule", "unknown rule \"must-stai\"; did you mean \"must-stay\"?"),
            (4, "target", "T0101 names teacher T0101 (秦春梅), but the rule must-move-to needs a school"),
            (5, "target", "S01 names school S01 (郑东新区外国语学校), but the rule mentor needs a teacher (the mentor)"),
            (6, "target", "day 8 is outside the calendar, whose week has days 1…5"),
            (7, "target", "\"someday\" is not a day"),
            (8, "who", "the rule mentor is for a new hire"),
            (9, "who", "the rule must-stay is for a teacher; N01 is a new hire"),
            (10, "target", "the rule must-stay takes no target; found \"S01\""),
            (11, "target", "the rule must-move-to needs a target: a school"),
            (12, "who", "the person (a teacher or new hire id) is missing"),
        ]
        #expect(d.count == expected.count, "\(d.map(\.description).joined(separator: "\n"))")
        for (diagnostic, (line, path, message)) in zip(d, expected) {
            #expect(diagnostic.file == "pins.csv")
            #expect(diagnostic.line == line, "\(diagnostic)")
            #expect(diagnostic.path == path, "\(diagnostic)")
            #expect(diagnostic.message.hasPrefix(message) || diagnostic.message.contains(message), "\(diagnostic)")
        }
    }

    @Test(arguments: [
        ("who,rule,target\nT0103,\"must-stay\n", "pins.csv:2:2: error: the quoted cell that starts here is never closed"),
        ("rule,target\nmust-stay,\n", "pins.csv:1: error: the required column \"who\" is missing from the header"),
        ("who,rule,school,colour\nT0103,must-stay,,red\n", "pins.csv:1:4: error: unknown column \"colour\""),
        ("", "pins.csv: error: the file is empty"),
        ("who,rule\n\u{FF}\u{FE}", "pins.csv"),
    ])
    func malformedCSV(_ text: String, _ message: String) {
        let d = Self.problems(text)
        #expect(d.contains { $0.description.hasPrefix(message) }, "\(d.map(\.description))")
    }

    @Test func notUTF8() {
        do {
            _ = try PinLoader.load(bytes: [0x77, 0x68, 0x6F, 0x0A, 0xD6, 0xD0], file: "gbk.csv", for: Self.zhengdong)
            Issue.record("loaded a GBK file")
        } catch {
            #expect(error.diagnostics.first?.message.contains("not UTF-8") == true, "\(error)")
        }
    }

    @Test(arguments: [
        ("{\"pins\": [", "pins.json:1:11: error: invalid JSON"),
        ("[]", "pins.json:1:1: error: expected an object"),
        ("{\"format\": \"rotaplan-pins/2\", \"pins\": []}", "pins.json:1:12: error: format: expected \"rotaplan-pins/1\""),
        ("{\"pin\": []}", "pins.json:1:9: error: pin: unknown field \"pin\"; did you mean \"pins\"?"),
        ("{\"pins\": [{\"teacher\": \"N01\", \"rule\": \"must-stay\"}]}", "pins.json:1:23: error: pins[0].teacher: N01 is a new hire, not a teacher"),
        ("{\"pins\": [{\"teacher\": \"T0105\", \"rule\": \"must-move-to\", \"mentor\": \"T0101\"}]}", "pins.json:1:66: error: pins[0].mentor: the rule must-move-to takes \"school\", not \"mentor\""),
        ("{\"pins\": [{\"teacher\": \"T0107\", \"rule\": \"not-on-day\", \"day\": 0}]}", "pins.json:1:61: error: pins[0].day: day 0 is outside the calendar"),
        ("{\"pins\": [{\"rule\": \"must-stay\"}]}", "pins.json:1:11: error: pins[0]: the field \"teacher\" (or \"newHire\" for a new hire) is missing"),
        ("{\"pins\": [{\"teacher\": \"T0103\", \"rule\": \"must-stay\", \"colour\": 1}]}", "pins.json:1:63: error: pins[0].colour: unknown field \"colour\""),
        ("{\"pins\": [{\"teacher\": 7, \"rule\": \"must-stay\"}]}", "pins.json:1:23: error: pins[0].teacher: expected a string, found a number"),
    ])
    func malformedJSON(_ text: String, _ message: String) {
        let d = Self.problems(text, file: "pins.json")
        #expect(d.contains { $0.description.hasPrefix(message) }, "\(d.map(\.description))")
    }

    /// docs/pins.schema.json is a valid schema, accepts the JSON the loader reads (the
    /// docs/pins.md example) and rejects a pin with two people or two targets.
    @Test(.enabled(if: Bundled.hasJSONSchema, "python3 with the jsonschema module is not installed; schema check skipped"))
    func schemaMatchesTheLoader() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rotaplan-pins-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let good = dir.appendingPathComponent("good.json"), bad = dir.appendingPathComponent("bad.json")
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/pins.md"), encoding: .utf8)
        let example = try #require(doc.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
        try example.write(to: good, atomically: true, encoding: .utf8)
        #expect(try Self.load(example, file: "pins.json").pins.count == 6)
        try #"{"pins": [{"teacher": "T0103", "newHire": "N01", "rule": "must-stay"}, {"teacher": "T0105", "rule": "must-move-to", "school": "S04", "day": 2}]}"#
            .write(to: bad, atomically: true, encoding: .utf8)
        let schema = Self.root.appendingPathComponent("docs/pins.schema.json").path
        let ok = try #require(Bundled.python(["-c", Bundled.validateScript, schema, good.path]))
        #expect(ok.status == 0, "\(ok.output)")
        let rejected = try #require(Bundled.python(["-c", Bundled.validateScript, schema, bad.path]))
        #expect(rejected.status == 1 && rejected.output.contains("/pins/0") && rejected.output.contains("/pins/1"), "\(rejected.output)")
    }

    /// Seeded mutations of the bundled CSV and of a JSON pins file (bytes flipped, inserted,
    /// deleted, lines doubled or cut): the loader never crashes, and whatever it says names
    /// the file. 2,000 mutants each.
    @Test func mutatedFilesNeverCrash() throws {
        let csv = try [UInt8](Data(contentsOf: Self.root.appendingPathComponent("instances/zhengdong-2025.pins.csv")))
        let json = Array(#"{"format": "rotaplan-pins/1", "pins": [{"teacher": "T0105", "rule": "必须调往", "school": "S04"}, {"newHire": "N01", "rule": "mentor", "mentor": "T0104"}, {"teacher": "T0107", "rule": "not-on-day", "day": "周二"}]}"#.utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
        let alphabet = Array(",\"\n\r{}[]:0123456789TNS-".utf8) + [0xE5, 0xBF, 0x85, 0x00, 0xFF]
        var loaded = 0, rejected = 0
        for (name, original) in [("m.csv", csv), ("m.json", json)] {
            for _ in 0..<2000 {
                var bytes = original
                for _ in 0..<(1 + next(4)) where !bytes.isEmpty {
                    let i = next(bytes.count)
                    switch next(5) {
                    case 0: bytes[i] = alphabet[next(alphabet.count)]
                    case 1: bytes.insert(alphabet[next(alphabet.count)], at: i)
                    case 2: bytes.remove(at: i)
                    case 3: bytes.insert(contentsOf: bytes[i..<min(bytes.count, i + next(40))], at: i)
                    default: bytes.removeSubrange(i..<min(bytes.count, i + next(40)))
                    }
                }
                do {
                    let result = try PinLoader.load(bytes: bytes, file: name, for: Self.zhengdong)
                    loaded += 1
                    #expect(result.pins.allSatisfy { $0.origin.file == name })
                } catch {
                    rejected += 1
                    #expect(!error.diagnostics.isEmpty && error.diagnostics.allSatisfy { $0.file == name && !$0.message.isEmpty })
                }
            }
        }
        #expect(loaded > 20 && rejected > 1000, "loaded \(loaded), rejected \(rejected)")
    }

    /// A bad JSON file lists every record's problems, not only the first.
    @Test func badJSONListsEveryRecord() {
        let d = Self.problems("""
            {"pins": [
              {"teacher": "T9999", "rule": "must-stay"},
              {"teacher": "T0105", "rule": "stay-put"},
              {"newHire": "N01", "rule": "mentor", "mentor": "S01"}
            ]}
            """, file: "pins.json")
        #expect(d.map(\.line) == [2, 3, 4], "\(d.map(\.description))")
        #expect(d.map(\.path) == ["pins[0].teacher", "pins[1].rule", "pins[2].mentor"])
    }
}
