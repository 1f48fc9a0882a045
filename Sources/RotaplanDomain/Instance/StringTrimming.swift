extension StringProtocol {
    /// The string without leading and trailing whitespace (spaces, tabs, newlines, the
    /// ideographic space U+3000 that Chinese input methods type). Pure Swift: Foundation's
    /// `trimmingCharacters` bridges through NSString and dominated instance loading.
    public func trimmedWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = lastIndex(where: { !$0.isWhitespace })!
        return String(self[first...last])
    }

    /// Whether the string is empty or only whitespace.
    public var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
