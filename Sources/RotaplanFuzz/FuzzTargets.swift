import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanText

/// What the loaders must survive (issue 8, docs/reliability.md "Fuzzing"): any bytes in,
/// either a loaded value or an error made of diagnostics for people — never a crash, a
/// hang or unbounded memory. Each target also checks a property on what does load, so
/// that a loader that accepts garbage silently is caught too.
///
/// The same targets run under libFuzzer (`scripts/fuzz.sh`, `rotaplan-fuzz` built with
/// `-sanitize=fuzzer`) and under the seeded mutation loop of ``MutationLoop`` in the test
/// suite.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `rotaplan-instance/1` JSON through ``InstanceLoader/load(bytes:file:)``. A loaded
    /// instance must be written and read back to the same canonical JSON.
    case instance
    /// One CSV table of `rotaplan import` replaced by the input (its first byte picks the
    /// table), the other tables from the base folder, through ``CSVImporter``.
    case csv
    /// A solution file through ``SolutionFile/read(bytes:file:)``; a solution that reads
    /// is written, and the written file reads back to the same file; it is then judged by the independent checker against the
    /// base instance.
    case solution
}

/// A broken property: the loader accepted the input but did something wrong with it.
public struct FuzzFailure: Error, CustomStringConvertible, Sendable {
    public var target: FuzzTarget
    public var message: String
    public var description: String { "fuzz target \(target.rawValue): \(message)" }
}

/// The fixed inputs the targets combine with the fuzzed bytes.
public struct FuzzContext: Sendable {
    /// The CSV tables of an import that works (instances/csv/luohe).
    public var csvTables: [ImportTable: [UInt8]]
    /// The instance the fuzzed solutions are checked against.
    public var instance: Instance

    public init(csvTables: [ImportTable: [UInt8]], instance: Instance) {
        self.csvTables = csvTables
        self.instance = instance
    }

    /// The tables in the fixed order the first byte of a `csv` input indexes.
    public static let tableOrder: [ImportTable] = ImportTable.allCases

    /// Runs `target` on `bytes`. Returns normally when the input was accepted or refused
    /// with diagnostics; throws ``FuzzFailure`` when a property is broken.
    public func run(_ target: FuzzTarget, _ bytes: [UInt8]) throws(FuzzFailure) {
        switch target {
        case .instance: try instance(bytes)
        case .csv: try csv(bytes)
        case .solution: try solution(bytes)
        }
    }

    private func refused(_ error: InstanceError, _ target: FuzzTarget) throws(FuzzFailure) {
        // Every refusal must say something a person can act on.
        if error.diagnostics.isEmpty {
            throw FuzzFailure(target: target, message: "refused with no diagnostic")
        }
        for d in error.diagnostics where d.message.isEmpty {
            throw FuzzFailure(target: target, message: "a diagnostic without a message: \(d)")
        }
        _ = error.description
    }

    private func instance(_ bytes: [UInt8]) throws(FuzzFailure) {
        let loaded: InstanceLoader.Loaded
        do { loaded = try InstanceLoader.load(bytes: bytes, file: "fuzz.json") } catch {
            return try refused(error, .instance)
        }
        try roundTrip(loaded.instance, .instance)
    }

    /// The canonical JSON of a loaded instance loads again and is a fixed point.
    private func roundTrip(_ x: Instance, _ target: FuzzTarget) throws(FuzzFailure) {
        let first = InstanceWriter.json(x)
        let again: InstanceLoader.Loaded
        do { again = try InstanceLoader.load(bytes: Array(first.utf8), file: "roundtrip.json") } catch {
            throw FuzzFailure(target: target, message: "the written instance does not load again: \(error)")
        }
        if InstanceWriter.json(again.instance) != first {
            throw FuzzFailure(target: target, message: "writing the instance again changes it")
        }
    }

