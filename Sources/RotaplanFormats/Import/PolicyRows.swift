import RotaplanDomain

/// The policy sheet (政策) of a workbook and a `--policy FILE.csv` of the same shape
/// (docs/import.md, "Policy"; issue 17 item 1): rows of key and value, the key by its
/// dotted name (`exchange.minRate`) or its label in the key table (``PolicyKey/label``,
/// 最低交流比例 or "minimum exchange rate"), or `preset`/预设. Each value is checked by the
/// key table as `--set` checks it; a problem names the sheet (or file), its row and the key.
extension ImportRun {
    static let policyKeyHeaders = ["key", "参数", "政策", "参数名", "名称", "项目", "政策参数", "键"]
    static let policyValueHeaders = ["value", "值", "取值", "数值", "设置", "参数值"]
    static let presetNames = ["preset", "预设", "政策预设", "城市预设"]

    mutating func readPolicyCSV(_ bytes: [UInt8], file: String) {
        switch CSVReader.read(bytes, file: file) {
        case .failure(let e): diagnostics += e.diagnostics
        case .success(let decoded):
            let (csv, problems) = CSVReader.parse(decoded.text, file: file)
            diagnostics += problems
            if let csv { policyTables.append(csv) }
        }
    }

    /// The key named `text`: dotted (with or without `policy.`), or a Chinese or English label.
    static func policyKey(_ text: String) -> String? {
        var name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.hasPrefix("policy.") { name.removeFirst("policy.".count) }
        if presetNames.contains(name.lowercased()) { return "preset" }
        if let key = PolicyKey.named(name) { return key.name }
        let lower = name.lowercased()
        return PolicyKey.all.first { $0.label.zh == name || $0.label.en.lowercased() == lower }?.name
    }

    /// The preset's policy with every row of the policy tables applied in order.
    mutating func policyFromRows() -> Policy {
        var policy = Policy(preset: preset)
        for t in policyTables {
            let header = t.header.cells.map { Self.normalise($0.value) }
            guard let k = header.firstIndex(where: { Self.policyKeyHeaders.contains($0) }),
                  let v = header.firstIndex(where: { Self.policyValueHeaders.contains($0) }) else {
                error(t.file, nil, "", "the policy table needs a header row with a key column (参数 or key) and a value column (值 or value)", line: t.header.line)
                continue
            }
            for record in t.records {
                guard k < record.cells.count, !record.cells[k].value.isEmpty else { continue }
                let keyCell = record.cells[k]
                if keyCell.value.hasPrefix("#") { continue }
                guard let name = Self.policyKey(keyCell.value) else {
                    let accepted = PolicyKey.all.flatMap { [$0.name, $0.label.zh] } + ["preset"]
                    let hint = HeaderHint.closest(keyCell.value, in: accepted) ?? FieldReader.closest(keyCell.value, in: accepted)
                    error(t.file, keyCell, keyCell.value, "unknown policy key \"\(keyCell.value)\"" + (hint.map { "; did you mean \"\($0)\"?" } ?? "") + " (the keys: rotaplan import --help, docs/instance-format.md)")
                    continue
                }
                // An empty value keeps the preset's (the template lists every key so).
                guard v < record.cells.count, !record.cells[v].value.isEmpty else { continue }
                let valueCell = record.cells[v]
                do {
                    policy = try policy.applying([PolicySetting(key: name, value: valueCell.value)], source: t.file)
                } catch {
                    for d in error.diagnostics { self.error(t.file, valueCell, keyCell.value, d.message) }
                }
            }
        }
        return policy
    }
}
