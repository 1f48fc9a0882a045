import GLPK
import RotaplanDomain

/// Walking teaching's change term of MODEL.md §12 (`--near`):
/// change · Σ over previous lessons (t, l, d, p) of (1 − y[t,l,d,p]), a missing variable
/// counting 1; lines are matched by school, class and canonical subject. A scope (the
/// whole instance or one of its parts) carries the previous lessons of its own lines:
/// the constant change per such lesson and − change on each y that repeats one. The
/// previous lessons of lines outside every part (or gone) are a constant of the whole
/// (``outside(_:lines:)``), as the unserved lines are.
enum WalkingNear {
    /// The previous lesson y[t,l,d,p] would repeat.
    static func key(_ x: Instance, teacher t: Int, line l: Int, slot: Slot) -> Near.Lesson {
        let line = x.walkingDemand[l]
        return Near.Lesson(teacher: x.teachers[t].id.rawValue, school: x.schools[line.school].id.rawValue,
                           class: line.className, subject: line.subject.key, day: slot.day, period: slot.period)
    }

    /// The (school, class, subject) of line l, as previous lessons name it.
    static func lineKey(_ x: Instance, _ l: Int) -> [String] {
        let line = x.walkingDemand[l]
        return [x.schools[line.school].id.rawValue, line.className, line.subject.key]
    }

    /// Previous lessons of the given lines.
    static func previous(_ x: Instance, lines: [Int]) -> Int {
        guard let previous = x.near?.lessons, !previous.isEmpty else { return 0 }
        let keys = Set(lines.map { lineKey(x, $0) })
        return previous.reduce(0) { $0 + (keys.contains([$1.school, $1.class, $1.subject]) ? 1 : 0) }
    }

    /// change · (previous lessons of lines not in `lines`): their variables do not exist.
    static func outside(_ x: Instance, lines: Set<Int>) -> Double {
        guard let previous = x.near?.lessons else { return 0 }
        return x.policy.weights.walking.change * Double(previous.count - Self.previous(x, lines: lines.sorted()))
    }

    /// The term of `scope`'s lines for `plan`: change · (previous lessons of the lines −
    /// those the plan repeats).
    static func term(_ scope: WalkingScope, plan: WalkingModel.Plan) -> Double {
        let x = scope.instance
        guard let before = x.near?.lessons else { return 0 }
        let repeated = plan.reduce(0) { $0 + (before.contains(key(x, teacher: $1.teacher, line: $1.line, slot: $1.slot)) ? 1 : 0) }
        return x.policy.weights.walking.change * Double(previous(x, lines: scope.lines) - repeated)
    }

    /// Teachers with previous lessons are not interchangeable with anyone (symmetry breaking).
    static func tag(_ x: Instance, _ t: Int) -> String {
        guard let previous = x.near?.lessons else { return "" }
        let id = x.teachers[t].id.rawValue
        return previous.contains { $0.teacher == id } ? "|near\(t)" : ""
    }
}

extension WalkingModel {
    /// Adds §12's walking term for this model's lines (nothing without previous lessons).
    mutating func termChange() {
        guard let previous = instance.near?.lessons else { return }
        let w = instance.policy.weights.walking.change
        objective.constant += w * Double(WalkingNear.previous(instance, lines: scope.lines))
        for lesson in lessons where previous.contains(WalkingNear.key(instance, teacher: lesson.teacher, line: lesson.line, slot: lesson.slot)) {
            objective.add(lesson.variable, coefficient: -w)
        }
    }
}
