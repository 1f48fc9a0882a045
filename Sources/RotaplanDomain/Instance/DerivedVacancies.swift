/// Vacancies derived when an instance does not give them (`rotaplan training
/// --vacancies derived`, docs/training.md "Derived vacancies").
///
/// For every member school s of a group (the only places §5 sends hires) and every
/// subject k:
/// - target(s,k) = `required[k]` when given, else the number of teachers of primary
///   subject k whose school is s (the current staffing);
/// - after(s,k) = teachers of subject k at s after the exchange (count − out + in; the
///   count itself without an exchange plan);
/// - retired(s,k,Y) = teachers of subject k who work at s after the exchange and whose
///   `yearsToRetirement` ≤ Y (a value ≤ 0 counts from year 0);
/// - need(Y) = max(0, target − after + retired(Y)) for Y = 0 … training.maxYears;
/// and the vacancy rows are need(0) in year 0 (open from the start) and
/// need(Y) − need(Y − 1) in year Y. So a retirement opens a place only when the school
/// would fall below its requirement, a current shortfall is open from the start, and a
/// teacher the exchange sends away without a same-subject replacement leaves a place.
extension Instance {
    /// A reference in an exchange plan that does not resolve against this instance.
    public struct VacancyDerivationError: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The derived vacancies (see the type's documentation), sorted by school, subject
    /// and year. `exchanges` are the moves of an exchange plan (MODEL.md §8); every
    /// teacher and school must exist and `from` must be the teacher's school.
    /// O(teachers + schools · subjects · maxYears).
    public func derivedVacancies(exchanges: [Solution.Exchange] = []) throws(VacancyDerivationError) -> [Vacancy] {
        var workplace = teachers.map(\.school)
        for (i, e) in exchanges.enumerated() {
            guard let t = teacherIndex[TeacherID(e.teacher)] else {
                throw VacancyDerivationError(description: "exchanges[\(i)]: unknown teacher \(e.teacher)")
            }
            guard let to = schoolIndex[SchoolID(e.to)] else {
                throw VacancyDerivationError(description: "exchanges[\(i)]: unknown school \(e.to)")
            }
            guard e.from == schools[teachers[t].school].id.rawValue else {
                throw VacancyDerivationError(description: "exchanges[\(i)]: \(e.teacher) works at \(schools[teachers[t].school].id), not \(e.from)")
            }
            workplace[t] = to
        }
        let maxYears = policy.training.maxYears
        var count: [Int: [Subject: Int]] = [:], after: [Int: [Subject: Int]] = [:]
        var retiring: [Int: [Subject: [Int]]] = [:]
        for (t, teacher) in teachers.enumerated() {
            count[teacher.school, default: [:]][teacher.subject, default: 0] += 1
            after[workplace[t], default: [:]][teacher.subject, default: 0] += 1
            if let r = teacher.yearsToRetirement {
                let year = r <= 0 ? 0 : Int((r - 1e-9).rounded(.up))
                if year <= maxYears { retiring[workplace[t], default: [:]][teacher.subject, default: []].append(year) }
            }
        }
        var out: [Vacancy] = []
        let members = Set(groups.flatMap(\.members))
        for s in members.sorted() {
            var subjects = Set(schools[s].required.keys)
            subjects.formUnion(count[s].map { Array($0.keys) } ?? [])
            subjects.formUnion(after[s].map { Array($0.keys) } ?? [])
            for k in subjects.sorted() {
                let target = schools[s].required[k] ?? count[s]?[k] ?? 0
                let staff = after[s]?[k] ?? 0
                let years = retiring[s]?[k] ?? []
                var previous = 0
                for y in 0...maxYears {
                    let need = max(0, target - staff + years.filter { $0 <= y }.count)
                    if need > previous { out.append(Vacancy(school: s, subject: k, year: y, count: need - previous)) }
                    previous = need
                }
            }
        }
        return out
    }
}
