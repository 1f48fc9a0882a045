/// The rules and weights an instance is planned under (MODEL.md §3). Built from a preset
/// (``PolicyPreset``) with any keys the instance overrides.
public struct Policy: Sendable, Equatable {
    public var preset: PolicyPreset
    public var exchange = Exchange()
    public var cost = Cost()
    public var training = Training()
    public var walking = Walking()
    public var groups = GroupRules()
    public var weights = Weights()

    /// MODEL.md §3, exchange.* keys. What each key means, its range, unit and the presets
    /// that set it are in the key table (``PolicyKey``, PolicyKeys.swift), for every section.
    public struct Exchange: Sendable, Equatable {
        public var minRate = 0.10
        public var minBackboneShare = 0.20
        public var minYearsAtSchool = 6.0
        public var retirementExemptYears = 3.0
        public var maxTravelMinutes = 60.0
        public var headcountTolerance = 0.0
        public var maxCoreBackboneOutShare = 0.30
        public var allowCrossGroup = false
        /// Years an exchange lasts before the teacher returns (§11); 0 = a transfer.
        public var termYears = 3
    }

    /// MODEL.md §3, cost.* keys (yuan).
    public struct Cost: Sendable, Equatable {
        public var allowancePerDay = 0.0
        public var transportPerKm = 0.0
        public var workdaysPerYear = 200.0
        public var budgetPerGroup: Double? = nil
    }

    /// MODEL.md §3, training.* keys.
    public struct Training: Sendable, Equatable {
        public var maxYears = 2
        public var mentorCapacity = 2
    }

    /// MODEL.md §3, walking.* keys.
    public struct Walking: Sendable, Equatable {
        public var maxSchoolsPerDay = 2
        public var maxPeriodsPerDay = 4
        public var maxPeriodsPerWeek = 16
        public var maxTravelMinutes = 45.0
    }

    /// MODEL.md §3, groups.* keys: checked by `validate`, reported with their city.
    public struct GroupRules: Sendable, Equatable {
        public var maxSchools: Int? = nil
        public var maxStudents: StudentLimits? = nil
        public var sameStage = false
        public var onePartnerPerDistrict = false
        public var termYears: Int? = nil
        public var newSchoolsInGroup = false
    }

    /// groups.maxStudents: per stage family (Luohe: senior 15000, compulsory 6000,
    /// preschool 3000). A single number in the file sets all three.
    public struct StudentLimits: Sendable, Equatable {
        public var preschool: Int?
        public var compulsory: Int?
        public var senior: Int?

        public init(preschool: Int?, compulsory: Int?, senior: Int?) {
            self.preschool = preschool
            self.compulsory = compulsory
            self.senior = senior
        }

        /// The limit for a group whose schools are of `stage` (twelve-year counts as senior).
        public func limit(for stage: Stage) -> Int? {
            switch stage {
            case .preschool: return preschool
            case .primary, .junior, .nineYear: return compulsory
            case .senior, .twelveYear: return senior
            }
        }
    }

    /// MODEL.md §3, policy.weights.
    public struct Weights: Sendable, Equatable {
        public var exchange = ExchangeWeights()
        public var training = TrainingWeights()
        public var walking = WalkingWeights()
    }

    public struct ExchangeWeights: Sendable, Equatable {
        public var balance = 100.0
        public var travelHour = 1.0
        public var preferenceRank = 0.5
        public var shortage = 10.0
        public var costPer10k = 1.0
        public var ruralForTitle = 1.0
        /// The change term of §12 (read only with `--near`).
        public var change = 10.0
    }

    public struct TrainingWeights: Sendable, Equatable {
        public var mentor = 1.0
        public var preferenceRank = 0.5
        public var priorityTag = 2.0
        public var year = 1.0
        /// The change term of §12 (read only with `--near`).
        public var change = 5.0
    }

    public struct WalkingWeights: Sendable, Equatable {
        public var uncovered = 1000.0
        public var visit = 1.0
        public var travelHalfHour = 1.0
        /// The change term of §12 (read only with `--near`).
        public var change = 2.0
    }

    /// The baseline of a preset, before overrides: the one place presets' values are
    /// written (the key table, the schema and `validate` read them from here).
    public init(preset: PolicyPreset = .national) {
        self.preset = preset
        switch preset {
        case .national:
            break
        case .luohe:
            cost.allowancePerDay = 80
            groups.maxSchools = 3
            groups.maxStudents = StudentLimits(preschool: 3000, compulsory: 6000, senior: 15000)
        case .nanchang:
            cost.transportPerKm = 1.0
        case .changsha:
            groups.maxSchools = 10
            groups.sameStage = true
            groups.onePartnerPerDistrict = true
            groups.termYears = 6
        case .zhengzhou:
            groups.newSchoolsInGroup = true
        case .qingdao:
            cost.transportPerKm = 1.0
        }
    }
}

/// The policy presets of MODEL.md §3, one per city document.
public enum PolicyPreset: String, Sendable, CaseIterable {
    case national, luohe, nanchang, changsha, zhengzhou, qingdao

    /// The policy document the preset follows.
    public var source: String {
        switch self {
        case .national: return "national practice (县管校聘)"
        case .luohe: return "Luohe 漯教〔2021〕56号"
        case .nanchang: return "Nanchang 洪教义教字〔2021〕5号"
        case .changsha: return "Changsha 长教通〔2020〕97号"
        case .zhengzhou: return "Zhengzhou/Zhengdong bulletin 2022-07-20 (No. 56)"
        case .qingdao: return "Qingdao 《关于推进中小学集团化办学的意见》"
        }
    }
}
