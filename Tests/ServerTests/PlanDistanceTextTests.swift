import Testing
import RotaplanReports
import RotaplanWorkbenchText

/// Every figure of the distance from the plan edited from has its own name on the page.
@Suite struct PlanDistanceTextTests {
    @Test func everyFigureIsNamedInBothLanguages() {
        for f in PlanDistance.Figure.allCases {
            let name = WorkbenchText.figure(f.rawValue)
            #expect(!name.en.isEmpty && name.zh != name.en, "\(f): the fallback, not a name")
        }
    }
}
