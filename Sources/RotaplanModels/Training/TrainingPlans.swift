import GLPK
import RotaplanDomain
import RotaplanText

/// Reading a §5 plan out of the model's values, and the reasons a hire cannot be placed.
extension TrainingModel {
    /// The reason a hire has no (mentor, destination) pair at any host, in the user's terms
    /// (English and Chinese).
    static func whyUnplaceable(_ n: Int, _ x: Instance, hosts: [Int], withMentor: [Int], withPlace: [Int]) -> Bilingual {
        let hire = x.newHires[n]
        let (who, whoZh) = (x.label(newHire: n).en, x.label(newHire: n).zh)
        let maxYears = x.policy.training.maxYears
        let k = hire.subject
        if hire.minYears > maxYears {
            return Bilingual(
                en: "§5 training length: \(who) needs minYears \(hire.minYears) but training.maxYears is \(maxYears)",
                zh: "§5 培育年限：\(whoZh)最少需培育 \(hire.minYears) 年，但培育年限上限（training.maxYears）为 \(maxYears) 年")
        }
        if hosts.isEmpty {
            if hire.group == nil, let d = hire.district {
                return Bilingual(
                    en: "§5 hosts: \(who) has no host: no group and no group core in district \(d)",
                    zh: "§5 培育学校：\(whoZh)没有培育学校：未指定集团，区县 \(d) 内也没有集团核心校")
            }
            return Bilingual(
                en: "§5 hosts: \(who) has no host: no group, no district, and no group core without a district",
                zh: "§5 培育学校：\(whoZh)没有培育学校：未指定集团和区县，也没有未填区县的集团核心校")
        }
        if withMentor.isEmpty {
            return Bilingual(
                en: "§5 mentors: no \(k) mentor at \(hosts.map { x.label(school: $0).en }.joined(separator: " or ")) for \(who): a mentor teaches \(k) as primary subject and has a mentoring capacity above 0",
                zh: "§5 导师：\(hosts.map { x.label(school: $0).zh }.joined(separator: " 或 "))没有可带教 \(whoZh)的\(k.zh)导师：导师须以\(k.zh)为主教学科，且带教人数大于 0")
        }
        if withPlace.isEmpty {
            let groups = hosts.map { x.groups[x.schools[$0].group!].id.rawValue }
            return Bilingual(
                en: "§5 rule 4 vacancies: no \(k) vacancy opens within \(maxYears) years (training.maxYears) at the member schools of \(groups.joined(separator: ", ")) for \(who)",
                zh: "§5 规则 4 空缺岗位：\(groups.joined(separator: "、")) 的成员校在 \(maxYears) 年内（training.maxYears）没有可供 \(whoZh)去向的\(k.zh)空缺岗位")
        }
        return Bilingual(
            en: "§5 rule 2: no host of \(who) has both a \(k) mentor (\(withMentor.map { x.label(school: $0).en }.joined(separator: ", "))) and a \(k) vacancy in its group (\(withPlace.map { x.label(school: $0).en }.joined(separator: ", ")))",
            zh: "§5 规则 2：\(whoZh)的培育学校中，没有一所既有\(k.zh)导师（\(withMentor.map { x.label(school: $0).zh }.joined(separator: "、"))），又在本集团有\(k.zh)空缺岗位（\(withPlace.map { x.label(school: $0).zh }.joined(separator: "、"))）")
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
