import RotaplanDomain

extension FindingText {
    /// One uncovered walking line (§6), naming its school, class and subject:
    /// `S02 3-1 music: 2 period(s) uncovered: …` / `S02 3-1 音乐：2 课时未排：…`.
    static func uncovered(_ why: Finding.UncoveredReason, _ r: FindingParts) -> Bilingual {
        let x = r.x, line = r.line(), school = x.schools[line.school], periods = r.int(.actual)
        return reason(why, r).prefixed(en: "\(school.id) \(line.className) \(line.subject.key): \(periods) period(s) uncovered: ",
                                       zh: "\(school.id) \(line.className) \(line.subject.zh)：\(periods) 课时未排：")
    }

    /// Why an uncovered walking line (a `.uncovered` finding) is uncovered, without the line
    /// before it; nil for another finding.
    public static func uncoveredReason(_ f: Finding, in x: Instance) -> Bilingual? {
        guard case let .uncovered(why) = f.situation else { return nil }
        return reason(why, FindingParts(f, x))
    }

    static func reason(_ why: Finding.UncoveredReason, _ r: FindingParts) -> Bilingual {
        let x = r.x, line = r.line(), school = x.schools[line.school]
        let subject = line.subject.chineseName.map { "\(line.subject.key) \($0)" } ?? line.subject.key
        let subjectZh = line.subject.chineseName == nil ? " \(line.subject.zh) " : line.subject.zh
        switch why {
        case .noTeacher:
            return Bilingual(en: "no itinerant teacher teaches \(subject)", zh: "没有任教\(subjectZh)的走教教师")
        case let .outOfReach(qualified, nearest, m, limit):
            let who = x.teachers[nearest].id, whose = x.schools[x.teachers[nearest].school].id
            let all = qualified == 1 ? "唯一的\(subjectZh)走教教师所在学校" : "全部 \(qualified) 名\(subjectZh)走教教师所在学校均"
            return Bilingual(
                en: "no qualified teacher within reach: the \(qualified) itinerant \(subject) teacher(s) live more than \(limit) minutes from \(school.id) \(school.name) (nearest: \(who) at \(whose), \(m) minutes)",
                zh: "路程范围内没有可任教的教师：\(all)距 \(school.id) \(school.name)单程超过 \(limit) 分钟（最近的是 \(whose) 的 \(who)，\(m) 分钟）")
        case let .unavailable(room, teachers, pins):
            let because = pins.isEmpty ? Bilingual(en: "", zh: "") : Bilingual(
                en: " (the pins \(pins.map { x.pins[$0].label }.joined(separator: ", ")) keep them free on those days)",
                zh: "（\(pins.map { x.pins[$0].labelZh }.joined(separator: "、"))规定其在这些日子不排课）")
            let ids = teachers.map { x.teachers[$0].id.rawValue }, before = shortOfRoom(room)
            return Bilingual(
                en: before.en + "every qualified teacher within reach (\(ids.joined(separator: ", "))) is unavailable in all the slots the class offers" + because.en,
                zh: before.zh + "路程范围内的可任教教师（\(ids.joined(separator: "、"))）在该班提供的所有时段均不能上课" + because.zh)
        case let .blocked(room, teachers):
            let parts = teachers.map { blocks($0, line.periodsPerWeek, x) }, before = shortOfRoom(room)
            let head = headline(Set(teachers.flatMap { $0.blocks.map { kind($0.obstacle) } }))
            return Bilingual(en: before.en + head.en + " — " + parts.map(\.en).joined(separator: " | "),
                             zh: before.zh + head.zh + "——" + parts.map(\.zh).joined(separator: "；"))
        }
    }

    /// A class that offers room for fewer periods than it needs, before the reason.
    static func shortOfRoom(_ room: Finding.ClassRoom?) -> Bilingual {
        guard let c = room else { return Bilingual(en: "", zh: "") }
        return Bilingual(en: "the class offers room for only \(c.room) of its \(c.periods) periods (\(c.slots) slots, at most \(c.cap) a day); ",
                         zh: "该班提供的时段只够排 \(c.room) 节，每周需 \(c.periods) 节（共 \(c.slots) 个时段，每天最多 \(c.cap) 节）；")
    }

    /// One teacher's open slots and what blocks each (the first four shown).
    static func blocks(_ b: Finding.TeacherBlocks, _ periods: Int, _ x: Instance) -> Bilingual {
        let id = x.teachers[b.teacher].id
        var text = Bilingual(en: "\(id)", zh: "\(id)")
        if let n = b.teaches {
            text.en += " teaches \(n) of \(periods) (one teacher per class all week)"
            text.zh += " 已上 \(periods) 节中的 \(n) 节（每班全周由同一名教师任教）"
        }
        if b.blocks.isEmpty {
            text.en += ": a slot is free, but a lesson there costs more than leaving the period uncovered under the weights"
            text.zh += "：有空闲时段，但按权重在此排课的代价高于不排"
            return text
        }
        let shown = b.blocks.prefix(4).map { block in
            let d = describe(block.obstacle, x)
            return Bilingual(en: "[\(block.slot.day),\(block.slot.period)] \(d.en)", zh: "\(dayZh(block.slot.day))第 \(block.slot.period) 节\(d.zh)")
        }
        let more = b.blocks.count - 4
        text.en += ": " + shown.map(\.en).joined(separator: "; ") + (more > 0 ? "; and \(more) more" : "")
        text.zh += "：" + shown.map(\.zh).joined(separator: "，") + (more > 0 ? "，另有 \(more) 处" : "")
        return text
    }

    /// What the obstacles have in common, for the headline.
    enum ObstacleKind: Hashable { case taken, travel, week, pin, limit }

    static func kind(_ o: Finding.WalkingObstacle) -> ObstacleKind {
        switch o {
        case .teacherBusy, .classBusy, .lineTaken: return .taken
        case .travel: return .travel
        case .weekLoad: return .week
        case .pinnedOff: return .pin
        case .notQualified, .outOfReach, .notOffered, .unavailable, .lineComplete, .spread, .schoolsPerDay, .dayLoad: return .limit
        }
    }

    static func headline(_ kinds: Set<ObstacleKind>) -> Bilingual {
        if kinds == [.week] { return Bilingual(en: "the qualified teachers' weeks are full", zh: "可任教教师的每周课时已满") }
        if kinds == [.taken] { return Bilingual(en: "all qualified teachers' slots are taken", zh: "可任教教师的时段均已占用") }
        if kinds.contains(.travel) && kinds.isSubset(of: [.taken, .travel]) {
            return Bilingual(en: "travel makes the free slots unreachable", zh: "受路程所限，空闲时段无法赶到")
        }
        if kinds.isEmpty { return Bilingual(en: "covering it costs more than it saves", zh: "排上这些课时的代价高于未排") }
        if kinds == [.pin] {
            return Bilingual(en: "pins keep the qualified teachers free on the days it could be taught", zh: "固定规则规定可任教教师在可排课的日子不排课")
        }
        if kinds.contains(.pin) {
            return Bilingual(en: "the qualified teachers' slots are taken, their limits reached or their days kept free by pins",
                             zh: "可任教教师的时段已占用、已达上限或按固定规则当天不排课")
        }
        return Bilingual(en: "the qualified teachers' slots are taken or their limits reached", zh: "可任教教师的时段已占用或已达上限")
    }

    /// Why a lesson cannot be added, as the words after a slot: "[1,2] teacher busy with …",
    /// "周一第 2 节教师另有课（…）".
    static func describe(_ o: Finding.WalkingObstacle, _ x: Instance) -> Bilingual {
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
}
