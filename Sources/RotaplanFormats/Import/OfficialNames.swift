import RotaplanDomain

/// The names bureaus' rosters use for titles and backbone teachers (docs/import.md),
/// read as the `title` and `backbone` of MODEL.md §2.
extension CellValues {
    /// Titles beyond the loader's names (``InstanceReader/chineseTitles``): the older
    /// 中级/初级 grading and the short 副高/正高.
    static let extraTitles: [String: Title] = [
        "中级": .first, "初级": .second, "副高": .senior, "正高": .senior, "暂无": .none, "无职称": .none,
    ]

    /// The former 中学/小学 title series as the 2015 reform (人社部发〔2015〕79号) merged
    /// them: 中学高级 → 高级; 中学一级 and 小学高级 → 一级; 中学二级 and 小学一级 → 二级;
    /// 中学三级, 小学二级 and 小学三级 → 三级 (none in §2).
    static let formerSeries: [String: Title] = [
        "中学高级": .senior, "中学一级": .first, "中学二级": .second, "中学三级": .none,
        "小学高级": .first, "小学一级": .second, "小学二级": .none, "小学三级": .none,
    ]

    /// A title: the §2 keys, the Chinese names, the official names with 教师 (正高级教师 …
    /// 三级教师; 正高级 counts as senior), the former 中学/小学 series and 中小学高级教师.
    static func title(_ text: String) -> Result<Title, CellError> {
        var name = text
        if name.hasSuffix("教师") { name.removeLast(2) }
        if name.hasPrefix("中小学") { name.removeFirst(3) }
        for candidate in [text, name] {
            if let t = Title(rawValue: candidate.lowercased()) ?? InstanceReader.chineseTitles[candidate]
                ?? extraTitles[candidate] ?? formerSeries[candidate] {
                return .success(t)
            }
        }
        return .failure(CellError(.unknownTitle(text)))
    }

    /// A backbone cell: yes/no, or a level that counts as yes (MODEL.md §2: backbone =
    /// 骨干教师/学科带头人/名师), kept so that the import can say which levels it read.
    struct Backbone: Equatable {
        var isBackbone: Bool
        /// The level as written (市级骨干), when the cell named one.
        var level: String? = nil
    }

    /// The endings of a backbone level (省级/市级/区级/县级/校级骨干, 学科带头人, 名师),
    /// after an optional trailing 教师.
    static let backboneEndings = ["骨干", "学科带头人", "名师"]

    static func backbone(_ text: String) -> Result<Backbone, CellError> {
        let yesNo = bool(text)
        if case .success(let b) = yesNo { return .success(Backbone(isBackbone: b, level: nil)) }
        var name = text
        if name.hasSuffix("教师") { name.removeLast(2) }
        if name == "骨干" { return .success(Backbone(isBackbone: true, level: nil)) }
        if backboneEndings.contains(where: name.hasSuffix) { return .success(Backbone(isBackbone: true, level: text)) }
        return yesNo.map { Backbone(isBackbone: $0) }.mapError { _ in CellError(.notBackbone(text)) }
    }
}
