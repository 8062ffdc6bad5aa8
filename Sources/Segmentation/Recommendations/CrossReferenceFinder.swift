import IngestCore

/// Finds the cross references a response writes: "See answer below.", "see answer
/// above", "See the answer to paragraph 95.", "please see the answer to paragraph 185",
/// "in reaction on paragraph 174", and the Dutch "Zie het antwoord op vraag 2".
enum CrossReferenceFinder {
    private enum Target { case above, below, paragraph, question }

    /// The phrases, in the order their references are listed when two start at the same
    /// place. Every phrase starts with "an" or "re" (answer, antwoord, reply, response,
    /// reaction): the scan only tries them where those two letters occur.
    private static let phrases: [(bytes: [UInt8], target: Target)] = {
        let above = ["answer above", "answers above", "reply above", "response above", "antwoord hierboven"]
        let below = ["answer below", "answers below", "reply below", "response below", "antwoord hieronder"]
        let paragraph = ["answer to paragraph", "reply to paragraph", "response to paragraph", "reaction on paragraph",
                         "reaction to paragraph", "answer on paragraph", "answers to paragraphs", "answer to paragraphs"]
        let question = ["antwoord op vraag", "antwoorden op vraag", "antwoord op de vragen", "antwoord op vragen",
                        "answer to question", "answers to questions"]
        return above.map { (Array($0.utf8), Target.above) } + below.map { (Array($0.utf8), Target.below) }
            + paragraph.map { (Array($0.utf8), Target.paragraph) } + question.map { (Array($0.utf8), Target.question) }
    }()