    private func csv(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard let selector = bytes.first else { return }
        let table = Self.tableOrder[Int(selector) % Self.tableOrder.count]
        var sources: [ImportTable: CSVImporter.Source] = [:]
        for (t, b) in csvTables { sources[t] = .init(name: "\(t.rawValue).csv", bytes: b) }
        sources[table] = .init(name: "\(table.rawValue).csv", bytes: Array(bytes.dropFirst()))
        let loaded: InstanceLoader.Loaded
        do { loaded = try CSVImporter.load(sources: sources, name: "fuzz") } catch {
            return try refused(error, .csv)
        }
        try roundTrip(loaded.instance, .csv)
    }

    private func solution(_ bytes: [UInt8]) throws(FuzzFailure) {
        let s: Solution
        do { s = try SolutionFile.read(bytes: bytes, file: "fuzz-solution.json") } catch {
            return try refused(error, .solution)
        }
        let text = SolutionFile.json(s)
        let again: Solution
        do { again = try SolutionFile.read(bytes: Array(text.utf8), file: "roundtrip-solution.json") } catch {
            throw FuzzFailure(target: .solution, message: "the written solution does not read again: \(error)")
        }
        // `seconds` is written to the millisecond, so the written file (not the value
        // read) is the fixed point.
        if SolutionFile.json(again) != text {
            throw FuzzFailure(target: .solution, message: "writing the solution again changes it")
        }
        let report = SolutionChecker.check(s, against: instance)
        for v in report.violations where CheckText.message(v, in: instance).en.isEmpty {
            throw FuzzFailure(target: .solution, message: "a checker finding without a message (§\(v.rule.rawValue))")
        }
        for u in report.unverified where CheckText.line(u).en.isEmpty {
            throw FuzzFailure(target: .solution, message: "an unverified claim without a message (\(u.claim))")
        }
        if report.verified, let wrong = Self.inconsistency(s) {
            throw FuzzFailure(target: .solution, message: "the checker verifies a solution whose \(wrong)")
        }
    }

    /// What is inconsistent in a solution's claims, derived here from the file alone (not
    /// by the checker's code): a verified solution has a plan and an objective, a gap 0 and
    /// a bound equal to the objective when optimal, a bound at most the objective, a gap
    /// of |objective − bound| / max(1e-10, |objective|) (never without a bound), no section
    /// of another problem and no self-move; each stage of a plan the same.
    static func inconsistency(_ s: Solution) -> String? {
        func header(_ what: String, _ status: Solution.Status?, _ o: Double?, _ b: Double?, _ g: Double?) -> String? {
            guard status == .optimal || status == .feasible else { return "\(what)status \(status?.rawValue ?? "not run") claims no plan" }
            guard let o, o.isFinite else { return "\(what)objective is missing" }
            func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-6 * max(1, abs(a), abs(b)) }
            if let b {
                if !b.isFinite || b > o + 1e-6 * max(1, abs(o)) { return "\(what)bound \(b) is above the objective \(o)" }
                if status == .optimal && !near(b, o) { return "\(what)optimal bound \(b) differs from the objective \(o)" }
            }
            if let g {
                guard let b else { return "\(what)gap \(g) has no bound" }
                if !g.isFinite || g < -1e-6 { return "\(what)gap \(g) is negative" }
                if status == .optimal && g > 1e-6 { return "\(what)optimal gap is \(g)" }
                if !near(g, abs(o - b) / max(1e-10, abs(o))) { return "\(what)gap \(g) does not match the bound \(b)" }
            }
            return nil
        }
        if let wrong = header("", s.status, s.objective, s.bound, s.gap) { return wrong }
        for st in s.stages {
            if let wrong = header("\(st.problem.rawValue) stage's ", st.status, st.objective, st.bound, st.gap) { return wrong }
        }
        let foreign: [(Solution.Problem, String, Bool)] = [
            (.exchange, "exchanges", !s.exchanges.isEmpty), (.training, "placements", !s.placements.isEmpty),
            (.walking, "lessons", !s.lessons.isEmpty), (.walking, "uncovered", !s.uncovered.isEmpty),
        ]
        for (owner, section, present) in foreign where present && s.problem != owner && s.problem != .plan {
            return "\(s.problem.rawValue) solution lists \(section)"
        }
        if let e = s.exchanges.first(where: { $0.from == $0.to }) { return "move of \(e.teacher) goes from \(e.from) to itself" }
        return nil
    }
}
