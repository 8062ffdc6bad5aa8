import IngestCore
import Foundation
import Testing
@testable import Segmentation
import WordML

/// The segmenter's byte-level early rejections against the `Character` definitions they
/// stand in front of: wherever a fast test says "no", the definition says "no" too.
@Suite struct SegmentationFastPathTests {
    /// Pieces that stress the byte tests: ASCII words in both cases, the phrases looked
    /// for, punctuation, spaces, and non-ASCII look-alikes (NBSP, curly quotes, combining
    /// marks, U+0130 and the Kelvin sign, which lower-case to ASCII letters).
    static let pieces = [
        "answer", "ANSWER", "Answers", "antwoord", "Antwoorden", "reply", "RESPONSE", "reaction", "re", "an", "a", "r",
        "above", "below", "to", "paragraph", "paragraphs", "Paragraaf", "para.", "§", "§§", "vraag", "Vraag", "vragen",
        "question", "Questions", "op", "de", "the", "see", "zie", "(", ")", "((", "( ", "(p", "(P", "(x", "-", "–",
        "12", "3", "2024Z11859", "2026D06192", "36 278, nr. 32", ", nr. ", ".", ";", ":", ",", " ", "  ", "\t", "\n",
        "\u{00A0}", "\u{201C}", "\u{2019}", "\u{301}", "e\u{301}", "\u{0130}", "\u{212A}", "\u{0387}", "\u{600}",
        "\u{1F1F3}\u{1F1F1}", "\u{FB01}", "ﬀ", "Ö", "Ä", "•", "·", "o", "*", "Antw\u{00F6}ord", "r\u{00E9}ply",
    ]

