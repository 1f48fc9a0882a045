/// Why `rotaplan horizon` (MODEL.md §13) could not plan every year, and at which year;
/// the years before it are kept. Words: `RotaplanText.HorizonText.stopped`.
public enum HorizonStop: Sendable, Equatable {
    /// The first instance has no `year`.
    case noYear
    /// The year's instance is invalid (a hires entry breaks §2, or rollover wrote an
    /// instance past an input bound): the diagnostics, one line each.
    case invalidInstance(year: Int, messages: [String])
    /// The year's plan fails the independent check (an internal error).
    case checkFailed(year: Int, findings: [String])
    /// Rollover refused the year's plan.
    case rolloverRefused(year: Int, messages: [String])
    /// Stopped by the user (SIGINT/SIGTERM) while planning the year.
    case interrupted(year: Int)

    /// The year it stopped at (nil: the first instance has no year).
    public var year: Int? {
        switch self {
        case .noYear: nil
        case let .invalidInstance(y, _), let .checkFailed(y, _), let .rolloverRefused(y, _), let .interrupted(y): y
        }
    }
}
