import Foundation
import Testing
@testable import RotaplanDomain
@testable import RotaplanFormats

/// Derived values of MODEL.md §2–§3 against hand-worked numbers.
@Suite struct DerivedValueTests {
    let x = try! load(baseInstance).get().instance

    @Test func qualityIsTitleScorePlusTwoForBackbone() {
        #expect(x.teachers[0].quality == 5)  // senior 3 + backbone 2
        #expect(x.teachers[1].quality == 2)  // first 2
        #expect(Title.allCases.map(\.score) == [3, 2, 1, 0])
    }

    @Test func headcountBeforeAnyMove() {
        #expect((0..<3).map { x.headcount(ofSchool: $0) } == [1, 1, 0])
    }

    @Test func eligibility() {
        // T1: 9 years ≥ 6, 15 > 3 years to retirement, in a group → eligible.
        #expect(x.isEligible(teacher: 0))
        // T2: 7 years, retirement absent (not near) → eligible.
        #expect(x.isEligible(teacher: 1))
        var y = x
        y.teachers[0].yearsToRetirement = 3  // within 3 years of retirement: exempt
        #expect(!y.isEligible(teacher: 0))
        y.teachers[0].yearsToRetirement = 3.5
        #expect(y.isEligible(teacher: 0))
        y.teachers[0].yearsAtSchool = 5.9
        #expect(!y.isEligible(teacher: 0))
        y.teachers[1].exempt = true
        #expect(!y.isEligible(teacher: 1))
        // A teacher whose school is in no group is never eligible.
        var z = x
        z.schools[1].group = nil
        #expect(!z.isEligible(teacher: 1))
    }

    @Test func travelGivenSymmetricAndDerived() {
        // Given row S1 → S2 applies both ways.
        #expect(x.travel.minutes(0, 1) == 20 && x.travel.minutes(1, 0) == 20)
        #expect(x.travel.km(1, 0) == 8)
        #expect(x.travel.minutes(0, 0) == 0)
        // S3 has no location: unknown.
        #expect(x.travel.minutes(0, 2) == nil)
    }

    @Test func haversineTimesRoadFactor() {
        // 0.1° of latitude = 11.1195 km on a sphere of radius 6371 km; × 1.3 = 14.4553 km;
        // at 30 km/h: 28.9107 minutes.
        let km = TravelTable.derivedKm(Location(lat: 30, lon: 110), Location(lat: 30.1, lon: 110))
        #expect(abs(km - 6371.0 * 0.1 * .pi / 180 * 1.3) < 1e-9)
        #expect(abs(km - 14.45535) < 1e-4)
        #expect(abs(TravelTable.derivedMinutes(km: km) - 28.9107) < 1e-3)
    }

    @Test func derivedPairWhenNoRow() throws {
        let text = baseInstance.replacingOccurrences(of: "{\"from\": \"S1\", \"to\": \"S2\", \"minutes\": 20, \"km\": 8}", with: "")
        let y = try load(text).get().instance
        let km = TravelTable.derivedKm(Location(lat: 34.70, lon: 113.70), Location(lat: 34.75, lon: 113.75))
        #expect(y.travel.km(0, 1) == km)
        #expect(y.travel.minutes(0, 1) == km / 30 * 60)
        #expect(y.travel.source(0, 1) == .derived)
    }

    @Test func oneDirectionGivenOtherDerivedFromRow() throws {
        let text = baseInstance.replacingOccurrences(
            of: "{\"from\": \"S1\", \"to\": \"S2\", \"minutes\": 20, \"km\": 8}",
            with: "{\"from\": \"S1\", \"to\": \"S2\", \"minutes\": 20, \"km\": 8}, {\"from\": \"S2\", \"to\": \"S1\", \"minutes\": 25}")
        let y = try load(text).get().instance
        #expect(y.travel.minutes(0, 1) == 20 && y.travel.minutes(1, 0) == 25)
        // km missing on the reverse row: derived from the locations.
        #expect(y.travel.km(1, 0) == TravelTable.derivedKm(Location(lat: 34.75, lon: 113.75), Location(lat: 34.70, lon: 113.70)))
    }

