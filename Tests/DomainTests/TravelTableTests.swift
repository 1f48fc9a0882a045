import Testing
import RotaplanDomain

/// The travel table keeps every pair in arrays up to ``TravelTable/denseSchools`` schools
/// and computes derived pairs on demand past that (issue 15, finding 1): both ways give
/// the same figures.
@Suite struct TravelTableTests {
    @Test func theDenseAndTheOnDemandTablesAgree() {
        let small = 300, large = TravelTable.denseSchools + 10
        var locations: [Location?] = []
        for k in 0..<large {
            let lat = 34 + Double(k % 50) * 0.01, lon = 113 + Double(k / 50) * 0.01
            locations.append(k % 7 == 3 ? nil : Location(lat: lat, lon: lon))
        }
        locations[5] = nil
        var dense = TravelTable(count: small, locations: Array(locations.prefix(small)))
        var onDemand = TravelTable(count: large, locations: locations)
        // Given rows: both directions, one direction without km, a school without a location.
        for (a, b, minutes, km) in [(0, 1, 12.0, 4.5 as Double?), (1, 0, 14.0, nil), (5, 9, 30.0, 11.0), (10, 11, 8.0, nil)] {
            dense.setGiven(a, b, minutes: minutes, km: km)
            onDemand.setGiven(a, b, minutes: minutes, km: km)
        }
        for a in stride(from: 0, to: small, by: 7) {
            for b in 0..<small {
                #expect(dense.minutes(a, b) == onDemand.minutes(a, b), "minutes \(a) \(b)")
                #expect(dense.km(a, b) == onDemand.km(a, b), "km \(a) \(b)")
                #expect(dense.source(a, b) == onDemand.source(a, b), "source \(a) \(b)")
                #expect(dense.kmWasDerived(a, b) == onDemand.kmWasDerived(a, b), "kmWasDerived \(a) \(b)")
            }
        }
        #expect(onDemand.minutes(1, 0) == 14 && onDemand.km(1, 0) == TravelTable.derivedKm(locations[1]!, locations[0]!))
        #expect(onDemand.kmWasDerived(1, 0) && !onDemand.kmWasDerived(0, 1))
        #expect(onDemand.minutes(3, 4) == nil && onDemand.source(3, 4) == .unknown)
        #expect(onDemand.minutes(5, 9) == 30 && onDemand.km(5, 9) == 11)
        #expect(onDemand.minutes(large - 1, large - 1) == 0 && dense.minutes(7, 7) == 0)
        #expect(onDemand.givenPairs.map { [$0.a, $0.b] } == [[0, 1], [1, 0], [5, 9], [10, 11]])
    }
}
