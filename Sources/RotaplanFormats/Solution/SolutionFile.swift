import RotaplanDomain

/// Writes and reads solution files.
public enum SolutionFile {
    public static let format = "rotaplan-solution/1"

    /// Deterministic JSON; `timing: false` leaves `seconds` out (for byte-identical runs).
    public static func json(_ s: Solution, timing: Bool = true) -> String {
        let seconds = { (x: Double?) in JSONOut.numberOrNull(x.map { ($0 * 1000).rounded() / 1000 }) }
        func size(_ m: Solution.Size) -> JSONOut {
            .object([("rows", .integer(m.rows)), ("columns", .integer(m.columns)), ("nonzeros", .integer(m.nonzeros)),
                     ("integers", .integer(m.integers))])
        }
        var f: [(String, JSONOut)] = [
            ("format", .string(format)), ("problem", .string(s.problem.rawValue)), ("instance", .string(s.instance)),
        ]
        if let y = s.year { f.append(("year", .integer(y))) }
        f += [
            ("status", .string(s.status.rawValue)), ("objective", .numberOrNull(s.objective)), ("bound", .numberOrNull(s.bound)),
            ("gap", .numberOrNull(s.gap)),
        ]
        if timing { f.append(("seconds", seconds(s.seconds))) }
        if let m = s.model { f.append(("model", size(m))) }
        if s.interrupted { f.append(("interrupted", .bool(true))) }
        if let near = s.near {
            f.append(("near", .object([("instance", .string(near.instance)), ("objective", .numberOrNull(near.objective))])))
        }
        if !s.stages.isEmpty {
            f.append(("stages", .object(s.stages.map { st in
                var g: [(String, JSONOut)] = [("status", st.status.map { .string($0.rawValue) } ?? .null),
                                              ("objective", .numberOrNull(st.objective)), ("bound", .numberOrNull(st.bound)),
                                              ("gap", .numberOrNull(st.gap))]
                if timing { g.append(("seconds", seconds(st.seconds))) }
                if let m = st.model { g.append(("model", size(m))) }
                return (st.problem.rawValue, .object(g))
            }, lines: true)))
        }
        func list(_ key: String, _ rows: [[(String, JSONOut)]]) {
            f.append((key, .array(rows.map { .object($0) }, lines: true)))
        }
        if s.problem == .exchange || s.problem == .plan {
            list("exchanges", s.exchanges.map { [("teacher", .string($0.teacher)), ("from", .string($0.from)), ("to", .string($0.to))] })
        }
        if s.problem == .training || s.problem == .plan {
            list("placements", s.placements.map {
                [("newHire", .string($0.newHire)), ("host", .string($0.host)), ("mentor", .string($0.mentor)),
                 ("years", .integer($0.years)), ("destination", .string($0.destination))]
            })
            // A partial training plan (docs/training.md): the hires it leaves out.
            if !s.unplaced.isEmpty {
                list("unplaced", s.unplaced.map { [("newHire", .string($0.newHire)), ("rule", .string($0.rule))] })
            }
        }
        if s.problem == .walking || s.problem == .plan {
            list("lessons", s.lessons.map {
                [("teacher", .string($0.teacher)), ("school", .string($0.school)), ("class", .string($0.class)),
                 ("subject", .string($0.subject)), ("day", .integer($0.day)), ("period", .integer($0.period))]
            })
            list("uncovered", s.uncovered.map {
                [("school", .string($0.school)), ("class", .string($0.class)), ("subject", .string($0.subject)),
                 ("periods", .integer($0.periods))]
            })
        }
        var metrics = s.metrics.map { ($0.0, JSONOut.numberOrNull($0.1)) }
        let terms = ObjectiveTermsFile.json(s)
        if let terms { metrics.append((ObjectiveTermsFile.key, terms)) }
        f.append(("metrics", .object(metrics, lines: terms != nil && s.problem == .plan)))
        return JSONOut.object(f, lines: true).text() + "\n"
    }

