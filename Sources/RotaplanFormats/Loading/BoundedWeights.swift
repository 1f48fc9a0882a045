import RotaplanDomain

/// Weights that must not be negative (docs/instance-format.md, "Weights").
///
/// Most weights of §3 may take any finite value: their term is a sum over decisions that
/// are 0 or 1 (a move, a placement, a lesson), so a negative weight only turns a cost
/// into a reward and the problem keeps its optimum. Four terms are different: they
/// measure something the model can only bound from one side, and a negative weight
/// rewards pushing that measure up without limit.
///
/// - exchange `balance`: |F(s)/n(s) − Q̄(g)| is written dp(s) + dn(s) with dp − dn fixed
///   (§4); rewarded, dp and dn grow together without end (the model is unbounded).
/// - exchange `shortage`: short(s,k) ≥ R − final_k(s) only from below; rewarded, it grows
///   without end.
/// - walking `visit` and `travelHalfHour`: a visit v[t,s,d] ≥ y is forced by a lesson
///   but not forbidden without one (§6 rule 7); rewarded, the model books visit days
///   with no lessons, which no timetable has, and its optimum is not the plan's.
///
/// So each of the four must be ≥ 0, and a negative one is an input error that says why
/// (MODEL.md §10 asks only that weights be finite; this is the reading written down). The
/// reasons are the key table's (`PolicyKey.nonNegativeBecause`, RotaplanDomain/Policy).
extension FieldReader {
    /// A weight that must be finite and ≥ 0; a negative one is an error naming the field
    /// and `reason`.
    mutating func boundedWeight(_ parent: JSONNode, _ key: String, _ path: RecordPath, reason: String) -> Double? {
        guard let v = number(parent, key, path, in: -1e12...1e12) else { return nil }
        guard v >= 0 else {
            error(parent[key], path + key, .negativeWeight(JSONText.number(v), key: (path + key).field, reason: reason))
            return nil
        }
        return v
    }
}
