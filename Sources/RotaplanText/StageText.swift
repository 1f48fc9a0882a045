import RotaplanDomain

/// A stage's explanation as `rotaplan plan` shows it: each finding after the name of its
/// stage (`exchange: §4.2 volume: …` / `交流轮岗：§4.2 交流比例：…`).
public enum StageText {
    /// The stage a finding of an explanation belongs to: its rule's problem, or for a pin's
    /// finding the problem of the pins it names.
    public static func stage(of f: Finding, in x: Instance) -> Pin.Problem? {
        guard f.rule.family == .pins else { return stage(of: f) }
        for ref in f.refs { if case let .pin(i) = ref { return x.pins[i].problem } }
        return nil
    }

    /// The stage of a finding's rule (nil for a pin's finding, whose stage its pins say).
    public static func stage(of f: Finding) -> Pin.Problem? {
        switch f.rule.family {
        case .exchange: return .exchange
        case .training: return .training
        case .walking: return .walking
        case .pins, .solution, .groups: return nil
        }
    }

    /// The stage's name before a sentence: `exchange: ` / `交流轮岗：`.
    public static func name(_ stage: Pin.Problem?) -> Bilingual {
        switch stage {
        case .exchange: Bilingual(en: "exchange: ", zh: "交流轮岗：")
        case .training: Bilingual(en: "training: ", zh: "首站式培育：")
        case .walking: Bilingual(en: "walking: ", zh: "走教：")
        case nil: Bilingual(en: "", zh: "")
        }
    }

    /// The finding after its stage's name.
    public static func line(_ f: Finding, in x: Instance) -> Bilingual {
        let at = name(stage(of: f, in: x)), text = FindingText.sentence(f, in: x)
        return Bilingual(en: at.en + text.en, zh: at.zh + text.zh)
    }

    /// The stages' findings as the terminal shows them (``FindingText/lines(_:in:set:)``:
    /// a setting that drives a finding first), each line after its stage's name (`exchange:
    /// §4.2 volume · exchange.4.2.volume` for a detail line); walking's findings name the lines of `walking` (the homes after the exchange).
    public static func lines(_ findings: [Finding], in x: Instance, walking: Instance, set: Set<String>) -> [Bilingual] {
        [FindingText.settingsNote(findings, in: x, set: set)].compactMap { $0 } + findings.flatMap { f -> [Bilingual] in
            let at = name(stage(of: f, in: x))
            let out = FindingText.lines(f, in: stage(of: f, in: x) == .walking ? walking : x, set: set)
            return out.map { Bilingual(en: at.en + $0.en, zh: at.zh + $0.zh) }
        }
    }

    /// A stage's explanation in English (what stderr shows), one line per finding.
    public static func english(_ explanation: [Finding], in x: Instance) -> [String] {
        explanation.map { FindingText.sentence($0, in: x).en }
    }
}
