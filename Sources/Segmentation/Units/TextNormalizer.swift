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
            if scalar.value >= 0x300, !needsComposition, Self.mayChangeUnderNFC(scalar) { needsComposition = true }
            scalars.append(scalar)
        }
        let result = String(scalars)
        return needsComposition ? result.precomposedStringWithCanonicalMapping : result
    }

    /// Whether NFC could change text containing `scalar`: combining marks, Hangul jamo and
    /// the characters NFC replaces (Full_Composition_Exclusion, which includes singletons such as U+212B Å).
    /// Everything else — Latin letters with their accents precomposed, dashes, curly quotes,
    /// bullets — is already in NFC, and Foundation need not be called.
    static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        if properties.canonicalCombiningClass != .notReordered { return true }
        if properties.isFullCompositionExclusion { return true }
        if (0x1100...0x11FF).contains(scalar.value) { return true }
        return false
    }
}
