import GLPK
import RotaplanDomain

/// Reading a §5 plan out of the model's values, and the reasons a hire cannot be placed.
extension TrainingModel {
    /// The reason a hire has no (mentor, destination) pair at any host, in the user's terms.
    static func whyUnplaceable(_ n: Int, _ x: Instance, hosts: [Int], withMentor: [Int], withPlace: [Int]) -> String {
        let hire = x.newHires[n]
        let who = "\(hire.id) (\(hire.name))"
        let maxYears = x.policy.training.maxYears
        let k = hire.subject
        func school(_ s: Int) -> String { "\(x.schools[s].id) (\(x.schools[s].name))" }
        if hire.minYears > maxYears {
            return "§5 training length: \(who) needs minYears \(hire.minYears) but training.maxYears is \(maxYears)"
        }
        if hosts.isEmpty {
            if hire.group == nil, let d = hire.district {
                return "§5 hosts: \(who) has no host: no group and no group core in district \(d)"
            }
            return "§5 hosts: \(who) has no host: no group, no district, and no group core without a district"
        }
        if withMentor.isEmpty {
            return "§5 mentors: no \(k) mentor at \(hosts.map(school).joined(separator: " or ")) for \(who): a mentor teaches \(k) as primary subject and has a mentoring capacity above 0"
        }
        if withPlace.isEmpty {
            let groups = hosts.map { x.groups[x.schools[$0].group!].id.rawValue }.joined(separator: ", ")
            return "§5 rule 4 vacancies: no \(k) vacancy opens within \(maxYears) years (training.maxYears) at the member schools of \(groups) for \(who)"
        }
        return "§5 rule 2: no host of \(who) has both a \(k) mentor (\(withMentor.map(school).joined(separator: ", "))) and a \(k) vacancy in its group (\(withPlace.map(school).joined(separator: ", ")))"
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

    /// The plans chosen in `values`, one per placed hire, in hire order. A mentor class's
    /// hires are given to its mentors in id order, each up to their own capacity.
    public func chosenPlans(_ values: [Double]) -> [Plan] {
        func on(_ v: Variable) -> Bool { values[v.index] > 0.5 }
        var hiresOfClass = [[Int]](repeating: [], count: mentorClasses.count)
        var chosenDestination: [Int: Destination] = [:]
        for n in instance.newHires.indices {
            if let p = pairingsOfHire[n].first(where: { on(pairings[$0].variable) }) { hiresOfClass[pairings[p].mentorClass].append(n) }
            if let d = destinationsOfHire[n].first(where: { on(destinations[$0].variable) }) { chosenDestination[n] = destinations[d] }
        }
        var out: [Plan] = []
        for (k, hires) in hiresOfClass.enumerated() {
            var mentors = mentorClasses[k].mentors.flatMap { m in
                [Int](repeating: m, count: instance.mentorCapacity(ofTeacher: m))
            }
            // More hires than the summed capacity only happens in elastic mode.
            if mentors.isEmpty { continue }
            while mentors.count < hires.count { mentors.append(mentors.last!) }
            for (i, n) in hires.enumerated() {
                guard let d = chosenDestination[n] else { continue }
                out.append(Plan(hire: n, host: d.host, mentor: mentors[i], years: d.years, school: d.school))
            }
        }
        return out.sorted { $0.hire < $1.hire }
    }

    /// Values with every variable rounded to its integer.
    public func rounded(_ values: [Double]) -> [Double] { values.map { $0.rounded() } }

    /// Variable values for a plan given by (hire, host, mentor class, school, years), for
    /// evaluating a plan made elsewhere (the greedy baseline). Plans whose pieces have no
    /// variable are skipped.
    public func values(for plans: [Plan]) -> [Double] {
        var v = [Double](repeating: 0, count: model.variableCount)
        for plan in plans {
            if let p = pairingsOfHire[plan.hire].first(where: { mentorClasses[pairings[$0].mentorClass].mentors.contains(plan.mentor) }) {
                v[pairings[p].variable.index] = 1
            }
            if let d = destinationsOfHire[plan.hire].first(where: { destinations[$0].school == plan.school && destinations[$0].years == plan.years }) {
                v[destinations[d].variable.index] = 1
            }
        }
        return v
    }
}
