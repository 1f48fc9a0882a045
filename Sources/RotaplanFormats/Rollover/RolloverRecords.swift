import RotaplanDomain

/// Records of the instance document as rollover edits them (MODEL.md §11): an object's
/// members in file order, so a record keeps its fields, their order and the numbers as
/// given; a field rollover sets replaces the old value in place or is appended.
struct DocumentRecord: Sendable {
    var members: [(key: String, value: JSONNode)]

    init(_ node: JSONNode) {
        if case let .object(m) = node.value { members = m } else { members = [] }
    }

    init(_ members: [(String, JSONNode.Value)]) {
        self.members = members.map { (key: $0.0, value: JSONNode($0.1)) }
    }

    subscript(key: String) -> JSONNode.Value? {
        get { members.first { $0.key == key }?.value.value }
        set {
            guard let newValue else { members.removeAll { $0.key == key }; return }
            if let i = members.firstIndex(where: { $0.key == key }) { members[i].value = JSONNode(newValue) } else {
                members.append((key: key, value: JSONNode(newValue)))
            }
        }
    }

    func string(_ key: String) -> String? { if case let .string(s)? = self[key] { s } else { nil } }
    /// A number field; `null` is absent (§11 readings).
    func number(_ key: String) -> Double? { if case let .number(x)? = self[key] { x } else { nil } }

    var node: JSONNode { JSONNode(.object(members)) }
}

extension JSONNode.Value {
    static func integer(_ n: Int) -> JSONNode.Value { .number(Double(n)) }
}

/// The document's top-level members, written back in their order with the layout of
/// ``InstanceWriter`` (one record per line).
struct InstanceDocument: Sendable {
    var members: [(key: String, value: JSONNode)]

    init(_ root: JSONNode) {
        if case let .object(m) = root.value { members = m } else { members = [] }
    }

    /// The records of a top-level list (absent or `null`: none).
    func records(_ key: String) -> [DocumentRecord] {
        guard let v = members.first(where: { $0.key == key })?.value, case let .array(items) = v.value else { return [] }
        return items.map(DocumentRecord.init)
    }

    func has(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// Sets a top-level list; a new key goes after `after` when that key is present, else last.
    mutating func set(_ key: String, _ records: [DocumentRecord], after: String? = nil) {
        set(key, JSONNode(.array(records.map(\.node))), after: after)
    }

    mutating func set(_ key: String, _ node: JSONNode, after: String? = nil) {
        if let i = members.firstIndex(where: { $0.key == key }) { members[i].value = node; return }
        if let after, let i = members.firstIndex(where: { $0.key == after }) {
            members.insert((key: key, value: node), at: i + 1)
        } else {
            members.append((key: key, value: node))
        }
    }

    /// The text: the top level one member per line, each list of records one record per
    /// line, everything else on one line; numbers in the shortest form that reads back to
    /// the same double (``JSONText/number(_:)``).
    var text: String {
        let top = members.map { m -> (String, JSONOut) in
            if case let .array(items) = m.value.value, items.contains(where: { if case .object = $0.value { true } else { false } }) {
                return (m.key, .array(items.map(JSONOut.init), lines: true))
            }
            return (m.key, JSONOut(m.value))
        }
        return JSONOut.object(top, lines: true).text() + "\n"
    }
}
