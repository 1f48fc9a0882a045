import Foundation
import RotaplanDomain
import RotaplanFormats
import RotaplanText
import Testing

/// Every diagnostic message in Chinese (issue 17 item 5): each case of every area renders
/// a sentence with Chinese in it, English stays the formats' `description`, and the frame
/// keeps file, line, column and record path with 错误/警告/提示.
@Suite struct DiagnosticChineseTests {
    static let r = RecordRef.record(RecordPath(list: "groups", index: 0, id: "G1"))

    /// One message of every case (the exhaustive switches in RotaplanText make a case
    /// without a Chinese rendering a compile error; this list makes each one say something).
    static let samples: [DiagnosticMessage] =
        [FieldProblem.expected(.object, found: .list), .unknownField("x", closest: "y", nested: nil),
         .unknownField("exchange.minRate", closest: nil, nested: "{\"exchange\": {\"minRate\": 1}}"), .missing("id"), .empty,
         .outOfRange(value: "2", low: "0", high: "1", unit: "years"), .notWhole("1.5"), .tooLarge("1e20", most: "10^6"),
         .tooSmall("-1e20", least: "0"), .negativeWeight("-1", key: "weights.exchange.balance", reason: "unbounded")].map { .field($0) }
        + [JSONProblem.notUTF8Encoding("UTF-16LE"), .invalidUTF8(byte: "B2", offset: 3, looksGBK: true), .empty, .textAfterValue,
           .endsWhereValueExpected, .notANumber("NaN"), .valueMissingBefore("}"), .singleQuotes, .unexpectedCharacter("x"),
           .didYouMean("true"), .nestedTooDeep(64), .endsInsideObject, .trailingCommaBeforeBrace, .expectedMemberName,
           .duplicateKey("id"), .expectedColon(after: "id"), .expectedCommaOrBrace(after: "id"), .endsInsideList,
           .expectedCommaOrBracket, .endsInsideString(closingQuote: true), .stringPastEndOfLine, .controlCharacter("1"),
           .halfSurrogate, .invalidSurrogate, .unknownEscape("q"), .escapeNeedsFourHexDigits, .numberNeedsDigits,
           .numberNeedsFraction, .numberNeedsExponent, .leadingZeros, .numberTooLarge("1e999")].map { .json($0) }
        + [InstanceProblem.topLevelNotObject(found: .list), .unknownFormat("x", expected: "rotaplan-instance/1"), .noSchools, .noPeriods,
           .periodEndsBeforeStart(end: "08:00", start: "08:45"), .periodOverlaps(start: "08:30", previous: 1, previousEnd: "08:45"),
           .notTimeOfDay("8h"), .slotNotPair(found: .number), .unknownStage("x", known: ["primary"]), .unknownTag("x", known: ["core"]),
           .unknownGroupType("x", known: ["tight"]), .unknownTitle("x"), .unknownSchool("S9"), .unknownGroup("G9"), .unknownTeacher("T9"),
           .subjectTwice(subject: "math", as: "数学"), .duplicateID(first: r), .groupWithoutMembers, .coreAsMember("S1"), .listedTwice("S2"),
           .schoolInTwoGroups(school: "S2", group: "G1", first: r), .travelSameSchool, .travelTwice(from: "S1", to: "S2"),
           .travelMissing(km: true, a: "S1", aName: "一", b: "S2", bName: "二", need: .exchangeInGroup("G1")),
           .travelMissing(km: false, a: "S1", aName: "一", b: "S2", bName: "二", need: .walking(teacher: "T1")),
           .travelMissingMore(count: 3, unlocated: 2, schools: 9, named: "S1, S2"), .demandWithoutCalendar,
           .demandTwice(class: "1", school: "S1", subject: "music", first: 0), .exchangeFromOwnSchool,
           .termStartsAfterYear(since: 2026, year: 2025), .termOver(since: 2020, last: 2022, year: 2025, school: "一"),
           .termNeedsYear, .traineesNeedYear, .trainingEnded(lastYear: 2023, year: 2025)].map { .instance($0) }
        + [PolicyProblem.unknownPreset("x", known: ["national"]), .notFinite("1e400"), .unknownKey("最低交流比列", closest: "exchange.minRate"),
           .expectedKeyValue("x"), .keyNotPolicyKey("=1"), .valueMissing("a="), .noSetting(""),
           .groups(.groupsMaxSchools, .tooManySchools(9, max: 6)), .groups(.groupsMaxStudents, .tooManyStudents(9000, stage: "junior", limit: 8000)),
           .groups(.groupsSameStage, .mixedStages(["junior", "primary"])),
           .groups(.groupsOnePartnerPerDistrict, .partnersInDistrict(2, district: nil, schools: ["S2", "S3"])),
           .groups(.groupsNewSchoolsInGroup, .newSchoolOutsideGroups),
           .zeroCosts(preset: "national", keys: PolicyFindings.costKeys)].map { .policy($0) }
        + [ImportProblem.notYesNo("x"), .notNumber("1,200", thousands: true, whole: true), .notWholeNumber("1.5"), .tooLarge("9e99", most: 80),
           .tooSmall("-9e99", least: 0), .notTime("8h"), .notSlot("x"), .slotDayOutside("8-1", day: 8, days: 5),
           .slotPeriodOutside("1-9", period: 9, periods: 8), .unknownStage("x", names: ["小学 (primary)"]), .unknownGroupType("x"),
           .unknownTag("x"), .unknownTitle("x"), .notBackbone("x"), .several([.notSlot("x"), .notSlot("y")]),
           .ambiguousName("一中", school: true, ids: ["S1", "S2"]), .unknownNoFile("G1", school: false),
           .unknownName("S9", school: true, closest: "S1"), .emptyCell(key: "id"), .locationHalf(missingLon: true),
           .notItinerant(header: "走教", value: "否"), .notOnExchange(header: "交流状态", value: "否"), .periodNumber(expected: 2, found: "3"),
           .daysDiffer(days: "5", row: 2), .daysOutOfRange("8"), .calendarWithoutPeriods, .fileRequired(table: "teachers", option: "--teachers", sheet: "教师"),
           .readAsGBK(assumed: "GBK/GB18030"), .demandWithoutCalendar, .duplicateID("T1", firstRow: 2), .headerlessColumn(column: 4, row: 3),
           .requiredGivenTwice(subject: "math", column: "数学编制"), .unknownColumn("姓明", closest: "姓名", table: "teachers", names: "id/工号"),
           .sameColumnTwice(key: "name", column: 2, header: "姓名"), .requiredColumnMissing(key: "id", aliases: ["工号"]),
           .valueBeyondHeader(column: 5, width: 4), .shortRow(cells: 3, width: 4, missing: ["title"]),
           .ignoredColumn("性别", filled: 30, table: "teachers"), .backboneLevels("市级骨干 T1"), .emptyFile, .noColumn(["who", "人员"]),
           .noPlanID(.teacher), .unknownPlanID(.newHire, "N9"), .yearsNotWhole("x"), .excelWorkbook, .utf32, .oddUTF16, .nulCharacters,
           .brokenUTF16, .nulBytes, .notUTF8(byte: "0xB2", line: 2, triedGBK: false), .notUTF8(byte: "0xB2", line: 2, triedGBK: true),
           .textAfterQuote, .unclosedQuote, .noHeader, .semicolons,
           .workbook(.tableTwice(table: "teachers", option: "--teachers", sheet: "教师")), .workbook(.noPolicySheet),
           .workbook(.tableAlreadySheet(table: "teachers", sheet: "教师")), .workbook(.emptySheet), .workbook(.sheetNotRead(names: "学校, 教师")),
           .workbook(.noSheetOfTable(table: "teachers", names: "教师, teachers")), .workbook(.noSheetNamed("lessons", has: "Sheet1")),
           .workbook(.sheetEmpty), .workbook(.notDate("x")), .workbook(.notSex("x")), .workbook(.dateNotSlot("2025/1/3")),
           .workbook(.dateSlotsRead("2025/1/3")), .workbook(.datesDisagree(dateYears: "5", header: "本校教龄", given: "3")),
           .workbook(.datesCountedTo(year: 2025, fromOption: true)), .workbook(.datesCountedTo(year: 2025, fromOption: false)),
           .workbook(.statutoryRetirementAges), .workbook(.retirementAges(men: 60, women: nil))].map { .csv($0) }
        + [PinProblem.missingColumn("who", names: ["who", "人员"]), .unknownColumn("x", columns: ["who (人员)"]), .columnRepeats("人员", key: "who", header: "who", column: 1),
           .valueWithoutHeader("x"), .notPinsObject(format: "rotaplan-pins/1", found: .list), .unknownField("x", closest: "note"),
           .wrongFormat(expected: "rotaplan-pins/1", found: "\"x\""), .pinsMissing, .notList(found: .object), .notPinObject(found: .string),
           .empty, .notString(numbers: true, found: .bool), .bothPeople, .personMissing, .ruleMissing, .severalTargets(["school", "day"]),
           .noteNotString(found: .number), .whoMissing, .ruleWordMissing(rules: "must-stay (必须留任)"),
           .unknownRule("stai", closest: "stay", rules: "must-stay (必须留任)"), .namesNotPerson("S1", .school(id: "S1", name: "一")),
           .unknown("T9", .person, closest: "T1"), .nameOfSeveral("张三", ids: ["T1", "T2"]), .newHireNotTeacher("N1"),
           .teacherNotNewHire("T1"), .mentorForTeacher("T1"), .ruleForTeacher(rule: "must-stay", who: "N1"),
           .wrongTargetKey(rule: "mentor", expected: "mentor", key: "school"), .mustStayTarget("S1"), .targetMissing(rule: "mentor", .mentor),
           .namesWrongTarget("T1", .teacher(id: "T1", name: "张三"), rule: "must-move-to", .school), .dayMissing, .notDay("x"),
           .noCalendar(day: 3), .dayOutside(6, days: 5), .notItinerant("T1"), .notEligible("T1"),
           .repeats("pin pins.csv:2 \"T1 stay\"", zh: "固定规则 pins.csv:2「T1 stay」")].map { .pins($0) }
        + [SolutionProblem.unknownFormat("x", expected: "rotaplan-solution/1"), .unknownProblem("x"), .unknownStatus("x"),
           .stagesOutsidePlan, .unplacedRuleNotTraining("x.1"), .unplacedOutsideTraining,
           .nearOfAnotherProblem(previous: .walking, problem: .exchange)].map { .solution($0) }
        + [HorizonProblem.notYears(example: 2026, found: .list), .notAYear(example: 2026), .firstYear(2025, from: 2026, to: 2027),
           .outsideHorizon(2030, years: 2, first: 2025, from: 2026, to: 2027), .yearTwice(2026), .notYearObject(found: .string),
           .unknownList, .notList(found: .number), .notRecord(found: .number)].map { .horizon($0) }
        + [FileProblem.noSuchFile, .isFolder, .noAttributes, .tooLarge(megabytes: 300, limit: 256), .largerThan(limit: 256), .cannotOpen,
           .cannotRead(reason: "EIO")].map { .file($0) }

