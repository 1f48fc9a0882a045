import Foundation
import Testing
import RotaplanDomain
import RotaplanModels
import RotaplanFormats
import RotaplanText

/// Every training (§5) explanation sentence exists in Chinese as well as English: the
/// English is what it always was (``TrainingSolve/Outcome/explanation``), the Chinese
/// (``TrainingSolve/Outcome/explanations``, `zh`) is a sentence of its own that keeps the
/// ids, figures and section references and has no English frame left in it.
@Suite struct TrainingExplanationLanguageTests {
    /// The English explanation of each case, as rotaplan wrote it before the Chinese was
    /// added (and as the tests and docs quote it).
    static let english: [String: [String]] = [
        "minYears": [
            "§5 training length: N3 (N3新) needs minYears 3 but training.maxYears is 2",
        ],
        "noHostInDistrict": [
            "§5 hosts: N4 (N4新) has no host: no group and no group core in district X",
        ],
        "noHostAtAll": [
            "§5 hosts: N4 (N4新) has no host: no group, no district, and no group core without a district",
        ],
        "noMentor": [
            "§5 mentors: no math mentor at S1 (S1校) for N1 (N1新): a mentor teaches math as primary subject and has a mentoring capacity above 0",
        ],
        "noVacancy": [
            "§5 rule 4 vacancies: no math vacancy opens within 2 years (training.maxYears) at the member schools of G1 for N1 (N1新)",
        ],
        "mentorAndVacancyAtDifferentHosts": [
            "§5 rule 2: no host of N1 (N1新) has both a math mentor (S1 (S1校)) and a math vacancy in its group (S4 (S4校))",
        ],
        "counting": [
            "§5 rule 4 vacancies: 3 math hires in G1 but only 2 math vacancies open within 2 years at its member schools",
            "§5 rule 3 mentors: no math mentor with free capacity at S1 (S1校): 3 math hires in G1 but its math mentors can take only 2",
        ],
        "countingMusic": [
            "§5 rule 3 mentors: no music mentor with free capacity at S1 (S1校): 2 music hires in G1 but its music mentors can take only 1",
        ],
        "elasticVacancies": [
            "§5 rule 4 vacancies: 2 math hires would arrive at S5 (S5校) by year 2 but only 1 math vacancy opens there by then",
        ],
        "elasticMentors": [
            "§5 rule 3 mentors: no math mentor with free capacity at S4 (S4校): its math mentors can take 1 new hires, 1 more would need one",
        ],
        "pinTwoMentors": [
            "pin pins.csv:2 \"N1 mentor T1\" and pin pins.csv:3 \"N1 mentor T2\" contradict each other: N1 (N1新) has one mentor (§5 rule 1)",
        ],
        "pinTwoSchools": [
            "pin pins.csv:2 \"N1 must-move-to S2\" and pin pins.csv:3 \"N1 must-move-to S3\" contradict each other: N1 (N1新) goes to one school (§5 rule 1)",
        ],
        "pinGoAndNotGo": [
            "pin pins.csv:2 \"N1 must-not-go-to S2\" and pin pins.csv:3 \"N1 must-move-to S2\" contradict each other: N1 (N1新) cannot both go and not go to S2 (S2校)",
        ],
        "pinMentorAtAMember": [
            "pin pins.csv:2 \"N1 mentor T2\": T2 (T2师) works at S2 (S2校), but N1 (N1新) trains at host school S1 (S1校) (§5 hosts: the core of the hire's group)",
        ],
        "pinMentorAtNoHostOfTwo": [
            "pin pins.csv:2 \"N1 mentor T2\": T2 (T2师) works at S2 (S2校), but N1 (N1新) trains at host schools S1 (S1校), S4 (S4校) (§5 hosts: the core of the hire's group)",
        ],
        "pinMentorOfAnotherSubject": [
            "pin pins.csv:2 \"N1 mentor T2\": T2 (T2师) teaches music as primary subject, N1 (N1新) is a math teacher (§5: a mentor teaches the hire's subject)",
        ],
        "pinMentorWithoutCapacity": [
            "pin pins.csv:2 \"N1 mentor T2\": T2 (T2师) has mentoring capacity 0 (neither backbone nor senior, and no mentorCapacity given; §5)",
        ],
        "pinSchoolOfAnotherGroup": [
            "pin pins.csv:2 \"N1 must-move-to S5\": S5 (S5校) is not a member school of N1 (N1新)'s host group G1 (§5 destinations)",
        ],
        "pinSchoolWithoutHost": [
            "pin pins.csv:2 \"N1 must-move-to S2\": S2 (S2校) is not a member school of N1 (N1新)'s host groups (none) (§5 destinations)",
        ],
        "pinSchoolWithoutVacancy": [
            "pin pins.csv:2 \"N1 must-move-to S3\": no math vacancy opens at S3 (S3校) within 2 years (training.maxYears; §5 rule 4)",
        ],
        "pinMentorAndSchoolInTwoGroups": [
            "pin pins.csv:2 \"N1 mentor T4\" and pin pins.csv:3 \"N1 must-move-to S2\" contradict each other: a mentor at S4 (S4校) trains hires for G2's member schools, and S2 (S2校) is not one of them (§5 rule 2)",
        ],
        "pinMentorOverCapacity": [
            "pin pins.csv:2 \"N1 mentor T1\", pin pins.csv:3 \"N2 mentor T1\": T1 (T1师) is pinned as mentor of 2 new hires but can mentor 1 (§5 rule 3)",
        ],
        "pinSchoolOverVacancies": [
            "pin pins.csv:2 \"N1 must-move-to S2\", pin pins.csv:3 \"N2 must-move-to S2\": 2 math hires are pinned to S2 (S2校) but only 1 math vacancy opens there within 2 years (§5 rule 4)",
        ],
        "pinClosesTheOnlyPlace": [
            "the pins make the training plan impossible (without it a plan exists): pin pins.csv:2 \"N1 must-not-go-to S2\"",
            "with this pin: §5 rule 4 vacancies: no math vacancy opens within 2 years (training.maxYears) at the member schools of G1 for N1 (N1新) (with pin pins.csv:2 \"N1 must-not-go-to S2\")",
        ],
        "pinsCloseBothPlaces": [
            "the pins make the training plan impossible (without them a plan exists): pin pins.csv:2 \"N1 must-not-go-to S2\"; pin pins.csv:3 \"N1 must-not-go-to S3\"",
            "with these pins: §5 rule 4 vacancies: no math vacancy opens within 2 years (training.maxYears) at the member schools of G1 for N1 (N1新) (with pin pins.csv:2 \"N1 must-not-go-to S2\", pin pins.csv:3 \"N1 must-not-go-to S3\")",
        ],
    ]

