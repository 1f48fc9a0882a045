import Foundation
import Testing
import RotaplanDomain
import RotaplanFormats

/// The §8 solution file: every list reads back as written, for the reference plans of
/// all three problems.
@Suite struct SolutionFileTests {
    @Test(arguments: ["tiny-luohe", "small-zhengdong", "small-changsha"], ["exchange", "training", "walking"])
    func referencePlansRoundTrip(_ name: String, _ problem: String) throws {
        let path = examples.appendingPathComponent("solutions/\(name).\(problem).json").path
        let s = try SolutionFile.read(bytes: InstanceLoader.readFile(path), file: path)
        #expect(s.problem.rawValue == problem)
        switch problem {
        case "training": #expect(!s.placements.isEmpty)
        case "walking": #expect(!s.lessons.isEmpty)
        default: #expect(!s.exchanges.isEmpty)
        }
        let back = try SolutionFile.read(bytes: Array(SolutionFile.json(s).utf8), file: path)
        #expect(back == s)
    }

    @Test func badLessonFieldsAreNamed() throws {
        let text = """
            {"format": "rotaplan-solution/1", "problem": "walking", "instance": "x", "status": "optimal",
             "lessons": [{"teacher": "T1", "school": "S1", "class": "1-1", "subject": "music", "day": 0, "period": 2}],
             "uncovered": [{"school": "S1", "class": "1-1", "subject": "music"}]}
            """
        #expect {
            try SolutionFile.read(bytes: Array(text.utf8), file: "bad.json")
        } throws: { error in
            let d = (error as! InstanceError).diagnostics.map(\.description).joined(separator: "\n")
            return d.contains("lessons[0].day") && d.contains("uncovered[0]") && d.contains("periods")
        }
    }
}
