import IngestCore

/// Finds the cross references a response writes: "See answer below.", "see answer
/// above", "See the answer to paragraph 95.", "please see the answer to paragraph 185",
/// "in reaction on paragraph 174", and the Dutch "Zie het antwoord op vraag 2".
enum CrossReferenceFinder {
    /// The references in `text`, in order.
    static func references(in text: String) -> [CrossReference] {
        let lowered = text.lowercased()
        var found: [(position: String.Index, reference: CrossReference)] = []
        for phrase in ["answer above", "answers above", "reply above", "response above", "antwoord hierboven"] {
            for range in ranges(of: phrase, in: lowered) where precededBySee(lowered, range.lowerBound) {
                found.append((range.lowerBound, CrossReference(kind: .above)))
            }
        }
        for phrase in ["answer below", "answers below", "reply below", "response below", "antwoord hieronder"] {
            for range in ranges(of: phrase, in: lowered) where precededBySee(lowered, range.lowerBound) {
                found.append((range.lowerBound, CrossReference(kind: .below)))
            }
        }
        for phrase in ["answer to paragraph", "reply to paragraph", "response to paragraph", "reaction on paragraph",
                       "reaction to paragraph", "answer on paragraph", "answers to paragraphs", "answer to paragraphs"] {
            for range in ranges(of: phrase, in: lowered) {
                if let number = leadingNumber(lowered[range.upperBound...]) {
                    found.append((range.lowerBound, CrossReference(kind: .paragraph, paragraph: number)))
                }
            }
        }
        for phrase in ["antwoord op vraag", "antwoorden op vraag", "antwoord op de vragen", "antwoord op vragen",
                       "answer to question", "answers to questions"] {
            for range in ranges(of: phrase, in: lowered) {
                // "antwoord op vragen 4 en 5": every number named.
                let marker = QuestionMarkers.parse("vragen" + lowered[range.upperBound...])
                for number in marker?.numbers ?? [] {
                    found.append((range.lowerBound, CrossReference(kind: .question, number: number)))
                }
            }
        }
        return found.sorted { $0.position < $1.position }.map(\.reference)
    }

    private static func ranges(of phrase: String, in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start = text.startIndex
        while let range = text.range(of: phrase, range: start..<text.endIndex) {
            result.append(range)
            start = range.upperBound
        }
        return result
    }

    /// "see (the) answer above": a "see" within the three words before the phrase.
    private static func precededBySee(_ text: String, _ position: String.Index) -> Bool {
        let before = text[..<position].split(separator: " ").suffix(3)
            .map { $0.trimming("([,;:") }
        return before.contains { $0 == "see" || $0 == "zie" || $0 == "cf." }
    }

    private static func leadingNumber(_ text: Substring) -> Int? {
        let digits = text.drop { $0 == " " || $0 == "s" }.prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
