import Foundation
import GRDB
import Hummingbird
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import RotaplanWorkbenchText

/// The variants a compare form posts, read and checked as `rotaplan compare --set` reads
/// them (``PolicySetting``) and applied to the year's instance (``Policy/applying(_:source:)``,
/// ``InstanceLoader/validate(_:source:)``): a line or value that cannot be used is a
/// ``Refusal`` naming the variant, the form field and the line.
enum CompareForm {
    struct Variant: Sendable, Equatable {
        var position: Int
        var name: String
        var settings: [PolicySetting]
        /// The `--set` argument of the variant.
        var argument: String { settings.map(\.description).joined(separator: ",") }
    }

    struct Refusal: Error, Sendable {
        var variant: Int?
        var sentence: Bilingual
    }

    static let timeLimits = 1...3600

    /// The form as posted (for showing it again).
    static func shown(_ form: FormFields) -> ComparePage.Form {
        var f = ComparePage.Form()
        for i in 0..<ComparePage.variants {
            f.names[i] = form["name\(i + 1)"] ?? ""
            f.settings[i] = form["set\(i + 1)"] ?? ""
        }
        f.timeLimit = form["timeLimit"] ?? "60"
        return f
    }

    /// The variants (1 to 4) and the time limit, or the first problem.
    static func read(_ form: FormFields, instance x: Instance, language l: Language) throws(Refusal) -> ([Variant], Int) {
        var variants: [Variant] = []
        for i in 1...ComparePage.variants {
            let name = (form["name\(i)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let label = name.isEmpty ? WorkbenchText.variant(i).text(l) : name
            let lines = (form["set\(i)"] ?? "").split(whereSeparator: { $0 == "\n" || $0 == "\r" })
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard name.count <= 40 else { throw Refusal(variant: i - 1, sentence: WorkbenchText.nameTooLong(label)) }
            var settings: [PolicySetting] = []
            var number = 0
            for line in lines {
                number += 1
                guard !line.isEmpty else { continue }
                let parsed: [PolicySetting]
                do { parsed = try PolicySetting.list(line) } catch {
                    let why = WorkbenchText.rendered { DiagnosticMessage.policy(error.problem).text($0) }
                    throw Refusal(variant: i - 1, sentence: WorkbenchText.variantInvalid(label, line: number, why: why))
                }
                // Each line alone first, so that an unknown key or a bad value is named by its line.
                do { _ = try x.policy.applying(parsed, source: label) } catch {
                    let why = WorkbenchText.rendered { lang in error.diagnostics.map { $0.text.text(lang) }.joined(separator: " ") }
                    throw Refusal(variant: i - 1, sentence: WorkbenchText.variantInvalid(label, line: number, why: why))
                }
                settings += parsed
            }
            guard !settings.isEmpty else { continue }
            do {
                var y = x
                y.policy = try x.policy.applying(settings, source: label)
                try InstanceLoader.validate(y, source: label)
            } catch {
                let why = WorkbenchText.rendered { lang in error.diagnostics.map { $0.text.text(lang) }.joined(separator: " ") }
                throw Refusal(variant: i - 1, sentence: WorkbenchText.variantInvalid(label, line: nil, why: why))
            }
            variants.append(Variant(position: i, name: name, settings: settings))
        }
        guard !variants.isEmpty else { throw Refusal(variant: 0, sentence: WorkbenchText.noVariant) }
        let text = (form["timeLimit"] ?? "60").trimmingCharacters(in: .whitespaces)
        guard let seconds = Int(text), timeLimits.contains(seconds) else {
            throw Refusal(variant: nil, sentence: WorkbenchText.numberField(WorkbenchText.timeLimit, value: text, range: timeLimits))
        }
        return (variants, seconds)
    }

    /// The command line of the comparison (after the binary), with the queue's placeholders.
    static func arguments(_ variants: [Variant], timeLimit: Int, language: Language) -> [String] {
        ["compare", "{instance}"] + variants.flatMap { ["--set", $0.argument] }
            + ["--pins", "{pins}", "--report", "{dir}", "--lang", language.rawValue, "--time-limit", String(timeLimit), "--quiet"]
    }
}
/// `GET/POST /w/:ws/years/:year/compare` (the variants → a compare job, 303 to its page)
/// and `GET /w/:ws/years/:year/compare/:job` (the comparison side by side).
enum CompareRoutes {
    static func add(to group: RouterGroup<WorkbenchContext>, _ wb: Workbench, jobs: AnalysisJobs) {
        group.get("years/:year/compare") { request, context -> Response in
            let scope = try await YearScope.load(wb, context)
            let earlier = try wb.store.earlierJobs(scope, kind: .compare)
            return Pages.response(ComparePage.render(scope, ComparePage.Form(), earlier: earlier, frame: context.frame(path: request.uri.path)))
        }
        group.post("years/:year/compare") { request, context -> Response in
            let scope = try await YearScope.load(wb, context)
            var request = request
            let form = try await FormFields.read(&request, limit: wb.configuration.maxFormBytes)
            let x = try scope.loaded()
            let l = context.language
            let read: ([CompareForm.Variant], Int)
            do { read = try CompareForm.read(form, instance: x, language: l) } catch let error as CompareForm.Refusal {
                var shown = CompareForm.shown(form)
                shown.error = error.sentence
                shown.invalidVariant = error.variant
                let earlier = try wb.store.earlierJobs(scope, kind: .compare)
                return Pages.response(ComparePage.render(scope, shown, earlier: earlier, frame: context.frame(path: request.uri.path)),
                                      status: .unprocessableContent)
            }
            let (variants, seconds) = read
            let job = try await jobs.start(SolveRequest(
                workspace: scope.workspace.id!, year: scope.year, kind: .compare, instance: scope.instance,
                arguments: CompareForm.arguments(variants, timeLimit: seconds, language: l), output: .folder,
                who: scope.viewer.name, language: l))
            try wb.store.addVariantNames(job: job, variants)
            return Pages.redirect("/w/\(scope.workspace.id!)/jobs/\(job)")
        }
        group.get("years/:year/compare/:job") { request, context -> Response in
            let scope = try await YearScope.load(wb, context)
            let job = try wb.store.yearJob(scope, context.parameters.get("job"), kind: .compare)
            let names = try wb.store.variantNames(job: job.id!)
            return Pages.response(ComparePage.result(scope, job: job.id!, folder: jobs.folder(job), names: names,
                                                     files: "/w/\(scope.workspace.id!)/jobs/\(job.id!)/files",
                                                     frame: context.frame(path: request.uri.path)))
        }
    }
}
