import Foundation

/// The contract's text normalization: Unicode NFC, whitespace runs (tabs and line
/// breaks included) collapsed to one space, trimmed.
public enum TextNormalizer {
    /// `text` normalized.
    public static func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        var needsComposition = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" "); pendingSpace = false }
            // Below U+0300 (combining marks start there) text is already in NFC.
            if scalar.value >= 0x300 { needsComposition = true }
            scalars.append(scalar)
        }
        let result = String(scalars)
        return needsComposition ? result.precomposedStringWithCanonicalMapping : result
    }
}
