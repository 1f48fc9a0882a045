import RotaplanDomain
import RotaplanText

extension PlanMetrics {
    /// One figure as a table row: a stable key (for scripts and tests), its label in
    /// both languages, and how its value is read and written. `compare` prints one column
    /// per plan with these rows; the plan report's key figures are a subset of them.
    public struct Row: Sendable {
        /// How a value is written: counts, decimals, yuan (rounded, thousands grouped),
        /// minutes (rounded), or a status (its text; no number).
        public enum Format: Sendable, Equatable { case count, decimal(Int), yuan, minutes, status }
        /// Which way is better, for highlighting a change from the baseline.
        public enum Better: Sendable, Equatable { case lower, higher, neither }

        public let key: String
        public let english: String
        public let chinese: String
        public let format: Format
        public let better: Better
        let number: @Sendable (PlanMetrics) -> Double?
        let status: (@Sendable (PlanMetrics) -> (Solution.Status?, Bool))?

        init(_ key: String, _ english: String, _ chinese: String, _ format: Format, _ better: Better,
             _ number: @escaping @Sendable (PlanMetrics) -> Double?) {
            self.key = key; self.english = english; self.chinese = chinese; self.format = format; self.better = better
            self.number = number; status = nil
        }

        init(status key: String, _ english: String, _ chinese: String, _ status: @escaping @Sendable (PlanMetrics) -> (Solution.Status?, Bool)) {
            self.key = key; self.english = english; self.chinese = chinese; format = .status; better = .neither
            number = { _ in nil }; self.status = status
        }

        public func label(_ lang: ReportLanguage) -> String { Bilingual(en: english, zh: chinese).text(lang) }

        /// The figure as a number (nil: missing, or a status row).
        public func value(_ m: PlanMetrics) -> Double? { number(m) }

        /// The figure as written in a table; "—" when missing.
        public func text(_ m: PlanMetrics, _ lang: ReportLanguage) -> String {
            if let status {
                let (s, interrupted) = status(m)
                return PlanMetrics.statusText(s, lang) + (interrupted ? ReportText.interruptedMark.text(lang) : "")
            }
            return text(value: number(m))
        }

        /// A value written as this row writes it ("—" for nil); for differences too.
        public func text(value v: Double?) -> String {
            guard let v else { return "—" }
            switch format {
            case .count, .yuan, .minutes: return PlanMetrics.grouped(v)
            case let .decimal(d): return HTMLPage.fmt(v, d)
            case .status: return "—"
            }
        }

        /// The figure as a CSV cell: a number rounded as the row writes it, a status as
        /// text, a missing figure empty.
        func cell(_ m: PlanMetrics, _ lang: ReportLanguage) -> CSVTable.Cell {
            if format == .status { return .text(text(m, lang)) }
            guard let v = value(m) else { return .text("") }
            if case let .decimal(d) = format {
                let scale = (0..<d).reduce(1.0) { acc, _ in acc * 10 }
                return .number((v * scale).rounded() / scale)
            }
            return .number(v.rounded())
        }

        /// `m − base` written with its sign ("+2", "−0.120"); nil when either is missing,
        /// for status rows, or when the two are written the same.
        public func difference(_ m: PlanMetrics, from base: PlanMetrics) -> String? {
            guard format != .status, differs(m, from: base), let a = value(m), let b = value(base) else { return nil }
            let d = text(value: abs(a - b))
            return (a > b ? "+" : "−") + d
        }

        /// Whether `m`'s figure differs from `base`'s as written (so rounding noise is
        /// not a difference).
        public func differs(_ m: PlanMetrics, from base: PlanMetrics) -> Bool { text(m, .en) != text(base, .en) }

        /// +1 when `m` is better than `base` on this row, −1 when worse, 0 when equal,
        /// missing on either side, or neither direction is better.
        public func judge(_ m: PlanMetrics, against base: PlanMetrics) -> Int {
            guard differs(m, from: base), let a = value(m), let b = value(base) else { return 0 }
            switch better {
            case .lower: return a < b ? 1 : -1
            case .higher: return a > b ? 1 : -1
            case .neither: return 0
            }
        }
    }

