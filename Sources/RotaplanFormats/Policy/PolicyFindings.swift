import RotaplanDomain

/// The `groups.*` rules of the policy (MODEL.md §3), checked by `validate` and reported
/// with their city and clause. They are warnings: they do not stop a solve unless the
/// user asks for `--strict`.
public enum PolicyFindings {
    /// Every finding of the instance's policy, as warnings in group order.
    public static func findings(_ x: Instance, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let rules = x.policy.groups
        func add(_ rule: RuleID, _ path: RecordPath, _ finding: PolicyProblem.GroupsFinding) {
            // The city and clause are the key table's (RotaplanDomain/Policy/PolicyKeys.swift).
            out.append(Diagnostic(.warning, file: file, path: path, .policy(.groups(rule, finding)),
                                  source: PolicyKey.key(for: rule)?.source))
        }
        for (g, group) in x.groups.enumerated() {
            let path = RecordPath(list: "groups", index: g, id: group.id.rawValue)
            let schools = group.schools
            if let max = rules.maxSchools, schools.count > max {
                add(.groupsMaxSchools, path, .tooManySchools(schools.count, max: max))
            }
            if let limits = rules.maxStudents {
                let students = schools.reduce(0) { $0 + x.schools[$1].students }
                let stage = x.schools[group.core].stage
                if let limit = limits.limit(for: stage), students > limit {
                    add(.groupsMaxStudents, path, .tooManyStudents(students, stage: stage.rawValue, limit: limit))
                }
            }
            if rules.sameStage {
                let stages = Set(schools.map { x.schools[$0].stage })
                if stages.count > 1 {
                    add(.groupsSameStage, path, .mixedStages(stages.map(\.rawValue).sorted()))
                }
            }
            if rules.onePartnerPerDistrict {
                var byDistrict: [String: [Int]] = [:]
                // "(no district)" is the key of the schools without one (it sorts as it always has).
                for s in group.members { byDistrict[x.schools[s].district ?? Self.noDistrict, default: []].append(s) }
                for (district, list) in byDistrict.sorted(by: { $0.key < $1.key }) where list.count > 1 {
                    add(.groupsOnePartnerPerDistrict, path, .partnersInDistrict(list.count, district: district == Self.noDistrict ? nil : district,
                                                                                 schools: list.map { x.schools[$0].id.rawValue }))
                }
            }
        }
        if rules.newSchoolsInGroup {
            for (s, school) in x.schools.enumerated() where school.has(.new) && school.group == nil {
                add(.groupsNewSchoolsInGroup, RecordPath(list: "schools", index: s, id: school.id.rawValue), .newSchoolOutsideGroups)
            }
        }
        return out
    }

    static let noDistrict = "(no district)"

    /// The cost keys a preset may leave at 0 (MODEL.md §3, `cost.*`).
    public static let costKeys = ["cost.allowancePerDay", "cost.transportPerKm"]

    /// A warning when every cost is 0 yuan (the preset sets no allowance and no transport
    /// cost) although the budget or the exchange's cost weight would act on costs: the plan
    /// is then chosen as if moves cost nothing (issue 17 item 5). Nil when costs are set,
    /// or when nothing looks at them.
    public static func zeroCosts(_ x: Instance, file: String) -> Diagnostic? {
        let p = x.policy
        guard p.cost.allowancePerDay == 0, p.cost.transportPerKm == 0,
              p.cost.budgetPerGroup != nil || p.weights.exchange.costPer10k != 0 else { return nil }
        return Diagnostic(.warning, file: file, path: "policy.cost", .policy(.zeroCosts(preset: p.preset.rawValue, keys: costKeys)))
    }
}
