import RotaplanDomain

/// Findings that a policy key drives (``Finding/policyKeys``), said in the user's terms
/// first (issue 17 item 4): the setting by its label in the key table and its value
/// (`最低交流比例 = 100%`, `minimum exchange rate = 100%`), "you set it with --set" when it
/// came from the command line, the schools and groups by name; then, in a detail line,
/// the rule's § number and id. A keyed finding without such a sentence (training's
/// training.maxYears, walking's travel limit) keeps its sentence with the setting after;
/// any other finding is its ``FindingText/sentence(_:in:)``.
extension FindingText {
    /// The terminal lines of a finding; `set` are the keys given with `--set`.
    public static func lines(_ f: Finding, in x: Instance, set: Set<String> = []) -> [Bilingual] {
        let plain = sentence(f, in: x)
        let keys = f.policyKeys.compactMap(PolicyKey.named)
        guard !keys.isEmpty else { return [plain] }
        let setting = keys.map { self.setting($0, x.policy, set: set) }
        let named = Bilingual(en: setting.map(\.en).joined(separator: ", "), zh: setting.map(\.zh).joined(separator: "、"))
        // A finding without a sentence in the user's terms keeps its own, the setting after.
        guard let what = userTerms(FindingParts(f, x)) else {
            return [Bilingual(en: plain.en + " (" + named.en + ")", zh: plain.zh + "（" + named.zh + "）")]
        }
        let rule = f.rule
        return [Bilingual(en: named.en + ": " + what.en, zh: named.zh + "：" + what.zh),
                Bilingual(en: "§\(rule.section) \(rule.name.en) · \(rule.rawValue)", zh: "§\(rule.section) \(rule.name.zh) · \(rule.rawValue)")]
    }

    /// Every finding's ``lines(_:in:set:)``, after ``settingsNote(_:in:set:)``.
    public static func lines(_ findings: [Finding], in x: Instance, set: Set<String>) -> [Bilingual] {
        [settingsNote(findings, in: x, set: set)].compactMap { $0 } + findings.flatMap { lines($0, in: x, set: set) }
    }

    /// The settings given with `--set` that none of the findings names, when there are
    /// findings (the settings may be why: an impossible `minRate` that the model's
    /// relaxation blames on core protection).
    public static func settingsNote(_ findings: [Finding], in x: Instance, set: Set<String>) -> Bilingual? {
        let named = Set(findings.flatMap(\.policyKeys))
        let unnamed = PolicyKey.all.filter { set.contains($0.name) && !named.contains($0.name) }
        guard !findings.isEmpty, !unnamed.isEmpty else { return nil }
        let s = unnamed.map { setting($0, x.policy, set: []) }
        return Bilingual(en: "you set \(s.map(\.en).joined(separator: ", ")) with --set; with it, what follows cannot all hold",
                         zh: "你用 --set 设定了 \(s.map(\.zh).joined(separator: "、"))；在此设定下，以下各项无法同时满足")
    }

    /// `最低交流比例 = 100%（你用 --set 设定的）` / `minimum exchange rate = 100% (you set it with --set)`.
    static func setting(_ key: PolicyKey, _ policy: Policy, set: Set<String>) -> Bilingual {
        let v = value(key, policy)
        let given = set.contains(key.name)
        return Bilingual(en: "\(key.label.en) = \(v.en)" + (given ? " (you set it with --set)" : ""),
                         zh: "\(key.label.zh) = \(v.zh)" + (given ? "（你用 --set 设定的）" : ""))
    }

    /// A key's value as people read it: shares in percent, amounts with their unit.
    static func value(_ key: PolicyKey, _ policy: Policy) -> Bilingual {
        let units = ["years": "年", "yuan": "元", "minutes": "分钟", "days": "天"]
        func amount(_ v: Double) -> Bilingual {
            if key.range == 0...1 { return Bilingual(en: FindingParts.figure(v * 100) + "%", zh: FindingParts.figure(v * 100) + "%") }
            let n = FindingParts.figure(v)
            return key.unit.isEmpty ? Bilingual(en: n, zh: n) : Bilingual(en: "\(n) \(key.unit)", zh: "\(n) \(units[key.unit] ?? key.unit)")
        }
        switch key.value(in: policy) {
        case let .number(v): return amount(v)
        case let .integer(n): return amount(Double(n))
        case .none: return Bilingual(en: "none", zh: "不限")
        case let .flag(b): return Bilingual(en: b ? "yes" : "no", zh: b ? "是" : "否")
        case .limits: return Bilingual(en: "as given", zh: "按设定")
        }
    }

    /// The exchange rules that had to give way (§4.2–§4.7, `.relaxed`), with the group
    /// and its schools by name; nil for the others.
    static func userTerms(_ r: FindingParts) -> Bilingual? {
        guard r.f.situation == .relaxed else { return nil }
        let x = r.x, s = r.f.amount(.slack) ?? 0
        func group() -> Bilingual {
            let g = x.groups[r.f.groups()[0]]
            return Bilingual(en: "group \(g.id) (\(g.name))", zh: "集团 \(g.id)（\(g.name)）")
        }
        switch r.f.rule {
        case .exchangeVolume:
            let (g, need, eligible) = (group(), r.int(.required), r.int(.base))
            let most = need - Int(s.rounded())
            return Bilingual(en: "\(g.en) would have to move \(need) of its \(eligible) eligible teachers, but with the other rules at most \(most) can move",
                             zh: "\(g.zh)的 \(eligible) 名符合条件教师中应至少交流 \(need) 名，但在其他规则下最多只能交流 \(most) 名")
        case .exchangeBackbone:
            let short = String(format: "%.1f", s)
            return Bilingual(en: "in \(group().en) too few of the movers are backbone teachers (short by \(short) teacher-equivalents)",
                             zh: "\(group().zh)交流教师中骨干教师不足（还差 \(short) 人）")
        case .exchangeCore:
            let (core, more, atCore, allowed) = (r.school(0), Int(s.rounded(.up)), r.int(.base), r.int(.limit))
            return Bilingual(en: "\(group().en) would need \(more) more backbone teachers to leave its core \(core.en) than the \(allowed) of its \(atCore) allowed",
                             zh: "\(group().zh)需要从核心校 \(core.zh)多调出 \(more) 名骨干教师，超过其 \(atCore) 名骨干中允许调出的 \(allowed) 名")
        case .exchangeHeadcount:
            let (place, by) = (r.school(0), Int(s.rounded()))
            return Bilingual(en: "\(place.en) would receive and send teachers differing by \(by) more than allowed (two-way exchange)",
                             zh: "\(place.zh)调入与调出人数之差超出允许差额 \(by) 人（双向交流）")
        case .exchangeBudget:
            let more = Int(s.rounded())
            return Bilingual(en: "\(group().en) would need \(more) yuan a year more than its budget",
                             zh: "\(group().zh)每年需要的经费比预算多 \(more) 元")
        default:
            return nil
        }
    }
}
