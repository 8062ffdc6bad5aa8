import Foundation

/// The contract's text normalization: Unicode NFC, whitespace runs (tabs and line
/// breaks included) collapsed to one space, trimmed.
public enum TextNormalizer {
    /// `text` normalized.
    public static func normalize(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" "); pendingSpace = false }
            result.append(character)
        }
        return result.precomposedStringWithCanonicalMapping
    }
}
