import RotaplanFormats

/// The Chinese of the pins reader's messages (docs/pins.md).
extension PinProblem {
    var zh: String {
        switch self {
        case let .missingColumn(key, names): return "表头缺少必需的列“\(key)”（可用的列名：\(names.joined(separator: "、"))）"
        case let .unknownColumn(raw, names): return "未知的列“\(raw)”；固定规则文件的列是 \(names.joined(separator: "、"))，另可有 备注/note 列（忽略）"
        case let .columnRepeats(raw, key, header, column): return "“\(raw)”列与第 \(column) 列的 \(key) 列“\(header)”重复"
        case let .valueWithoutHeader(v): return "没有可识别表头的列中有值（“\(v)”）；目标请写在目标列，说明写在 备注/note 列"
        case let .notPinsObject(format, found): return "应为对象 {\"format\": \"\(format)\", \"pins\": […]}，实际是\(found.zh)"
        case let .unknownField(key, closest): return "未知字段“\(key)”" + (closest.map { "；是不是“\($0)”？" } ?? "")
        case let .wrongFormat(expected, found): return "应为“\(expected)”，实际是 \(found)"
        case .pinsMissing: return "缺少字段“pins”"
        case let .notList(found): return "应为列表 […]，实际是\(found.zh)"
        case let .notPinObject(found): return "应为对象 {\"teacher\": …, \"rule\": …}，实际是\(found.zh)"
        case .empty: return "不能为空"
        case let .notString(numbers, found): return "应为\(numbers ? "数字或字符串" : "字符串")，实际是\(found.zh)"
        case .bothPeople: return "“teacher”和“newHire”只能给一个"
        case .personMissing: return "缺少字段“teacher”（新教师用“newHire”）"
        case .ruleMissing: return "缺少字段“rule”"
        case let .severalTargets(keys): return "只能给一个目标（“school”“mentor”或“day”），实际给了 \(keys.map { "“\($0)”" }.joined(separator: "和"))"
        case let .noteNotString(found): return "应为字符串，实际是\(found.zh)"
        case .whoMissing: return "缺少人员（教师或新教师编号）"
        case let .ruleWordMissing(rules): return "缺少规则（\(rules)）"
        case let .unknownRule(word, closest, rules):
            return "未知的规则“\(word)”" + (closest.map { "；是不是“\($0)”？" } ?? "") + "；可用的规则：\(rules)"
        case let .namesNotPerson(text, named): return "\(text) 指的是\(named.zh)，但固定规则针对教师或新教师"
        case let .unknown(text, what, closest): return "未知的\(what.zh)“\(text)”" + (closest.map { "；是不是 \($0)？" } ?? "")
        case let .nameOfSeveral(text, ids): return "“\(text)”是 \(ids.joined(separator: "、")) 共同的名字；请写编号"
        case let .newHireNotTeacher(t): return "\(t) 是新教师，不是教师；请写 \"newHire\": \"\(t)\""
        case let .teacherNotNewHire(t): return "\(t) 是教师，不是新教师；请写 \"teacher\": \"\(t)\""
        case let .mentorForTeacher(t): return "mentor（导师）规则用于新教师（“N03 mentor T0001”）；\(t) 是教师"
        case let .ruleForTeacher(rule, who): return "规则 \(rule) 用于教师；\(who) 是新教师"
        case let .wrongTargetKey(rule, expected, key): return "规则 \(rule) 的目标字段是“\(expected)”，不是“\(key)”"
        case let .mustStayTarget(t): return "规则 must-stay（必须留任）没有目标；却给了“\(t)”"
        case let .targetMissing(rule, target): return "规则 \(rule) 需要目标：\(target.zh)"
        case let .namesWrongTarget(text, named, rule, target): return "\(text) 指的是\(named.zh)，但规则 \(rule) 需要\(target.zh)"
        case .dayMissing: return "规则 not-on-day 需要目标：星期几（1 = 周一）"
        case let .notDay(t): return "“\(t)”不是星期几；请写 1…7、“day 3”、周三 或 星期三"
        case let .noCalendar(d): return "实例没有作息表，因此没有可空出的星期 \(d)"
        case let .dayOutside(d, days): return "星期 \(d) 不在作息表内，一周只有 1…\(days) 天"
        case let .notItinerant(t): return "\(t) 不是走教教师（没有走教，§6），这条固定规则不起作用"
        case let .notEligible(t): return "\(t) 不符合交流条件（§2 E），本来就会留任，这条固定规则不起作用"
        case let .repeats(_, zh): return "这条固定规则与\(zh)重复"
        }
    }
}

extension PinProblem.Target {
    var zh: String {
        switch self {
        case .school: return "一所学校"
        case .mentor: return "一名教师（导师）"
        case .day: return "星期几"
        }
    }
}

extension PinProblem.Named {
    var zh: String {
        switch self {
        case let .teacher(id, name): return "教师 \(id)（\(name)）"
        case let .newHire(id, name): return "新教师 \(id)（\(name)）"
        case let .school(id, name): return "学校 \(id)（\(name)）"
        }
    }
}

extension PinProblem.Looked {
    var zh: String {
        switch self {
        case .person: return "教师或新教师"
        case .school: return "学校"
        case .teacher: return "教师"
        }
    }
}
