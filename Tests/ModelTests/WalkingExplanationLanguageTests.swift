import Foundation
import Testing
import RotaplanDomain
@testable import RotaplanModels
import RotaplanFormats
import RotaplanText

/// Reasons for uncovered walking periods (MODEL.md §6) in both languages: every kind of
/// reason ``WalkingExplanation`` gives has a Chinese sentence beside the English one, the
/// Chinese names the same teachers and schools and has no English left in it, and the
/// English is what ``WalkingSolve/Outcome/explanation`` and the `en` side of ``WalkingExplanation/explain(_:plan:)``
/// give.
@Suite struct WalkingExplanationLanguageTests {
    /// Home school S01 and schools S02, S03 10 minutes from it and 30 minutes apart; S04 is
    /// 60 minutes from all (beyond walking.maxTravelMinutes 45). Two days of three periods:
    /// 08:00–08:40, 08:50–09:30 (10 minutes later), 10:30–11:10.
    static func micro(policy: String = "", teachers: [String], demand: [String], pins: String = "") throws -> Instance {
        let text = """
            {"format": "rotaplan-instance/1", "name": "micro",
             "policy": {"preset": "national"\(policy.isEmpty ? "" : ", \(policy)")},
             "calendar": {"days": 2, "periods": [{"start": "08:00", "end": "08:40"}, {"start": "08:50", "end": "09:30"}, {"start": "10:30", "end": "11:10"}]},
             "groups": [],
             "schools": [
               {"id": "S01", "name": "中心小学", "stage": "primary", "students": 500},
               {"id": "S02", "name": "龙翔小学", "stage": "primary", "students": 300},
               {"id": "S03", "name": "金水小学", "stage": "primary", "students": 300},
               {"id": "S04", "name": "山区小学", "stage": "primary", "students": 100}],
             "travel": [
               {"from": "S01", "to": "S02", "minutes": 10, "km": 5}, {"from": "S01", "to": "S03", "minutes": 10, "km": 5},
               {"from": "S02", "to": "S03", "minutes": 30, "km": 15}, {"from": "S01", "to": "S04", "minutes": 60, "km": 40},
               {"from": "S02", "to": "S04", "minutes": 60, "km": 40}, {"from": "S03", "to": "S04", "minutes": 60, "km": 40}],
             "teachers": [\(teachers.joined(separator: ", "))],
             "walkingDemand": [\(demand.joined(separator: ", "))]}
            """
        var x = try InstanceLoader.load(bytes: Array(text.utf8), file: "micro.json").instance
        if !pins.isEmpty {
            x.pins = try PinLoader.load(bytes: Array("who,rule,target\n\(pins)\n".utf8), file: "pins.csv", for: x).pins
        }
        return x
    }

    static func teacher(_ id: String, home: String = "S01", subject: String = "music", week: Int? = nil,
                        unavailable: String = "[]") -> String {
        let max = week.map { "\"maxPeriodsPerWeek\": \($0), " } ?? ""
        return "{\"id\": \"\(id)\", \"name\": \"\(id)\", \"school\": \"\(home)\", \"subject\": \"\(subject)\", \"itinerant\": {\(max)\"unavailable\": \(unavailable)}}"
    }

    static func line(_ school: String, _ cls: String, _ slots: String, subject: String = "music", h: Int = 1) -> String {
        "{\"school\": \"\(school)\", \"class\": \"\(cls)\", \"subject\": \"\(subject)\", \"periodsPerWeek\": \(h), \"slots\": \(slots)}"
    }

