import RotaplanDomain

/// Re-checks an exchange plan (MODEL.md §4) from the instance and the solution alone.
enum ExchangeCheck {
    static func check(_ solution: Solution, _ x: Instance) -> CheckReport {
        var report = CheckReport()
        func violate(_ rule: String, _ message: String) { report.violations.append(.init(rule: rule, message: message)) }
        let p = x.policy.exchange
        let cost = x.policy.cost
        if solution.status == .infeasible || solution.status == .noSolution {
            if !solution.exchanges.isEmpty { violate("8", "a solution with status \(solution.status.rawValue) lists exchanges") }
            report.recomputedObjective = nil
            return report
        }

        // Resolve every move; §4.1 at most one move per teacher.
        var destination = [Int?](repeating: nil, count: x.teachers.count)
        for (k, e) in solution.exchanges.enumerated() {
            if e.from == e.to { violate("4", ClaimCheck.selfMove(k, e)); continue }
            guard let t = x.teacherIndex[TeacherID(e.teacher)] else { violate("4", "exchanges[\(k)]: unknown teacher \(e.teacher)"); continue }
            guard let to = x.schoolIndex[SchoolID(e.to)] else { violate("4", "exchanges[\(k)]: unknown school \(e.to)"); continue }
            let teacher = x.teachers[t]
            let home = teacher.school
            if e.from != x.schools[home].id.rawValue {
                violate("4", "exchanges[\(k)]: \(e.teacher) works at \(x.schools[home].id), not \(e.from)")
            }
            if destination[t] != nil { violate("4.1 once", "\(e.teacher) is moved more than once"); continue }
            if to == home { violate("4", "\(e.teacher) is 'moved' to their own school \(e.to)"); continue }
            if !x.isEligible(teacher: t) {
                violate("4 eligibility", "\(e.teacher) (\(teacher.name)) is not eligible (years at school \(teacher.yearsAtSchool), exempt \(teacher.exempt), in a group: \(x.schools[home].group != nil))")
            }
            let hg = x.schools[home].group
            if p.allowCrossGroup {
                if x.schools[to].group == nil || !x.sameDistrict(home, to) {
                    violate("4 destinations", "\(e.teacher) goes to \(e.to), which is not a grouped school of the home district")
                }
            } else if hg == nil || x.schools[to].group != hg {
                violate("4 destinations", "\(e.teacher) goes to \(e.to), outside the home group")
            }
            if let m = x.travel.minutes(home, to) {
                if m > p.maxTravelMinutes { violate("4 travel", "\(e.teacher): \(x.schools[home].id) → \(e.to) takes \(m) minutes, more than \(p.maxTravelMinutes)") }
            } else {
                violate("4 travel", "no travel time known between \(x.schools[home].id) and \(e.to)")
            }
            destination[t] = to
        }

        // Yearly cost of each move (§4.7).
        func moveCost(_ t: Int, _ to: Int) -> Double {
            let home = x.teachers[t].school
            var c = 0.0
            if x.schools[to].has(.rural) || x.schools[to].district != x.schools[home].district {
                c += cost.allowancePerDay * cost.workdaysPerYear
            }
            if cost.transportPerKm > 0 { c += cost.transportPerKm * 2 * (x.travel.km(home, to) ?? 0) * cost.workdaysPerYear }
            return c
        }

        let movers = x.teachers.indices.filter { destination[$0] != nil }
        for (g, group) in x.groups.enumerated() {
            let eligible = x.teachers.indices.filter { x.isEligible(teacher: $0) && x.schools[x.teachers[$0].school].group == g }
            let moved = movers.filter { x.schools[x.teachers[$0].school].group == g }
            // §4.2 volume
            let need = Int((p.minRate * Double(eligible.count) - 1e-9).rounded(.up))
            if moved.count < need {
                violate("4.2 volume", "group \(group.id) moves \(moved.count) of \(eligible.count) eligible teachers; at least \(need) must move (minRate \(p.minRate))")
            }
            // §4.3 backbone share
            let backbone = moved.filter { x.teachers[$0].backbone }.count
            if Double(backbone) < p.minBackboneShare * Double(moved.count) - 1e-9 {
                violate("4.3 backbone", "group \(group.id): \(backbone) of \(moved.count) movers are backbone; at least \(p.minBackboneShare * 100)% must be")
            }
            // §4.4 core protection
            let coreBackbone = x.teachersBySchool[group.core].filter { x.teachers[$0].backbone }
            let leaving = coreBackbone.filter { destination[$0] != nil }.count
            if Double(leaving) > p.maxCoreBackboneOutShare * Double(coreBackbone.count) + 1e-9 {
                violate("4.4 core", "group \(group.id): \(leaving) of the core's \(coreBackbone.count) backbone teachers leave; at most \(p.maxCoreBackboneOutShare * 100)% may")
            }
            // §4.7 budget, charged to the home group
            if let budget = cost.budgetPerGroup {
                let spent = moved.reduce(0.0) { $0 + moveCost($1, destination[$1]!) }
                if spent > budget + 1e-6 * max(1, budget) {
                    violate("4.7 budget", "group \(group.id) spends \(spent) yuan a year; the budget is \(budget)")
                }
            }
        }

        // §4.5 headcount and §4.6 subjects, per school.
        var inflow = [Int](repeating: 0, count: x.schools.count), outflow = inflow
        var subjectIn: [Int: [Subject: Int]] = [:], subjectOut: [Int: [Subject: Int]] = [:]
        for t in movers {
            let home = x.teachers[t].school, to = destination[t]!, k = x.teachers[t].subject
            inflow[to] += 1
            outflow[home] += 1
            subjectIn[to, default: [:]][k, default: 0] += 1
            subjectOut[home, default: [:]][k, default: 0] += 1
        }
        for (s, school) in x.schools.enumerated() where school.group != nil {
            let net = Double(inflow[s] - outflow[s])
            if abs(net) > p.headcountTolerance + 1e-9 {
                violate("4.5 headcount", "\(school.id) (\(school.name)) receives \(inflow[s]) and sends \(outflow[s]); the difference may be at most \(p.headcountTolerance)")
            }
        }
        var shortfall = 0.0
        for (s, school) in x.schools.enumerated() {
            for (k, r) in school.required.sorted(by: { $0.key < $1.key }) {
                let count = x.teachersBySchool[s].filter { x.teachers[$0].subject == k }.count
                let final = count - (subjectOut[s]?[k] ?? 0) + (subjectIn[s]?[k] ?? 0)
                if final < min(r, count) {
                    violate("4.6 subjects", "\(school.id) (\(school.name)) ends with \(final) \(k) teachers; it needs \(r) and had \(count), so at least \(min(r, count)) must stay")
                }
                shortfall += Double(max(0, r - final))
            }
        }

        // The objective of §4, term by term.
        let w = x.policy.weights.exchange
        var quality = x.schools.indices.map { s in Double(x.teachersBySchool[s].reduce(0) { $0 + x.teachers[$1].quality }) }
        let base = quality
        for t in movers {
            let v = Double(x.teachers[t].quality)
            quality[destination[t]!] += v
            quality[x.teachers[t].school] -= v
        }
        var deviation = 0.0
        for group in x.groups {
            let schools = [group.core] + group.members
            let n = schools.reduce(0) { $0 + x.teachersBySchool[$1].count }
            guard n > 0 else { continue }
            let mean = schools.reduce(0.0) { $0 + base[$1] } / Double(n)
            for s in schools where !x.teachersBySchool[s].isEmpty {
                deviation += abs(quality[s] / Double(x.teachersBySchool[s].count) - mean)
            }
        }
        var travel = 0.0, preference = 0.0, yuan = 0.0, rural = 0.0
        for t in movers {
            let home = x.teachers[t].school, to = destination[t]!
            travel += (x.travel.minutes(home, to) ?? 0) / 60
            let prefs = x.teachers[t].preferences
            preference += prefs.isEmpty ? 0 : Double(prefs.firstIndex(of: to) ?? (prefs.count + 1))
            yuan += moveCost(t, to)
            if x.teachers[t].seekingSeniorTitle && x.schools[to].has(.rural) { rural += 1 }
        }
        report.recomputedObjective = w.balance * deviation + w.travelHour * travel + w.preferenceRank * preference
            + w.shortage * shortfall + w.costPer10k * yuan / 10000 - w.ruralForTitle * rural
        return report
    }
}
