import RotaplanDomain

extension FindingText {
    /// A broken pin (docs/pins.md), after the pin's label: `pin pins.csv:4 "T0007 must-move-to S3": …`;
    /// nil for a situation that is not a pin's.
    static func pinned(_ r: FindingParts) -> Bilingual? {
        guard let pin = r.pin else { return nil }
        let x = r.x
        let teacher = r.f.teachers().first, hire = r.f.newHires().first
        let who = teacher.map { x.label(teacher: $0) } ?? hire.map { x.label(newHire: $0) } ?? Bilingual(en: "?", zh: "?")
        func school(_ s: Int) -> Bilingual { x.label(school: s) }
        func written(_ ids: [String]) -> Bilingual {
            let each = ids.map { id in x.schoolIndex[SchoolID(id)].map(school) ?? Bilingual(en: id, zh: id) }
            return Bilingual.joined(each, en: ", ", zh: "、")
        }
        let body: Bilingual
        switch (r.f.situation, pin.rule) {
        case let (.pinGoesTo(to), .mustMoveTo(s)) where hire != nil:
            body = Bilingual(en: "\(who.en) must go to \(school(s).en) after training but the plan sends them to \(written(to).en)",
                             zh: "\(who.zh) 培育后须去 \(school(s).zh)，但方案安排去 \(written(to).zh)")
        case let (.pinGoesTo(to), .mustMoveTo(s)):
            let home = school(x.teachers[teacher ?? 0].school)
            body = to.isEmpty
                ? Bilingual(en: "\(who.en) must move to \(school(s).en) but stays at \(home.en)", zh: "\(who.zh) 须调往 \(school(s).zh)，但方案留在 \(home.zh)")
                : Bilingual(en: "\(who.en) must move to \(school(s).en) but goes to \(written(to).en)", zh: "\(who.zh) 须调往 \(school(s).zh)，但方案调往 \(written(to).zh)")
        case let (.pinGoesTo(to), _):
            let home = school(x.teachers[teacher ?? 0].school)
            body = Bilingual(en: "\(who.en) must stay at \(home.en) but goes to \(written(to).en)", zh: "\(who.zh) 须留在 \(home.zh)，但方案调往 \(written(to).zh)")
        case let (.pinSentThere, .mustNotGoTo(s)):
            body = Bilingual(en: "\(who.en) must not go to \(school(s).en) but the plan sends them there", zh: "\(who.zh) 不得去 \(school(s).zh)，但方案安排去了")
        case (.pinNotPlaced, _):
            body = Bilingual(en: "\(who.en) is not placed", zh: "\(who.zh) 没有培育安排")
        case let (.pinMentor(given), .mentor(m)):
            let mentor = x.label(teacher: m)
            body = Bilingual(en: "\(who.en) must be mentored by \(mentor.en) but the plan gives mentor \(given)",
                             zh: "\(who.zh) 须由 \(mentor.zh) 带教，但方案安排导师 \(given)")
        case let (.pinLessonsOnDay(shown), .notOnDay(d)):
            let n = r.int(.actual), more = n > 3 ? "; …" : "", moreZh = n > 3 ? "；…" : ""
            let en = shown.map { "\($0.school) \($0.className) period \($0.period)" }.joined(separator: "; ")
            let zh = shown.map { "\($0.school) \($0.className) 第 \($0.period) 节" }.joined(separator: "；")
            body = Bilingual(en: "\(who.en) must have no lesson on day \(d) but teaches \(n) there (\(en)\(more))",
                             zh: "\(who.zh) 第 \(d) 天不排课，但方案当天有 \(n) 节课（\(zh)\(moreZh)）")
        case (.pinSentThere, _), (.pinMentor, _), (.pinLessonsOnDay, _), (.broken, _), (.unknownReference, _), (.contradicts, _),
             (.impossible, _), (.note, _), (.listedWithoutPlan, _), (.selfMove, _), (.unknownEntity, _), (.wrongFrom, _),
             (.toOwnSchool, _), (.ineligible, _), (.outsideDistrictGroups, _), (.outsideHomeGroup, _), (.unknownTravel, _),
             (.notAHost, _), (.mentorElsewhere, _), (.mentorSubject, _), (.noCapacity, _), (.noCalendar, _), (.noDemandLine, _),
             (.outsideCalendar, _), (.notItinerant, _), (.notQualified, _), (.notOffered, _), (.unavailable, _),
             (.falseInfeasible, _), (.travelGap, _), (.notFinite, _), (.gapWithoutPlan, _), (.optimalWithGap, _),
             (.optimalWithBound, _), (.boundAboveObjective, _), (.negativeGap, _), (.gapMismatch, _), (.foreignSection, _),
             (.stageOrder, _), (.objectiveDiffers, _), (.planStatus, _), (.relaxed, _), (.underPins, _), (.notExplained, _),
             (.onlyTogether, _), (.tooLarge, _), (.pinsBlock, _), (.pinsContradict, _), (.moveImpossible, _),
             (.hirePinConflict, _), (.unplaceable, _), (.leftUnplaced, _), (.outnumbered, _), (.greedyLeftOut, _), (.uncovered, _), (.observed, _):
            body = Bilingual(en: "\(who.en) breaks the pin", zh: "\(who.zh) 不符合固定安排")
        }
        return body.prefixed(en: "\(pin.label): ", zh: "\(pin.labelZh)：")
    }
}

extension FindingParts {
    /// The pin a finding of rule `pin` names first.
    var pin: Pin? {
        guard f.rule == .pin else { return nil }
        for ref in f.refs { if case let .pin(i) = ref { return x.pins[i] } }
        return nil
    }
}
