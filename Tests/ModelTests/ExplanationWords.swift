import RotaplanDomain
import RotaplanModels
import RotaplanText

/// A stage's explanation in words (RotaplanText), as the tests read it.
func words(_ e: [StageExplanation], _ x: Instance) -> [Bilingual] { e.map { FindingText.sentence($0, in: x) } }

/// A stage's explanation in English (what stderr shows).
func english(_ e: [StageExplanation], _ x: Instance) -> [String] { words(e, x).map(\.en) }

/// The uncovered walking lines of an explanation: line, periods and the reason in words.
func uncovered(_ e: [StageExplanation], _ x: Instance) -> [(line: Int, periods: Int, reason: Bilingual)] {
    e.compactMap { f in
        guard case let .demandLine(l)? = f.refs.first, let reason = FindingText.uncoveredReason(f, in: x) else { return nil }
        return (l, Int(f.amount(.actual) ?? 0), reason)
    }
}
