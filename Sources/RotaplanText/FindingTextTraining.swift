import RotaplanDomain

extension FindingText {
    /// The pins of the finding, in order.
    static func pins(_ r: FindingParts) -> [Pin] {
        r.f.refs.compactMap { ref -> Pin? in if case let .pin(i) = ref { r.x.pins[i] } else { nil } }
    }

    /// Training pins that cannot hold whatever the other hires do (docs/pins.md, §5).
    static func hirePinConflict(_ kind: Finding.HirePinConflict, _ r: FindingParts) -> Bilingual {
        let x = r.x, pins = pins(r)
        let who = r.f.newHires().first.map { x.label(newHire: $0) } ?? Bilingual(en: "", zh: "")
        func school(_ i: Int) -> Bilingual { x.label(school: r.f.schools()[i]) }
        func mentor() -> Bilingual { x.label(teacher: r.f.teachers()[0]) }
        func pair(_ en: String, _ zh: String) -> Bilingual {
            Bilingual(en: "\(pins[0].label) and \(pins[1].label) contradict each other: " + en, zh: "\(pins[0].labelZh)与\(pins[1].labelZh)相互矛盾：" + zh)
        }
        func one(_ en: String, _ zh: String) -> Bilingual { Bilingual(en: "\(pins[0].label): " + en, zh: "\(pins[0].labelZh)：" + zh) }
        func all(_ en: String, _ zh: String) -> Bilingual {
            Bilingual(en: pins.map(\.label).joined(separator: ", ") + ": " + en, zh: pins.map(\.labelZh).joined(separator: "、") + "：" + zh)
        }
        let maxYears = r.int(.year)
        switch kind {
        case .twoMentors:
            return pair("\(who.en) has one mentor (§5 rule 1)", "\(who.zh)只能有一名导师（§5 规则 1）")
        case .twoDestinations:
            return pair("\(who.en) goes to one school (§5 rule 1)", "\(who.zh)只能去往一所学校（§5 规则 1）")
        case .goAndNotGo:
            return pair("\(who.en) cannot both go and not go to \(school(0).en)", "\(who.zh)不能既调往又不调往 \(school(0).zh)")
        case .mentorNotAtHost:
            let hosts = r.f.schools().dropFirst().map { x.label(school: $0) }
            let hostText = hosts.isEmpty ? "no host school" : "host school\(hosts.count == 1 ? "" : "s") " + hosts.map(\.en).joined(separator: ", ")
            let hostTextZh = hosts.isEmpty ? "\(who.zh)没有培育学校" : "\(who.zh)的培育学校是 " + hosts.map(\.zh).joined(separator: "、")
            return one("\(mentor().en) works at \(school(0).en), but \(who.en) trains at \(hostText) (§5 hosts: the core of the hire's group)",
                       "\(mentor().zh)任职于 \(school(0).zh)，但 \(hostTextZh)（§5 培育学校：新教师所在集团的核心校）")
        case .mentorSubject:
            let (theirs, k) = (x.teachers[r.f.teachers()[0]].subject, x.newHires[r.f.newHires()[0]].subject)
            return one("\(mentor().en) teaches \(theirs) as primary subject, \(who.en) is a \(k) teacher (§5: a mentor teaches the hire's subject)",
                       "\(mentor().zh)的主教学科是\(theirs.zh)，而 \(who.zh)是\(k.zh)教师（§5：导师须与新教师学科相同）")
        case .mentorNoCapacity:
            return one("\(mentor().en) has mentoring capacity 0 (neither backbone nor senior, and no mentorCapacity given; §5)",
                       "\(mentor().zh)的带教人数为 0（既非骨干教师也非高级教师，且未填写带教人数 mentorCapacity；§5）")
        case .destinationOutsideGroups:
            let ids = r.f.groups().map { x.groups[$0].id.rawValue }, names = ids.joined(separator: ", ")
            return one("\(school(0).en) is not a member school of \(who.en)'s host group\(ids.count == 1 ? "" : "s") \(names.isEmpty ? "(none)" : names) (§5 destinations)",
                       ids.isEmpty ? "\(who.zh)没有培育集团，\(school(0).zh)不能作为其去向学校（§5 去向学校）"
                                   : "\(school(0).zh)不是 \(who.zh)的培育集团 \(ids.joined(separator: "、")) 的成员校（§5 去向学校）")
        case .noVacancyAt:
            let k = r.subject(0)
            return one("no \(k) vacancy opens at \(school(0).en) within \(maxYears) years (training.maxYears; §5 rule 4)",
                       "\(school(0).zh)在 \(maxYears) 年内没有\(k.zh)空缺岗位（training.maxYears；§5 规则 4）")
        case .mentorAndDestination:
            let g = x.groups[r.f.groups()[0]].id
            return pair("a mentor at \(school(0).en) trains hires for \(g)'s member schools, and \(school(1).en) is not one of them (§5 rule 2)",
                        "\(school(0).zh)的导师只为 \(g) 的成员校培育新教师，而 \(school(1).zh)不是其成员校（§5 规则 2）")
        case .mentorOverbooked:
            let (hires, capacity) = (r.int(.actual), r.int(.limit))
            return all("\(mentor().en) is pinned as mentor of \(hires) new hires but can mentor \(capacity) (§5 rule 3)",
                       "\(mentor().zh)被指定为 \(hires) 名新教师的导师，但最多只能带教 \(capacity) 名（§5 规则 3）")
        case .schoolOverbooked:
            let (hires, open, k) = (r.int(.actual), r.int(.limit), r.subject(0))
            return all("\(hires) \(k) hires are pinned to \(school(0).en) but only \(open) \(k) vacanc\(open == 1 ? "y opens" : "ies open") there within \(maxYears) years (§5 rule 4)",
                       "\(hires) 名\(k.zh)新教师被指定调往 \(school(0).zh)，但该校 \(maxYears) 年内只有 \(open) 个\(k.zh)空缺岗位（§5 规则 4）")
        }
    }

