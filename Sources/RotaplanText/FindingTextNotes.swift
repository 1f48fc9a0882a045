import RotaplanDomain

extension FindingText {
    /// What the plan pipeline observed (§7), without the stage's name.
    static func observed(_ o: Finding.PlanObservation) -> Bilingual {
        func minutes(_ m: Double?) -> Bilingual {
            guard let m else { return Bilingual(en: "no travel time known", zh: "无路程数据") }
            let n = FindingParts.figure(m)
            return Bilingual(en: "\(n) minutes", zh: "\(n) 分钟")
        }
        switch o {
        case let .walkerMovedAway(school, cls, subject, t, name, from, near, to, far):
            let (a, b) = (minutes(near), minutes(far))
            return Bilingual(
                en: "\(school) \(cls) \(subject): the exchange moved \(t) \(name) from \(from) (\(a.en) away) to \(to) (\(b.en)); the pin \"\(t) must-stay\" keeps them within reach",
                zh: "\(school) \(cls) \(Subject(subject).chineseName ?? subject)：交流把 \(t) \(name) 从 \(from)（\(a.zh)）调到 \(to)（\(b.zh)），超出走教路程上限；固定「\(t) 必须留任」可保留其走教")
        case let .exchangeKeptWalkers(ids):
            return Bilingual(
                en: "of its optimal plans, the one that keeps \(ids.joined(separator: ", ")) within reach of their walking classes was taken (same exchange objective, lower walking objective)",
                zh: "在同样最优的方案中，选用了让 \(ids.joined(separator: "、")) 仍能走教的方案（交流目标值相同，走教目标值更低）")
        case .walkingWithoutExchange:
            return Bilingual(en: "planned with the homes as they are, since the exchange has no plan", zh: "交流轮岗无可行方案，按现有任职学校编排")
        }
    }
}

extension Finding.PlanObservation {
    /// The note in `language`, after its stage's name: `training: …` / `首站式培育：…`.
    public func text(_ language: Language) -> String {
        let f = finding, at = StageText.name(StageText.stage(of: f))
        return at.text(language) + FindingText.observed(self).text(language)
    }
}
