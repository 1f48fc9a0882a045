import RotaplanDomain

/// `metrics.objectiveTerms` of a solution file (MODEL.md §8 rev 2): a single problem's
/// terms as one object `{"balance": 70, …}`, a plan's as one object per stage
/// `{"exchange": {…}, "training": {…}, "walking": {…}}`, each in §8's order.
enum ObjectiveTermsFile {
    static let key = "objectiveTerms"
    static let stages: [Solution.Problem] = [.exchange, .training, .walking]

    /// The member of `metrics`, nil when the solution states no term.
    static func json(_ s: Solution) -> JSONOut? {
        func object(_ terms: [ObjectiveTerm]) -> JSONOut { .object(terms.map { ($0.name, .numberOrNull($0.value)) }) }
        if s.problem == .plan {
            let members = stages.compactMap { p in s.objectiveTerms[p].map { (p.rawValue, object($0)) } }
            return members.isEmpty ? nil : .object(members, lines: true)
        }
        return s.objectiveTerms[s.problem].map(object)
    }

    /// Reads `metrics.objectiveTerms` into `s` (absent: none); a term name §8 does not give
    /// the problem, or a value that is not a number, is a diagnostic naming the field.
    static func read(_ metrics: JSONNode, into s: inout Solution, _ r: inout FieldReader) {
        guard let node = metrics[key], !node.isNull else { return }
        let path = RecordPath(list: "metrics", field: key)
        func terms(_ node: JSONNode, _ problem: Solution.Problem, _ path: RecordPath) -> [ObjectiveTerm]? {
            let names = ObjectiveTerms.names(problem, near: true)
            guard let e = r.object(node, path, allowed: names) else { return nil }
            return names.compactMap { n in r.number(e, n, path, in: -1e300...1e300).map { ObjectiveTerm(n, $0) } }
        }
        if s.problem == .plan {
            guard let e = r.object(node, path, allowed: stages.map(\.rawValue)) else { return }
            for p in stages {
                if let sn = e[p.rawValue], let t = terms(sn, p, path + p.rawValue) { s.objectiveTerms[p] = t }
            }
        } else if let t = terms(node, s.problem, path) {
            s.objectiveTerms[s.problem] = t
        }
    }
}