    /// One instance per kind of reason: the instance, English fragments only that kind
    /// gives and Chinese fragments the translation must give.
    static let cases: [(name: String, x: @Sendable () throws -> Instance, en: [String], zh: [String])] = [
        ("nobody teaches the subject", {
            try micro(teachers: [teacher("T0107")], demand: [line("S02", "3-1", "[[1, 1]]", subject: "art")])
        }, ["no itinerant teacher teaches art 美术"], ["没有任教美术的走教教师"]),
        ("no qualified teacher within reach", {
            try micro(teachers: [teacher("T0107")], demand: [line("S04", "3-1", "[[1, 1], [2, 1]]", h: 2), line("S02", "3-1", "[[1, 3]]")])
        }, ["no qualified teacher within reach: the 1 itinerant music 音乐 teacher(s) live more than 45 minutes from S04 山区小学 (nearest: T0107 at S01, 60 minutes)"],
         ["路程范围内没有可任教的教师：唯一的音乐走教教师所在学校距 S04 山区小学单程超过 45 分钟（最近的是 S01 的 T0107，60 分钟）"]),
        ("no qualified teacher within reach, two teachers", {
            try micro(teachers: [teacher("T0107"), teacher("T0305", home: "S03")], demand: [line("S04", "3-1", "[[1, 1]]")])
        }, ["the 2 itinerant music 音乐 teacher(s) live more than 45 minutes from S04 山区小学 (nearest: T0107 at S01, 60 minutes)"],
         ["全部 2 名音乐走教教师所在学校均距 S04 山区小学单程超过 45 分钟（最近的是 S01 的 T0107，60 分钟）"]),
        ("every teacher within reach unavailable", {
            try micro(teachers: [teacher("T0107", unavailable: "[[1, 1]]"), teacher("T0305", home: "S03", unavailable: "[[1, 1]]")],
                      demand: [line("S02", "三(1)班", "[[1, 1]]")])
        }, ["every qualified teacher within reach (T0107, T0305) is unavailable in all the slots the class offers"],
         ["路程范围内的可任教教师（T0107、T0305）在该班提供的所有时段均不能上课"]),
        ("not-on-day pins close every slot", {
            try micro(teachers: [teacher("T0107")], demand: [line("S02", "3-1", "[[2, 1], [2, 3]]")], pins: "T0107,not-on-day,2")
        }, ["every qualified teacher within reach (T0107) is unavailable in all the slots the class offers (the pins pin pins.csv:2 \"T0107 not-on-day 2\" keep them free on those days)"],
         ["路程范围内的可任教教师（T0107）在该班提供的所有时段均不能上课（固定规则 pins.csv:2「T0107 not-on-day 2」规定其在这些日子不排课）"]),
        ("a not-on-day pin keeps the teacher of the class free", {
            try micro(teachers: [teacher("T0107")], demand: [line("S02", "3-1", "[[1, 1], [2, 1]]", h: 2)], pins: "T0107,不排课,周二")
        }, ["pins keep the qualified teachers free on the days it could be taught — T0107 teaches 1 of 2 (one teacher per class all week): [2,1] kept free by pin pins.csv:2 \"T0107 不排课 周二\""],
         ["固定规则规定可任教教师在可排课的日子不排课——T0107 已上 2 节中的 1 节（每班全周由同一名教师任教）：周二第 1 节按固定规则 pins.csv:2「T0107 不排课 周二」不排课"]),
        ("a pin and a full week", {
            try micro(teachers: [teacher("T0107", week: 1)],
                      demand: [line("S01", "1-1", "[[1, 1]]"), line("S02", "3-1", "[[1, 2], [2, 1]]")], pins: "T0107,not-on-day,2")
        }, ["the qualified teachers' slots are taken, their limits reached or their days kept free by pins — T0107: [1,2] week full (1 periods); [2,1] kept free by pin pins.csv:2"],
         ["可任教教师的时段已占用、已达上限或按固定规则当天不排课——T0107：周一第 2 节已达每周课时上限（1 节），周二第 1 节按固定规则 pins.csv:2「T0107 not-on-day 2」不排课"]),
        ("week full", {
            try micro(teachers: [teacher("T0107", week: 1)],
                      demand: [line("S01", "1-1", "[[1, 1]]"), line("S02", "3-1", "[[1, 1], [1, 2], [1, 3], [2, 1], [2, 2], [2, 3]]")])
        }, ["the qualified teachers' weeks are full — T0107: [1,1] week full (1 periods); [1,2] week full (1 periods); [1,3] week full (1 periods); [2,1] week full (1 periods); and 2 more"],
         ["可任教教师的每周课时已满——T0107：周一第 1 节已达每周课时上限（1 节），周一第 2 节已达每周课时上限（1 节），周一第 3 节已达每周课时上限（1 节），周二第 1 节已达每周课时上限（1 节），另有 2 处"]),
        ("the teacher's slots are taken", {
            try micro(teachers: [teacher("T0107")], demand: [line("S01", "3-1", "[[1, 1]]"), line("S02", "4-2", "[[1, 1]]")])
        }, ["all qualified teachers' slots are taken — T0107: [1,1] teacher busy with 3-1 music at S01"],
         ["可任教教师的时段均已占用——T0107：周一第 1 节教师另有课（S01 3-1 音乐）"]),
        ("the class is busy", {
            try micro(teachers: [teacher("T0107"), teacher("T0201", home: "S02", subject: "art")],
                      demand: [line("S02", "3-1", "[[1, 1]]"), line("S02", "3-1", "[[1, 1]]", subject: "art")])
        }, ["all qualified teachers' slots are taken — T0107: [1,1] the class has 3-1 art at S02 then"],
         ["可任教教师的时段均已占用——T0107：周一第 1 节该班另有课（S02 3-1 美术）"]),
        ("travel", {
            try micro(teachers: [teacher("T0107")], demand: [line("S02", "3-1", "[[1, 1]]"), line("S03", "4-1", "[[1, 2]]")])
        }, ["travel makes the free slots unreachable — T0107: [1,", "travel: cannot "], ["受路程所限，空闲时段无法赶到——T0107：周一第 ", "节路程来不及（"]),
        ("schools per day", {
            try micro(policy: "\"walking\": {\"maxSchoolsPerDay\": 1}", teachers: [teacher("T0107")],
                      demand: [line("S02", "3-1", "[[1, 1]]"), line("S03", "4-1", "[[1, 3]]")])
        }, ["the qualified teachers' slots are taken or their limits reached — T0107: [1,", "already at 1 schools that day"],
         ["可任教教师的时段已占用或已达上限——T0107：周一第 ", "当天已达每天最多去 1 所学校的上限"]),
        ("periods per day", {
            try micro(policy: "\"walking\": {\"maxPeriodsPerDay\": 1}", teachers: [teacher("T0107")],
                      demand: [line("S02", "3-1", "[[1, 1]]"), line("S02", "4-1", "[[1, 2]]")])
        }, ["] day full (1 periods)"], ["节当天课时已满（1 节）"]),
        ("too few slots, spread over the week", {
            try micro(teachers: [teacher("T0107")], demand: [line("S02", "3-1", "[[1, 1], [1, 2]]", h: 2)])
        }, ["the class offers room for only 1 of its 2 periods (2 slots, at most 1 a day); the qualified teachers' slots are taken or their limits reached — T0107 teaches 1 of 2 (one teacher per class all week): [1,",
            "] already 1 lesson(s) of it that day (spread over the week)"],
         ["该班提供的时段只够排 1 节，每周需 2 节（共 2 个时段，每天最多 1 节）；可任教教师的时段已占用或已达上限——T0107 已上 2 节中的 1 节（每班全周由同一名教师任教）：周一第 ",
          "节当天已排 1 节（须分散到全周）"]),
        ("covering costs more than it saves", {
            try micro(policy: "\"weights\": {\"walking\": {\"uncovered\": 0.5}}", teachers: [teacher("T0107")],
                      demand: [line("S02", "3-1", "[[1, 1]]")])
        }, ["covering it costs more than it saves — T0107: a slot is free, but a lesson there costs more than leaving the period uncovered under the weights"],
         ["排上这些课时的代价高于未排——T0107：有空闲时段，但按权重在此排课的代价高于不排"]),
    ]