    /// The references in `paragraphs` joined by blank lines (a reply's text), in order.
    /// The paragraphs are read only when one of them may hold a phrase: a stem, five
    /// letters, never spans the line breaks between two.
    static func references(inParagraphs paragraphs: [String]) -> [CrossReference] {
        guard paragraphs.contains(where: { $0.withUTF8Bytes(mayContainPhrase) }) else { return [] }
        // The joined text lower-cased without joining it first: lower-casing maps scalar by
        // scalar, so the joined text's lower-casing is the paragraphs' joined by "\n\n".
        var lowered: [UInt8] = []
        lowered.reserveCapacity(paragraphs.reduce(2 * paragraphs.count) { $0 + $1.utf8.count })
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                lowered.append(0x0A)
                lowered.append(0x0A)
            }
            appendLowercasedUTF8(paragraph, to: &lowered)
        }
        return references(inLowercased: lowered)
    }

    /// The references in `text`, in order.
    static func references(in text: String) -> [CrossReference] {
        guard text.withUTF8Bytes(mayContainPhrase) else { return [] }
        return references(inLowercased: lowercasedUTF8(text))
    }

    /// The references in a text given as ``lowercasedUTF8(_:)``, in order.
    private static func references(inLowercased lowered: [UInt8]) -> [CrossReference] {
        var found: [(position: Int, phrase: Int, reference: CrossReference)] = []
        // Matches of one phrase do not overlap: each phrase resumes after its last match.
        var resumeAt = [Int](repeating: 0, count: phrases.count)
        // A phrase starts with its stem: the phrases are tried only where a stem starts.
        var starts: [Int] = []
        _ = lowered.withUnsafeBufferPointer { containsStem(in: $0) { starts.append($0); return false } }
        for index in starts {
            for (number, phrase) in phrases.enumerated()
            where index >= resumeAt[number] && lowered[index...].starts(with: phrase.bytes) {
                resumeAt[number] = index + phrase.bytes.count
                let rest = lowered[(index + phrase.bytes.count)...]
                for reference in references(phrase.target, rest: rest, in: lowered, at: index) {
                    found.append((index, number, reference))
                }
            }
        }
        return found.sorted { ($0.position, $0.phrase) < ($1.position, $1.phrase) }.map(\.reference)
    }

    /// `Array(text.lowercased().utf8)`, built scalar by scalar as `lowercased()` defines it
    /// (each scalar's `lowercaseMapping`, no context), read on the UTF-8 bytes: sixteen
    /// ASCII bytes at a time are lower-cased in a vector and appended at once (each ASCII
    /// scalar is its own byte and maps to that byte, A–Z `| 0x20`); a non-ASCII scalar is
    /// decoded and appended as its mapping. Iterating `unicodeScalars` cost ~40 instructions
    /// a byte on the long replies this runs on.
    static func lowercasedUTF8(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        appendLowercasedUTF8(text, to: &result)
        return result
    }

    /// Appends ``lowercasedUTF8(_:)`` of `text` to `result`.
    private static func appendLowercasedUTF8(_ text: String, to result: inout [UInt8]) {
        text.withUTF8Bytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var index = 0
            while index < bytes.count {
                if index + ByteVectors.width <= bytes.count {
                    let block = ByteVectors.load(base, at: index)
                    // All sixteen ASCII: no byte has its high bit.
                    if !ByteVectors.any(ByteVectors.signed(block) .< ByteVectors.SignedVector.zero) {
                        let isUpper = (block .>= ByteVectors.splat(0x41)) .& (block .<= ByteVectors.splat(0x5A))
                        let lowered = block.replacing(with: block | ByteVectors.splat(0x20), where: isUpper)
                        withUnsafeBytes(of: lowered) { result.append(contentsOf: $0) }
                        index += ByteVectors.width
                        continue
                    }
                }
                let lead = bytes[index]
                if lead < 0x80 {
                    result.append(lead >= 0x41 && lead <= 0x5A ? lead | 0x20 : lead)
                    index += 1
                    continue
                }
                // A scalar of two to four bytes (the string's UTF-8 is valid): the lead's low
                // bits, then six from each continuation byte.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead & (0x7F >> length))
                for offset in 1..<length where index + offset < bytes.count {
                    value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                }
                // Never nil on valid UTF-8; the definition otherwise.
                guard let scalar = Unicode.Scalar(value) else {
                    result += String(decoding: bytes[index...], as: UTF8.self).lowercased().utf8
                    return
                }
                result.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                index += length
            }
        }
    }

    /// The first five letters of every phrase ("answe", "antwo", "reply", "respo", "react"),
    /// each as a word: the first letter in the lowest byte.
    private static let stems: [UInt64] = phrases.reduce(into: []) { stems, phrase in
        let stem = phrase.bytes.prefix(5).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        if !stems.contains(stem) { stems.append(stem) }
    }

    /// Whether the text has one of the ``stems``, ASCII letters in any case: `false` only
    /// when no phrase can match `text.lowercased()`. Lower-casing maps a scalar to an ASCII
    /// letter only from that letter in either case, or from U+212A (to "k") and U+0130 (to
    /// "i" and a combining dot) — letters no stem has — so five lower-cased letters of a
    /// stem come from five ASCII letters in a row in `text`.
    static func mayContainPhrase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        containsStem(in: bytes) { _ in true }
    }

    /// Calls `body` with every position where one of the ``stems`` starts (ASCII letters in
    /// any case), in order, until it returns `true`; returns whether it did.
    private static func containsStem(in bytes: UnsafeBufferPointer<UInt8>, where body: (Int) -> Bool) -> Bool {
        guard bytes.count >= 5, let base = bytes.baseAddress else { return false }
        let stems = Self.stems
        var start = 0
        // Every stem starts with "an" or "re"; `| 0x20` lower-cases an ASCII letter and
        // turns no other byte into one. Sixteen starts at a time: the stems are tried only
        // where such a pair begins.
        while start + ByteVectors.width + 1 <= bytes.count {
            let lower = ByteVectors.splat(0x20)
            let block = ByteVectors.load(base, at: start) | lower
            let next = ByteVectors.load(base, at: start + 1) | lower
            let pairs = ((block .== ByteVectors.splat(UInt8(ascii: "a"))) .& (next .== ByteVectors.splat(UInt8(ascii: "n"))))
                .| ((block .== ByteVectors.splat(UInt8(ascii: "r"))) .& (next .== ByteVectors.splat(UInt8(ascii: "e"))))
            if ByteVectors.contains(lanesOf: pairs, where: { hasStem(bytes, at: start + $0, stems) && body(start + $0) }) {
                return true
            }
            start += ByteVectors.width
        }
        while start + 5 <= bytes.count {
            if hasStem(bytes, at: start, stems), body(start) { return true }
            start += 1
        }
        return false
    }

    /// Whether one of `stems` starts at `start`, ASCII letters in any case (in lower-cased
    /// text: exactly).
    private static func hasStem(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ stems: [UInt64]) -> Bool {
        guard start + 5 <= bytes.count else { return false }
        var word: UInt64 = 0
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            // The five bytes from one eight-byte load (the first in the lowest byte), each
            // `| 0x20`: "an" and "re" are common, so this test runs often.
            word = (ByteBlocks.loadInOrder(base, at: start) | 0x20_2020_2020) & 0xFF_FFFF_FFFF
        } else {
            for offset in (0..<5).reversed() { word = word << 8 | UInt64(bytes[start + offset] | 0x20) }
        }
        return stems.contains(word)
    }

    /// What a phrase found at `position` refers to, given the text after it.
    private static func references(_ target: Target, rest: ArraySlice<UInt8>, in text: [UInt8], at position: Int) -> [CrossReference] {
        switch target {
        case .above: return precededBySee(text, position) ? [CrossReference(kind: .above)] : []
        case .below: return precededBySee(text, position) ? [CrossReference(kind: .below)] : []
        case .paragraph:
            return leadingNumber(rest).map { [CrossReference(kind: .paragraph, paragraph: $0)] } ?? []
        case .question:
            // "antwoord op vragen 4 en 5": every number named.
            let words = String(decoding: rest.prefix(60), as: UTF8.self)
            return (QuestionMarkers.parse("vragen" + words)?.numbers ?? []).map { CrossReference(kind: .question, number: $0) }
        }
    }

    /// "see (the) answer above": a "see" within the three words before the phrase.
    private static func precededBySee(_ text: [UInt8], _ position: Int) -> Bool {
        let before = String(decoding: text[max(0, position - 40)..<position], as: UTF8.self)
        return before.split(separator: " ").suffix(3)
            .map { $0.trimming("([,;:") }
            .contains { $0 == "see" || $0 == "zie" || $0 == "cf." }
    }

    private static func leadingNumber(_ text: ArraySlice<UInt8>) -> Int? {
        let digits = text.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "s") }.prefix { $0 >= 0x30 && $0 <= 0x39 }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}
