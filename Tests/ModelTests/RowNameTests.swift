import Foundation
import GLPK
import RotaplanDomain
import RotaplanFormats
import RotaplanModels
import Testing

/// Every LP row the models write is named through the rule table (MODEL.md §4–§6,
/// RuleID.swift): its prefix, the part before `[`, is a rule's ``RuleID/rowPrefix`` or a
/// ``RuleID/Row``. A row named by a string of its own fails here.
@Suite struct RowNameTests {
    static let prefixes = Set(RuleID.allCases.compactMap(\.rowPrefix) + RuleID.Row.allCases.map(\.rawValue))

    /// The prefixes of a model's rows that the table does not know.
    static func unknown(_ model: Model) -> Set<String> {
        Set(model.rowNames.map { String($0.prefix { $0 != "[" }) }).subtracting(prefixes)
    }

    /// The bundled Zhengdong instance with a must-move-to and a mentor pin, so that the pins' rows exist.
    static func zhengdong() throws -> Instance {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var x = try InstanceLoader.load(path: root.appendingPathComponent("instances/zhengdong-2025.json").path).instance
        x.pins = try PinLoader.load(bytes: Array("who,rule,target\nT0105,must-move-to,S04\nN01,mentor,T0501\n".utf8),
                                    file: "pins.csv", for: x).pins
        return x
    }

    @Test func everyRowIsNamedThroughTheRuleTable() throws {
        let x = try Self.zhengdong()
        var seen = Set<String>()
        for f in ExchangeModel.Formulation.allCases {
            let m = try ExchangeModel(x, formulation: f).model
            #expect(Self.unknown(m).isEmpty, "exchange \(f): \(Self.unknown(m).sorted())")
            seen.formUnion(m.rowNames.map { String($0.prefix { $0 != "[" }) })
        }
        for f in TrainingModel.Formulation.allCases {
            let m = try TrainingModel(x, formulation: f).model
            #expect(Self.unknown(m).isEmpty, "training \(f): \(Self.unknown(m).sorted())")
            seen.formUnion(m.rowNames.map { String($0.prefix { $0 != "[" }) })
        }
        for f in WalkingModel.Formulation.allCases {
            let m = try WalkingModel(WalkingScope(x), formulation: f).model
            #expect(Self.unknown(m).isEmpty, "walking \(f): \(Self.unknown(m).sorted())")
            seen.formUnion(m.rowNames.map { String($0.prefix { $0 != "[" }) })
        }
        // The pins' rows are there, so the test sees them.
        #expect(seen.contains(RuleID.Row.exchangePinnedMove.rawValue) && seen.contains(RuleID.Row.trainingOneDestination.rawValue),
                "\(seen.sorted())")
    }

}
