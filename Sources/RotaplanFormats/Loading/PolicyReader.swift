import RotaplanDomain

/// Reads `policy` (MODEL.md §3): a preset and nested overrides. Unknown keys, unknown
/// presets, shares outside [0, 1], negative numbers and non-finite weights are errors, and
/// so are the negative weights that would leave a problem without an optimum
/// (``boundedWeight(_:_:_:reason:)``).
extension FieldReader {
    static let policyKeys = ["preset", "exchange", "cost", "training", "walking", "groups", "weights"]

    /// For a dotted key written flat in `policy` (`"exchange.minRate": 0.12`, the form
    /// `--set` takes): the nested spelling, with the value given.
    static func nestingHint(_ key: String, _ value: JSONNode) -> String? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, policyKeys.contains(parts[0]), !parts.contains(where: \.isEmpty) else { return nil }
        let shown: String
        switch value.value {
        case let .number(x): shown = JSONText.number(x)
        case let .bool(b): shown = b ? "true" : "false"
        case let .string(t): shown = JSONText.string(t)
        default: shown = "…"
        }
        let nested = parts.reversed().reduce(shown) { inner, part in "{\(JSONText.string(part)): \(inner)}" }
        return "policy keys are nested: write \(nested) (the dotted form is what --set takes)"
    }

    mutating func policy(_ node: JSONNode?) -> Policy {
        guard let node, !node.isNull else { return Policy() }
        guard let obj = object(node, "policy", allowed: Self.policyKeys, hint: Self.nestingHint) else { return Policy() }
        var preset = PolicyPreset.national
        if let name = string(obj, "preset", "policy") {
            if let p = PolicyPreset(rawValue: name.lowercased()) {
                preset = p
            } else {
                error(obj["preset"], "policy.preset",
                      "unknown preset \"\(name)\"; known presets: \(PolicyPreset.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        var p = Policy(preset: preset)
        let share: ClosedRange<Double> = 0...1
        let nonNegative: ClosedRange<Double> = 0...1e12
        let count: ClosedRange<Int> = 0...10_000_000

        if let e = obj["exchange"], let e = object(e, "policy.exchange", allowed: [
            "minRate", "minBackboneShare", "minYearsAtSchool", "retirementExemptYears", "maxTravelMinutes",
            "headcountTolerance", "maxCoreBackboneOutShare", "allowCrossGroup"]) {
            let path = "policy.exchange"
            if let v = number(e, "minRate", path, in: share) { p.exchange.minRate = v }
            if let v = number(e, "minBackboneShare", path, in: share) { p.exchange.minBackboneShare = v }
            if let v = number(e, "minYearsAtSchool", path, in: 0...80, unit: "years") { p.exchange.minYearsAtSchool = v }
            if let v = number(e, "retirementExemptYears", path, in: 0...80, unit: "years") { p.exchange.retirementExemptYears = v }
            if let v = number(e, "maxTravelMinutes", path, in: nonNegative, unit: "minutes") { p.exchange.maxTravelMinutes = v }
            if let v = number(e, "headcountTolerance", path, in: 0...1e7) { p.exchange.headcountTolerance = v }
            if let v = number(e, "maxCoreBackboneOutShare", path, in: share) { p.exchange.maxCoreBackboneOutShare = v }
            if let v = bool(e, "allowCrossGroup", path) { p.exchange.allowCrossGroup = v }
        }
        if let c = obj["cost"], let c = object(c, "policy.cost", allowed: [
            "allowancePerDay", "transportPerKm", "workdaysPerYear", "budgetPerGroup"]) {
            let path = "policy.cost"
            if let v = number(c, "allowancePerDay", path, in: nonNegative, unit: "yuan") { p.cost.allowancePerDay = v }
            if let v = number(c, "transportPerKm", path, in: nonNegative, unit: "yuan") { p.cost.transportPerKm = v }
            if let v = number(c, "workdaysPerYear", path, in: 0...366, unit: "days") { p.cost.workdaysPerYear = v }
            if let v = number(c, "budgetPerGroup", path, in: nonNegative, unit: "yuan") { p.cost.budgetPerGroup = v }
        }
        if let t = obj["training"], let t = object(t, "policy.training", allowed: ["maxYears", "mentorCapacity"]) {
            if let v = integer(t, "maxYears", "policy.training", in: 1...80) { p.training.maxYears = v }
            if let v = integer(t, "mentorCapacity", "policy.training", in: count) { p.training.mentorCapacity = v }
        }
        if let w = obj["walking"], let w = object(w, "policy.walking", allowed: [
            "maxSchoolsPerDay", "maxPeriodsPerDay", "maxPeriodsPerWeek", "maxTravelMinutes"]) {
            let path = "policy.walking"
            if let v = integer(w, "maxSchoolsPerDay", path, in: 0...10_000) { p.walking.maxSchoolsPerDay = v }
            if let v = integer(w, "maxPeriodsPerDay", path, in: 0...48) { p.walking.maxPeriodsPerDay = v }
            if let v = integer(w, "maxPeriodsPerWeek", path, in: 0...336) { p.walking.maxPeriodsPerWeek = v }
            if let v = number(w, "maxTravelMinutes", path, in: nonNegative, unit: "minutes") { p.walking.maxTravelMinutes = v }
        }
        if let g = obj["groups"], let g = object(g, "policy.groups", allowed: [
            "maxSchools", "maxStudents", "sameStage", "onePartnerPerDistrict", "termYears", "newSchoolsInGroup"]) {
            let path = "policy.groups"
            if let v = integer(g, "maxSchools", path, in: 1...100_000) { p.groups.maxSchools = v }
            if let node = g["maxStudents"], !node.isNull {
                if case .number = node.value {
                    if let v = integer(node, "\(path).maxStudents", in: count) {
                        p.groups.maxStudents = .init(preschool: v, compulsory: v, senior: v)
                    }
                } else if let m = object(node, "\(path).maxStudents", allowed: ["preschool", "compulsory", "senior"]) {
                    // Each key given overrides only that key of the preset (MODEL.md §3).
                    var limits = p.groups.maxStudents ?? .init(preschool: nil, compulsory: nil, senior: nil)
                    if let v = integer(m, "preschool", "\(path).maxStudents", in: count) { limits.preschool = v }
                    if let v = integer(m, "compulsory", "\(path).maxStudents", in: count) { limits.compulsory = v }
                    if let v = integer(m, "senior", "\(path).maxStudents", in: count) { limits.senior = v }
                    p.groups.maxStudents = limits
                }
            }
            if let v = bool(g, "sameStage", path) { p.groups.sameStage = v }
            if let v = bool(g, "onePartnerPerDistrict", path) { p.groups.onePartnerPerDistrict = v }
            if let v = integer(g, "termYears", path, in: 1...80) { p.groups.termYears = v }
            if let v = bool(g, "newSchoolsInGroup", path) { p.groups.newSchoolsInGroup = v }
        }
        if let w = obj["weights"], let w = object(w, "policy.weights", allowed: ["exchange", "training", "walking"]) {
            let finite: ClosedRange<Double> = -1e12...1e12
            if let e = w["exchange"], let e = object(e, "policy.weights.exchange", allowed: [
                "balance", "travelHour", "preferenceRank", "shortage", "costPer10k", "ruralForTitle"]) {
                let path = "policy.weights.exchange"
                if let v = boundedWeight(e, "balance", path, reason: Self.balanceWeightReason) { p.weights.exchange.balance = v }
                if let v = number(e, "travelHour", path, in: finite) { p.weights.exchange.travelHour = v }
                if let v = number(e, "preferenceRank", path, in: finite) { p.weights.exchange.preferenceRank = v }
                if let v = boundedWeight(e, "shortage", path, reason: Self.shortageWeightReason) { p.weights.exchange.shortage = v }
                if let v = number(e, "costPer10k", path, in: finite) { p.weights.exchange.costPer10k = v }
                if let v = number(e, "ruralForTitle", path, in: finite) { p.weights.exchange.ruralForTitle = v }
            }
            if let t = w["training"], let t = object(t, "policy.weights.training", allowed: [
                "mentor", "preferenceRank", "priorityTag", "year"]) {
                let path = "policy.weights.training"
                if let v = number(t, "mentor", path, in: finite) { p.weights.training.mentor = v }
                if let v = number(t, "preferenceRank", path, in: finite) { p.weights.training.preferenceRank = v }
                if let v = number(t, "priorityTag", path, in: finite) { p.weights.training.priorityTag = v }
                if let v = number(t, "year", path, in: finite) { p.weights.training.year = v }
            }
            if let k = w["walking"], let k = object(k, "policy.weights.walking", allowed: [
                "uncovered", "visit", "travelHalfHour"]) {
                let path = "policy.weights.walking"
                if let v = number(k, "uncovered", path, in: finite) { p.weights.walking.uncovered = v }
                if let v = boundedWeight(k, "visit", path, reason: Self.visitWeightReason) { p.weights.walking.visit = v }
                if let v = boundedWeight(k, "travelHalfHour", path, reason: Self.visitWeightReason) { p.weights.walking.travelHalfHour = v }
            }
        }
        return p
    }
}