    @Test(arguments: [
        ([Int](), 2, 0.0), ([2, 1], 2, 0.0), ([2, 1], 1, 1.0), ([2, 1], 0, 3.0), ([5], 0, 2.0),
    ])
    func preferenceCost(_ list: [Int], _ school: Int, _ expected: Double) {
        #expect(Instance.preferenceCost(list, school: school) == expected)
    }

    @Test func mentorCapacityDefaults() throws {
        #expect(x.mentorCapacity(ofTeacher: 0) == 2)  // senior and backbone: policy default
        #expect(x.mentorCapacity(ofTeacher: 1) == 0)  // first, not backbone
        var y = x
        y.teachers[1].mentorCapacity = 3
        #expect(y.mentorCapacity(ofTeacher: 1) == 3)
        y.teachers[0].mentorCapacity = 0
        #expect(y.mentorCapacity(ofTeacher: 0) == 0)
    }

    @Test(arguments: [
        ("数学", "math"), ("Math", "math"), ("MATH", "math"), (" 语文 ", "chinese"), ("道德与法治", "politics"),
        ("政治", "politics"), ("信息科技", "it"), ("信息技术", "it"), ("心理健康", "psychology"), ("体育", "pe"),
        ("书法", "书法"), ("Robotics", "robotics"),
    ])
    func subjectKeys(_ name: String, _ key: String) {
        #expect(Subject(name).key == key)
    }

    @Test func missingDistrictsAreEqual() throws {
        let text = baseInstance.replacingOccurrences(of: "\"district\": \"A区\", ", with: "")
        let y = try load(text).get().instance
        #expect(y.sameDistrict(0, 2))  // both missing
        #expect(!x.sameDistrict(0, 2))  // A区 vs missing
        #expect(x.sameDistrict(0, 1))
    }

    @Test func presetsAndOverrides() throws {
        #expect(Policy(preset: .luohe).cost.allowancePerDay == 80)
        #expect(Policy(preset: .luohe).groups.maxSchools == 3)
        #expect(Policy(preset: .changsha).groups.sameStage && Policy(preset: .changsha).groups.termYears == 6)
        #expect(Policy(preset: .nanchang).cost.transportPerKm == 1 && Policy(preset: .qingdao).cost.transportPerKm == 1)
        let text = baseInstance.replacingOccurrences(
            of: "\"preset\": \"national\"}",
            with: "\"preset\": \"luohe\", \"exchange\": {\"minRate\": 0.12}, \"weights\": {\"exchange\": {\"balance\": 50}}}")
        let y = try load(text).get().instance
        #expect(y.policy.preset == .luohe)
        #expect(y.policy.cost.allowancePerDay == 80)  // from the preset
        #expect(y.policy.exchange.minRate == 0.12)  // overridden
        #expect(y.policy.weights.exchange.balance == 50)
        #expect(y.policy.weights.exchange.shortage == 10)
    }

    @Test func maxStudentsKeysOverrideOneByOne() throws {
        let text = baseInstance.replacingOccurrences(
            of: "\"preset\": \"national\"}", with: "\"preset\": \"luohe\", \"groups\": {\"maxStudents\": {\"compulsory\": 8000}}}")
        let limits = try #require(try load(text).get().instance.policy.groups.maxStudents)
        #expect(limits.compulsory == 8000 && limits.preschool == 3000 && limits.senior == 15000)
    }

    @Test func luoheFindingsCiteTheirSource() throws {
        let text = baseInstance.replacingOccurrences(of: "\"preset\": \"national\"", with: "\"preset\": \"luohe\"")
            .replacingOccurrences(of: "\"students\": 900", with: "\"students\": 6000")
        let loaded = try load(text).get()
        #expect(loaded.warnings.count == 1)
        #expect(loaded.warnings[0].description.contains("groups.maxStudents: the group has 6200 students; the limit for a primary group is 6000"))
        #expect(loaded.warnings[0].description.contains("漯教〔2021〕56号"))
    }
}
