import Foundation
import RotaplanText

/// What becomes of a job's result folder when its child process ends.
public enum JobOutput: Sendable, Equatable {
    /// The folder (solution.json, report/, pins.csv) becomes the next plan version of the year.
    case plan(origin: PlanOrigin, parent: Int64?)
    /// The folder is kept as the job's result (a comparison's or a horizon's report).
    case folder
}

/// A solve for the queue (``Workbench/jobs``): the `rotaplan` command line after the binary,
/// with placeholders the queue replaces by paths in the job's scratch folder:
/// `{instance}` (the instance version's file), `{out}` (the solution path), `{report}` (the
/// report folder), `{pins}` (the year's pins as a pins CSV; a `--pins {pins}` pair is dropped
/// when there are none), `{near}` (the solution of ``near``), `{dir}` (the result folder).
public struct SolveRequest: Sendable {
    public var workspace: Int64
    public var year: Int
    public var kind: JobKind
    public var instance: InstanceVersion
    public var arguments: [String]
    public var output: JobOutput
    public var near: PlanVersion?
    public var who: String
    public var language: Language

    public init(workspace: Int64, year: Int, kind: JobKind, instance: InstanceVersion, arguments: [String],
                output: JobOutput, near: PlanVersion? = nil, who: String, language: Language) {
        self.workspace = workspace; self.year = year; self.kind = kind; self.instance = instance
        self.arguments = arguments; self.output = output; self.near = near; self.who = who; self.language = language
    }

    /// `rotaplan plan` of the instance with the year's pins, writing a plan folder.
    public static func plan(_ instance: InstanceVersion, timeLimit: Int, who: String, language: Language) -> SolveRequest {
        SolveRequest(workspace: instance.workspaceId, year: instance.year, kind: .plan, instance: instance,
                     arguments: ["plan", "{instance}", "-o", "{out}", "--report", "{report}", "--pins", "{pins}",
                                 "--time-limit", String(timeLimit)],
                     output: .plan(origin: .solve, parent: nil), who: who, language: language)
    }

    /// `rotaplan plan --near` the plan `near` (MODEL.md §12): a re-plan that keeps what it can.
    public static func replan(_ instance: InstanceVersion, near: PlanVersion, timeLimit: Int, who: String, language: Language) -> SolveRequest {
        SolveRequest(workspace: instance.workspaceId, year: instance.year, kind: .near, instance: instance,
                     arguments: ["plan", "{instance}", "-o", "{out}", "--report", "{report}", "--pins", "{pins}",
                                 "--near", "{near}", "--time-limit", String(timeLimit)],
                     output: .plan(origin: .near, parent: near.id), near: near, who: who, language: language)
    }
}
