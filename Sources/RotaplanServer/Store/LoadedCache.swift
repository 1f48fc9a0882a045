import Foundation
import Synchronization
import RotaplanFormats

/// Parsed instance versions and plan folders, kept in memory: both are immutable once
/// written (a change is a new version), so a page shown twice parses its city-size roster
/// once. At most `capacity` entries each, the least recently used dropped first.
final class LoadedCache<Value: Sendable>: Sendable {
    private struct State: Sendable {
        var entries: [Int64: Value] = [:]
        var order: [Int64] = []
    }
    private let state = Mutex(State())
    let capacity: Int

    init(capacity: Int = 8) { self.capacity = capacity }

    /// The value for `key`, made by `make` (outside the lock) when it is not kept.
    func value<E: Error>(_ key: Int64, make: () throws(E) -> Value) throws(E) -> Value {
        if let v = state.withLock({ s -> Value? in
            guard let v = s.entries[key] else { return nil }
            s.order.removeAll { $0 == key }; s.order.append(key)
            return v
        }) { return v }
        let v = try make()
        state.withLock { s in
            if s.entries[key] == nil { s.order.append(key) }
            s.entries[key] = v
            while s.order.count > capacity { s.entries[s.order.removeFirst()] = nil }
        }
        return v
    }
}

extension Workbench {
    /// The instance version's file, read and validated once (``LoadedCache``).
    public func loaded(_ version: InstanceVersion) throws(InstanceError) -> InstanceLoader.Loaded {
        guard let id = version.id else { return try InstanceLoader.load(bytes: [UInt8](version.json), file: "instance.json") }
        return try instanceCache.value(id) { () throws(InstanceError) in
            try InstanceLoader.load(bytes: [UInt8](version.json), file: "instance.json")
        }
    }
}
