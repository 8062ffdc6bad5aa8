extension StringProtocol {
    /// The text without leading and trailing characters that occur in `characters`
    /// (`"(see,".trimming("(,")` → `"see"`). Moves two indexes and copies once.
    @inlinable
    public func trimming(_ characters: String) -> String {
        // Nothing to trim when both end characters are single ASCII bytes outside an
        // ASCII set ("\r\n" reports 0x0A as its asciiValue: it takes the full path).
        if let first = first?.asciiValue, let last = last?.asciiValue, first != 0x0A, last != 0x0A,
           characters.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D && $0 != 0x0A }),
           !characters.utf8.contains(first), !characters.utf8.contains(last) {
            return String(self)
        }
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
