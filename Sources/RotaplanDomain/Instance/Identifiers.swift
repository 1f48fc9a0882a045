/// Distinct id types, so a school id can never be passed where a teacher id is meant.
public protocol EntityID: Hashable, Comparable, Sendable, CustomStringConvertible {
    var rawValue: String { get }
    init(_ rawValue: String)
}

extension EntityID {
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public var description: String { rawValue }
}

public struct SchoolID: EntityID { public let rawValue: String; public init(_ r: String) { rawValue = r } }
public struct GroupID: EntityID { public let rawValue: String; public init(_ r: String) { rawValue = r } }
public struct TeacherID: EntityID { public let rawValue: String; public init(_ r: String) { rawValue = r } }
public struct NewHireID: EntityID { public let rawValue: String; public init(_ r: String) { rawValue = r } }
