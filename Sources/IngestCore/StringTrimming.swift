extension StringProtocol {
    /// The text without leading and trailing characters that occur in `characters`
    /// (`"(see,".trimming("(,")` → `"see"`). Moves two indexes and copies once.
    @inlinable
    public func trimming(_ characters: String) -> String {
        var start = startIndex
        var end = endIndex
        while start < end, characters.contains(self[start]) { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard characters.contains(self[before]) else { break }
            end = before
        }
        return String(self[start..<end])
    }
}
