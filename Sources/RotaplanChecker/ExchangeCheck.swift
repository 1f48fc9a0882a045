import RotaplanDomain

/// Re-checks an exchange plan (MODEL.md §4) from the instance and the solution alone.
enum ExchangeCheck {
    static func check(_ solution: Solution, _ x: Instance) -> CheckReport {
        if let report = ClaimCheck.withoutPlan(solution, .exchanges, count: solution.exchanges.count) { return report }
        var report = CheckReport()
        let p = x.policy.exchange
        let cost = x.policy.cost

        // Resolve every move; §4.1 at most one move per teacher.
        var destination = [Int?](repeating: nil, count: x.teachers.count)
        for (k, e) in solution.exchanges.enumerated() {
            let record = EntityRef.record(.exchanges, k)
            if e.from == e.to { report.violations.append(ClaimCheck.selfMove(k, e)); continue }
            guard let t = x.teacherIndex[TeacherID(e.teacher)] else {
                report.violate(.exchangeMove, .unknownEntity(.teacher, e.teacher), [record]); continue
            }
            guard let to = x.schoolIndex[SchoolID(e.to)] else {
                report.violate(.exchangeMove, .unknownEntity(.school, e.to), [record]); continue
            }
            let teacher = x.teachers[t]
            let home = teacher.school
            if e.from != x.schools[home].id.rawValue { report.violate(.exchangeMove, .wrongFrom(e.from), [record, .teacher(t), .school(home)]) }
            if destination[t] != nil { report.violate(.exchangeOnce, .broken, [.teacher(t)]); continue }
            if to == home { report.violate(.exchangeMove, .toOwnSchool, [.teacher(t), .school(to)]); continue }
            let reasons = ineligibility(t, x)
            if !reasons.isEmpty { report.violate(.exchangeEligibility, .ineligible(reasons), [.teacher(t)]) }
            let hg = x.schools[home].group
            if p.allowCrossGroup {
                if x.schools[to].group == nil || !x.sameDistrict(home, to) {
                    report.violate(.exchangeDestination, .outsideDistrictGroups, [.teacher(t), .school(to)])
                }
            } else if hg == nil || x.schools[to].group != hg {
                report.violate(.exchangeDestination, .outsideHomeGroup, [.teacher(t), .school(to)])
            }
            if let m = x.travel.minutes(home, to) {
                if m > p.maxTravelMinutes {
                    report.violate(.exchangeTravel, .broken, [.teacher(t), .school(home), .school(to)],
                                   [Amount(.actual, m), Amount(.limit, p.maxTravelMinutes)])
                }
            } else {
                report.violate(.exchangeTravel, .unknownTravel, [.school(home), .school(to)])
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
            let eligible = x.teachers.indices.filter { ineligibility($0, x).isEmpty && x.schools[x.teachers[$0].school].group == g }
            let moved = movers.filter { x.schools[x.teachers[$0].school].group == g }
            // §4.2 volume
            let need = Int((p.minRate * Double(eligible.count) - 1e-9).rounded(.up))
            if moved.count < need {
                report.violate(.exchangeVolume, .broken, [.group(g)], [Amount(.actual, moved.count), Amount(.base, eligible.count),
                                                                      Amount(.required, need), Amount(.policy, p.minRate)])
            }
            // §4.3 backbone share
            let backbone = moved.filter { x.teachers[$0].backbone }.count
            if Double(backbone) < p.minBackboneShare * Double(moved.count) - 1e-9 {
                report.violate(.exchangeBackbone, .broken, [.group(g)],
                               [Amount(.actual, backbone), Amount(.base, moved.count), Amount(.policy, p.minBackboneShare)])
            }
            // §4.4 core protection
            let coreBackbone = x.teachersBySchool[group.core].filter { x.teachers[$0].backbone }
            let leaving = coreBackbone.filter { destination[$0] != nil }.count
            if Double(leaving) > p.maxCoreBackboneOutShare * Double(coreBackbone.count) + 1e-9 {
                report.violate(.exchangeCore, .broken, [.group(g)],
                               [Amount(.actual, leaving), Amount(.base, coreBackbone.count), Amount(.policy, p.maxCoreBackboneOutShare)])
            }
            // §4.7 budget, charged to the home group
            if let budget = cost.budgetPerGroup {
                let spent = moved.reduce(0.0) { $0 + moveCost($1, destination[$1]!) }
                if spent > budget + 1e-6 * max(1, budget) {
                    report.violate(.exchangeBudget, .broken, [.group(g)], [Amount(.actual, spent), Amount(.limit, budget)])
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
                report.violate(.exchangeHeadcount, .broken, [.school(s)],
                               [Amount(.inflow, inflow[s]), Amount(.outflow, outflow[s]), Amount(.limit, p.headcountTolerance)])
            }
        }
        var shortfall = 0.0
        for (s, school) in x.schools.enumerated() {
            for (k, r) in school.required.sorted(by: { $0.key < $1.key }) {
                let count = x.teachersBySchool[s].filter { x.teachers[$0].subject == k }.count
                let final = count - (subjectOut[s]?[k] ?? 0) + (subjectIn[s]?[k] ?? 0)
                if final < min(r, count) {
                    report.violate(.exchangeSubject, .broken, [.school(s), .subject(k)],
                                   [Amount(.actual, final), Amount(.required, r), Amount(.before, count), Amount(.limit, min(r, count))])
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
        report.recomputedTerms[.exchange] = [
            ObjectiveTerm(.exchangeBalanceTerm, w.balance * deviation), ObjectiveTerm(.exchangeTravelTerm, w.travelHour * travel),
            ObjectiveTerm(.exchangePreferenceTerm, w.preferenceRank * preference), ObjectiveTerm(.exchangeShortageTerm, w.shortage * shortfall),
            ObjectiveTerm(.exchangeCostTerm, w.costPer10k * yuan / 10000), ObjectiveTerm(.exchangeRuralTerm, -w.ruralForTitle * rural),
        ]
        report.recomputedObjective = w.balance * deviation + w.travelHour * travel + w.preferenceRank * preference
            + w.shortage * shortfall + w.costPer10k * yuan / 10000 - w.ruralForTitle * rural
        return report
    }

    /// §2 E, re-derived here (not read from the models' facts): every test teacher t fails,
    /// empty when the teacher is eligible.
    static func ineligibility(_ t: Int, _ x: Instance) -> [Ineligibility] {
        let teacher = x.teachers[t], p = x.policy.exchange, home = teacher.school
        var out: [Ineligibility] = []
        if x.schools[home].group == nil { out.append(.schoolInNoGroup) }
        if teacher.yearsAtSchool < p.minYearsAtSchool {
            out.append(.tooFewYearsAtSchool(has: teacher.yearsAtSchool, needs: p.minYearsAtSchool))
        }
        if teacher.exempt { out.append(.exempt) }
        if let r = teacher.yearsToRetirement, r <= p.retirementExemptYears {
            out.append(.nearRetirement(yearsLeft: r, exemptYears: p.retirementExemptYears))
        }
        // §11: in the middle of an exchange term.
        if teacher.onExchange != nil { out.append(.onExchange) }
        return out
    }
}
