import RotaplanDomain

/// Why demand stays uncovered, per line (MODEL.md §6): nobody teaches the subject, nobody
/// who does is within reach, the class offers too few slots, the qualified teachers are
/// unavailable, their slots are taken, travel makes the slots unreachable, or a daily or
/// weekly limit is reached. Read off the final timetable: for every slot the class
/// offers, the first rule a further lesson there would break. Each line is a finding
/// (``RuleID/walkingUncoveredTerm``, `.uncovered`) that RotaplanText words.
public enum WalkingExplanation {
    /// The reasons for every line with uncovered periods, in line order.
    public static func explain(_ scope: WalkingScope, plan: WalkingModel.Plan) -> [StageExplanation] {
        let x = scope.instance
        var table = WalkingTimetable(scope)
        for lesson in plan { table.add(lesson.teacher, lesson.line, lesson.slot) }
        var out: [StageExplanation] = []
        for (l, line) in x.walkingDemand.enumerated() {
            let taught = table.taught[l] ?? 0
            guard taught < line.periodsPerWeek else { continue }
            out.append(Finding(.walkingUncoveredTerm, .uncovered(reason(scope, table, l)), refs: [.demandLine(l)],
                               amounts: [Amount(.actual, line.periodsPerWeek - taught)]))
        }
        return out
    }

    static func reason(_ scope: WalkingScope, _ table: WalkingTimetable, _ l: Int) -> Finding.UncoveredReason {
        let x = scope.instance
        let line = x.walkingDemand[l]
        let qualified = x.teachers.indices.filter { x.teachers[$0].itinerant != nil && x.teachers[$0].teaches(line.subject) }
        if qualified.isEmpty { return .noTeacher }
        let near = scope.candidates[l]
        if near.isEmpty {
            let nearest = qualified.min { scope.minutes(x.teachers[$0].school, line.school) < scope.minutes(x.teachers[$1].school, line.school) }!
            let m = Int(scope.minutes(x.teachers[nearest].school, line.school).rounded())
            return .outOfReach(qualified: qualified.count, nearest: nearest, minutes: m, limit: Int(x.policy.walking.maxTravelMinutes))
        }
        // Slots the class offers, at most ⌈h/days⌉ a day (rule 5).
        let cap = scope.dailyCap(l)
        var room = 0
        for d in 1...scope.days { room += min(cap, line.slots.filter { $0.day == d }.count) }
        let short = room < line.periodsPerWeek
            ? Finding.ClassRoom(room: room, periods: line.periodsPerWeek, slots: line.slots.count, cap: cap) : nil
        if near.allSatisfy({ scope.usableSlots($0, l).isEmpty }) {
            // Name the pins that closed days the teachers would otherwise have had.
            var pins: [Int] = []
            for t in near {
                let off = x.teachers[t].itinerant?.unavailable ?? []
                for slot in line.slots where !off.contains(slot) {
                    if let p = scope.pin(keeping: t, offDay: slot.day), !pins.contains(p) { pins.append(p) }
                }
            }
            return .unavailable(room: short, teachers: near, pins: pins)
        }
        // The teacher who has the line (continuity, rule 1), else every candidate.
        let who = table.teacherOfLine[l].map { [$0] } ?? near
        let blocked = who.map { t in
            // Slots the teacher could use but for the rules (pinned days off included, so
            // that a pin that cost the lesson is named).
            let off = x.teachers[t].itinerant?.unavailable ?? []
            let open = line.slots.filter { !off.contains($0) && table.busy[t]?[$0] != l }
            let blocks = open.compactMap { slot in table.obstacle(t, l, slot).map { Finding.SlotBlock(slot, $0) } }
            return Finding.TeacherBlocks(teacher: t, teaches: table.teacherOfLine[l] == t ? table.taught[l] ?? 0 : nil, blocks: blocks)
        }
        return .blocked(room: short, teachers: blocked)
    }
}
