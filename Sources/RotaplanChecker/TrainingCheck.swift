import RotaplanDomain

/// Re-checks a first-station training plan (MODEL.md §5) from the instance and the
/// solution alone: ids, hosts, mentors, training lengths, destinations, mentor capacity
/// (less the trainees naming the mentor, §11) and vacancies by year, and the objective term by term.
/// A partial plan (status `infeasible` with `unplaced` hires, docs/training.md) is checked
/// the same way, except that §5 rule 1 is waived for the hires it lists (each must then be
/// unplaced); it declares no objective, so none is recomputed, and besides its status its
/// claim that the others cannot be placed is ``CheckReport/Unverified/Claim/partial(placed:of:unplaced:)``.
enum TrainingCheck {
    static func check(_ solution: Solution, _ x: Instance) -> CheckReport {
        if !solution.isPartial || solution.status != .infeasible,
           let report = ClaimCheck.withoutPlan(solution, .placements, count: solution.placements.count) { return report }
        var report = CheckReport()
        let maxYears = x.policy.training.maxYears
        let w = x.policy.weights.training
        var hireIndex: [String: Int] = [:]
        for (n, hire) in x.newHires.enumerated() { hireIndex[hire.id.rawValue] = n }

        var placedCount = [Int](repeating: 0, count: x.newHires.count)
        var mentorLoad: [Int: Int] = [:]
        // arrivals[school][subject][years]
        var arrivals: [Int: [Subject: [Int: Int]]] = [:]
        var mentorTerm = 0.0, preferenceTerm = 0.0, tagTerm = 0.0, yearTerm = 0.0

        for (i, p) in solution.placements.enumerated() {
            let at = [EntityRef.record(.placements, i)]
            guard let n = hireIndex[p.newHire] else { report.violate(.trainingPlacement, .unknownEntity(.newHire, p.newHire), at); continue }
            let hire = x.newHires[n]
            placedCount[n] += 1
            guard let host = x.schoolIndex[SchoolID(p.host)] else {
                report.violate(.trainingHost, .unknownEntity(.hostSchool, p.host), at); continue
            }
            guard let m = x.teacherIndex[TeacherID(p.mentor)] else { report.violate(.trainingMentor, .unknownEntity(.mentor, p.mentor), at); continue }
            guard let s = x.schoolIndex[SchoolID(p.destination)] else {
                report.violate(.trainingDestination, .unknownEntity(.destination, p.destination), at); continue
            }

            // Hosts: the core of the hire's group, else every core in the hire's district.
            let hosts: [Int] = hire.group.map { [x.groups[$0].core] }
                ?? x.groups.map(\.core).filter { x.schools[$0].district == hire.district }
            if !hosts.contains(host) {
                report.violate(.trainingHost, .notAHost, [.newHire(n), .school(host)] + hosts.map(EntityRef.school))
            }
            // Mentors: at the host, same primary subject, capacity above 0.
            let mentor = x.teachers[m]
            if mentor.school != host {
                report.violate(.trainingMentor, .mentorElsewhere, [.newHire(n), .teacher(m), .school(mentor.school), .school(host)])
            }
            if mentor.subject != hire.subject {
                report.violate(.trainingMentor, .mentorSubject, [.newHire(n), .teacher(m), .subject(hire.subject), .subject(mentor.subject)])
            }
            let capacity = mentor.mentorCapacity ?? ((mentor.backbone || mentor.title == .senior) ? x.policy.training.mentorCapacity : 0)
            if capacity <= 0 { report.violate(.trainingMentor, .noCapacity, [.teacher(m)]) }
            mentorLoad[m, default: 0] += 1
            // Training length.
            let shortest = max(1, hire.minYears)
            if p.years < shortest || p.years > maxYears {
                report.violate(.trainingYears, .broken, [.newHire(n)], [Amount(.actual, p.years), Amount(.minimum, shortest),
                                                                       Amount(.limit, maxYears), Amount(.base, hire.minYears)])
            }
            // Destination: a member school of the host's group (rule 2).
            let hostGroup = x.groups.firstIndex { $0.core == host }
            if hostGroup == nil || !x.groups[hostGroup!].members.contains(s) {
                report.violate(.trainingHostLink, .broken, [.newHire(n), .school(s), .school(host)])
            }
            arrivals[s, default: [:]][hire.subject, default: [:]][p.years, default: 0] += 1

            // Objective terms.
            mentorTerm += Double(5 - (mentor.title.score + (mentor.backbone ? 2 : 0)))
            let prefs = hire.preferences
            preferenceTerm += prefs.isEmpty ? 0 : Double(prefs.firstIndex(of: s) ?? (prefs.count + 1))
            tagTerm += Double(x.schools[s].tags.filter { $0 == .new || $0 == .weak || $0 == .rural }.count)
            yearTerm += Double(p.years)
        }

        // Rule 1: every hire exactly once (a partial plan: the hires it lists never).
        let partial = solution.status == .infeasible && solution.isPartial
        let listed = partial ? Set(solution.unplaced.map(\.newHire)) : []
        for id in listed where hireIndex[id] == nil { report.violate(.trainingPlacement, .unknownEntity(.newHire, id)) }
        for n in x.newHires.indices where placedCount[n] != (listed.contains(x.newHires[n].id.rawValue) ? 0 : 1) {
            report.violate(.trainingOnce, .broken, [.newHire(n)], [Amount(.actual, placedCount[n])])
        }
        // Rule 3: mentor capacity.
        for (m, load) in mentorLoad.sorted(by: { $0.key < $1.key }) {
            let t = x.teachers[m]
            // §11: less the trainees naming m (wherever m teaches), at least 0.
            let own = t.mentorCapacity ?? ((t.backbone || t.title == .senior) ? x.policy.training.mentorCapacity : 0)
            let capacity = max(0, own - x.trainees.filter { $0.mentor == m }.count)
            if load > capacity { report.violate(.trainingCapacity, .broken, [.teacher(m)], [Amount(.actual, load), Amount(.limit, capacity)]) }
        }
        // Rule 4: cumulative arrivals against cumulative vacancies, Y = 1 … maxYears.
        for (s, bySubject) in arrivals.sorted(by: { $0.key < $1.key }) {
            for (k, byYears) in bySubject.sorted(by: { $0.key < $1.key }) {
                for y in 1...max(1, maxYears) {
                    let arrived = byYears.filter { $0.key <= y }.reduce(0) { $0 + $1.value }
                    let open = x.vacancies.filter { $0.school == s && $0.subject == k && $0.year <= y }.reduce(0) { $0 + $1.count }
                    if arrived > open {
                        report.violate(.trainingVacancies, .broken, [.school(s), .subject(k)],
                                       [Amount(.actual, arrived), Amount(.year, y), Amount(.limit, open)])
                    }
                }
            }
        }

        if partial {
            let ids = x.newHires.map(\.id.rawValue).filter(listed.contains)
            report.unverified.append(.init(.partial(placed: solution.placements.count, of: x.newHires.count, unplaced: ids)))
            return report
        }
        report.recomputedTerms[.training] = [
            ObjectiveTerm(.trainingMentorTerm, w.mentor * mentorTerm), ObjectiveTerm(.trainingPreferenceTerm, w.preferenceRank * preferenceTerm),
            ObjectiveTerm(.trainingPriorityTerm, -w.priorityTag * tagTerm), ObjectiveTerm(.trainingYearTerm, w.year * yearTerm),
        ]
        report.recomputedObjective = w.mentor * mentorTerm + w.preferenceRank * preferenceTerm
            - w.priorityTag * tagTerm + w.year * yearTerm
        return report
    }
}
