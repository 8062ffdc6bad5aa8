extension StringProtocol {
    /// The text without leading and trailing characters that occur in `characters`
    /// (`"(see,".trimming("(,")` → `"see"`).
    public func trimming(_ characters: String) -> String {
        String(drop { characters.contains($0) }.reversed().drop { characters.contains($0) }.reversed())
    }
}