    /// A new hire no plan can place, with the hire's pins after the reason.
    static func unplaceable(_ why: Finding.Unplaceability, _ r: FindingParts) -> Bilingual {
        let x = r.x, n = r.f.newHires()[0], who = x.label(newHire: n), k = x.newHires[n].subject
        let schools = r.f.schools().map { x.label(school: $0) }
        var text: Bilingual
        switch why {
        case .tooLong:
            let (least, most) = (r.int(.base), r.int(.limit))
            text = Bilingual(en: "§5 training length: \(who.en) needs minYears \(least) but training.maxYears is \(most)",
                             zh: "§5 培育年限：\(who.zh)最少需培育 \(least) 年，但培育年限上限（training.maxYears）为 \(most) 年")
        case let .noHostInDistrict(d):
            text = Bilingual(en: "§5 hosts: \(who.en) has no host: no group and no group core in district \(d)",
                             zh: "§5 培育学校：\(who.zh)没有培育学校：未指定集团，区县 \(d) 内也没有集团核心校")
        case .noHost:
            text = Bilingual(en: "§5 hosts: \(who.en) has no host: no group, no district, and no group core without a district",
                             zh: "§5 培育学校：\(who.zh)没有培育学校：未指定集团和区县，也没有未填区县的集团核心校")
        case .noMentor:
            text = Bilingual(en: "§5 mentors: no \(k) mentor at \(schools.map(\.en).joined(separator: " or ")) for \(who.en): a mentor teaches \(k) as primary subject and has a mentoring capacity above 0",
                             zh: "§5 导师：\(schools.map(\.zh).joined(separator: " 或 "))没有可带教 \(who.zh)的\(k.zh)导师：导师须以\(k.zh)为主教学科，且带教人数大于 0")
        case .noVacancy:
            let groups = r.f.groups().map { x.groups[$0].id.rawValue }, years = r.int(.limit)
            text = Bilingual(en: "§5 rule 4 vacancies: no \(k) vacancy opens within \(years) years (training.maxYears) at the member schools of \(groups.joined(separator: ", ")) for \(who.en)",
                             zh: "§5 规则 4 空缺岗位：\(groups.joined(separator: "、")) 的成员校在 \(years) 年内（training.maxYears）没有可供 \(who.zh)去向的\(k.zh)空缺岗位")
        case let .noHostWithBoth(m):
            let (mentors, places) = (schools.prefix(m), schools.dropFirst(m))
            text = Bilingual(en: "§5 rule 2: no host of \(who.en) has both a \(k) mentor (\(mentors.map(\.en).joined(separator: ", "))) and a \(k) vacancy in its group (\(places.map(\.en).joined(separator: ", ")))",
                             zh: "§5 规则 2：\(who.zh)的培育学校中，没有一所既有\(k.zh)导师（\(mentors.map(\.zh).joined(separator: "、"))），又在本集团有\(k.zh)空缺岗位（\(places.map(\.zh).joined(separator: "、"))）")
        }
        let mine = pins(r)
        if !mine.isEmpty {
            text.en += " (with \(mine.map(\.label).joined(separator: ", ")))"
            text.zh += "（已有\(mine.map(\.labelZh).joined(separator: "、"))）"
        }
        return text
    }

