import RotaplanDomain

/// Re-checks a first-station training plan (MODEL.md §5) from the instance and the
/// solution alone: ids, hosts, mentors, training lengths, destinations, mentor capacity
/// and vacancies by year, and the objective term by term.
enum TrainingCheck {
    static func check(_ solution: Solution, _ x: Instance) -> CheckReport {
        var report = CheckReport()
        func violate(_ rule: String, _ message: String) { report.violations.append(.init(rule: rule, message: message)) }
        if solution.status == .infeasible || solution.status == .noSolution {
            if !solution.placements.isEmpty { violate("8", "a solution with status \(solution.status.rawValue) lists placements") }
            report.recomputedObjective = nil
            return report
        }
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
            let at = "placements[\(i)]"
            guard let n = hireIndex[p.newHire] else { violate("5", "\(at): unknown new hire \(p.newHire)"); continue }
            let hire = x.newHires[n]
            placedCount[n] += 1
            guard let host = x.schoolIndex[SchoolID(p.host)] else { violate("5 hosts", "\(at): unknown host school \(p.host)"); continue }
            guard let m = x.teacherIndex[TeacherID(p.mentor)] else { violate("5 mentors", "\(at): unknown mentor \(p.mentor)"); continue }
            guard let s = x.schoolIndex[SchoolID(p.destination)] else { violate("5 destinations", "\(at): unknown destination \(p.destination)"); continue }

            // Hosts: the core of the hire's group, else every core in the hire's district.
            let hosts: [Int] = hire.group.map { [x.groups[$0].core] }
                ?? x.groups.map(\.core).filter { x.schools[$0].district == hire.district }
            if !hosts.contains(host) {
                violate("5 hosts", "\(p.newHire) is trained at \(p.host), which is not a host of theirs (hosts: \(hosts.map { x.schools[$0].id.rawValue }.joined(separator: ", ")))")
            }
            // Mentors: at the host, same primary subject, capacity above 0.
            let mentor = x.teachers[m]
            if mentor.school != host {
                violate("5 mentors", "\(p.newHire)'s mentor \(p.mentor) works at \(x.schools[mentor.school].id), not at the host \(p.host)")
            }
            if mentor.subject != hire.subject {
                violate("5 mentors", "\(p.newHire) teaches \(hire.subject) but the mentor \(p.mentor) teaches \(mentor.subject)")
            }
            let capacity = mentor.mentorCapacity ?? ((mentor.backbone || mentor.title == .senior) ? x.policy.training.mentorCapacity : 0)
            if capacity <= 0 { violate("5 mentors", "\(p.mentor) (\(mentor.name)) has no mentoring capacity") }
            mentorLoad[m, default: 0] += 1
            // Training length.
            let shortest = max(1, hire.minYears)
            if p.years < shortest || p.years > maxYears {
                violate("5 years", "\(p.newHire) trains \(p.years) years; allowed \(shortest)…\(maxYears) (minYears \(hire.minYears), training.maxYears \(maxYears))")
            }
            // Destination: a member school of the host's group (rule 2).
            let hostGroup = x.groups.firstIndex { $0.core == host }
            if hostGroup == nil || !x.groups[hostGroup!].members.contains(s) {
                violate("5.2 host", "\(p.newHire) goes to \(p.destination), which is not a member school of the group whose core is \(p.host)")
            }
            arrivals[s, default: [:]][hire.subject, default: [:]][p.years, default: 0] += 1

            // Objective terms.
            mentorTerm += Double(5 - (mentor.title.score + (mentor.backbone ? 2 : 0)))
            let prefs = hire.preferences
            preferenceTerm += prefs.isEmpty ? 0 : Double(prefs.firstIndex(of: s) ?? (prefs.count + 1))
            tagTerm += Double(x.schools[s].tags.filter { $0 == .new || $0 == .weak || $0 == .rural }.count)
            yearTerm += Double(p.years)
        }

        // Rule 1: every hire exactly once.
        for (n, hire) in x.newHires.enumerated() where placedCount[n] != 1 {
            violate("5.1 once", placedCount[n] == 0 ? "\(hire.id) (\(hire.name)) has no placement" : "\(hire.id) is placed \(placedCount[n]) times")
        }
        // Rule 3: mentor capacity.
        for (m, load) in mentorLoad.sorted(by: { $0.key < $1.key }) {
            let t = x.teachers[m]
            let capacity = t.mentorCapacity ?? ((t.backbone || t.title == .senior) ? x.policy.training.mentorCapacity : 0)
            if load > capacity { violate("5.3 capacity", "\(t.id) (\(t.name)) mentors \(load) new hires; capacity \(capacity)") }
        }
        // Rule 4: cumulative arrivals against cumulative vacancies, Y = 1 … maxYears.
        for (s, bySubject) in arrivals.sorted(by: { $0.key < $1.key }) {
            for (k, byYears) in bySubject.sorted(by: { $0.key < $1.key }) {
                for y in 1...max(1, maxYears) {
                    let arrived = byYears.filter { $0.key <= y }.reduce(0) { $0 + $1.value }
                    let open = x.vacancies.filter { $0.school == s && $0.subject == k && $0.year <= y }.reduce(0) { $0 + $1.count }
                    if arrived > open {
                        violate("5.4 vacancies", "\(arrived) \(k) hires arrive at \(x.schools[s].id) (\(x.schools[s].name)) by year \(y) but only \(open) \(k) vacancies are open by then")
                    }
                }
            }
        }

        report.recomputedObjective = w.mentor * mentorTerm + w.preferenceRank * preferenceTerm
            - w.priorityTag * tagTerm + w.year * yearTerm
        return report
    }
}