    static func texts(count: Int, seed: UInt64, maxPieces: Int = 12) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { _ in
            (0..<generator.next(maxPieces + 1)).map { _ in pieces[generator.next(pieces.count)] }
                .joined(separator: generator.next(3) == 0 ? "" : " ")
        }
    }

    // MARK: - Lower-casing

    /// The premise of the phrase and prefix rejections: lower-casing yields an ASCII letter
    /// only from that letter in either case, or from U+0130 ("i") and U+212A ("k").
    @Test func onlyKnownScalarsLowercaseToASCIILetters() {
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let lowered = String(scalar).lowercased()
            if lowered.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) {
                #expect(value == 0x130 || value == 0x212A, "U+\(String(value, radix: 16))")
            }
        }
    }

    /// The cross-reference finder's lower-casing is `lowercased()`'s, byte for byte: on
    /// every scalar (alone and between letters, where a context-dependent mapping such as a
    /// final sigma would differ) and on the generated texts.
    @Test func crossReferenceLowercasingMatchesLowercased() {
        // Long texts too: ASCII runs across the sixteen-byte blocks read at once.
        var texts = Self.texts(count: 5_000, seed: 29) + Self.texts(count: 2_000, seed: 31, maxPieces: 40)
        texts += ["ΟΔΟΣ ΟΔΟΣ.", "Σ", "AΣ B", "İSTANBUL", "\u{212A}ELVIN", "STRAẞE", "ǅ ǈ ǋ", "ﬀ ŉ", "Ⓐ 𐐀 🅰", "e\u{301}É", ""]
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            texts.append("A" + String(scalar) + "b")
        }
        for text in texts {
            #expect(CrossReferenceFinder.lowercasedUTF8(text) == Array(text.lowercased().utf8), "\(text.debugDescription)")
        }
    }

    // MARK: - Cross references

    /// A reply's references read from its paragraphs, lower-cased one by one, are those of
    /// the paragraphs joined by blank lines.
    @Test func paragraphReferencesMatchJoinedText() {
        let texts = Self.texts(count: 6_000, seed: 37, maxPieces: 20) + [
            "See answer below.", "see the answer to paragraph 95", "Zie het antwoord op vraag 2 en 3", "\u{0130}STANBUL",
        ]
        var generator = SplitMix64(state: 41)
        for start in stride(from: 0, to: texts.count, by: 4) {
            let paragraphs = Array(texts[start..<min(start + generator.next(5), texts.count)])
            #expect(CrossReferenceFinder.references(inParagraphs: paragraphs)
                == CrossReferenceFinder.references(in: paragraphs.joined(separator: "\n\n")), "\(paragraphs)")
        }
    }

    static let stems = ["answe", "antwo", "reply", "respo", "react"]

    @Test func phraseRejectionIsSafe() {
        for text in Self.texts(count: 20_000, seed: 7) + Self.pieces {
            let mayContain = text.withUTF8Bytes(CrossReferenceFinder.mayContainPhrase)
            if !mayContain {
                let lowered = text.lowercased()
                #expect(!Self.stems.contains { lowered.contains($0) }, "\(text.debugDescription)")
                #expect(CrossReferenceFinder.references(in: text).isEmpty)
            }
        }
    }

    /// The vector scan finds a stem exactly where one starts (not only: nowhere when none).
    @Test func stemScanMatchesBytewise() {
        let stems = Self.stems.map { Array($0.utf8) }
        for text in Self.texts(count: 20_000, seed: 19, maxPieces: 30) + Self.pieces {
            let bytes = Array(text.utf8)
            let expected = bytes.indices.contains { start in
                stems.contains { stem in
                    start + 5 <= bytes.count && stem.indices.allSatisfy { bytes[start + $0] | 0x20 == stem[$0] }
                }
            }
            #expect(text.withUTF8Bytes(CrossReferenceFinder.mayContainPhrase) == expected, "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["See answer below.", "see the ANSWER to paragraph 95", "Zie het antwoord op vraag 2",
                      "in reaction on paragraph 174", "Please see the reply above"])
    func phrasesPassTheRejection(_ text: String) {
        #expect(text.withUTF8Bytes(CrossReferenceFinder.mayContainPhrase))
        #expect(!CrossReferenceFinder.references(in: text).isEmpty)
    }

    // MARK: - Question markers

    @Test func questionMarkerRejectionIsSafe() {
        for text in Self.texts(count: 20_000, seed: 11, maxPieces: 4) + Self.pieces {
            if !text.withUTF8Bytes(QuestionMarkers.mayStartWithPrefix) {
                let lowered = text.prefix(32).lowercased()
                #expect(!["ant", "ans", "vra", "que"].contains { lowered.hasPrefix($0) }, "\(text.debugDescription)")
                #expect(QuestionMarkers.parse(text) == nil)
            }
        }
        #expect(QuestionMarkers.prefixes.allSatisfy { ["a", "q", "v"].contains($0.0.first) })
        #expect(QuestionMarkers.parse("VRAAG 3")?.numbers == ["3"])
        #expect(QuestionMarkers.parse("Antwoord op vragen 4 en 5")?.numbers == ["4", "5"])
    }

    // MARK: - Paragraph references

    @Test func paragraphReferencesMatchTheDefinition() {
        var texts = Self.texts(count: 20_000, seed: 13)
        texts += ["(paragraph 44)", "((paragraph 174).", "(paragraph 99999999999999999999 5)", "(para.5-7)", "(paras 3 - 9)",
                  "(paragraph 0000000000000000000000012)", "(PARAGRAPH 4–6)", "(Paragraphs 20-21 and 99-200)", "(paragraph\r\n4)", "( paragraphs 20 and 21)", "(\u{301}paragraph 5)", "(§ 12)",
                  "(\u{600}(paragraph 3)", "x (see also paragraph 163) (para. 4-6)", "(Paragraaf 12)", "(", "( ", ""]
        for text in texts {
            #expect(ParagraphReferences.numbers(in: text) == ParagraphReferencesDefinition.numbers(in: text),
                    "\(text.debugDescription)")
            #expect(ParagraphReferences.endsWithReference(text) == ParagraphReferencesDefinition.endsWithReference(text),
                    "\(text.debugDescription)")
        }
    }

    @Test func dutchParagraphReferencesAreRead() {
        #expect(ParagraphReferences.numbers(in: "procedures (paragraaf 26).") == [26])
        #expect(ParagraphReferences.numbers(in: "(Paragrafen 3 en 4)") == [3, 4])
        #expect(ParagraphReferences.numbers(in: "(paragrafen 20-22)") == [20, 21, 22])
        #expect(ParagraphReferences.numbers(in: "(para 5) (paras. 7-8)") == [5, 7, 8])
        #expect(ParagraphReferences.endsWithReference("vereenvoudigen (paragraaf 26)."))
        // Every word is tried before the words that are its prefixes.
        let words = ParagraphReferences.words
        for (index, word) in words.enumerated() {
            #expect(!words[..<index].contains { word.hasPrefix($0) }, "\(word) comes after one of its prefixes")
        }
    }

    // MARK: - Normalized text

    /// `TextNormalizer.isNormalized` as it reads one character at a time: no character
    /// below U+0020, no space at either end or after another, no other white space, and
    /// nothing NFC could change.
    static func isNormalizedByScalars(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return true }
        guard first != 0x20, last != 0x20 else { return false }
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (value == 0x20 && previous == 0x20) { return false }
            if value >= 0x80, UnicodeWhitespace.contains(value) || (value >= 0x300 && TextNormalizer.mayChangeUnderNFC(value)) {
                return false
            }
            previous = value
        }
        return true
    }

    @Test func normalizedCheckMatchesTheScalarReading() {
        let texts = Self.texts(count: 20_000, seed: 29, maxPieces: 30) + Self.pieces
            + [String(repeating: "abcdefghijklmnop", count: 3), String(repeating: "a ", count: 40) + "b",
               String(repeating: "x", count: 16) + "  y", String(repeating: "x", count: 15) + "  y", String(repeating: "é", count: 20)]
        for text in texts {
            let isNormalized = text.withUTF8Bytes(TextNormalizer.isNormalized)
            #expect(isNormalized == Self.isNormalizedByScalars(text), "\(text.debugDescription)")
            #expect(TextNormalizer.normalize(text).unicodeScalars.elementsEqual(TextNormalizerTests.reference(text).unicodeScalars),
                    "\(text.debugDescription)")
        }
    }

    // MARK: - First and last characters

    static let characterPieces = pieces + ["\r\n", "\r", "a\r\n", "\u{600}.", "x\u{600}", "\u{200D}", "É", "é", "ß", "ǅ", "’", "”", "\"", "'", ")"]

    static func characterTexts(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { _ in
            (0..<generator.next(5)).map { _ in characterPieces[generator.next(characterPieces.count)] }
                .joined(separator: generator.next(3) == 0 ? " " : "")
        } + characterPieces
    }

    @Test func firstLetterCaseMatchesTheDefinition() {
        for text in Self.characterTexts(count: 20_000, seed: 31) {
            let unit = TextUnit(text: text, place: .body, isBold: false, indentLeft: 0, footnoteIds: [])
            #expect(unit.startsLowercase == (text.first(where: \.isLetter)?.isLowercase ?? false), "\(text.debugDescription)")
        }
    }

    @Test func replyParagraphEndsMatchTheDefinition() {
        for text in Self.characterTexts(count: 20_000, seed: 37) {
            #expect(ResponseFinisher.endsOpen(text) == (text.last.map { !".!?:;)”\"'’".contains($0) } ?? false), "\(text.debugDescription)")
            #expect(ResponseFinisher.startsLowercase(text) == (text.first?.isLowercase == true), "\(text.debugDescription)")
        }
    }

    /// `joinSplitParagraphs` returns the paragraphs unchanged up to the first join; the
    /// definition joins from the start. Same paragraphs and the same diagnostics.
    @Test func joiningSplitParagraphsMatchesTheDefinition() {
        let texts = Self.characterTexts(count: 4_000, seed: 43).filter { !$0.isEmpty }
        var generator = SplitMix64(state: 47)
        for _ in 0..<2_000 {
            let paragraphs = (0..<generator.next(6)).map { _ in texts[generator.next(texts.count)] }
            var expected: [String] = []
            var expectedJoins = 0
            for paragraph in paragraphs {
                if let last = expected.last, ResponseFinisher.startsLowercase(paragraph), ResponseFinisher.endsOpen(last) {
                    expected[expected.count - 1] = last + " " + paragraph
                    expectedJoins += 1
                } else {
                    expected.append(paragraph)
                }
            }
            var diagnostics: [SegmentDiagnostic] = []
            #expect(ResponseFinisher.joinSplitParagraphs(paragraphs, itemId: "rec-1", diagnostics: &diagnostics) == expected)
            #expect(diagnostics.count == expectedJoins)
        }
    }

    // MARK: - Vector helpers

    @Test func vectorHelpersMatchBytewise() {
        var generator = SplitMix64(state: 41)
        for length in 0..<70 {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in UInt8(generator.next(4) == 0 ? 0x80 + generator.next(128) : 0x20 + generator.next(96)) }
                bytes.withUnsafeBufferPointer { buffer in
                    #expect(ByteVectors.isASCII(buffer) == bytes.allSatisfy { $0 < 0x80 })
                    for start in Set([0, length / 3, length]) {
                        #expect(ByteVectors.firstIndex(of: 0x28, in: buffer, from: start) == bytes[start...].firstIndex(of: 0x28))
                    }
                }
            }
        }
    }

    // MARK: - Typed bullets

    /// Every single-scalar character in the bullet set (canonical equivalents included,
    /// such as U+0387 for "·") passes the lead-byte test.
    @Test func bulletLeadBytesCoverEveryBullet() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), UnitExtractor.typedBullets.contains(Character(scalar)) else { continue }
            let lead = String(scalar).utf8.first ?? 0
            #expect(UnitExtractor.mayStartBullet(lead), "U+\(String(value, radix: 16))")
        }
        #expect(!UnitExtractor.mayStartBullet(UInt8(ascii: "T")))
    }

    @Test func typedBulletsStillBecomeMarkers() {
        for text in ["• item", "\u{0387} item", "o item", "- item", "* item", "➢ item", "Tom", "oh", "-item"] {
            let unit = UnitExtractor.unit(Paragraph(runs: [Run(text: text)]), place: .body)
            let first = text.first ?? " "
            let expected = UnitExtractor.typedBullets.contains(first) && text.dropFirst().first == " "
            #expect((unit?.marker != nil) == expected, "\(text)")
        }
    }

    // MARK: - Byte masks

    @Test func byteMasksFlagExactlyTheEqualBytes() {
        var generator = SplitMix64(state: 17)
        for target in [UInt8(0x00), 0x0A, 0x20, 0x61, 0x7F, 0x80, 0xA0, 0xFF] {
            for _ in 0..<2_000 {
                // Bytes near the target (and the target) make carries and borrows likely.
                let bytes = (0..<8).map { _ in generator.next(3) == 0 ? target : UInt8(generator.next(256)) }
                let mask = bytes.withUnsafeBufferPointer { ByteBlocks.matches(ByteBlocks.loadInOrder($0.baseAddress!, at: 0), target) }
                for (position, byte) in bytes.enumerated() {
                    #expect((mask >> (8 * position + 7)) & 1 == (byte == target ? 1 : 0))
                }
                #expect(mask & ~ByteBlocks.highBits == 0)
            }
            for length in 0..<20 {
                let bytes = (0..<length).map { _ in UInt8(generator.next(256)) }
                #expect(bytes.withUnsafeBufferPointer { ByteBlocks.contains(target, in: $0) } == bytes.contains(target))
            }
        }
    }

    // MARK: - Digits

    @Test func digitCountMatchesBytewise() {
        var bytes = [UInt8](repeating: 0x41, count: 19)
        for position in bytes.indices {
            for value in UInt8.min...UInt8.max {
                bytes[position] = value
                let isDigit = value >= 0x30 && value <= 0x39
                #expect(bytes.withUnsafeBufferPointer { DocumentReferenceFinder.hasDigits($0, atLeast: 1) } == isDigit)
            }
            bytes[position] = 0x41
        }
        var generator = SplitMix64(state: 5)
        for _ in 0..<5_000 {
            let text = (0..<generator.next(40)).map { _ in UInt8(generator.next(256)) }
            let digits = text.count { $0 >= 0x30 && $0 <= 0x39 }
            for count in 0...8 {
                #expect(text.withUnsafeBufferPointer { DocumentReferenceFinder.hasDigits($0, atLeast: count) } == (digits >= count))
            }
        }
    }

    /// Long texts: digits counted across many vectors and the lane sums taken every 255.
    @Test func digitCountInLongTexts() {
        var generator = SplitMix64(state: 23)
        for length in [15, 16, 17, 31, 32, 33, 4_079, 4_080, 4_081, 4_096, 10_000] {
            for _ in 0..<20 {
                let density = generator.next(4)
                let text = (0..<length).map { _ in
                    generator.next(1 + density * 40) == 0 ? UInt8(0x30 + generator.next(10)) : UInt8(generator.next(256))
                }
                let digits = text.count { $0 >= 0x30 && $0 <= 0x39 }
                for count in [0, 1, 6, digits - 1, digits, digits + 1] {
                    #expect(text.withUnsafeBufferPointer { DocumentReferenceFinder.hasDigits($0, atLeast: count) } == (digits >= count))
                }
            }
        }
    }

    @Test func referencesNeedSixDigits() {
        let found = DocumentReferenceFinder.references(in: ["zie 2024Z11859 en 36 278, nr. 3", "12345, nr. 6", "1234, nr. 5"])
        #expect(found.map(\.value) == ["2024Z11859", "36278-3", "12345-6"])
    }
}

/// `ParagraphReferences` as it was before the byte-level paths: the definition (the
/// reading of one parenthesis, `numbers(inParenthesis:)`, is unchanged and shared).
private enum ParagraphReferencesDefinition {
    static func numbers(in text: String) -> [Int] {
        var result: [Int] = []
        var rest = text[...]
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "(")) {
            rest = rest[rest.index(after: open)...]
            let inside = rest.prefix { $0 != ")" && $0 != "(" }
            for number in ParagraphReferences.numbers(inParenthesis: inside) where !result.contains(number) {
                result.append(number)
            }
        }
        return result
    }

    static func endsWithReference(_ text: String) -> Bool {
        let trimmed = text.reversed().drop { ".;:, ".contains($0) }
        guard trimmed.first == ")" else { return false }
        let body = String(trimmed.dropFirst().prefix { $0 != "(" }.reversed())
        return !ParagraphReferences.numbers(inParenthesis: body[...]).isEmpty
    }
}
