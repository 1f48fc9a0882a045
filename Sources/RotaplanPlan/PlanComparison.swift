import Foundation
import GLPK
import RotaplanDomain
import RotaplanReports
import RotaplanFormats
import RotaplanText

/// What-if comparison (`rotaplan compare`, docs/plan.md "Compare"): the yearly plan of
/// the instance as given (the baseline) and of each variant of its policy, solved by
/// the same pipeline (``PlanPipeline``), with the figures a bureau compares
/// (``PlanMetrics``) side by side.
///
/// Each variant is a list of ``PolicySetting``s applied to the baseline's policy, exactly
/// as if written in the instance's `policy` (MODEL.md §3). With a time limit, each plan
/// gets an equal share of what is left when it starts.
public enum PlanComparison {
    /// One plan of the comparison.
    public struct Variant: Sendable {
        /// "baseline", or the settings as written (`exchange.minRate=0.15`).
        public var name: String
        public var settings: [PolicySetting]
        /// The instance with the variant's policy.
        public var instance: Instance
        public var outcome: PlanPipeline.Outcome
        public var metrics: PlanMetrics
    }

    /// The baseline and one instance per list of settings, each variant validated like an
    /// instance file (a transport price needs km, say); every bad setting and every variant
    /// it makes invalid is reported at once (the diagnostics name the variant and the key
    /// or record).
    public static func instances(_ x: Instance, variants: [[PolicySetting]]) throws(InstanceError)
        -> [(name: String, settings: [PolicySetting], instance: Instance)] {
        var out: [(name: String, settings: [PolicySetting], instance: Instance)] = [("baseline", [], x)]
        var diagnostics: [Diagnostic] = []
        for (k, settings) in variants.enumerated() {
            let name = settings.map(\.description).joined(separator: ",")
            do {
                var y = x
                let source = "--set \(name) (variant \(k + 1))"
                y.policy = try x.policy.applying(settings, source: source)
                // A variant is an instance of its own: what its policy needs must be there.
                try InstanceLoader.validate(y, source: source)
                out.append((name, settings, y))
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if !diagnostics.isEmpty { throw InstanceError(diagnostics) }
        return out
    }

    /// Solves every plan in order. `progress` is told the plan's index (0 = baseline).
    /// Once `cancellation` is set, the running plan returns its best and the plans after it
    /// take their quickest (``PlanPipeline``).
    public static func run(
        _ plans: [(name: String, settings: [PolicySetting], instance: Instance)], solver: PlanPipeline.Solver = .glpk,
        options: SolverOptions = SolverOptions(),
        progress: (@Sendable (Int, PlanPipeline.Stage, SolveProgress) -> Void)? = nil, cancellation: SolveCancellation? = nil
    ) throws -> [Variant] {
        let clock = ContinuousClock()
        let deadline = options.timeLimit.map { clock.now + .seconds($0) }
        var out: [Variant] = []
        for (k, plan) in plans.enumerated() {
            var o = options
            if let deadline {
                let left = clock.now.duration(to: deadline)
                let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18
                o.timeLimit = max(0.05, seconds / Double(plans.count - k))
            }
            var tell: (@Sendable (PlanPipeline.Stage, SolveProgress) -> Void)?
            if let progress { tell = { stage, p in progress(k, stage, p) } }
            let outcome = try PlanPipeline.run(plan.instance, solver: solver, options: o, progress: tell, cancellation: cancellation)
            out.append(Variant(name: plan.name, settings: plan.settings, instance: plan.instance, outcome: outcome,
                               metrics: PlanMetrics(instance: plan.instance, solution: outcome.solution)))
        }
        return out
    }

    /// Every plan's explanation lines in `lang`, each once, in order of first appearance,
    /// prefixed by the plans that have it ("every plan" when all do), so that a note the
    /// variants share is said once. Lines are told apart by their English text.
    public static func notes(_ variants: [Variant], _ lang: ReportLanguage) -> [String] {
        var order: [(key: String, text: String)] = [], owners: [String: [Int]] = [:]
        for (k, v) in variants.enumerated() {
            for (key, text) in zip(v.outcome.explanation(.en), v.outcome.explanation(lang)) where owners[key]?.last != k {
                if owners[key] == nil { order.append((key, text)) }
                owners[key, default: []].append(k)
            }
        }
        return order.map { line in
            let who = owners[line.key] ?? []
            return ComparisonText.shared(line.text, by: who.map { ComparisonText.plan($0, named: variants[$0].name, lang) },
                                         every: who.count == variants.count && variants.count > 1, lang)
        }
    }

    /// The side-by-side table as plain text for a terminal: one row per figure of
    /// ``PlanMetrics/rows``, one column per plan (baseline first); a figure that differs
    /// from the baseline's is marked `+` when better, `−` when worse, `*` otherwise.
    /// Columns are aligned by display width (a Chinese character takes two columns).
    public static func table(_ variants: [Variant], _ lang: ReportLanguage) -> String {
        let header = [ComparisonText.figure.text(lang)] + variants.enumerated().map { k, v in ComparisonText.plan(k, named: v.name, lang) }
        var rows = [header]
        for row in PlanMetrics.rows {
            var cells = [row.label(lang)]
            for (k, v) in variants.enumerated() {
                var text = row.text(v.metrics, lang)
                if k > 0, row.differs(v.metrics, from: variants[0].metrics) {
                    switch row.judge(v.metrics, against: variants[0].metrics) {
                    case 1: text += " +"
                    case -1: text += " −"
                    default: text += " *"
                    }
                }
                cells.append(text)
            }
            rows.append(cells)
        }
        let widths = header.indices.map { c in rows.map { displayWidth($0[c]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, text in
                let pad = String(repeating: " ", count: widths[c] - displayWidth(text))
                return c == 0 ? text + pad : pad + text
            }.joined(separator: "  ")
        }
        var out = line(header) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows.dropFirst() { out += line(r) + "\n" }
        return out + ComparisonText.legend.text(lang) + "\n"
    }

    /// Columns a terminal gives `text`: two for East Asian wide and full-width characters.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { w, s in
            let v = s.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            let zero = (0x0300...0x036F).contains(v) || v == 0x200B || (0xFE00...0xFE0F).contains(v)
            return w + (zero ? 0 : wide ? 2 : 1)
        }
    }
}
