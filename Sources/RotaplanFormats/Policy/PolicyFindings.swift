import RotaplanDomain

/// The `groups.*` rules of the policy (MODEL.md §3), checked by `validate` and reported
/// with their city and clause. They are warnings: they do not stop a solve unless the
/// user asks for `--strict`.
public enum PolicyFindings {
    /// Every finding of the instance's policy, as warnings in group order.
    public static func findings(_ x: Instance, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let rules = x.policy.groups
        func add(_ rule: RuleID, _ path: RecordPath, _ message: String) {
            // The city and clause are the key table's (RotaplanDomain/Policy/PolicyKeys.swift).
            out.append(Diagnostic(.warning, file: file, path: path, message: "\(rule.rawValue): \(message)",
                                  source: PolicyKey.key(for: rule)?.source))
        }
        for (g, group) in x.groups.enumerated() {
            let path = RecordPath(list: "groups", index: g, id: group.id.rawValue)
            let schools = group.schools
            if let max = rules.maxSchools, schools.count > max {
                add(.groupsMaxSchools, path, "the group has \(schools.count) schools; the policy allows at most \(max)")
            }
            if let limits = rules.maxStudents {
                let students = schools.reduce(0) { $0 + x.schools[$1].students }
                let stage = x.schools[group.core].stage
                if let limit = limits.limit(for: stage), students > limit {
                    add(.groupsMaxStudents, path, "the group has \(students) students; the limit for a \(stage.rawValue) group is \(limit)")
                }
            }
            if rules.sameStage {
                let stages = Set(schools.map { x.schools[$0].stage })
                if stages.count > 1 {
                    add(.groupsSameStage, path, "the group mixes stages \(stages.map(\.rawValue).sorted().joined(separator: ", ")); the policy asks for one stage per group")
                }
            }
            if rules.onePartnerPerDistrict {
                var byDistrict: [String: [Int]] = [:]
                for s in group.members { byDistrict[x.schools[s].district ?? "(no district)", default: []].append(s) }
                for (district, list) in byDistrict.sorted(by: { $0.key < $1.key }) where list.count > 1 {
                    add(.groupsOnePartnerPerDistrict, path, "\(list.count) member schools in \(district) (\(list.map { x.schools[$0].id.rawValue }.joined(separator: ", "))); the policy allows one per district")
                }
            }
        }
        if rules.newSchoolsInGroup {
            for (s, school) in x.schools.enumerated() where school.has(.new) && school.group == nil {
                add(.groupsNewSchoolsInGroup, RecordPath(list: "schools", index: s, id: school.id.rawValue), "the school is tagged new but is in no group")
            }
        }
        return out
    }
}
