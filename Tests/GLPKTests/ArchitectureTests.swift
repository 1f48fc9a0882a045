import Foundation
import Testing

/// The layers of docs/architecture.md, kept by reading the sources: one door to C, the
/// checker on the domain only, models without sentences, every language choice in
/// RotaplanText and every rule id in the rule table (issue 16).
@Suite struct ArchitectureTests {
    /// Every Swift file under Sources, by its path below Sources, with its lines.
    static func sources() throws -> [(path: String, lines: [Substring])] {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        return try files.map { url in
            (url.path.replacingOccurrences(of: sources.path + "/", with: ""),
             try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false))
        }.sorted { $0.path < $1.path }
    }

    /// The `import` lines of a file, as module names.
    static func imports(_ lines: [Substring]) -> [String] {
        lines.compactMap { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            guard let r = t.range(of: #"^(@testable |internal |public |@_implementationOnly )?import "#, options: .regularExpression) else { return nil }
            return String(t[r.upperBound...]).trimmingCharacters(in: .whitespaces)
        }
    }

    /// Lines of `files` matching `pattern`, outside comments, as `path:line: text`.
    static func matches(_ pattern: String, in files: [(path: String, lines: [Substring])]) -> [String] {
        var out: [String] = []
        for f in files {
            for (i, line) in f.lines.enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                if code.range(of: pattern, options: .regularExpression) != nil { out.append("\(f.path):\(i + 1): \(code)") }
            }
        }
        return out
    }

    @Test func exactlyOneFileImportsCGLPK() throws {
        let files = try Self.sources()
        #expect(files.count > 50)
        let importing = files.filter { Self.imports($0.lines).contains("CGLPK") }.map(\.path)
        #expect(importing == ["GLPK/GLPKBackend.swift"], "\(importing)")
    }

    /// zlib has one door too: the Excel reader's inflate and checksum (docs/import.md).
    @Test func exactlyOneFileImportsCZlib() throws {
        let importing = try Self.sources().filter { Self.imports($0.lines).contains("CZlib") }.map(\.path)
        #expect(importing == ["RotaplanFormats/Excel/Zlib.swift"], "\(importing)")
    }

    @Test func theCheckerDependsOnTheDomainOnly() throws {
        let found = try Self.sources().filter { $0.path.hasPrefix("RotaplanChecker/") }
            .flatMap { f in Self.imports(f.lines).filter { $0 != "RotaplanDomain" && $0 != "Foundation" }.map { "\(f.path): \($0)" } }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func modelsAndTheDomainWriteNoSentences() throws {
        let found = try Self.sources().filter { $0.path.hasPrefix("RotaplanModels/") || $0.path.hasPrefix("RotaplanDomain/") }
            .flatMap { f in Self.imports(f.lines).filter { $0 == "RotaplanText" }.map { "\(f.path): \($0)" } }
        #expect(found.isEmpty, "\(found)")
    }

    /// The tables that hold a name in both languages beside what it names: the rules, the
    /// policy keys and the plan's figures. They choose no language: RotaplanText does.
    static let tables = ["RotaplanDomain/Rules/", "RotaplanDomain/Policy/PolicyKey", "RotaplanReports/PlanMetricsRows.swift"]

    /// A language choice is a `Bilingual(en:zh:)`, a `lang == .zh ? … : …`, or a switch on a
    /// language: only RotaplanText makes one (the tables' names aside).
    @Test func everyLanguageChoiceIsInRotaplanText() throws {
        let outside = try Self.sources().filter { f in !f.path.hasPrefix("RotaplanText/") && !Self.tables.contains { f.path.hasPrefix($0) } }
        let found = Self.matches(#"Bilingual\(en:|\.zh\s*\?|==\s*\.zh\b|\.en\s*\?|case \.zh\b|case \(\.[a-zA-Z]+, \.zh\)|\bsay\(lang"#, in: outside)
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    /// A rule id is a RuleID (or RuleID.Row) case: no MODEL.md rule is written as a string elsewhere
    /// (`"exchange.4.6.subject[`, `rule: "4.2 volume"`, `hasPrefix("4`).
    @Test func everyRuleIDIsInTheRuleTable() throws {
        let outside = try Self.sources().filter { !$0.path.hasPrefix("RotaplanDomain/Rules/") }
        let found = Self.matches(#""(exchange|training|walking)\.([0-9]|obj|pin)|rule: "|violate\("[0-9]|hasPrefix\("[0-9]"#, in: outside)
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }
}
