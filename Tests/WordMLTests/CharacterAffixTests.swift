import Testing
@testable import Segmentation

/// `CharacterAffix` against `String.hasPrefix`, the definition it stands in
/// for, on the affixes the segmenter tests and on texts built to break byte comparison.
@Suite struct CharacterAffixTests {
    /// Every affix the segmenter passes, plain or not.
    static let affixes: [String] = {
        let nouns = RecommendationCues.bodyNouns + RecommendationCues.dutchBodyNouns
        let lastWords = nouns.map { String($0.split(separator: " ").last ?? Substring($0)) }
        let prefixes = (RecommendationCues.connectivePrefixes + RecommendationCues.participlePrefixes).map(\.text)
        return ParagraphReferences.words + nouns + lastWords + prefixes + ["", "K", "a;", "`x", "\r", "e\u{301}"]
    }()

    /// Pieces around and inside the affixes: combining marks, a prepended mark (U+0600),
    /// CR LF, the scalars whose decomposition is ASCII, look-alikes, emoji flags.
    static let pieces = [
        "", " ", "  ", "para", "paragraph", "s", ".", "§", "Raad", "raad", "Commissie", "Comit", "é", "e", "\u{301}",
        "\u{308}", "\u{600}", "\u{200D}", "\r", "\n", "\r\n", "\u{212A}", "\u{37E}", "\u{1FEF}", "K", ";", "`", "van",
        "State", "Groep", "further", ",", "welcoming", "\u{1F1F3}\u{1F1F1}", "\u{00A0}", "ﬀ", "Ö", "12", "(", ")",
    ]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { _ in
            (0..<generator.next(6)).map { _ in pieces[generator.next(pieces.count)] }.joined()
        }
    }

    /// The premise: no `Character` but a plain scalar itself equals a plain scalar.
    @Test func onlyThePlainScalarEqualsItself() {
        let plain = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter { CharacterAffix.isPlain(String($0)) }
        #expect(plain.count == 95 - 3 + 1)
        let plainCharacters = Set(plain.map(Character.init))
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), plainCharacters.contains(Character(scalar)) else { continue }
            #expect(plain.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test func matchesTheCharacterDefinition() {
        let texts = Self.texts(count: 2_000, seed: 61)
        for affix in Self.affixes {
            for text in texts + Self.affixes.flatMap({ [$0, $0 + "\u{301}", "\u{600}" + $0, $0 + "s", "x" + $0] }) {
                #expect(CharacterAffix.hasPrefix(text[...], affix) == text.hasPrefix(affix), "\(text.debugDescription) \(affix)")
                let tail = text.dropFirst()
                #expect(CharacterAffix.hasPrefix(tail, affix) == tail.hasPrefix(affix), "\(tail.debugDescription) \(affix)")
            }
        }
    }

    /// The opener's early rejection of a phrase's last word: where it rejects, no last word
    /// of a body noun is a suffix (by `Character`s).
    @Test func bodyNounRejectionIsSafe() {
        let lastWords = RecommendationCues.bodyNounLastWords.union(RecommendationCues.dutchBodyNounLastWords)
        let words = Self.texts(count: 4_000, seed: 67) + lastWords.flatMap { [$0, $0 + "\u{301}", "x" + $0, $0 + "K"] }
            + ["Comite\u{301}", "Comit\u{00E9}", "e\u{301}", "\u{600}e", "Ombudsma\u{0301}n", "State\r\n"]
        for lastWord in lastWords {
            #expect(!["\u{212A}", "\u{37E}", "\u{1FEF}"].contains { lastWord.unicodeScalars.last == $0 })
            for word in words where !RecommendationCues.mayEnd(word.utf8.last, with: lastWord.utf8.last) {
                #expect(!word.hasSuffix(lastWord), "\(word.debugDescription) \(lastWord)")
            }
        }
    }
}
