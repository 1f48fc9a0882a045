import RotaplanDomain

/// `rotaplan horizon --hires FILE` (MODEL.md §13): the new hires and vacancies that later
/// years add, `{"2026": {"newHires": […], "vacancies": […]}, …}`. A year's entries are
/// appended to that year's instance after the rollover that makes it, so only the years
/// Y + 1 … Y + H may appear (Y is the first instance's year); an entry for Y or outside
/// the horizon is an input error. The records themselves are read by the instance loader
/// once they are in their year's instance, so they obey every rule of §2.
public struct HorizonEntries: Sendable {
    /// One year's records, as written in FILE (members in file order).
    public struct Year: Sendable {
        public var newHires: [JSONNode] = []
        public var vacancies: [JSONNode] = []
    }

    /// By school year.
    public var years: [Int: Year]

    public init(years: [Int: Year] = [:]) { self.years = years }

    /// The years FILE may name for a horizon of `count` years from `first`.
    public static func allowedYears(first: Int, count: Int) -> ClosedRange<Int> { (first + 1)...(first + count) }

    /// Reads FILE; every problem is named by its year key and list (`2026.newHires[3]`).
    public static func read(bytes: [UInt8], file: String, first: Int, count: Int) throws(InstanceError) -> HorizonEntries {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            throw InstanceError([Diagnostic(file: file, line: error.line, column: error.column, path: "", .json(error.problem))])
        }
        guard case let .object(members) = root.value else {
            throw InstanceError([Diagnostic(file: file, line: root.line, column: root.column, path: "",
                                            .horizon(.notYears(example: first + 1, found: root.valueKind)))])
        }
        let allowed = allowedYears(first: first, count: count)
        var problems: [Diagnostic] = []
        var years: [Int: Year] = [:]
        func problem(_ node: JSONNode, _ path: String, _ p: HorizonProblem) {
            problems.append(Diagnostic(file: file, line: node.line, column: node.column, path: RecordPath(field: path), .horizon(p)))
        }
        for (key, value) in members {
            guard key.count == 4, key.allSatisfy(\.isASCII), let year = Int(key) else {
                problem(value, key, .notAYear(example: first + 1))
                continue
            }
            guard allowed.contains(year) else {
                problem(value, key, year == first
                        ? .firstYear(year, from: allowed.lowerBound, to: allowed.upperBound)
                        : .outsideHorizon(year, years: count, first: first, from: allowed.lowerBound, to: allowed.upperBound))
                continue
            }
            guard years[year] == nil else { problem(value, key, .yearTwice(year)); continue }
            guard case let .object(lists) = value.value else {
                problem(value, key, .notYearObject(found: value.valueKind))
                continue
            }
            var entry = Year()
            for (name, list) in lists {
                guard name == "newHires" || name == "vacancies" else {
                    problem(list, "\(key).\(name)", .unknownList)
                    continue
                }
                guard case let .array(items) = list.value else {
                    problem(list, "\(key).\(name)", .notList(found: list.valueKind))
                    continue
                }
                for (i, item) in items.enumerated() {
                    guard case .object = item.value else {
                        problem(item, "\(key).\(name)[\(i)]", .notRecord(found: item.valueKind))
                        continue
                    }
                    if name == "newHires" { entry.newHires.append(item) } else { entry.vacancies.append(item) }
                }
            }
            years[year] = entry
        }
        if !problems.isEmpty { throw InstanceError(problems) }
        return HorizonEntries(years: years)
    }

    /// `text` (an instance of `year`, as rollover wrote it) with that year's entries
    /// appended to its `newHires` and `vacancies`; the same text when FILE has none.
    public func appended(to text: String, year: Int) -> String {
        guard let entry = years[year], !(entry.newHires.isEmpty && entry.vacancies.isEmpty),
              let root = try? JSONParser.parse(text) else { return text }
        var document = InstanceDocument(root)
        if !entry.newHires.isEmpty {
            document.set("newHires", document.records("newHires") + entry.newHires.map(DocumentRecord.init), after: "teachers")
        }
        if !entry.vacancies.isEmpty {
            document.set("vacancies", document.records("vacancies") + entry.vacancies.map(DocumentRecord.init), after: "newHires")
        }
        return document.text
    }
}
