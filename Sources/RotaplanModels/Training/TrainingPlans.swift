import GLPK
import RotaplanDomain

/// Reading a §5 plan out of the model's values, and the reasons a hire cannot be placed.
extension TrainingModel {
    /// The reason a hire has no (mentor, destination) pair at any host (§5).
    static func whyUnplaceable(_ n: Int, _ x: Instance, hosts: [Int], withMentor: [Int], withPlace: [Int]) -> Finding {
        let hire = x.newHires[n]
        let maxYears = x.policy.training.maxYears
        if hire.minYears > maxYears {
            return Finding(.trainingYears, .unplaceable(.tooLong), refs: [.newHire(n)],
                           amounts: [Amount(.base, hire.minYears), Amount(.limit, maxYears)])
        }
        if hosts.isEmpty {
            if hire.group == nil, let d = hire.district { return Finding(.trainingHost, .unplaceable(.noHostInDistrict(d)), refs: [.newHire(n)]) }
            return Finding(.trainingHost, .unplaceable(.noHost), refs: [.newHire(n)])
        }
        if withMentor.isEmpty {
            return Finding(.trainingMentor, .unplaceable(.noMentor), refs: [.newHire(n), .subject(hire.subject)] + hosts.map(EntityRef.school))
        }
        if withPlace.isEmpty {
            return Finding(.trainingVacancies, .unplaceable(.noVacancy),
                           refs: [.newHire(n), .subject(hire.subject)] + hosts.map { EntityRef.group(x.schools[$0].group!) },
                           amounts: [Amount(.limit, maxYears)])
        }
        return Finding(.trainingHostLink, .unplaceable(.noHostWithBoth(withMentor: withMentor.count)),
                       refs: [.newHire(n), .subject(hire.subject)] + (withMentor + withPlace).map(EntityRef.school))
    }

    // MARK: Reading a solution

    /// One hire's plan: host, named mentor, years and destination.
    public struct Plan: Sendable, Equatable {
        public var hire: Int
        public var host: Int
        public var mentor: Int
        public var years: Int
        public var school: Int
    }

    /// The plans chosen in `values`, one per placed hire, in hire order. Plain: each hire's
    /// p[n,m]. Aggregated: per (host, subject), the hires sent there in id order are
    /// handed to the mentor classes in class order by their counts w, and within a class
    /// to its mentors in id order, each up to their own capacity; a hire with a mentor pin
    /// goes to that mentor first.
    public func chosenPlans(_ values: [Double]) -> [Plan] {
        func on(_ v: Variable) -> Bool { values[v.index] > 0.5 }
        var chosen: [Int: Destination] = [:]
        for n in instance.newHires.indices {
            if let d = destinationsOfHire[n].first(where: { on(destinations[$0].variable) }) { chosen[n] = destinations[d] }
        }
        var mentorOf: [Int: Int] = [:]
        if formulation == .plain {
            for n in chosen.keys {
                if let p = pairingsOfHire[n].first(where: { on(pairings[$0].variable) }) {
                    mentorOf[n] = mentorClasses[pairings[p].mentorClass].mentors[0]
                }
            }
        } else {
            var sentTo: [String: [Int]] = [:]
            for n in chosen.keys.sorted() { sentTo["\(chosen[n]!.host)|\(instance.newHires[n].subject.key)", default: []].append(n) }
            for (c, k, counts) in countsAt {
                var slots: [Int] = []
                for i in counts {
                    let mc = mentorClasses[mentorCounts[i].mentorClass]
                    let mentors = mc.mentors.flatMap { [Int](repeating: $0, count: instance.mentorCapacity(ofTeacher: $0)) }
                    slots += mentors.prefix(max(0, Int(values[mentorCounts[i].variable.index].rounded())))
                }
                let hires = sentTo["\(c)|\(k.key)"] ?? []
                // Hires with a mentor pin take a place with their mentor first (docs/pins.md).
                var rest: [Int] = []
                for n in hires {
                    if let m = pins.mentor[n]?.teacher, let i = slots.firstIndex(of: m) {
                        mentorOf[n] = m
                        slots.remove(at: i)
                    } else {
                        rest.append(n)
                    }
                }
                // More hires than counted mentors only in elastic mode (overflow).
                for (i, n) in rest.enumerated() where i < slots.count { mentorOf[n] = slots[i] }
            }
        }
        return chosen.keys.sorted().compactMap { n in
            guard let d = chosen[n], let m = mentorOf[n] else { return nil }
            return Plan(hire: n, host: d.host, mentor: m, years: d.years, school: d.school)
        }
    }

    /// Values with every variable rounded to its integer.
    public func rounded(_ values: [Double]) -> [Double] { values.map { $0.rounded() } }

    /// Variable values for a plan made elsewhere (the greedy baseline), for evaluating it
    /// with ``model``'s objective. Pieces without a variable are skipped.
    public func values(for plans: [Plan]) -> [Double] {
        var v = [Double](repeating: 0, count: model.variableCount)
        for plan in plans {
            if let p = pairingsOfHire[plan.hire].first(where: { mentorClasses[pairings[$0].mentorClass].mentors.contains(plan.mentor) }) {
                v[pairings[p].variable.index] = 1
            }
            if let m = mentorCounts.first(where: { $0.host == plan.host && mentorClasses[$0.mentorClass].mentors.contains(plan.mentor) }) {
                v[m.variable.index] += 1
            }
            if let d = destinationsOfHire[plan.hire].first(where: { destinations[$0].school == plan.school && destinations[$0].years == plan.years }) {
                v[destinations[d].variable.index] = 1
            }
        }
        return v
    }
}
