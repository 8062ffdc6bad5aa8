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

    /// Whether NFC could change text containing `scalar` (≥ U+0300). Only the blocks of
    /// punctuation, symbols and arrows (U+2000–U+2BFF: dashes, curly quotes, bullets…) are
    /// known not to change unless they are combining marks or singletons; any other
    /// scalar sends the text through Foundation's NFC.
    static func mayChangeUnderNFC(_ scalar: Unicode.Scalar) -> Bool {
        guard (0x2000...0x2BFF).contains(scalar.value) else { return true }
        // Singletons such as U+212B (Å) and U+2000 are composition exclusions.
        return scalar.properties.canonicalCombiningClass != .notReordered || scalar.properties.isFullCompositionExclusion
    }
}
