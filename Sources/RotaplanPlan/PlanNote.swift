import RotaplanDomain
import RotaplanReports
import RotaplanFormats

/// What the pipeline itself observed about how the stages fit together (not a solver's
/// explanation of one stage), in the principal's terms and in both report languages.
public enum PlanNote: Sendable, Equatable {
    /// The exchange sends a new hire's mentor away from the host (docs/plan.md, "Readings").
    case mentorLeaves(newHire: String, host: String, mentor: String, to: String)
    /// Training was solved again without leaving mentors: another optimum was taken.
    case trainingKeptMentors
    /// An uncovered walking line that `teacher` could have taught from their old home.
    case walkerMovedAway(school: String, class: String, subject: String, teacher: String, name: String,
                         from: String, near: Double, to: String, far: Double?)
    /// The exchange was solved again with these walking teachers staying: another optimum.
    case exchangeKeptWalkers([String])
    /// The exchange has no plan: walking starts from the homes as they are.
    case walkingWithoutExchange

    public func text(_ lang: ReportLanguage) -> String {
        func minutes(_ m: Double?) -> String {
            guard let m else { return lang == .zh ? "无路程数据" : "no travel time known" }
            return lang == .zh ? "\(JSONText.number(m)) 分钟" : "\(JSONText.number(m)) minutes"
        }
        switch (self, lang) {
        case let (.mentorLeaves(n, host, mentor, to), .en):
            return "training: \(n) is mentored at \(host) by \(mentor), whom the exchange sends to \(to); no equally good training plan avoids it (pin \"\(mentor) must-stay\" or \"\(n) mentor …\" to decide)"
        case let (.mentorLeaves(n, host, mentor, to), .zh):
            return "首站式培育：\(n) 在 \(host) 的导师 \(mentor) 在交流中调往 \(to)；同样好的培育方案都无法避免（可固定「\(mentor) 必须留任」或「\(n) 导师 …」）"
        case (.trainingKeptMentors, .en):
            return "training: of its optimal plans, one whose mentors all stay at their school in the exchange was taken (same training objective)"
        case (.trainingKeptMentors, .zh):
            return "首站式培育：在同样最优的方案中，选用了导师都不参加交流的方案（目标值相同）"
        case let (.walkerMovedAway(school, cls, subject, t, name, from, near, to, far), .en):
            return "walking: \(school) \(cls) \(subject): the exchange moved \(t) \(name) from \(from) (\(minutes(near)) away) to \(to) (\(minutes(far))); the pin \"\(t) must-stay\" keeps them within reach"
        case let (.walkerMovedAway(school, cls, subject, t, name, from, near, to, far), .zh):
            return "走教：\(school) \(cls) \(Subject(subject).chineseName ?? subject)：交流把 \(t) \(name) 从 \(from)（\(minutes(near))）调到 \(to)（\(minutes(far))），超出走教路程上限；固定「\(t) 必须留任」可保留其走教"
        case let (.exchangeKeptWalkers(ids), .en):
            return "exchange: of its optimal plans, the one that keeps \(ids.joined(separator: ", ")) within reach of their walking classes was taken (same exchange objective, lower walking objective)"
        case let (.exchangeKeptWalkers(ids), .zh):
            return "交流轮岗：在同样最优的方案中，选用了让 \(ids.joined(separator: "、")) 仍能走教的方案（交流目标值相同，走教目标值更低）"
        case (.walkingWithoutExchange, .en):
            return "walking: planned with the homes as they are, since the exchange has no plan"
        case (.walkingWithoutExchange, .zh):
            return "走教：交流轮岗无可行方案，按现有任职学校编排"
        }
    }
}