    /// Every figure, in the order `compare` prints them. Objectives are marked neither
    /// better nor worse: variants with other policies or weights value plans differently.
    public static let rows: [Row] = [
        Row(status: "status", "Plan status", "方案状态") { ($0.status, $0.interrupted) },
        Row(status: "exchangeStatus", "Exchange stage", "交流轮岗阶段") { ($0.exchangeStatus, false) },
        Row(status: "trainingStatus", "Training stage", "首站式培育阶段") { ($0.trainingStatus, false) },
        Row(status: "walkingStatus", "Walking stage", "走教阶段") { ($0.walkingStatus, false) },
        Row("eligibleTeachers", "Eligible teachers", "符合交流条件的教师", .count, .neither) { Double($0.eligibleTeachers) },
        Row("minimumMoves", "Moves required by policy", "政策要求最少交流人数", .count, .neither) { Double($0.minimumMoves) },
        Row("teachersMoved", "Teachers moved", "交流教师", .count, .neither) { $0.teachersMoved.map(Double.init) },
        Row("backboneMoved", "Backbone teachers moved", "交流骨干教师", .count, .neither) { $0.backboneMoved.map(Double.init) },
        Row("qualitySpreadBefore", "Quality spread per teacher, before", "校际人均质量极差（交流前）", .decimal(3), .lower) { $0.qualitySpreadBefore },
        Row("qualitySpreadAfter", "Quality spread per teacher, after", "校际人均质量极差（交流后）", .decimal(3), .lower) { $0.qualitySpreadAfter },
        Row("qualityImbalanceBefore", "Quality imbalance (§4 balance), before", "质量失衡度（交流前）", .decimal(3), .lower) { $0.qualityImbalanceBefore },
        Row("qualityImbalanceAfter", "Quality imbalance (§4 balance), after", "质量失衡度（交流后）", .decimal(3), .lower) { $0.qualityImbalanceAfter },
        Row("shortfallBefore", "Subject shortfall, before", "学科缺编（交流前）", .count, .lower) { Double($0.shortfallBefore) },
        Row("shortfallAfter", "Subject shortfall, after", "学科缺编（交流后）", .count, .lower) { $0.shortfallAfter.map(Double.init) },
        Row("exchangeYuan", "Exchange cost (yuan a year)", "交流年度费用（元）", .yuan, .lower) { $0.exchangeYuan },
        Row("exchangeTravelMinutes", "Exchange travel (one-way minutes a day, all movers)", "交流通勤（单程分钟/天，合计）", .minutes, .lower) { $0.exchangeTravelMinutes },
        Row("newHires", "New hires", "新教师", .count, .neither) { Double($0.newHires) },
        Row("hiresPlaced", "New hires placed", "已安排新教师", .count, .higher) { $0.hiresPlaced.map(Double.init) },
        Row("meanTrainingYears", "Mean training years", "平均培育年限", .decimal(2), .neither) { $0.meanTrainingYears },
        Row("hiresAtPrioritySchools", "Hires placed at new, weak or rural schools", "分配到新建/薄弱/乡村学校", .count, .higher) { $0.hiresAtPrioritySchools.map(Double.init) },
        Row("demandPeriods", "Walking demand (periods a week)", "走教需求（课时/周）", .count, .neither) { Double($0.demandPeriods) },
        Row("lessons", "Walking lessons (periods a week)", "已排走教课时（节/周）", .count, .higher) { $0.lessons.map(Double.init) },
        Row("uncoveredPeriods", "Uncovered periods a week", "未排课时（节/周）", .count, .lower) { $0.uncoveredPeriods.map(Double.init) },
        Row("walkingTeachers", "Walking teachers teaching", "承担走教的教师", .count, .neither) { $0.walkingTeachers.map(Double.init) },
        Row("visitDays", "Visit days a week", "外出走教人日（每周）", .count, .lower) { $0.visitDays.map(Double.init) },
        Row("walkingTravelMinutes", "Walking travel (one-way minutes a week)", "走教路程（单程分钟/周）", .minutes, .lower) { $0.walkingTravelMinutes },
        Row("walkingYuanPerWeek", "Walking transport (yuan a week)", "走教交通费（元/周）", .yuan, .lower) { $0.walkingYuanPerWeek },
        Row("walkingYuanPerYear", "Walking transport (yuan a year)", "走教交通费（元/年）", .yuan, .lower) { $0.walkingYuanPerYear },
        Row("totalYuanPerYear", "Total cost (yuan a year)", "年度费用合计（元）", .yuan, .lower) { $0.totalYuanPerYear },
        Row("exchangeObjective", "Exchange objective", "交流目标值", .decimal(3), .neither) { $0.exchangeObjective },
        Row("trainingObjective", "Training objective", "培育目标值", .decimal(3), .neither) { $0.trainingObjective },
        Row("walkingObjective", "Walking objective", "走教目标值", .decimal(3), .neither) { $0.walkingObjective },
        Row("objective", "Total objective", "总目标值", .decimal(3), .neither) { $0.objective },
    ]

    /// The row with `key` (nil when there is none).
    public static func row(_ key: String) -> Row? { rows.first { $0.key == key } }

    /// A stage or plan status as a principal reads it; nil = the stage did not run.
    public static func statusText(_ s: Solution.Status?, _ lang: ReportLanguage) -> String { s.statusText.text(lang) }

    /// A number rounded to an integer with thousands grouped by commas ("12,345"), the
    /// same in both languages (no locale: byte-identical output everywhere).
    static func grouped(_ v: Double) -> String {
        let n = Int64(v.rounded())
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
