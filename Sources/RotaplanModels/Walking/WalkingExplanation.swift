import RotaplanDomain
import RotaplanText

/// Why demand stays uncovered, per line, in a principal's terms (MODEL.md §6): nobody
/// teaches the subject, nobody who does is within reach, the class offers too few slots,
/// the qualified teachers are unavailable, their slots are taken, travel makes the slots
/// unreachable, or a daily or weekly limit is reached. Read off the final timetable: for
/// every slot the class offers, the first rule a further lesson there would break.
public enum WalkingExplanation {
    /// One uncovered line as a sentence naming its school, class and subject:
    /// `S02 3-1 music: 2 period(s) uncovered: …` / `S02 3-1 音乐：2 课时未排：…`.
    public static func sentence(_ e: (line: Int, periods: Int, reason: Bilingual), in x: Instance) -> Bilingual {
        let line = x.walkingDemand[e.line], school = x.schools[line.school].id
        return e.reason.prefixed(en: "\(school) \(line.className) \(line.subject.key): \(e.periods) period(s) uncovered: ",
                                 zh: "\(school) \(line.className) \(line.subject.zh)：\(e.periods) 课时未排：")
    }

    /// The reasons in English and Chinese (走教未排原因), for every line with uncovered periods.
    public static func explain(_ scope: WalkingScope, plan: WalkingModel.Plan) -> [(line: Int, periods: Int, reason: Bilingual)] {
        let x = scope.instance
        var table = WalkingTimetable(scope)
        for lesson in plan { table.add(lesson.teacher, lesson.line, lesson.slot) }
        var out: [(line: Int, periods: Int, reason: Bilingual)] = []
        for (l, line) in x.walkingDemand.enumerated() {
            let taught = table.taught[l] ?? 0
            guard taught < line.periodsPerWeek else { continue }
            out.append((l, line.periodsPerWeek - taught, reason(scope, table, l)))
        }
        return out
    }

