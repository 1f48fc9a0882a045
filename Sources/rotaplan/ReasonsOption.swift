import ArgumentParser
import RotaplanDomain
import RotaplanPlan

/// `--reasons-time-limit` of `exchange` and `plan`: the time budget of the report's reasons
/// table (docs/report.md "Why each teacher moves or stays").
struct ReasonsOption: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Seconds for the report's reasons per teacher, all re-solves together (default 30; \
        with --report only). A group too large for it is said so in the table, with the \
        `rotaplan why` command that answers for one teacher.
        """, valueName: "S"))
    var reasonsTimeLimit: Double = ExchangeReasons.defaultBudget

    func validate() throws {
        guard reasonsTimeLimit.isFinite, reasonsTimeLimit > 0 else {
            throw ValidationError("--reasons-time-limit must be a positive number of seconds")
        }
    }

    /// The reasons for every teacher of the exchange plan in `s` (a stand-alone exchange
    /// solution or a plan's exchange stage). An error of a re-solve leaves the table empty
    /// (said on stderr) rather than losing the report.
    func compute(_ x: Instance, _ s: Solution) -> ExchangeReasons {
        let status = s.problem == .plan ? s.stages.first { $0.problem == .exchange }?.status : s.status
        do {
            return try ExchangeReasons.compute(x, exchanges: s.exchanges, hasPlan: status == .optimal || status == .feasible,
                                               budget: reasonsTimeLimit, mentorReserve: s.problem == .plan)
        } catch {
            printError("\(x.name): the reasons per teacher could not be computed: \(error)")
            return .empty
        }
    }
}