    /// Reads a solution file; every problem is a ``Diagnostic`` naming the field.
    public static func read(bytes: [UInt8], file: String) throws(InstanceError) -> Solution {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            throw InstanceError([Diagnostic(file: file, line: error.line, column: error.column, path: "", .json(error.problem))])
        }
        var r = FieldReader(file: file)
        guard let obj = r.object(root, "", allowed: ["format", "problem", "instance", "year", "status", "objective", "bound", "gap",
                                                     "seconds", "model", "exchanges", "placements", "lessons", "uncovered", "metrics",
                                                     "interrupted", "stages", "unplaced", "near"]) else {
            throw InstanceError(r.diagnostics)
        }
        if let f = r.string(obj, "format", ""), f != format {
            r.error(obj["format"], "format", .solution(.unknownFormat(f, expected: format)))
        }
        let problem = r.string(obj, "problem", "", required: true).flatMap { p -> Solution.Problem? in
            let v = Solution.Problem(rawValue: p)
            if v == nil { r.error(obj["problem"], "problem", .solution(.unknownProblem(p))) }
            return v
        }
        let status = r.string(obj, "status", "", required: true).flatMap { p -> Solution.Status? in
            let v = Solution.Status(rawValue: p)
            if v == nil { r.error(obj["status"], "status", .solution(.unknownStatus(p))) }
            return v
        }
        let instance = r.string(obj, "instance", "", nonEmpty: false) ?? ""
        var s = Solution(problem: problem ?? .exchange, instance: instance, status: status ?? .optimal)
        s.year = r.integer(obj, "year", "", in: 1900...2200)
        s.objective = r.number(obj, "objective", "", in: -1e300...1e300)
        s.bound = r.number(obj, "bound", "", in: -1e300...1e300)
        s.gap = r.number(obj, "gap", "", in: -1e300...1e300)
        s.seconds = r.number(obj, "seconds", "", in: 0...1e12)
        for (k, node) in r.list(obj, "exchanges", "").enumerated() {
            let path = RecordPath(list: "exchanges", index: k)
            guard let e = r.object(node, path, allowed: ["teacher", "from", "to"]) else { continue }
            let t = r.string(e, "teacher", path, required: true)
            let from = r.string(e, "from", path, required: true)
            let to = r.string(e, "to", path, required: true)
            if let t, let from, let to { s.exchanges.append(.init(teacher: t, from: from, to: to)) }
        }
        for (k, node) in r.list(obj, "placements", "").enumerated() {
            let path = RecordPath(list: "placements", index: k)
            guard let e = r.object(node, path, allowed: ["newHire", "host", "mentor", "years", "destination"]) else { continue }
            let n = r.string(e, "newHire", path, required: true)
            let host = r.string(e, "host", path, required: true)
            let mentor = r.string(e, "mentor", path, required: true)
            let years = r.integer(e, "years", path, in: 0...80, required: true)
            let dest = r.string(e, "destination", path, required: true)
            if let n, let host, let mentor, let years, let dest {
                s.placements.append(.init(newHire: n, host: host, mentor: mentor, years: years, destination: dest))
            }
        }
        for (k, node) in r.list(obj, "unplaced", "").enumerated() {
            let path = RecordPath(list: "unplaced", index: k)
            guard let e = r.object(node, path, allowed: ["newHire", "rule"]) else { continue }
            let n = r.string(e, "newHire", path, required: true)
            let rule = r.string(e, "rule", path, required: true).flatMap { id -> String? in
                guard RuleID(rawValue: id)?.family == .training else {
                    r.error(e["rule"], path + "rule", .solution(.unplacedRuleNotTraining(id)))
                    return nil
                }
                return id
            }
            if let n, let rule { s.unplaced.append(.init(newHire: n, rule: rule)) }
        }
        if !s.unplaced.isEmpty, s.problem != .training && s.problem != .plan {
            r.error(obj["unplaced"], "unplaced", .solution(.unplacedOutsideTraining))
        }
        for (k, node) in r.list(obj, "lessons", "").enumerated() {
            let path = RecordPath(list: "lessons", index: k)
            guard let e = r.object(node, path, allowed: ["teacher", "school", "class", "subject", "day", "period"]) else { continue }
            let t = r.string(e, "teacher", path, required: true)
            let school = r.string(e, "school", path, required: true)
            let cls = r.string(e, "class", path, required: true)
            let subject = r.string(e, "subject", path, required: true)
            let day = r.integer(e, "day", path, in: 1...10_000, required: true)
            let period = r.integer(e, "period", path, in: 1...10_000, required: true)
            if let t, let school, let cls, let subject, let day, let period {
                s.lessons.append(.init(teacher: t, school: school, class: cls, subject: subject, day: day, period: period))
            }
        }
        for (k, node) in r.list(obj, "uncovered", "").enumerated() {
            let path = RecordPath(list: "uncovered", index: k)
            guard let e = r.object(node, path, allowed: ["school", "class", "subject", "periods"]) else { continue }
            let school = r.string(e, "school", path, required: true)
            let cls = r.string(e, "class", path, required: true)
            let subject = r.string(e, "subject", path, required: true)
            let periods = r.integer(e, "periods", path, in: 0...10_000_000, required: true)
            if let school, let cls, let subject, let periods {
                s.uncovered.append(.init(school: school, class: cls, subject: subject, periods: periods))
            }
        }
        s.model = readSize(obj["model"], "model", &r)
        s.interrupted = r.bool(obj, "interrupted", "") ?? false
        if let node = obj["near"], let e = r.object(node, "near", allowed: ["instance", "objective"]) {
            let path = RecordPath(list: "near")
            s.near = Near.Record(instance: r.string(e, "instance", path, nonEmpty: false) ?? "",
                                 objective: r.number(e, "objective", path, in: -1e300...1e300))
        }
        if let node = obj["stages"] {
            if s.problem != .plan { r.error(node, "stages", .solution(.stagesOutsidePlan)) }
            if let stages = r.object(node, "stages", allowed: ["exchange", "training", "walking"]) {
                for problem in [Solution.Problem.exchange, .training, .walking] {
                    guard let sn = stages[problem.rawValue] else { continue }
                    let path = RecordPath(list: "stages", field: problem.rawValue)
                    guard let e = r.object(sn, path, allowed: ["status", "objective", "bound", "gap", "seconds", "model"]) else { continue }
                    var st = Solution.Stage(problem: problem, status: nil)
                    if let node = e["status"], !node.isNull {
                        st.status = r.string(e, "status", path).flatMap { p in
                            let v = Solution.Status(rawValue: p)
                            if v == nil { r.error(node, path + "status", .solution(.unknownStatus(p))) }
                            return v
                        }
                    }
                    st.objective = r.number(e, "objective", path, in: -1e300...1e300)
                    st.bound = r.number(e, "bound", path, in: -1e300...1e300)
                    st.gap = r.number(e, "gap", path, in: -1e300...1e300)
                    st.seconds = r.number(e, "seconds", path, in: 0...1e12)
                    st.model = readSize(e["model"], path + "model", &r)
                    s.stages.append(st)
                }
            }
        }
        if let m = obj["metrics"], case let .object(members) = m.value {
            for (key, value) in members { if case let .number(x) = value.value { s.metrics.append((key, x)) } }
            ObjectiveTermsFile.read(m, into: &s, &r)
        }
        let errors = r.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw InstanceError(errors) }
        return s
    }

    /// A `model` object: rows, columns, nonzeros, integers (each a count ≥ 0).
    private static func readSize(_ node: JSONNode?, _ path: RecordPath, _ r: inout FieldReader) -> Solution.Size? {
        guard let node else { return nil }
        guard let m = r.object(node, path, allowed: ["rows", "columns", "nonzeros", "integers"]) else { return nil }
        func count(_ key: String) -> Int { r.integer(m, key, path, in: 0...Int(Int32.max)) ?? 0 }
        return Solution.Size(rows: count("rows"), columns: count("columns"), nonzeros: count("nonzeros"), integers: count("integers"))
    }
}
