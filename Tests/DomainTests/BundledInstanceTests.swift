import Foundation
import RotaplanDomain
import Testing
import RotaplanFormats

/// Where the bundled instances, the schema and the shared conformance examples are.
enum Bundled {
    /// The repository root: three folders up from this file (Tests/DomainTests/…).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every `instances/*.json`, sorted (sub-folders such as `instances/csv/` are not instances).
    static let instanceFiles: [String] = jsonFiles(in: root.appendingPathComponent("instances"))

    /// The conformance examples of MODEL.md, in `../shared/spec/examples`.
    static let sharedExamples: [String] = jsonFiles(
        in: root.deletingLastPathComponent().appendingPathComponent("shared/spec/examples"))

    static let schema = root.appendingPathComponent("docs/instance.schema.json").path

    /// The instances this suite's documentation describes, with the policy findings each
    /// shows on purpose (instances/README.md).
    static let documented: [String: [String]] = [
        "zhengdong-2025.json": ["groups.newSchoolsInGroup"],
        "changsha-group.json": [],
        "nanchang-1plus1plusN.json": [],
        "qingdao-1plusNplusX.json": [],
    ]

    static func jsonFiles(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// Runs `python3` with `arguments`; nil when it cannot be started.
    static func python(_ arguments: [String]) -> (status: Int32, output: String)? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3"] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Whether `python3 -c "import jsonschema"` succeeds on this machine.
    static let hasJSONSchema: Bool = python(["-c", "import jsonschema"])?.status == 0

    /// Checks the schema itself, then validates every file against it; prints one line per
    /// problem and exits 1 when there are any.
    static let validateScript = """
        import json, sys
        from jsonschema import Draft202012Validator
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        Draft202012Validator.check_schema(schema)
        validator = Draft202012Validator(schema)
        problems = 0
        for path in sys.argv[2:]:
            with open(path, encoding="utf-8-sig") as f:
                document = json.load(f)
            for e in sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
                problems += 1
                print(path + ": /" + "/".join(map(str, e.absolute_path)) + ": " + e.message[:300])
        print(str(len(sys.argv) - 2) + " files, " + str(problems) + " problems")
        sys.exit(1 if problems else 0)
        """
}

/// The instances in `instances/` (instances/README.md): they load, the Zhengdong one has
/// the bulletin's groups, the writer reproduces them, and they and the shared examples
/// match docs/instance.schema.json.
@Suite struct BundledInstanceTests {
    @Test func theDocumentedInstancesAreBundled() {
        let names = Set(Bundled.instanceFiles.map(Bundled.name))
        for name in Bundled.documented.keys.sorted() {
            #expect(names.contains(name), "instances/\(name) is missing")
        }
    }

    @Test(arguments: Bundled.instanceFiles)
    func loadsWithoutErrors(_ path: String) {
        do {
            let loaded = try InstanceLoader.load(path: path)
            let x = loaded.instance
            #expect((20...80).contains(x.teachers.count), "\(Bundled.name(path)): \(x.teachers.count) teachers")
            #expect(x.calendar?.days == 5, "\(Bundled.name(path)): a 5-day week")
            #expect((6...7).contains(x.calendar?.periods.count ?? 0), "\(Bundled.name(path)): 6–7 periods a day")
            if let intended = Bundled.documented[Bundled.name(path)] {
                let rules = loaded.warnings.map { String($0.message.prefix { $0 != ":" }) }
                #expect(rules == intended, "\(Bundled.name(path)): \(loaded.warnings.map(\.description))")
            }
        } catch {
            Issue.record("\(Bundled.name(path)) does not load:\n\(error.description)")
        }
    }

    @Test func zhengdongHasTheBulletinsFiveGroups() throws {
        let path = Bundled.root.appendingPathComponent("instances/zhengdong-2025.json").path
        let loaded = try InstanceLoader.load(path: path)
        let x = loaded.instance
        #expect(x.policy.preset == .zhengzhou)
        #expect(x.groups.count == 5)
        let expected: [(core: String, members: Set<String>, type: GroupType?)] = [
            ("郑东新区外国语学校", ["龙翔小学", "龙翔初级中学", "丰盈路初级中学"], nil),
            ("聚源路小学", ["通泰路小学"], nil),
            ("春华学校", ["商鼎路第一小学", "华水小学"], nil),
            ("文苑学校", ["艺慧街小学"], nil),
        ]
        for e in expected {
            let group = x.groups.first { x.schools[$0.core].name == e.core }
            #expect(group != nil, "no group with core \(e.core)")
            if let group {
                #expect(Set(group.members.map { x.schools[$0].name }) == e.members, "members of \(e.core)")
            }
        }
        // The cooperative partner: a group of its own, of type cooperative.
        let sixian = x.groups.first { x.schools[$0.core].name == "郑州市第四十七中学郑东思贤学校" }
        #expect(sixian?.type == .cooperative)
        #expect((sixian?.members.count ?? 0) >= 1)
        #expect(x.schools.allSatisfy { $0.district == "郑东新区" })
        // The one intended finding: a new school not yet in a group (Zhengzhou rule).
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings.first?.message.hasPrefix("groups.newSchoolsInGroup") == true)
    }

    @Test(arguments: Bundled.instanceFiles)
    func writerRoundTrip(_ path: String) throws {
        let first = InstanceWriter.json(try InstanceLoader.load(path: path).instance)
        let reloaded: InstanceLoader.Loaded
        do {
            reloaded = try InstanceLoader.load(bytes: Array(first.utf8), file: "written " + Bundled.name(path))
        } catch {
            Issue.record("the written form of \(Bundled.name(path)) does not load:\n\(error.description)")
            return
        }
        let second = InstanceWriter.json(reloaded.instance)
        #expect(first == second, "\(Bundled.name(path)): writing, loading and writing again changed the text")
        if first != second {
            for (a, b) in zip(first.split(separator: "\n"), second.split(separator: "\n")) where a != b {
                Issue.record("first difference:\n  once:  \(a)\n  twice: \(b)")
                break
            }
        }
    }

    @Test(.enabled(if: Bundled.hasJSONSchema, "python3 with the jsonschema module is not installed; schema check skipped"))
    func instancesAndSharedExamplesMatchTheSchema() throws {
        #expect(Bundled.sharedExamples.count == 3, "expected the three examples in ../shared/spec/examples")
        let files = Bundled.instanceFiles + Bundled.sharedExamples
        let result = try #require(Bundled.python(["-c", Bundled.validateScript, Bundled.schema] + files))
        #expect(result.status == 0, "\(result.output)")
    }
}
