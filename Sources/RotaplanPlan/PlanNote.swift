import RotaplanDomain

/// What the pipeline itself observed about how the stages fit together (not a solver's
/// explanation of one stage): a finding's data (``Finding/PlanObservation``), worded by
/// RotaplanText (`note.text(.zh)`, ``FindingText``).
public typealias PlanNote = Finding.PlanObservation