    /// A hire the partial plan leaves out (docs/training.md, "Partial plans"): what the
    /// hires placed use up, and who they are.
    static func leftUnplaced(_ why: Finding.LeftUnplaced, _ r: FindingParts) -> Bilingual {
        let x = r.x, hires = r.f.newHires(), who = x.label(newHire: hires[0]), k = x.newHires[hires[0]].subject
        let schools = r.f.schools().map { x.label(school: $0) }
        let by = hires.dropFirst().map { x.label(newHire: $0) }
        let (byEn, byZh) = (by.map(\.en).joined(separator: ", "), by.map(\.zh).joined(separator: "、"))
        switch why {
        case .mentorsTaken:
            return Bilingual(en: "§5 rule 3 mentors: \(who.en) is not placed: the \(k) mentors at \(schools.map(\.en).joined(separator: " and ")) can mentor \(r.int(.limit)) new hires, and \(byEn) use that capacity",
                             zh: "§5 规则 3 导师：\(who.zh)未能安排：\(schools.map(\.zh).joined(separator: "、"))的\(k.zh)导师最多带教 \(r.int(.limit)) 名新教师，名额已由 \(byZh) 用完")
        case .vacanciesTaken:
            let years = r.int(.limit)
            return Bilingual(en: "§5 rule 4 vacancies: \(who.en) is not placed: the \(k) vacancies opening within \(years) years (training.maxYears) at \(schools.map(\.en).joined(separator: ", ")) are taken by \(byEn)",
                             zh: "§5 规则 4 空缺岗位：\(who.zh)未能安排：\(schools.map(\.zh).joined(separator: "、")) \(years) 年内（training.maxYears）的\(k.zh)空缺岗位已由 \(byZh) 占用")
        }
    }

    /// The hires the greedy baseline could not place, by id.
    static func greedyLeftOut(_ r: FindingParts) -> Bilingual {
        let ids = r.f.newHires().map { r.x.newHires[$0].id.rawValue }.joined(separator: ", ")
        return Bilingual(en: "greedy: no mentor with free capacity and open vacancy left for \(ids)",
                         zh: "贪心基线：没有尚有带教余量的导师和仍空缺的岗位可安排 \(ids)")
    }

    /// The hires of a subject in a group against its places or its mentors' capacity.
    static func outnumbered(_ r: FindingParts) -> Bilingual? {
        let x = r.x, g = x.groups[r.f.groups()[0]].id, k = r.subject(0), (count, limit) = (r.int(.actual), r.int(.limit))
        if r.f.rule == .trainingVacancies {
            let years = r.int(.year)
            return Bilingual(en: "§5 rule 4 vacancies: \(count) \(k) hires in \(g) but only \(limit) \(k) vacanc\(limit == 1 ? "y opens" : "ies open") within \(years) years at its member schools",
                             zh: "§5 规则 4 空缺岗位：\(g) 有 \(count) 名\(k.zh)新教师，但其成员校 \(years) 年内只有 \(limit) 个\(k.zh)空缺岗位")
        }
        if r.f.rule == .trainingCapacity {
            let core = r.school(0)
            return Bilingual(en: "§5 rule 3 mentors: no \(k) mentor with free capacity at \(core.en): \(count) \(k) hires in \(g) but its \(k) mentors can take only \(limit)",
                             zh: "§5 规则 3 导师：\(core.zh)没有尚有带教余量的\(k.zh)导师：\(g) 有 \(count) 名\(k.zh)新教师，但该校\(k.zh)导师最多只能带教 \(limit) 名")
        }
        return nil
    }
}