    /// English words of the sentences' frames; none may be left in a Chinese sentence (once
    /// the pins' own labels, which quote the user's file, are taken out).
    static let frameWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "only", "no", "not", "of", "at", "in", "to", "for", "with", "within", "by",
        "cannot", "can", "has", "is", "are", "would", "needs", "need", "one", "more", "each", "both", "there", "then", "its",
        "pin", "pins", "hire", "hires", "new", "mentor", "mentors", "mentoring", "capacity", "vacancy", "vacancies", "opens",
        "open", "school", "schools", "host", "hosts", "group", "groups", "core", "member", "district", "rule", "rules",
        "years", "year", "training", "length", "teaches", "teacher", "subject", "primary", "works", "trains", "contradict",
        "other", "go", "goes", "impossible", "plan", "exists", "without", "explanation", "found", "destination",
        "destinations", "pinned", "backbone", "senior", "neither", "nor", "given", "above", "none", "arrive", "free",
    ]

    /// What is wrong with a sentence pair: nothing for a good one. `labels` are the
    /// pins' Chinese labels (they quote the user's file, in whatever language it is).
    static func problems(_ b: Bilingual, labels: [String]) -> [String] {
        var out: [String] = []
        if b.en.isEmpty { out.append("empty en") }
        if b.zh.isEmpty { out.append("empty zh") }
        if b.zh == b.en { out.append("zh is the English sentence") }
        if !b.zh.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) { out.append("no CJK in zh") }
        var frame = b.zh
        for label in labels.sorted(by: { $0.count > $1.count }) { frame = frame.replacingOccurrences(of: label, with: "") }
        // training.maxYears and mentorCapacity are the names of settings, not words.
        for key in ["training.maxYears", "mentorCapacity"] { frame = frame.replacingOccurrences(of: key, with: "") }
        let words = frame.split { !($0.isASCII && $0.isLetter) }.map { $0.lowercased() }
        let english = words.filter(frameWords.contains)
        if !english.isEmpty { out.append("English words in zh: \(english)") }
        for s in [" the ", "cannot", "pin "] where frame.contains(s) { out.append("zh contains \"\(s)\"") }
        // Full-width punctuation in the Chinese frame.
        for s in ["(", ")", ";", ": ", ", "] where frame.contains(s) { out.append("half-width \"\(s)\" in zh") }
        // Ids (N1, T0104, S01, G2), section references and figures of the English are in the Chinese.
        func matches(_ pattern: String, _ text: String) -> Set<String> {
            let re = try! NSRegularExpression(pattern: pattern)
            return Set(re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) })
        }
        let ids = matches(#"\b[NTSG][0-9]+\b"#, b.en)
        let missing = ids.subtracting(matches(#"(?<![A-Za-z0-9])[NTSG][0-9]+(?![0-9])"#, b.zh))
        if !missing.isEmpty { out.append("ids missing in zh: \(missing.sorted())") }
        let sections = matches(#"§[0-9.]+[0-9]"#, b.en).subtracting(matches(#"§[0-9.]+[0-9]"#, b.zh))
        if !sections.isEmpty { out.append("section references missing in zh: \(sections.sorted())") }
        let figures = matches(#"[0-9]+"#, b.en).subtracting(matches(#"[0-9]+"#, b.zh))
        if !figures.isEmpty { out.append("figures missing in zh: \(figures.sorted())") }
        return out
    }

    @Test(arguments: TrainingLanguageCases.names)
    func everySentenceInBothLanguages(_ name: String) throws {
        let x = try TrainingLanguageCases.instance(name)
        let labels = x.pins.map(\.labelZh)
        for f in TrainingModel.Formulation.allCases {
            let out = try TrainingSolve.run(x, formulation: f)
            #expect(out.solution.status == .infeasible, "\(name) \(f): \(out.solution.status)")
            #expect(!out.explanations.isEmpty, "\(name) \(f)")
            // The English is what it was, and the old property still gives it.
            #expect(words(out.explanations, x).map(\.en) == Self.english[name], "\(name) \(f): \(words(out.explanations, x).map(\.en))")
            for b in words(out.explanations, x) {
                let wrong = Self.problems(b, labels: labels)
                #expect(wrong.isEmpty, "\(name) \(f): \(wrong)\n  en: \(b.en)\n  zh: \(b.zh)")
            }
        }
    }

    /// The producers answer in both languages themselves: the pins that cannot hold and the
    /// elastic re-solve.
    @Test func producersAnswerInBothLanguages() throws {
        let pinned = try TrainingLanguageCases.instance("pinMentorOverCapacity")
        let conflicts = words(TrainingPins.conflicts(pinned), pinned)
        #expect(conflicts.map(\.en) == Self.english["pinMentorOverCapacity"])
        #expect(conflicts.map(\.zh) == ["固定规则 pins.csv:2「N1 mentor T1」、固定规则 pins.csv:3「N2 mentor T1」：T1（T1师）被指定为 2 名新教师的导师，但最多只能带教 1 名（§5 规则 3）"])
        let strained = try TrainingLanguageCases.instance("elasticVacancies")
        let elastic = words(try TrainingSolve.explainInfeasibility(strained), strained)
        #expect(elastic.map(\.en) == Self.english["elasticVacancies"])
        #expect(elastic.map(\.zh) == ["§5 规则 4 空缺岗位：截至第 2 年将有 2 名数学新教师调往 S5（S5校），但该校届时只有 1 个数学空缺岗位"])
    }

    /// A few Chinese sentences in full, as a Chinese report shows them.
    @Test func chineseSentences() throws {
        func zh(_ name: String) throws -> [String] {
            let x = try TrainingLanguageCases.instance(name)
            return words(try TrainingSolve.run(x).explanations, x).map(\.zh)
        }
        #expect(try zh("minYears") == ["§5 培育年限：N3（N3新）最少需培育 3 年，但培育年限上限（training.maxYears）为 2 年"])
        #expect(try zh("countingMusic") == ["§5 规则 3 导师：S1（S1校）没有尚有带教余量的音乐导师：G1 有 2 名音乐新教师，但该校音乐导师最多只能带教 1 名"])
        #expect(try zh("pinClosesTheOnlyPlace") == [
            "固定规则使首站式培育无可行方案（去掉该规则即有可行方案）：固定规则 pins.csv:2「N1 must-not-go-to S2」",
            "在该固定规则下：§5 规则 4 空缺岗位：G1 的成员校在 2 年内（training.maxYears）没有可供 N1（N1新）去向的数学空缺岗位（已有固定规则 pins.csv:2「N1 must-not-go-to S2」）",
        ])
    }

    /// A Chinese bureau instance with a pin: N02 (english, two years) can only go to S03, the
    /// one english vacancy of G1; closing it leaves no destination (the deletion filter).
    @Test func zhengdongPinExplanation() throws {
        let x = try PinTests.pinned("N01,mentor,T0104\nN02,must-not-go-to,S03")
        let out = try TrainingSolve.run(x)
        #expect(out.solution.status == .infeasible)
        #expect(words(out.explanations, x).first?.en == "the pins make the training plan impossible (without it a plan exists): pin pins.csv:3 \"N02 must-not-go-to S03\"")
        #expect(words(out.explanations, x).first?.zh == "固定规则使首站式培育无可行方案（去掉该规则即有可行方案）：固定规则 pins.csv:3「N02 must-not-go-to S03」")
        #expect(out.explanations.count > 1)
        for b in words(out.explanations, x) {
            let wrong = Self.problems(b, labels: x.pins.map(\.labelZh))
            #expect(wrong.isEmpty, "\(wrong)\n  en: \(b.en)\n  zh: \(b.zh)")
            #expect(b.zh.contains("英语") || !b.en.contains("english"), "\(b.zh)")
        }
    }

    /// The check itself can fail: an English sentence, a Chinese one that drops an id or a
    /// figure, or half-width punctuation are each caught.
    @Test func theCheckCatchesBadTranslations() {
        let en = "§5 rule 3 mentors: no math mentor with free capacity at S1 (S1校): 3 math hires in G1 but its math mentors can take only 2"
        let good = "§5 规则 3 导师：S1（S1校）没有尚有带教余量的数学导师：G1 有 3 名数学新教师，但该校数学导师最多只能带教 2 名"
        #expect(Self.problems(Bilingual(en: en, zh: good), labels: []).isEmpty)
        #expect(!Self.problems(Bilingual(en: en, zh: en), labels: []).isEmpty)
        #expect(!Self.problems(Bilingual(en: en, zh: ""), labels: []).isEmpty)
        #expect(!Self.problems(Bilingual(en: en, zh: good.replacingOccurrences(of: "G1 ", with: "该集团")), labels: []).isEmpty)
        #expect(!Self.problems(Bilingual(en: en, zh: good.replacingOccurrences(of: "带教 2 名", with: "带教两名")), labels: []).isEmpty)
        #expect(!Self.problems(Bilingual(en: en, zh: good.replacingOccurrences(of: "（S1校）", with: " (S1校)")), labels: []).isEmpty)
        #expect(!Self.problems(Bilingual(en: en, zh: good + "，but the mentors cannot"), labels: []).isEmpty)
        #expect(!Self.problems(Bilingual(en: "§5 rule 4 vacancies", zh: "§5 rule 4 vacancies：空缺"), labels: []).isEmpty)
    }
}

/// Infeasible training instances, one per kind of explanation sentence: the §5 reasons
/// found without a solve, the elastic re-solve, pins that cannot hold on their own and
/// the deletion filter over pins.
enum TrainingLanguageCases {
    static let twoGroups = [Micro.group("G1", core: "S1", members: ["S2"]), Micro.group("G2", core: "S4", members: ["S5"])]
    static let twoGroupSchools = [Micro.school("S1"), Micro.school("S2"), Micro.school("S4"), Micro.school("S5")]

    /// `x` with the pins of a CSV text (header added).
    static func pinned(_ x: Instance, _ rows: String) throws -> Instance {
        var y = x
        y.pins = try PinLoader.load(bytes: Array("who,rule,target\n\(rows)\n".utf8), file: "pins.csv", for: x).pins
        return y
    }

    /// Case name → instance.
    static func instance(_ name: String) throws -> Instance {
        let t1 = Micro.teacher("T1", at: "S1")
        switch name {
        // §5 reasons found without a solve (TrainingModel.whyUnplaceable, countingReasons).
        case "minYears":
            return try Micro.instance(teachers: [t1], hires: [Micro.hire("N3", minYears: 3)], vacancies: [Micro.vacancy("S2")])
        case "noHostInDistrict":
            return try Micro.instance(teachers: [t1], hires: [Micro.hire("N4", group: nil, district: "X")], vacancies: [Micro.vacancy("S2")])
        case "noHostAtAll":
            return try Micro.instance(teachers: [t1], hires: [Micro.hire("N4", group: nil)], vacancies: [Micro.vacancy("S2")])
        case "noMentor":
            return try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", "music")], hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2")])
        case "noVacancy":
            return try Micro.instance(teachers: [t1], hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2", "music")])
        case "mentorAndVacancyAtDifferentHosts":
            return try Micro.instance(groups: twoGroups, schools: twoGroupSchools,
                                      teachers: [t1, Micro.teacher("T4", at: "S4", "music")],
                                      hires: [Micro.hire("N1", group: nil, district: "D")], vacancies: [Micro.vacancy("S5")])
        case "counting":
            return try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: 2)],
                                      hires: [Micro.hire("N1"), Micro.hire("N2"), Micro.hire("N3")],
                                      vacancies: [Micro.vacancy("S2"), Micro.vacancy("S3", year: 2)])
        case "countingMusic":
            return try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", "音乐", capacity: 1)],
                                      hires: [Micro.hire("N1", "音乐"), Micro.hire("N2", "音乐")],
                                      vacancies: [Micro.vacancy("S2", "音乐", count: 2)])
        // The elastic re-solve (TrainingModel's rules 3 and 4).
        case "elasticVacancies":
            return try Micro.instance(groups: twoGroups, schools: twoGroupSchools,
                                      teachers: [t1, Micro.teacher("T4", at: "S4")],
                                      hires: ["N1", "N2", "N3"].map { Micro.hire($0, group: nil, district: "D") },
                                      vacancies: [Micro.vacancy("S2"), Micro.vacancy("S5")])
        case "elasticMentors":
            return try Micro.instance(groups: twoGroups, schools: twoGroupSchools,
                                      teachers: [Micro.teacher("T1", at: "S1", capacity: 1), Micro.teacher("T4", at: "S4", capacity: 1)],
                                      hires: ["N1", "N2", "N3"].map { Micro.hire($0, group: nil, district: "D") },
                                      vacancies: [Micro.vacancy("S2", count: 3), Micro.vacancy("S5", count: 3)])
        // Pins that cannot hold on their own (TrainingPins.conflicts).
        case "pinTwoMentors":
            return try pinned(try Micro.instance(teachers: [t1, Micro.teacher("T2", at: "S1")], hires: [Micro.hire("N1")],
                                                 vacancies: [Micro.vacancy("S2")]), "N1,mentor,T1\nN1,mentor,T2")
        case "pinTwoSchools":
            return try pinned(try Micro.instance(teachers: [t1], hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2"), Micro.vacancy("S3")]),
                              "N1,must-move-to,S2\nN1,must-move-to,S3")
        case "pinGoAndNotGo":
            return try pinned(try Micro.instance(teachers: [t1], hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2"), Micro.vacancy("S3")]),
                              "N1,must-not-go-to,S2\nN1,must-move-to,S2")
        case "pinMentorAtAMember":
            return try pinned(try Micro.instance(teachers: [t1, Micro.teacher("T2", at: "S2")], hires: [Micro.hire("N1")],
                                                 vacancies: [Micro.vacancy("S2")]), "N1,mentor,T2")
        case "pinMentorAtNoHostOfTwo":
            return try pinned(try Micro.instance(groups: twoGroups, schools: twoGroupSchools,
                                                 teachers: [t1, Micro.teacher("T2", at: "S2"), Micro.teacher("T4", at: "S4")],
                                                 hires: [Micro.hire("N1", group: nil, district: "D")], vacancies: [Micro.vacancy("S2")]),
                              "N1,mentor,T2")
        case "pinMentorOfAnotherSubject":
            return try pinned(try Micro.instance(teachers: [t1, Micro.teacher("T2", at: "S1", "music")], hires: [Micro.hire("N1")],
                                                 vacancies: [Micro.vacancy("S2")]), "N1,mentor,T2")
        case "pinMentorWithoutCapacity":
            return try pinned(try Micro.instance(teachers: [t1, Micro.teacher("T2", at: "S1", title: "first", backbone: false)],
                                                 hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2")]), "N1,mentor,T2")
        case "pinSchoolOfAnotherGroup":
            return try pinned(try Micro.instance(groups: twoGroups, schools: twoGroupSchools, teachers: [t1, Micro.teacher("T4", at: "S4")],
                                                 hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2"), Micro.vacancy("S5")]),
                              "N1,must-move-to,S5")
        case "pinSchoolWithoutHost":
            return try pinned(try Micro.instance(teachers: [t1], hires: [Micro.hire("N1", group: nil, district: "X")], vacancies: [Micro.vacancy("S2")]),
                              "N1,must-move-to,S2")
        case "pinSchoolWithoutVacancy":
            return try pinned(try Micro.instance(teachers: [t1], hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2")]),
                              "N1,must-move-to,S3")
        case "pinMentorAndSchoolInTwoGroups":
            return try pinned(try Micro.instance(groups: twoGroups, schools: twoGroupSchools, teachers: [t1, Micro.teacher("T4", at: "S4")],
                                                 hires: [Micro.hire("N1", group: nil, district: "D")], vacancies: [Micro.vacancy("S2"), Micro.vacancy("S5")]),
                              "N1,mentor,T4\nN1,must-move-to,S2")
        case "pinMentorOverCapacity":
            return try pinned(try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: 1), Micro.teacher("T2", at: "S1")],
                                                 hires: [Micro.hire("N1"), Micro.hire("N2")], vacancies: [Micro.vacancy("S2", count: 2)]),
                              "N1,mentor,T1\nN2,mentor,T1")
        case "pinSchoolOverVacancies":
            return try pinned(try Micro.instance(teachers: [Micro.teacher("T1", at: "S1", capacity: 2)], hires: [Micro.hire("N1"), Micro.hire("N2")],
                                                 vacancies: [Micro.vacancy("S2"), Micro.vacancy("S3")]),
                              "N1,must-move-to,S2\nN2,must-move-to,S2")
        // The deletion filter over pins (TrainingSolve.explain), with a §5 reason naming the pin.
        case "pinClosesTheOnlyPlace":
            return try pinned(try Micro.instance(teachers: [t1], hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2")]),
                              "N1,must-not-go-to,S2")
        case "pinsCloseBothPlaces":
            return try pinned(try Micro.instance(teachers: [t1], hires: [Micro.hire("N1")], vacancies: [Micro.vacancy("S2"), Micro.vacancy("S3")]),
                              "N1,must-not-go-to,S2\nN1,must-not-go-to,S3")
        default:
            fatalError("no case \(name)")
        }
    }

    static let names = [
        "minYears", "noHostInDistrict", "noHostAtAll", "noMentor", "noVacancy", "mentorAndVacancyAtDifferentHosts", "counting",
        "countingMusic", "elasticVacancies", "elasticMentors", "pinTwoMentors", "pinTwoSchools", "pinGoAndNotGo", "pinMentorAtAMember",
        "pinMentorAtNoHostOfTwo", "pinMentorOfAnotherSubject", "pinMentorWithoutCapacity", "pinSchoolOfAnotherGroup",
        "pinSchoolWithoutHost", "pinSchoolWithoutVacancy", "pinMentorAndSchoolInTwoGroups", "pinMentorOverCapacity",
        "pinSchoolOverVacancies", "pinClosesTheOnlyPlace", "pinsCloseBothPlaces",
    ]
}
