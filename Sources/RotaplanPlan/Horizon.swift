import GLPK
import RotaplanChecker
import RotaplanDomain
import RotaplanFormats
import RotaplanModels

/// `rotaplan horizon` (MODEL.md §13): for k = 0 … H − 1, `plan` on year Y + k, then
/// rollover (§11) to Y + k + 1, then that year's entries of the hires file appended. Each
/// year's plan is optimal for its year (no look-ahead) and passes the independent check
/// on its year's instance before it is rolled over; each instance is the rollover of the
/// one before plus that year's entries, so the result is checkable year by year.
public enum Horizon {
    /// One planned year.
    public struct Year: Sendable {
        public var year: Int
        /// The year's instance file, as written to `year-YYYY.instance.json`.
        public var instanceText: String
        public var instance: Instance
        public var outcome: PlanPipeline.Outcome
        /// What the rollover to the next year did (nil when the horizon stopped at this year).
        public var rollover: RolloverSummary?
        /// The stages of the year's plan that have no plan (infeasible, or none in time).
        public var withoutPlan: [Solution.Problem] { outcome.solution.stages.filter { $0.objective == nil }.map { $0.problem } }
    }

    public struct Result: Sendable {
        /// The planned years, in order.
        public var years: [Year]
        /// The instance after the last planned year (`year-(Y+H).instance.json`); nil when
        /// the horizon stopped early.
        public var finalInstance: (year: Int, text: String)?
        public var stop: HorizonStop?
    }

    /// Runs the horizon from `first`, the first year's instance (it must have a `year`),
    /// read from `text`, the file's bytes as text. `options.timeLimit` applies to each
    /// year's plan, shared among its stages as `plan` shares it.
    public static func run(
        first: Instance, text: String, years count: Int, entries: HorizonEntries = HorizonEntries(),
        solver: PlanPipeline.Solver = .glpk, options: SolverOptions = SolverOptions(),
        progress: (@Sendable (Int, PlanPipeline.Stage, SolveProgress) -> Void)? = nil,
        cancellation: SolveCancellation? = nil
    ) throws -> Result {
        guard var year = first.year else { return Result(years: [], finalInstance: nil, stop: .noYear) }
        var text = text
        var x = first
        var done: [Year] = []
        for k in 0..<count {
            if k > 0 {
                do { x = try InstanceLoader.load(bytes: Array(text.utf8), file: fileName(year)).instance } catch {
                    return Result(years: done, finalInstance: nil,
                                  stop: .invalidInstance(year: year, messages: error.diagnostics.map(\.description)))
                }
            }
            var yearProgress: (@Sendable (PlanPipeline.Stage, SolveProgress) -> Void)?
            if let progress {
                let y = year
                yearProgress = { stage, p in progress(y, stage, p) }
            }
            let outcome = try PlanPipeline.run(x, solver: solver, options: options, progress: yearProgress, cancellation: cancellation)
            let plan = outcome.solution
            if cancellation?.isCancelled ?? false {
                return Result(years: done, finalInstance: nil, stop: .interrupted(year: year))
            }
            // A stage without a plan (an infeasible exchange, say) is that year's answer:
            // nobody moves, or nobody is placed, and the years after it are planned all the
            // same (docs/years.md). Its rules are still checked.
            let report = SolutionChecker.check(plan, against: x)
            guard report.passed else {
                return Result(years: done, finalInstance: nil,
                              stop: .checkFailed(year: year, findings: report.violations.map { "\($0)" }))
            }
            let next: Rollover.Result
            do {
                // `text` was loaded, so it parses.
                next = try Rollover.next(document: try JSONParser.parse(text), instance: x, plan: plan)
            } catch let error as RolloverError {
                done.append(Year(year: year, instanceText: text, instance: x, outcome: outcome, rollover: nil))
                return Result(years: done, finalInstance: nil, stop: .rolloverRefused(year: year, messages: error.messages))
            }
            done.append(Year(year: year, instanceText: text, instance: x, outcome: outcome, rollover: next.summary))
            year += 1
            text = entries.appended(to: next.text, year: year)
        }
        // The last instance is read once more so that a bad entry of its year is found.
        do { _ = try InstanceLoader.load(bytes: Array(text.utf8), file: fileName(year)) } catch {
            return Result(years: done, finalInstance: nil,
                          stop: .invalidInstance(year: year, messages: error.diagnostics.map(\.description)))
        }
        return Result(years: done, finalInstance: (year, text), stop: nil)
    }

    /// The first year's file as the text the horizon rolls over (a UTF-8 byte-order mark dropped).
    public static func text(ofFile bytes: [UInt8]) -> String {
        String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
    }

    /// `year-YYYY.instance.json`.
    public static func fileName(_ year: Int) -> String { "year-\(year).instance.json" }
    /// `year-YYYY.plan.json`.
    public static func planName(_ year: Int) -> String { "year-\(year).plan.json" }
}
