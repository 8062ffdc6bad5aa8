import IngestCore

/// Finds the cross references a response writes: "See answer below.", "see answer
/// above", "See the answer to paragraph 95.", "please see the answer to paragraph 185",
/// "in reaction on paragraph 174", and the Dutch "Zie het antwoord op vraag 2".
enum CrossReferenceFinder {
    /// The references in `text`, in order.
    static func references(in text: String) -> [CrossReference] {
        let lowered = Array(text.lowercased().utf8)
        var found: [(position: Int, reference: CrossReference)] = []
        for phrase in ["answer above", "answers above", "reply above", "response above", "antwoord hierboven"] {
            for position in positions(of: phrase, in: lowered) where precededBySee(lowered, position) {
                found.append((position, CrossReference(kind: .above)))
            }
        }
        for phrase in ["answer below", "answers below", "reply below", "response below", "antwoord hieronder"] {
            for position in positions(of: phrase, in: lowered) where precededBySee(lowered, position) {
                found.append((position, CrossReference(kind: .below)))
            }
        }
        for phrase in ["answer to paragraph", "reply to paragraph", "response to paragraph", "reaction on paragraph",
                       "reaction to paragraph", "answer on paragraph", "answers to paragraphs", "answer to paragraphs"] {
            for position in positions(of: phrase, in: lowered) {
                if let number = leadingNumber(lowered[(position + phrase.utf8.count)...]) {
                    found.append((position, CrossReference(kind: .paragraph, paragraph: number)))
                }
            }
        }
        for phrase in ["antwoord op vraag", "antwoorden op vraag", "antwoord op de vragen", "antwoord op vragen",
                       "answer to question", "answers to questions"] {
            for position in positions(of: phrase, in: lowered) {
                // "antwoord op vragen 4 en 5": every number named.
                let rest = String(decoding: lowered[(position + phrase.utf8.count)...].prefix(60), as: UTF8.self)
                for number in QuestionMarkers.parse("vragen" + rest)?.numbers ?? [] {
                    found.append((position, CrossReference(kind: .question, number: number)))
                }
            }
        }
        return found.sorted { $0.position < $1.position }.map(\.reference)
    }

    /// Byte offsets where `phrase` occurs in `text`.
    private static func positions(of phrase: String, in text: [UInt8]) -> [Int] {
        let needle = Array(phrase.utf8)
        guard let first = needle.first, text.count >= needle.count else { return [] }
        var result: [Int] = []
        var index = 0
        while index + needle.count <= text.count {
            if text[index] == first, text[index..<(index + needle.count)].elementsEqual(needle) {
                result.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return result
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
