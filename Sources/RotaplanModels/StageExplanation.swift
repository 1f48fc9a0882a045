import RotaplanDomain

/// A stage's explanation (an exchange or training without a plan, the uncovered walking
/// periods, the pins that cannot hold): findings, most important first. Models return
/// findings, never sentences; RotaplanText's `FindingText` words them in English or
/// Chinese, and its `StageText` puts the stage's name before each (`exchange: …`).
public typealias StageExplanation = [Finding]
