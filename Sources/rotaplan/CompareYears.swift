import ArgumentParser
import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanPlan
import RotaplanReports
import RotaplanText

/// `rotaplan compare INSTANCE --years H --set …` (MODEL.md §13): every policy's horizon
/// (`rotaplan horizon`), side by side: teachers rotated and the share of the eligible,
/// years without an exchange plan, the quality spread, costs, hires, uncovered periods.
extension CompareCommand {
    func runYears(_ years: Int, variants: [[PolicySetting]]) throws {
        guard (1...20).contains(years) else {
            printError("rotaplan compare: --years must be 1…20 (MODEL.md §13), not \(years)")
            throw Exit.usage
        }
        if pins != nil {
            printError("rotaplan compare: --pins names this year's teachers and cannot follow a horizon; leave it out with --years")
            throw Exit.usage
        }
        var reportPaths: [String] = []
        if let report {
            do {
                reportPaths = try OutputFile.prepareReport(report, files: HorizonComparison.files, inputs: [instance], force: force)
            } catch let e as OutputFile.Refused {
                printError(e.text(terminal))
                throw e.code
            }
        }
        let bytes: [UInt8], x: Instance
        let plans: [(name: String, settings: [PolicySetting], instance: Instance)]
        do {
            bytes = try InstanceLoader.readFile(instance)
            x = try InstanceLoader.load(bytes: bytes, file: instance).instance
            plans = try PlanComparison.instances(x, variants: variants)
        } catch {
            printDiagnostics(error.diagnostics, terminal)
            throw Exit.invalidInput
        }
        guard x.year != nil else {
            printError("\(instance): " + HorizonText.stopped(.noYear, terminal))
            throw Exit.invalidInput
        }
        Interrupts.install()
        let text = Horizon.text(ofFile: bytes)
        let printer = ProgressPrinter(stage: "compare", format: limits.progress)
        var compared: [HorizonComparison.Variant] = []
        for plan in plans {
            let first = plan.settings.isEmpty ? text : InstanceWriter.json(plan.instance)
            let result = try PlanPipeline.reportingInputErrors(of: instance, printer) {
                try Horizon.run(first: plan.instance, text: first, years: years, solver: solver, options: limits.solverOptions(),
                                progress: { year, stage, p in printer.report(p, stage: "compare · \(plan.name) · \(year) · \(stage.rawValue)") },
                                cancellation: Interrupts.cancellation)
            }
            if case .checkFailed? = result.stop {
                printError("\(instance): \(plan.name): " + HorizonText.stopped(result.stop!, terminal))
                throw Exit.internalError
            }
            compared.append(HorizonComparison.Variant(name: plan.name, settings: plan.settings.map(\.description),
                                                      figures: HorizonFigures(result.years.map { ($0.instance, $0.outcome.solution) }),
                                                      stop: result.stop))
            if Interrupts.exitCode != nil { break }
        }
        let table = HorizonComparison(instance: x.name, variants: compared)
        if let report, !reportPaths.isEmpty {
            try OutputFile.ending(.reportIncomplete(folder: report, planWrittenTo: nil), terminal) {
                try OutputFile.makeFolder(of: reportPaths[0])
                for (path, t) in zip(reportPaths, table.files(lang)) { try OutputFile.write(t, to: path, replace: force) }
            }
        }
        if !quiet { print(table.markdown(lang), terminator: "") }
        if let code = Interrupts.exitCode { throw code }
    }
}
