import Foundation
import Testing

/// `rotaplan check` exits 0 only when everything the file claims is verified, and every
/// command that reads a plan checks it first (docs/reliability.md, "What `check`
/// promises").
@Suite struct CheckCommandTests {
    static func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: ["exchange", "training", "plan"], ["infeasible", "no-solution"])
    func aBareClaimThatNoPlanExistsIsNotHolds(_ problem: String, _ status: String) throws {
        let dir = try Fixture.folder("check-bare")
        let file = try Self.write("{\"problem\": \"\(problem)\", \"status\": \"\(status)\"}", "s.json", in: dir)
        let c = try CLI.run(["check", Fixture.tiny, file])
        #expect(c.status == 1, "\(c.stdout) \(c.stderr)")
        #expect(!c.stdout.contains("holds"), "\(c.stdout)")
        if problem != "plan" {
            #expect(c.stderr.contains("\(file): not verified: status \(status): the checker cannot verify")
                    || c.stderr.contains("\(file): not verified: status \(status): the file holds no plan"), "\(c.stderr)")
            #expect(c.stdout == "\(file): no violation found, but 1 claim cannot be verified\n", "\(c.stdout)")
        }
    }

    @Test func walkingInfeasibleIsAViolation() throws {
        let dir = try Fixture.folder("check-walking")
        let file = try Self.write("{\"problem\": \"walking\", \"status\": \"infeasible\"}", "s.json", in: dir)
        let c = try CLI.run(["check", Fixture.tiny, file])
        #expect(c.status == 1)
        #expect(c.stderr.contains("\(file): violation: §6: status infeasible is false"), "\(c.stderr)")
    }

    @Test func spoiltHeadersAndForeignSectionsAreRejected() throws {
        let dir = try Fixture.folder("check-spoilt")
        let plan = dir.appendingPathComponent("x.json").path
        #expect(try CLI.run(["exchange", Fixture.tiny, "-o", plan, "--quiet"]).status == 0)
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        let cases: [(String, String, String)] = [
            (#""gap": [^,]+,"#, "\"gap\": 0.5,", "status optimal with gap 0.5: a proven optimum has gap 0"),
            (#""gap": [^,]+,"#, "\"gap\": -0.1,", "status optimal with gap -0.1"),
            (#""metrics":"#, "\"placements\": [{\"newHire\": \"N01\", \"host\": \"S1\", \"mentor\": \"T01\", \"years\": 1, \"destination\": \"S2\"}],\n \"metrics\":",
             "an exchange solution holds only exchanges, but this one lists 1 placements"),
        ]
        for (old, new, message) in cases {
            let spoilt = text.replacingOccurrences(of: old, with: new, options: .regularExpression)
            #expect(spoilt != text, "\(old)")
            let file = try Self.write(spoilt, "spoilt.json", in: dir)
            let c = try CLI.run(["check", Fixture.tiny, file])
            #expect(c.status == 1, "\(message)")
            #expect(c.stderr.contains("\(file): violation: §8: \(message)"), "\(c.stderr)")
        }
    }

    /// The plan's own `--verify` accepts its infeasible stage (the stage is explained);
    /// `check` finds no violation in the plan but does not call it "holds".
    @Test func aPlanWithAnInfeasibleStageIsWrittenButNotVerified() throws {
        let dir = try Fixture.folder("check-plan-stage")
        let text = try String(contentsOfFile: Fixture.tiny, encoding: .utf8).replacingOccurrences(of: "\"minYears\": 2", with: "\"minYears\": 3")
        let instance = try Self.write(text, "bad.json", in: dir)
        let out = dir.appendingPathComponent("plan.json").path
        let r = try CLI.run(["plan", instance, "-o", out])
        #expect(r.status == 1 && r.stderr.contains("no plan for training (infeasible)"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
        let c = try CLI.run(["check", instance, out])
        #expect(c.status == 1, "\(c.stderr)")
        #expect(!c.stderr.contains("violation"), "\(c.stderr)")
        #expect(c.stderr.contains("\(out): not verified: training stage: status infeasible: the checker cannot verify that no plan exists; re-solve to confirm"), "\(c.stderr)")
    }

    /// `training --exchange` runs the checker on the exchange plan first: a plan that fails
    /// is invalid input, each finding printed with the file named.
    @Test func trainingRefusesAnExchangePlanThatFailsTheCheck() throws {
        let dir = try Fixture.folder("check-training-input")
        let plan = dir.appendingPathComponent("x.json").path
        #expect(try CLI.run(["exchange", Fixture.tiny, "-o", plan, "--quiet"]).status == 0)
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        let moved = text.replacingOccurrences(of: "{\"teacher\": \"T02\", \"from\": \"S1\", \"to\": \"S3\"},\n", with: "")
        #expect(moved != text)
        let spoilt = try Self.write(moved, "spoilt.json", in: dir)
        #expect(try CLI.run(["check", Fixture.tiny, spoilt]).status == 1)
        let out = dir.appendingPathComponent("t.json").path
        let r = try CLI.run(["training", Fixture.tiny, "-o", out, "--vacancies", "derived", "--exchange", spoilt])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("\(spoilt): violation: §4.5 headcount"), "\(r.stderr)")
        #expect(r.stderr.contains("\(spoilt): the exchange plan fails the independent check against \(Fixture.tiny); give a plan that `rotaplan check` accepts"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
        // A file that says there is no exchange plan gives no moves to derive vacancies from.
        let none = try Self.write("{\"problem\": \"exchange\", \"status\": \"infeasible\"}", "none.json", in: dir)
        let n = try CLI.run(["training", Fixture.tiny, "-o", out, "--vacancies", "derived", "--exchange", none])
        #expect(n.status == 2, "\(n.stderr)")
        #expect(n.stderr.contains("\(none): holds no exchange plan (status infeasible)"), "\(n.stderr)")
        // The plan as written is accepted.
        let ok = try CLI.run(["training", Fixture.tiny, "-o", out, "--vacancies", "derived", "--exchange", plan])
        #expect(ok.status == 0 || ok.status == 1, "\(ok.stderr)")
    }
}
