import RotaplanDomain

/// Rule 4.8, the mentor reserve (MODEL.md §7 "Settled"), re-derived from the instance and
/// a plan's moves alone, for the exchange stage of a `plan` (never for a stand-alone
/// exchange, whose optimum is §4's). Its own copies of what it reads, on purpose:
/// capacity(t) = `mentorCapacity`, else training.mentorCapacity for backbone or senior
/// teachers, else 0; cap′(t) = max(0, capacity(t) − trainees naming t) (§11); a hire's host
/// set is the core of its group, else the cores of the groups whose core is in its
/// district (§5); H(c,k) counts the hires of subject k whose host set is exactly {c}, and
/// C(c,k) = Σ cap′ over the teachers of subject k at c. After the moves, Σ cap′ over the
/// teachers of subject k whose school is c must be ≥ min(H, C) — for a plan whose moves
/// keep §4 (only eligible teachers move) this is §7's sum term by term.
enum MentorReserveCheck {
    /// One finding per (core, subject) whose reserve the moves break: refs the core and the
    /// subject; amounts `.required` H, `.base` C, `.limit` min(H, C), `.actual` what is left.
    static func violations(_ exchanges: [Solution.Exchange], _ x: Instance) -> [Finding] {
        var hires: [Int: [Subject: Int]] = [:]
        for hire in x.newHires {
            var hosts = Set<Int>()
            if let g = hire.group {
                hosts.insert(x.groups[g].core)
            } else {
                for group in x.groups where x.schools[group.core].district == hire.district { hosts.insert(group.core) }
            }
            guard hosts.count == 1, let c = hosts.first else { continue }
            hires[c, default: [:]][hire.subject, default: 0] += 1
        }
        guard !hires.isEmpty else { return [] }
        var trainees: [Int: Int] = [:]
        for trainee in x.trainees { if let m = trainee.mentor { trainees[m, default: 0] += 1 } }
        func cap(_ t: Int) -> Int {
            let teacher = x.teachers[t]
            let own = teacher.mentorCapacity ?? ((teacher.backbone || teacher.title == .senior) ? x.policy.training.mentorCapacity : 0)
            return max(0, own - (trainees[t] ?? 0))
        }
        var school = x.teachers.map(\.school)
        for e in exchanges {
            guard let t = x.teacherIndex[TeacherID(e.teacher)], let to = x.schoolIndex[SchoolID(e.to)] else { continue }
            school[t] = to
        }
        var out: [Finding] = []
        for c in hires.keys.sorted() {
            for (k, h) in hires[c]!.sorted(by: { $0.key < $1.key }) {
                var before = 0, after = 0
                for t in x.teachers.indices where x.teachers[t].subject == k {
                    if x.teachers[t].school == c { before += cap(t) }
                    if school[t] == c { after += cap(t) }
                }
                let need = min(h, before)
                guard after < need else { continue }
                out.append(Finding(.exchangeMentorReserve, refs: [.school(c), .subject(k)],
                                   amounts: [Amount(.required, h), Amount(.base, before), Amount(.limit, need), Amount(.actual, after)]))
            }
        }
        return out
    }
}

extension SolutionChecker {
    /// Rule 4.8 (§7) on an exchange's moves: the findings of the (core, subject) pairs whose
    /// mentor reserve the moves break (for tests and the brute force; `check` applies it to
    /// the exchange stage of a plan).
    public static func mentorReserve(_ exchanges: [Solution.Exchange], against x: Instance) -> [Finding] {
        MentorReserveCheck.violations(exchanges, x)
    }
}
