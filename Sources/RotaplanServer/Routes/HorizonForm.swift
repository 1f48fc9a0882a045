import Foundation
import RotaplanText
import RotaplanWorkbenchText

/// The horizon form: how many years (2–10) and a time limit per year (1–3600 s), and the
/// command line `rotaplan horizon` runs with (docs/years.md).
enum HorizonForm {
    static let years = 2...10

    static func shown(_ form: FormFields) -> HorizonPage.Form {
        HorizonPage.Form(years: form["years"] ?? "3", timeLimit: form["timeLimit"] ?? "60")
    }

    /// The years and the time limit per year, or the sentence naming the field.
    static func read(_ form: FormFields) throws(WorkbenchError) -> (years: Int, timeLimit: Int) {
        let y = (form["years"] ?? "").trimmingCharacters(in: .whitespaces)
        guard let n = Int(y), years.contains(n) else {
            throw .invalid(WorkbenchText.numberField(WorkbenchText.horizonYears, value: y, range: years))
        }
        let t = (form["timeLimit"] ?? "60").trimmingCharacters(in: .whitespaces)
        guard let s = Int(t), CompareForm.timeLimits.contains(s) else {
            throw .invalid(WorkbenchText.numberField(WorkbenchText.timeLimitPerYear, value: t, range: CompareForm.timeLimits))
        }
        return (n, s)
    }

    /// `rotaplan horizon` of the instance into the result folder `{dir}`, its report in `{report}` (the queue makes it `{dir}/report`).
    static func arguments(years: Int, timeLimit: Int, language: Language) -> [String] {
        ["horizon", "{instance}", "--years", String(years), "--output", "{dir}", "--report", "{report}",
         "--time-limit", String(timeLimit), "--lang", language.rawValue, "--quiet"]
    }
}

/// What the compare and horizon routes need of the solve queue: to enqueue a request
/// (returning the job id) and the result folder of a finished job (nil while it has none).
struct AnalysisJobs: Sendable {
    var start: @Sendable (SolveRequest) async throws -> Int64
    var folder: @Sendable (JobRecord) -> URL?
}
