import RotaplanDomain

/// The rollover summary (MODEL.md §11) for people: one line per event on stderr, and
/// `rollover.md` with `--report`, in English or Chinese.
extension RolloverSummary {
    /// One sentence per thing that happened, in step order.
    public var lines: [Bilingual] {
        var out: [Bilingual] = []
        for m in moves {
            out.append(m.term.map { k in
                Bilingual(en: "\(m.teacher) moves from \(m.from) to \(m.to) on exchange for \(k) year\(k == 1 ? "" : "s") (\(year)–\(year + k - 1))",
                          zh: "\(m.teacher) 从 \(m.from) 交流到 \(m.to)，期限 \(k) 年（\(year)–\(year + k - 1)）")
            } ?? Bilingual(en: "\(m.teacher) transfers from \(m.from) to \(m.to)", zh: "\(m.teacher) 从 \(m.from) 调动到 \(m.to)"))
        }
        for t in retired { out.append(Bilingual(en: "\(t) retires and leaves the roster", zh: "\(t) 退休，移出名单")) }
        for r in returned {
            out.append(Bilingual(en: "\(r.teacher) returns from \(r.from) to \(r.to) (term over)", zh: "\(r.teacher) 交流期满，从 \(r.from) 回到 \(r.to)"))
        }
        for t in finishedTraining {
            out.append(Bilingual(en: "\(t.id) finishes training and teaches at \(t.school)", zh: "\(t.id) 完成培育，到 \(t.school) 任教"))
        }
        for t in placedAsTeachers {
            out.append(Bilingual(en: "\(t.id) (one year of training) teaches at \(t.school) from \(nextYear)",
                                 zh: "\(t.id)（培育一年）自 \(nextYear) 年起在 \(t.school) 任教"))
        }
        for t in newTrainees {
            out.append(Bilingual(en: "\(t.id) trains on at \(t.host) until \(t.lastYear), then goes to \(t.destination)",
                                 zh: "\(t.id) 继续在 \(t.host) 培育至 \(t.lastYear) 年，之后到 \(t.destination)"))
        }
        for v in vacanciesUsed {
            out.append(Bilingual(en: "vacancies[\(v.row)]: \(v.used) place\(v.used == 1 ? "" : "s") of \(v.subject) at \(v.school) (year \(v.year)) taken",
                                 zh: "vacancies[\(v.row)]：\(v.school) 的 \(Subject(v.subject).zh) 岗位（第 \(v.year) 年）用去 \(v.used) 个"))
        }
        if emptyVacancyRowsRemoved > 0 {
            out.append(Bilingual(en: "\(emptyVacancyRowsRemoved) vacancy row\(emptyVacancyRowsRemoved == 1 ? "" : "s") given at 0 removed",
                                 zh: "删除数量为 0 的岗位 \(emptyVacancyRowsRemoved) 行"))
        }
        for o in orphans { out.append(o.line) }
        if !unplacedHires.isEmpty {
            let ids = unplacedHires.joined(separator: ", ")
            out.append(Bilingual(en: "not placed by the plan, still new hires: \(ids)", zh: "方案未安置、仍为新教师：\(ids)"))
        }
        return out
    }

    /// DIR/rollover.md: a title, then the sentences as a list.
    public func markdown(_ language: Language) -> String {
        let title = Bilingual(en: "# Rollover \(year) → \(nextYear)", zh: "# 学年结转 \(year) → \(nextYear)").text(language)
        let none = Bilingual(en: "Nothing changed but the year.", zh: "除学年外没有变化。").text(language)
        let items = lines.map { "- " + $0.text(language) }
        return ([title, ""] + (items.isEmpty ? [none] : items)).joined(separator: "\n") + "\n"
    }
}

extension RolloverSummary.Orphan {
    /// What named a teacher who retired.
    var line: Bilingual {
        switch kind {
        case let .traineeMentor(trainee):
            return Bilingual(en: "\(trainee) has no mentor now: \(teacher) retired (written without \"mentor\")",
                             zh: "\(trainee) 的导师 \(teacher) 已退休，暂无导师（不写 mentor）")
        case let .lessons(count):
            return Bilingual(en: "\(teacher) retired; \(count) lesson\(count == 1 ? "" : "s") of the plan's timetable had them",
                             zh: "\(teacher) 已退休，方案课表中有其 \(count) 节课")
        case let .pin(rule):
            return Bilingual(en: "\(teacher) retired; a \(rule) pin names them", zh: "\(teacher) 已退休，有一条 \(rule) 固定要求涉及此人")
        }
    }
}

/// What `rotaplan rollover` itself says besides the summary (MODEL.md §11).
public enum RolloverCommandText {
    /// The one line on stdout.
    public static func written(_ output: String, _ s: RolloverSummary) -> Bilingual {
        let teachers = s.finishedTraining.count + s.placedAsTeachers.count
        return Bilingual(en: "\(output): \(s.nextYear) — \(s.moves.count) moved, \(s.returned.count) returned, \(s.retired.count) retired, "
                            + "\(teachers) new teachers, \(s.newTrainees.count) new trainees",
                         zh: "\(output)：\(s.nextYear) 学年——交流 \(s.moves.count) 人，返回 \(s.returned.count) 人，退休 \(s.retired.count) 人，"
                            + "新教师 \(teachers) 人，在培新教师 \(s.newTrainees.count) 人")
    }

    public static let noYear = Bilingual(en: "cannot roll over: the instance has no \"year\"; add the school year it plans (e.g. \"year\": 2025)",
                                         zh: "无法结转：实例没有 \"year\"；请写明它所规划的学年（例如 \"year\": 2025）")

    public static func doesNotPass(_ instance: String) -> Bilingual {
        Bilingual(en: "cannot roll over: the plan does not pass `rotaplan check` against \(instance)",
                  zh: "无法结转：方案未通过针对 \(instance) 的 `rotaplan check`")
    }

    /// A claim the checker cannot verify (an infeasible stage), said and accepted.
    public static func rolledOverAsItIs(_ claim: String) -> Bilingual {
        Bilingual(en: "not verified (rolled over as it is): \(claim)", zh: "无法核实（按原样结转）：\(claim)")
    }
}
