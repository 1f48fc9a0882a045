import RotaplanDomain

/// Why demand stays uncovered, per line, in a principal's terms (MODEL.md §6): nobody
/// teaches the subject, nobody who does is within reach, the class offers too few slots,
/// the qualified teachers are unavailable, their slots are taken, travel makes the slots
/// unreachable, or a daily or weekly limit is reached. Read off the final timetable: for
/// every slot the class offers, the first rule a further lesson there would break.
public enum WalkingExplanation {
    public static func explain(_ scope: WalkingScope, plan: WalkingModel.Plan) -> [(line: Int, periods: Int, reason: String)] {
        let x = scope.instance
        var table = WalkingTimetable(scope)
        for lesson in plan { table.add(lesson.teacher, lesson.line, lesson.slot) }
        var out: [(line: Int, periods: Int, reason: String)] = []
        for (l, line) in x.walkingDemand.enumerated() {
            let taught = table.taught[l] ?? 0
            guard taught < line.periodsPerWeek else { continue }
            out.append((l, line.periodsPerWeek - taught, reason(scope, table, l)))
        }
        return out
    }

    static func reason(_ scope: WalkingScope, _ table: WalkingTimetable, _ l: Int) -> String {
        let x = scope.instance
        let line = x.walkingDemand[l]
        let school = x.schools[line.school]
        let subject = line.subject.chineseName.map { "\(line.subject.key) \($0)" } ?? line.subject.key
        let qualified = x.teachers.indices.filter { x.teachers[$0].itinerant != nil && x.teachers[$0].teaches(line.subject) }
        if qualified.isEmpty { return "no itinerant teacher teaches \(subject)" }
        let near = scope.candidates[l]
        if near.isEmpty {
            let limit = Int(x.policy.walking.maxTravelMinutes)
            let nearest = qualified.min { scope.minutes(x.teachers[$0].school, line.school) < scope.minutes(x.teachers[$1].school, line.school) }!
            let m = scope.minutes(x.teachers[nearest].school, line.school)
            return "no qualified teacher within reach: the \(qualified.count) itinerant \(subject) teacher(s) live more than \(limit) minutes from \(school.id) \(school.name) (nearest: \(x.teachers[nearest].id) at \(x.schools[x.teachers[nearest].school].id), \(Int(m.rounded())) minutes)"
        }
        // Slots the class offers, at most ⌈h/days⌉ a day (rule 5).
        let cap = scope.dailyCap(l)
        var room = 0
        for d in 1...scope.days { room += min(cap, line.slots.filter { $0.day == d }.count) }
        var prefix = ""
        if room < line.periodsPerWeek {
            prefix = "the class offers room for only \(room) of its \(line.periodsPerWeek) periods (\(line.slots.count) slots, at most \(cap) a day); "
        }
        if near.allSatisfy({ scope.usableSlots($0, l).isEmpty }) {
            // Name the pins that closed days the teachers would otherwise have had.
            var pins: [Int] = []
            for t in near {
                let off = x.teachers[t].itinerant?.unavailable ?? []
                for slot in line.slots where !off.contains(slot) {
                    if let p = scope.pin(keeping: t, offDay: slot.day), !pins.contains(p) { pins.append(p) }
                }
            }
            let because = pins.isEmpty ? "" : " (the pins \(pins.map { x.pins[$0].label }.joined(separator: ", ")) keep them free on those days)"
            return prefix + "every qualified teacher within reach (\(near.map { x.teachers[$0].id.rawValue }.joined(separator: ", "))) is unavailable in all the slots the class offers" + because
        }
        // The teacher who has the line (continuity, rule 1), else every candidate.
        let who = table.teacherOfLine[l].map { [$0] } ?? near
        var kinds = Set<String>()
        var parts: [String] = []
        for t in who {
            // Slots the teacher could use but for the rules (pinned days off included, so
            // that a pin that cost the lesson is named).
            let off = x.teachers[t].itinerant?.unavailable ?? []
            let open = line.slots.filter { !off.contains($0) && table.busy[t]?[$0] != l }
            let blocks = open.compactMap { slot in table.obstacle(t, l, slot).map { (slot, $0) } }
            for (_, o) in blocks { kinds.insert(kind(o)) }
            let shown = blocks.prefix(4).map { "[\($0.0.day),\($0.0.period)] \(describe($0.1, scope))" }
            var text = "\(x.teachers[t].id)"
            if table.teacherOfLine[l] == t { text += " teaches \(table.taught[l] ?? 0) of \(line.periodsPerWeek) (one teacher per class all week)" }
            if blocks.isEmpty { text += ": a slot is free, but a lesson there costs more than leaving the period uncovered under the weights" }
            else { text += ": " + shown.joined(separator: "; ") + (blocks.count > 4 ? "; and \(blocks.count - 4) more" : "") }
            parts.append(text)
        }
        let headline: String
        if kinds == ["week"] { headline = "the qualified teachers' weeks are full" }
        else if kinds == ["taken"] { headline = "all qualified teachers' slots are taken" }
        else if kinds.contains("travel") && kinds.isSubset(of: ["taken", "travel"]) { headline = "travel makes the free slots unreachable" }
        else if kinds.isEmpty { headline = "covering it costs more than it saves" }
        else if kinds == ["pin"] { headline = "pins keep the qualified teachers free on the days it could be taught" }
        else if kinds.contains("pin") { headline = "the qualified teachers' slots are taken, their limits reached or their days kept free by pins" }
        else { headline = "the qualified teachers' slots are taken or their limits reached" }
        return prefix + headline + " — " + parts.joined(separator: " | ")
    }

    static func kind(_ o: WalkingTimetable.Obstacle) -> String {
        switch o {
        case .teacherBusy, .classBusy, .lineTaken: return "taken"
        case .travel: return "travel"
        case .weekLoad: return "week"
        case .pinnedOff: return "pin"
        default: return "limit"
        }
    }

    static func describe(_ o: WalkingTimetable.Obstacle, _ scope: WalkingScope) -> String {
        let x = scope.instance
        func lineText(_ l: Int) -> String {
            let line = x.walkingDemand[l]
            return "\(line.className) \(line.subject.key) at \(x.schools[line.school].id)"
        }
        switch o {
        case .notQualified: return "not qualified"
        case .outOfReach: return "out of reach"
        case .notOffered: return "not offered by the class"
        case .unavailable: return "teacher unavailable"
        case let .pinnedOff(pin): return "kept free by \(x.pins[pin].label)"
        case let .lineTaken(t): return "the line is taught by \(x.teachers[t].id)"
        case .lineComplete: return "the line is complete"
        case let .teacherBusy(other): return "teacher busy with \(lineText(other))"
        case let .classBusy(other): return "the class has \(lineText(other)) then"
        case let .spread(cap): return "already \(cap) lesson(s) of it that day (spread over the week)"
        case let .travel(s, q, after):
            return after ? "travel: cannot reach \(x.schools[s].id) for period \(q)" : "travel: cannot arrive in time from \(x.schools[s].id) after period \(q)"
        case let .schoolsPerDay(limit): return "already at \(limit) schools that day"
        case let .dayLoad(limit): return "day full (\(limit) periods)"
        case let .weekLoad(limit): return "week full (\(limit) periods)"
        }
    }
}
