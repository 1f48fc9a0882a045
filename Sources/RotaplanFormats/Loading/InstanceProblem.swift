import RotaplanDomain

/// A record of the instance that does not hold together (``InstanceLoader`` and its record
/// readers, MODEL.md §2, docs/instance-format.md).
public enum InstanceProblem: Sendable, Equatable, CustomStringConvertible {
    case topLevelNotObject(found: JSONKind)
    case unknownFormat(String, expected: String)
    case noSchools
    case noPeriods
    case periodEndsBeforeStart(end: String, start: String)
    case periodOverlaps(start: String, previous: Int, previousEnd: String)
    case notTimeOfDay(String)
    case slotNotPair(found: JSONKind)
    case unknownStage(String, known: [String])
    case unknownTag(String, known: [String])
    case unknownGroupType(String, known: [String])
    case unknownTitle(String)
    case unknownSchool(String)
    case unknownGroup(String)
    case unknownTeacher(String)
    case subjectTwice(subject: String, as: String)
    case duplicateID(first: RecordRef)
    case groupWithoutMembers
    case coreAsMember(String)
    case listedTwice(String)
    case schoolInTwoGroups(school: String, group: String, first: RecordRef)
    case travelSameSchool
    case travelTwice(from: String, to: String)
    /// Travel figures missing for a pair of schools (`km` when only kilometres are), and why
    /// they are needed.
    case travelMissing(km: Bool, a: String, aName: String, b: String, bName: String, need: TravelNeed)
    case travelMissingMore(count: Int, unlocated: Int, schools: Int, named: String)
    case demandWithoutCalendar
    case demandTwice(class: String, school: String, subject: String, first: Int)
    case exchangeFromOwnSchool
    case termStartsAfterYear(since: Int, year: Int)
    case termOver(since: Int, last: Int, year: Int, school: String)
    case termNeedsYear
    case traineesNeedYear
    case trainingEnded(lastYear: Int, year: Int)

    /// What a pair of schools needs travel figures for.
    public enum TravelNeed: Sendable, Equatable, CustomStringConvertible {
        case exchangeInGroup(String)
        case exchangeAcrossGroups
        case walking(teacher: String)

        public var description: String {
            switch self {
            case let .exchangeInGroup(g): return "the exchange in group \(g)"
            case .exchangeAcrossGroups: return "the exchange across groups"
            case let .walking(t): return "walking teaching by \(t)"
            }
        }
    }

    public var description: String {
        switch self {
        case let .topLevelNotObject(found): return "the top-level value must be an object {…} holding an instance, found \(found)"
        case let .unknownFormat(f, expected): return "\"\(f)\" is not a format rotaplan reads; expected \"\(expected)\""
        case .noSchools: return "the instance has no schools"
        case .noPeriods: return "the calendar has no periods"
        case let .periodEndsBeforeStart(end, start): return "the period ends (\(end)) before or when it starts (\(start))"
        case let .periodOverlaps(start, previous, end):
            return "starts at \(start), before period \(previous) ends (\(end)); periods must be in time order and not overlap"
        case let .notTimeOfDay(s): return "\"\(s)\" is not a time of day; write it as HH:MM, e.g. \"08:00\""
        case let .slotNotPair(found): return "a slot is a list [day, period], found \(found)"
        case let .unknownStage(s, known): return "unknown stage \"\(s)\"; use one of \(known.joined(separator: ", "))"
        case let .unknownTag(t, known): return "unknown tag \"\(t)\"; use \(known.joined(separator: ", "))"
        case let .unknownGroupType(t, known): return "unknown group type \"\(t)\"; use \(known.joined(separator: ", "))"
        case let .unknownTitle(t): return "unknown title \"\(t)\"; use senior (高级), first (一级), second (二级) or none"
        case let .unknownSchool(s): return "unknown school \"\(s)\""
        case let .unknownGroup(g): return "unknown group \"\(g)\""
        case let .unknownTeacher(t): return "unknown teacher \"\(t)\""
        case let .subjectTwice(subject, key): return "the subject \(subject) is given twice (\"\(key)\" means \(subject))"
        case let .duplicateID(first): return "duplicate id; \(first) already has it"
        case .groupWithoutMembers: return "a group needs at least one member school"
        case let .coreAsMember(m): return "\(m) is the group's core; it cannot also be a member"
        case let .listedTwice(m): return "\(m) is listed twice"
        case let .schoolInTwoGroups(school, group, first):
            return "school \(school) is already in group \(group) (\(first)); a school is in at most one group"
        case .travelSameSchool: return "a travel row must join two different schools"
        case let .travelTwice(from, to): return "a second row for \(from) → \(to); give each direction once"
        case let .travelMissing(km, a, aName, b, bName, need):
            return "no \(km ? "km" : "minutes") between \(a) (\(aName)) and \(b) (\(bName)), needed for \(need); add a travel row or give both schools a location"
        case let .travelMissingMore(count, unlocated, schools, named):
            return "and \(count) more pairs of schools without travel figures (not listed one by one); \(unlocated) of the \(schools) schools have no location (\(named)): give every school a location, or add travel rows"
        case .demandWithoutCalendar: return "walkingDemand needs a calendar (days and periods) to place its slots"
        case let .demandTwice(c, school, subject, first):
            return "a second line for class \(c) at \(school) in \(subject); walkingDemand[\(first)] already has it"
        case .exchangeFromOwnSchool:
            return "\"from\" (the personnel school, 人事关系) is the school the teacher teaches at; an exchange is to another school"
        case let .termStartsAfterYear(since, year): return "the term starts in \(since), after the instance's year \(year)"
        case let .termOver(since, last, year, school):
            return "the term \(since)…\(last) is over by \(year): the teacher should be back at \(school) (roll the earlier year over)"
        case .termNeedsYear: return "an exchange term needs the instance's \"year\" (the school year planned, e.g. 2025)"
        case .traineesNeedYear: return "trainees need the instance's \"year\" (the school year planned, e.g. 2025)"
        case let .trainingEnded(lastYear, year):
            return "training ended in \(lastYear), before the instance's year \(year): the trainee should be a teacher now (roll the earlier year over)"
        }
    }
}
