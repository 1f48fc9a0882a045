import RotaplanDomain

/// The `groups.*` rules of the policy (MODEL.md §3), checked by `validate` and reported
/// with their city and clause. They are warnings: they do not stop a solve unless the
/// user asks for `--strict`.
public enum PolicyFindings {
    /// Where each rule comes from.
    public enum Rule: String, CaseIterable, Sendable {
        case maxSchools = "groups.maxSchools"
        case maxStudents = "groups.maxStudents"
        case sameStage = "groups.sameStage"
        case onePartnerPerDistrict = "groups.onePartnerPerDistrict"
        case termYears = "groups.termYears"
        case newSchoolsInGroup = "groups.newSchoolsInGroup"

        public var source: String {
            switch self {
            case .maxSchools: return "Luohe 漯教〔2021〕56号: 每个集团原则上不超过3所学校; Changsha 长教通〔2020〕97号: 控制在10所左右"
            case .maxStudents: return "Luohe 漯教〔2021〕56号: 集团学生规模 (高中 15000, 义务教育 6000, 幼儿园 3000)"
            case .sameStage: return "Changsha 长教通〔2020〕97号: 同一学段组建集团"
            case .onePartnerPerDistrict: return "Changsha 长教通〔2020〕97号: 同一区县限设一所合作学校"
            case .termYears: return "Changsha 长教通〔2020〕97号: 集团办学周期 6 年, 可续期一次"
            case .newSchoolsInGroup: return "Zhengzhou bulletin 2022-07-20 (No. 56): 原则上新建公办学校全部纳入集团化管理"
            }
        }
    }

    /// Every finding of the instance's policy, as warnings in group order.
    public static func findings(_ x: Instance, file: String) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let rules = x.policy.groups
        func add(_ rule: Rule, _ path: String, _ message: String) {
            out.append(Diagnostic(.warning, file: file, path: path, message: "\(rule.rawValue): \(message)", source: rule.source))
        }
        for (g, group) in x.groups.enumerated() {
            let path = "groups[\(g)] (\(group.id))"
            let schools = group.schools
            if let max = rules.maxSchools, schools.count > max {
                add(.maxSchools, path, "the group has \(schools.count) schools; the policy allows at most \(max)")
            }
            if let limits = rules.maxStudents {
                let students = schools.reduce(0) { $0 + x.schools[$1].students }
                let stage = x.schools[group.core].stage
                if let limit = limits.limit(for: stage), students > limit {
                    add(.maxStudents, path, "the group has \(students) students; the limit for a \(stage.rawValue) group is \(limit)")
                }
            }
            if rules.sameStage {
                let stages = Set(schools.map { x.schools[$0].stage })
                if stages.count > 1 {
                    add(.sameStage, path, "the group mixes stages \(stages.map(\.rawValue).sorted().joined(separator: ", ")); the policy asks for one stage per group")
                }
            }
            if rules.onePartnerPerDistrict {
                var byDistrict: [String: [Int]] = [:]
                for s in group.members { byDistrict[x.schools[s].district ?? "(no district)", default: []].append(s) }
                for (district, list) in byDistrict.sorted(by: { $0.key < $1.key }) where list.count > 1 {
                    add(.onePartnerPerDistrict, path, "\(list.count) member schools in \(district) (\(list.map { x.schools[$0].id.rawValue }.joined(separator: ", "))); the policy allows one per district")
                }
            }
        }
        if rules.newSchoolsInGroup {
            for (s, school) in x.schools.enumerated() where school.has(.new) && school.group == nil {
                add(.newSchoolsInGroup, "schools[\(s)] (\(school.id))", "the school is tagged new but is in no group")
            }
        }
        return out
    }
}