    static func reason(_ scope: WalkingScope, _ table: WalkingTimetable, _ l: Int) -> Bilingual {
        let x = scope.instance
        let line = x.walkingDemand[l]
        let school = x.schools[line.school]
        let subject = line.subject.chineseName.map { "\(line.subject.key) \($0)" } ?? line.subject.key
        let subjectZh = inSentence(line.subject)
        let qualified = x.teachers.indices.filter { x.teachers[$0].itinerant != nil && x.teachers[$0].teaches(line.subject) }
        if qualified.isEmpty {
            return Bilingual(en: "no itinerant teacher teaches \(subject)", zh: "没有任教\(subjectZh)的走教教师")
        }
        let near = scope.candidates[l]
        if near.isEmpty {
            let limit = Int(x.policy.walking.maxTravelMinutes)
            let nearest = qualified.min { scope.minutes(x.teachers[$0].school, line.school) < scope.minutes(x.teachers[$1].school, line.school) }!
            let m = Int(scope.minutes(x.teachers[nearest].school, line.school).rounded())
            let who = x.teachers[nearest].id, whose = x.schools[x.teachers[nearest].school].id
            let all = qualified.count == 1 ? "唯一的\(subjectZh)走教教师所在学校" : "全部 \(qualified.count) 名\(subjectZh)走教教师所在学校均"
            return Bilingual(
                en: "no qualified teacher within reach: the \(qualified.count) itinerant \(subject) teacher(s) live more than \(limit) minutes from \(school.id) \(school.name) (nearest: \(who) at \(whose), \(m) minutes)",
                zh: "路程范围内没有可任教的教师：\(all)距 \(school.id) \(school.name)单程超过 \(limit) 分钟（最近的是 \(whose) 的 \(who)，\(m) 分钟）")
        }
        // Slots the class offers, at most ⌈h/days⌉ a day (rule 5).
        let cap = scope.dailyCap(l)
        var room = 0
        for d in 1...scope.days { room += min(cap, line.slots.filter { $0.day == d }.count) }
        var prefix = Bilingual(en: "", zh: "")
        if room < line.periodsPerWeek {
            prefix = Bilingual(
                en: "the class offers room for only \(room) of its \(line.periodsPerWeek) periods (\(line.slots.count) slots, at most \(cap) a day); ",
                zh: "该班提供的时段只够排 \(room) 节，每周需 \(line.periodsPerWeek) 节（共 \(line.slots.count) 个时段，每天最多 \(cap) 节）；")
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
            let because = pins.isEmpty ? Bilingual(en: "", zh: "") : Bilingual(
                en: " (the pins \(pins.map { x.pins[$0].label }.joined(separator: ", ")) keep them free on those days)",
                zh: "（\(pins.map { x.pins[$0].labelZh }.joined(separator: "、"))规定其在这些日子不排课）")
            let ids = near.map { x.teachers[$0].id.rawValue }
            return Bilingual(
                en: prefix.en + "every qualified teacher within reach (\(ids.joined(separator: ", "))) is unavailable in all the slots the class offers" + because.en,
                zh: prefix.zh + "路程范围内的可任教教师（\(ids.joined(separator: "、"))）在该班提供的所有时段均不能上课" + because.zh)
        }
        // The teacher who has the line (continuity, rule 1), else every candidate.
        let who = table.teacherOfLine[l].map { [$0] } ?? near
        var kinds = Set<String>()
        var parts: [Bilingual] = []
        for t in who {
            // Slots the teacher could use but for the rules (pinned days off included, so
            // that a pin that cost the lesson is named).
            let off = x.teachers[t].itinerant?.unavailable ?? []
            let open = line.slots.filter { !off.contains($0) && table.busy[t]?[$0] != l }
            let blocks = open.compactMap { slot in table.obstacle(t, l, slot).map { (slot, $0) } }
            for (_, o) in blocks { kinds.insert(kind(o)) }
            let shown = blocks.prefix(4).map { b in
                let d = describe(b.1, scope)
                return Bilingual(en: "[\(b.0.day),\(b.0.period)] \(d.en)", zh: "\(dayZh(b.0.day))第 \(b.0.period) 节\(d.zh)")
            }
            let id = x.teachers[t].id
            var text = Bilingual(en: "\(id)", zh: "\(id)")
            if table.teacherOfLine[l] == t {
                let n = table.taught[l] ?? 0
                text.en += " teaches \(n) of \(line.periodsPerWeek) (one teacher per class all week)"
                text.zh += " 已上 \(line.periodsPerWeek) 节中的 \(n) 节（每班全周由同一名教师任教）"
            }
            if blocks.isEmpty {
                text.en += ": a slot is free, but a lesson there costs more than leaving the period uncovered under the weights"
                text.zh += "：有空闲时段，但按权重在此排课的代价高于不排"
            } else {
                text.en += ": " + shown.map(\.en).joined(separator: "; ") + (blocks.count > 4 ? "; and \(blocks.count - 4) more" : "")
                text.zh += "：" + shown.map(\.zh).joined(separator: "，") + (blocks.count > 4 ? "，另有 \(blocks.count - 4) 处" : "")
            }
            parts.append(text)
        }
        let headline: Bilingual
        if kinds == ["week"] {
            headline = Bilingual(en: "the qualified teachers' weeks are full", zh: "可任教教师的每周课时已满")
        } else if kinds == ["taken"] {
            headline = Bilingual(en: "all qualified teachers' slots are taken", zh: "可任教教师的时段均已占用")
        } else if kinds.contains("travel") && kinds.isSubset(of: ["taken", "travel"]) {
            headline = Bilingual(en: "travel makes the free slots unreachable", zh: "受路程所限，空闲时段无法赶到")
        } else if kinds.isEmpty {
            headline = Bilingual(en: "covering it costs more than it saves", zh: "排上这些课时的代价高于未排")
        } else if kinds == ["pin"] {
            headline = Bilingual(en: "pins keep the qualified teachers free on the days it could be taught",
                                 zh: "固定规则规定可任教教师在可排课的日子不排课")
        } else if kinds.contains("pin") {
            headline = Bilingual(en: "the qualified teachers' slots are taken, their limits reached or their days kept free by pins",
                                 zh: "可任教教师的时段已占用、已达上限或按固定规则当天不排课")
        } else {
            headline = Bilingual(en: "the qualified teachers' slots are taken or their limits reached", zh: "可任教教师的时段已占用或已达上限")
        }
        return Bilingual(en: prefix.en + headline.en + " — " + parts.map(\.en).joined(separator: " | "),
                         zh: prefix.zh + headline.zh + "——" + parts.map(\.zh).joined(separator: "；"))
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

    /// Why a lesson cannot be added, as the words after a slot: "[1,2] teacher busy with …",
    /// "周一第 2 节教师另有课（…）".
    static func describe(_ o: WalkingTimetable.Obstacle, _ scope: WalkingScope) -> Bilingual {
        let x = scope.instance
        func lineText(_ l: Int) -> Bilingual {
            let line = x.walkingDemand[l]
            let school = x.schools[line.school].id
            return Bilingual(en: "\(line.className) \(line.subject.key) at \(school)", zh: "\(school) \(line.className) \(line.subject.zh)")
        }
        switch o {
        case .notQualified: return Bilingual(en: "not qualified", zh: "不能任教该学科")
        case .outOfReach: return Bilingual(en: "out of reach", zh: "超出路程范围")
        case .notOffered: return Bilingual(en: "not offered by the class", zh: "不在该班提供的时段内")
        case .unavailable: return Bilingual(en: "teacher unavailable", zh: "教师不能上课")
        case let .pinnedOff(pin): return Bilingual(en: "kept free by \(x.pins[pin].label)", zh: "按\(x.pins[pin].labelZh)不排课")
        case let .lineTaken(t): return Bilingual(en: "the line is taught by \(x.teachers[t].id)", zh: "该班此课已由 \(x.teachers[t].id) 任教")
        case .lineComplete: return Bilingual(en: "the line is complete", zh: "该班此课已排满")
        case let .teacherBusy(other):
            let t = lineText(other)
            return Bilingual(en: "teacher busy with \(t.en)", zh: "教师另有课（\(t.zh)）")
        case let .classBusy(other):
            let t = lineText(other)
            return Bilingual(en: "the class has \(t.en) then", zh: "该班另有课（\(t.zh)）")
        case let .spread(cap):
            return Bilingual(en: "already \(cap) lesson(s) of it that day (spread over the week)", zh: "当天已排 \(cap) 节（须分散到全周）")
        case let .travel(s, q, after):
            let id = x.schools[s].id
            return after
                ? Bilingual(en: "travel: cannot reach \(id) for period \(q)", zh: "路程来不及（下课后赶不上 \(id) 第 \(q) 节）")
                : Bilingual(en: "travel: cannot arrive in time from \(id) after period \(q)", zh: "路程来不及（第 \(q) 节在 \(id) 下课后赶不到）")
        case let .schoolsPerDay(limit):
            return Bilingual(en: "already at \(limit) schools that day", zh: "当天已达每天最多去 \(limit) 所学校的上限")
        case let .dayLoad(limit): return Bilingual(en: "day full (\(limit) periods)", zh: "当天课时已满（\(limit) 节）")
        case let .weekLoad(limit): return Bilingual(en: "week full (\(limit) periods)", zh: "已达每周课时上限（\(limit) 节）")
        }
    }

    /// A day of the week in Chinese: 周一 … 周日 (day 1 is Monday), else 第 N 天.
    static func dayZh(_ d: Int) -> String {
        let names = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
        return (1...7).contains(d) ? names[d - 1] : "第 \(d) 天"
    }

    /// A subject between Chinese words: its Chinese name, else its key set off by spaces.
    static func inSentence(_ s: Subject) -> String { s.chineseName == nil ? " \(s.zh) " : s.zh }
}
