import Testing
@testable import WordML

/// ``BodyReader/normalizeCharacters(_:)``, which rewrites run text in place, against its
/// definition: soft hyphens dropped, no-break spaces as spaces, every other byte kept.
@Suite struct NormalizeCharactersTests {
    /// The definition, on scalars.
    private static func definition(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar in
            switch scalar {
            case "\u{AD}": nil
            case "\u{A0}": " "
            default: scalar
            }
        }))
    }

    @Test(arguments: ["", "plain", "co\u{AD}op", "a\u{A0}b", "\u{AD}\u{AD}\u{A0}", "Â©\u{A0}é\u{AD}", "ends\u{A0}",
                      "a longer text\u{A0}past eight bytes\u{AD}, with Ü and \u{AD}"])
    func rewritesInPlaceAsDefined(_ text: String) {
        let bytes = TextBytes()
        bytes.append("kept")
        bytes.append(text)
        bytes.rewrite(from: 4) { BodyReader.normalizeCharacters($0) }
        #expect(bytes.string(from: 0) == "kept" + Self.definition(text))
    }
}