    static func hasCJK(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    @Test func everyMessageHasAChineseSentence() {
        #expect(Self.samples.count >= 190)
        for m in Self.samples {
            let zh = m.text(.zh)
            #expect(Self.hasCJK(zh), "no Chinese in the rendering of \(m): \(zh)")
            #expect(zh != m.description, "\(m)")
            #expect(m.text(.en) == m.description)
        }
    }

    @Test func rolloverAndWorkbookReasonsHaveChinese() {
        let rollover: [RolloverProblem] = [.noYear, .walkingMovesNobody, .otherInstance(plan: "a", instance: "b"), .placesUnknownHire("N9"),
                                           .noVacancyLeft(hire: "N1", school: "S1", subject: "math"), .unknownSchool(teacher: "T1", school: "S9"),
                                           .breaksBound(path: "teachers[0]", DiagnosticText(.field(.notWhole("1.5"))))]
        for r in rollover {
            #expect(Self.hasCJK(r.text(.zh)) && r.text(.en) == r.description, "\(r)")
            #expect(r.line(plan: "p.json", .zh).hasPrefix("p.json：无法结转："))
        }
        let cell = CellReference(row: 2, column: 3)
        let excel: [XLSXError.Problem] = [.notAZip, .unsupportedZip("ZIP64"), .noWorkbook, .missingPart("xl/a.xml"), .damagedPart("xl/a.xml"),
                                          .badXML(part: "xl/a.xml", detail: "line 1"), .pathEscapes(part: "a", target: "../b"),
                                          .partTooLarge(part: "a", limit: 1 << 20), .workbookTooLarge(limit: 1 << 20),
                                          .tooManyEntries(count: 9, limit: 8), .fileTooLarge(size: 9, limit: 8), .unreadableFile("EIO"),
                                          .tooManyRows(sheet: "教师", row: 2_000_000), .tooManyColumns(sheet: "教师", row: 1, column: 20_000),
                                          .badCellReference(sheet: "教师", detail: "A0"),
                                          .sharedStringOutOfRange(sheet: "教师", cell: cell, index: 9, count: 2),
                                          .badCellValue(sheet: "教师", cell: cell, type: "number", value: "abc")]
        for p in excel {
            let e = XLSXError(file: "x.xlsx", p)
            #expect(Self.hasCJK(e.text(.zh)) && e.text(.zh).hasPrefix("x.xlsx：") && e.text(.en) == e.description, "\(p)")
        }
    }

    /// The English line is today's, byte for byte; the Chinese one keeps the frame.
    @Test func theFrameStaysAndTheSeverityIsTranslated() throws {
        let bad = "{\"format\": \"rotaplan-instance/1\", \"schools\": [{\"id\": \"S1\", \"name\": \"一\", \"stage\": \"primery\", \"students\": 10}]}"
        do {
            _ = try InstanceLoader.load(bytes: Array(bad.utf8), file: "x.json")
            Issue.record("accepted")
        } catch {
            let d = try #require(error.diagnostics.first { $0.path.hasSuffix("stage") })
            #expect(d.text(.en) == d.description)
            #expect(d.description.hasPrefix("x.json:1:") && d.description.contains(": error: schools[0] (S1).stage: unknown stage \"primery\""),
                    "\(d.description)")
            let zh = d.text(.zh)
            #expect(zh.hasPrefix("x.json:1:") && zh.contains(": 错误: schools[0] (S1).stage: 未知的学段“primery”"), "\(zh)")
        }
        #expect(Diagnostic.Severity.warning.word(.zh) == "警告" && Diagnostic.Severity.note.word(.zh) == "提示")
    }
}