    @Test(arguments: cases.map(\.name))
    func everyKindOfReasonIsInBothLanguages(_ name: String) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        let x = try c.x()
        let out = try WalkingSolve.run(x)
        #expect(out.explanations.count == 1, "\(c.name): \(english(out.explanations, x))")
        let e = try #require(uncovered(out.explanations, x).first)
        for part in c.en { #expect(e.reason.en.contains(part), "\(c.name): \(e.reason.en)") }
        for part in c.zh { #expect(e.reason.zh.contains(part), "\(c.name): \(e.reason.zh)") }
        Self.expectSameEnglish(out, x)
        Self.expectChinese(e.reason, x, c.name)
    }

    /// The bundled instances, as solved by the greedy plan and with its lessons thinned
    /// out (so that lines are left part-taught), with and without a pinned day off per
    /// itinerant teacher.
    @Test(arguments: ["zhengdong-2025.json", "luohe-wuyang.json", "changsha-group.json", "nanchang-1plus1plusN.json",
                      "qingdao-1plusNplusX.json", "bench/luohe-tiny-s1.json", "bench/zhengzhou-tiny-s1.json"])
    func bundledReasonsAreInBothLanguages(_ file: String) throws {
        let plain = try InstanceLoader.load(path: WalkingPinSearchTests.root.appendingPathComponent("instances/\(file)").path).instance
        var pinned = plain
        if let days = plain.calendar?.days {
            let rows = plain.teachers.indices.filter { plain.teachers[$0].itinerant != nil }
                .map { "\(plain.teachers[$0].id),not-on-day,\($0 % days + 1)" }
            pinned.pins = try PinLoader.load(bytes: Array(("who,rule,target\n" + rows.joined(separator: "\n")).utf8),
                                             file: "pins.csv", for: plain).pins
        }
        var seen = 0
        for x in [plain, pinned] {
            let scope = try WalkingScope(x)
            let greedy = WalkingGreedy.plan(scope).lessons
            for plan in [greedy, greedy.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)] {
                let both = WalkingExplanation.explain(scope, plan: plan)
                for e in uncovered(both, x) { Self.expectChinese(e.reason, x, file) }
                seen += both.count
            }
        }
        #expect(seen > 0, "\(file): no uncovered line explained")
    }

