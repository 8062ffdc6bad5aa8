import Foundation
import Testing
@testable import Segmentation
import IngestCore

/// The byte-level `TextNormalizer` against the definition it implements: Unicode
/// `White_Space` collapsed and trimmed, then NFC.
@Suite struct TextNormalizerTests {
    /// The definition, written the slow and obvious way.
    static func reference(_ text: String) -> String {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
            } else {
                word.append(scalar)
            }
        }
        if !word.isEmpty { words.append(String(word)) }
        return words.joined(separator: " ").precomposedStringWithCanonicalMapping
    }

    @Test func whitespaceTableMatchesUnicode() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(UnicodeWhitespace.contains(value) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func scalarsSkippingNFCAreStableUnderNFC() {
        for value in UInt32(0x300)...0x10FFFF where !TextNormalizer.mayChangeUnderNFC(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            #expect(!scalar.properties.isFullCompositionExclusion, "U+\(String(value, radix: 16))")
            let alone = String(scalar)
            #expect(alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(alone.unicodeScalars))
        }
    }

    @Test(arguments: [
        "", " ", "\t\n\r ", "plain", "  lead and trail  ", "a\u{00A0}\u{00A0}b", "x\u{2003}y\u{3000}z\u{0085}",
        "e\u{0301}te", "\u{212B}ngstr\u{00F6}m", "A\u{030A} and \u{2126}", "\u{201C}quoted\u{201D} \u{2014} dash \u{2022}",
        "emoji 👩‍👩‍👧 \u{1F1F3}\u{1F1F1}", "한국어 \u{1100}\u{1161}", "mixed\t\u{2028}\u{2029}lines\u{000B}\u{000C}",
        "combining symbol \u{20D7}v", "Ελληνικά ά", "\u{FEFF}bom\u{200B}zero-width",
    ])
    func matchesTheDefinition(_ text: String) {
        let normalized = TextNormalizer.normalize(text)
        #expect(normalized.unicodeScalars.elementsEqual(Self.reference(text).unicodeScalars))
    }
    /// `isNormalized` read scalar by scalar: first and last byte no space, no control
    /// character, no space after a space, no other white space, nothing NFC could change.
    static func isNormalizedDefinition(_ text: String) -> Bool {
        guard let first = text.utf8.first, first != 0x20, text.utf8.last != 0x20 else { return text.isEmpty }
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value < 0x20 || (value == 0x20 && previous == 0x20) { return false }
            } else if UnicodeWhitespace.contains(value) || (value >= 0x300 && TextNormalizer.mayChangeUnderNFC(value)) {
                return false
            }
            previous = value
        }
        return true
    }

    /// Long generated texts, their irregular characters at every offset of the sixteen-byte
    /// blocks (regular blocks in a row included): the byte test agrees with the definition,
    /// and normalizing agrees with the reference.
    @Test func generatedTextsMatchTheDefinition() {
        // Half the texts from regular pieces only, so that most of those are normalized.
        let regular = ["a", "b", "word", "sixteen letters!", "seventeen letters", " ", " ", "é", "\u{2014}", "\u{7F}"]
        let all = regular + ["  ", "\u{A0}", "\t", "\n", "e\u{301}", "\u{1F1F3}"]
        var generator = SplitMix64(state: 31)
        for _ in 0..<4_000 {
            let pieces = generator.next(2) == 0 ? regular : all
            let text = (0..<generator.next(24)).map { _ in pieces[generator.next(pieces.count)] }.joined()
            let isNormalized = text.withUTF8Bytes(TextNormalizer.isNormalized)
            #expect(isNormalized == Self.isNormalizedDefinition(text), "\(text.debugDescription)")
            #expect(TextNormalizer.normalize(text).unicodeScalars.elementsEqual(Self.reference(text).unicodeScalars))
        }
    }
}