    /// The English reasons of an outcome are what ``WalkingExplanation/explain(_:plan:)``
    /// gives for the same timetable.
    static func expectSameEnglish(_ out: WalkingSolve.Outcome, _ x: Instance, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let scope = try? WalkingScope(x) else { Issue.record("no scope", sourceLocation: sourceLocation); return }
        let plan = out.solution.lessons.map { lesson in
            (teacher: x.teacherIndex[TeacherID(lesson.teacher)]!,
             line: x.walkingDemand.indices.first {
                 let l = x.walkingDemand[$0]
                 return x.schools[l.school].id.rawValue == lesson.school && l.className == lesson.class && l.subject.key == lesson.subject
             }!,
             slot: Slot(day: lesson.day, period: lesson.period))
        }
        #expect(uncovered(WalkingExplanation.explain(scope, plan: plan), x).map(\.reason.en) == uncovered(out.explanations, x).map(\.reason.en),
                sourceLocation: sourceLocation)
        #expect(WalkingExplanation.explain(scope, plan: plan) == out.explanations, sourceLocation: sourceLocation)
    }

    /// A Chinese reason: not empty, in Chinese, without the English sentence's frame, with
    /// every teacher and school id the English names, and without a Latin letter once the
    /// names it quotes (ids, pins, class names, subjects without a Chinese name) are taken out.
    static func expectChinese(_ r: Bilingual, _ x: Instance, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let zh = r.zh
        #expect(!zh.isEmpty, "\(what): \(r.en)", sourceLocation: sourceLocation)
        #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(what): \(zh)", sourceLocation: sourceLocation)
        for word in [" the ", "within", "teacher(s)", "period", "minutes", "pin "] {
            #expect(!zh.contains(word), "\(what): \"\(word)\" in \(zh)", sourceLocation: sourceLocation)
        }
        let ids = Set(x.teachers.map(\.id.rawValue) + x.schools.map(\.id.rawValue))
        let named = Set(r.en.split { !$0.isLetter && !$0.isNumber }.map(String.init)).intersection(ids)
        for id in named.sorted() {
            #expect(zh.contains(id), "\(what): \(id) missing from \(zh) (English: \(r.en))", sourceLocation: sourceLocation)
        }
        var rest = zh
        var quoted = x.pins.map(\.labelZh) + x.walkingDemand.map(\.className) + x.schools.map(\.name) + Array(ids)
        quoted += x.walkingDemand.map(\.subject).filter { $0.chineseName == nil }.map(\.key)
        for q in quoted.sorted(by: { $0.count > $1.count }) { rest = rest.replacingOccurrences(of: q, with: "") }
        #expect(!rest.contains { $0.isASCII && $0.isLetter }, "\(what): English left in \(zh) (without names: \(rest))", sourceLocation: sourceLocation)
        for mark in [":", ";", "(", ")"] {
            #expect(!rest.contains(mark), "\(what): half-width \"\(mark)\" in \(zh)", sourceLocation: sourceLocation)
        }
    }
}
