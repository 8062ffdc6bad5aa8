/// Recognises question and answer markers of written-question replies: "Vraag 1",
/// "Vraag 2, 3", "Vragen 2 en 3", "Antwoord op vraag 1:", "Antwoord op vragen 4, 5, 6
/// en 7", "Antwoord 3", also in English ("Question 1", "Answer to question 1").
enum QuestionMarkers {
    enum Kind: Equatable { case question, answer }

    struct Marker: Equatable {
        var kind: Kind
        /// The numbers named, in order ("4, 5, 6 en 7" → 4…7; "2 t/m 4" → 2, 3, 4).
        var numbers: [String]
        /// Text after the marker on the same line ("Vraag 1: Kent u …" → "Kent u …").
        var rest: String
    }

    static let prefixes: [(String, Kind)] = [
        ("antwoorden op de vragen", .answer), ("antwoord op de vragen", .answer), ("antwoorden op vragen", .answer),
        ("antwoord op vragen", .answer), ("antwoord op vraag", .answer), ("antwoorden", .answer), ("antwoord", .answer),
        ("answers to questions", .answer), ("answer to questions", .answer), ("answer to question", .answer),
        ("answer", .answer), ("vragen", .question), ("vraag", .question), ("questions", .question), ("question", .question),
    ]

    /// The first three letters of every prefix ("ant…", "ans…", "vra…", "que…").
    private static let leads = prefixes.reduce(into: [[UInt8]]()) { leads, prefix in
        let lead = Array(prefix.0.utf8.prefix(3))
        if !leads.contains(lead) { leads.append(lead) }
    }

    /// Whether the text's first three bytes are the first three letters of a prefix, in
    /// any case: `false` only when no prefix can match the lower-cased text. Only "A"/"a"
    /// lower-case to "a" (and so on for every letter but "i" and "k", which no lead
    /// has), one letter each, so the prefix's first three letters come from the text's
    /// first three bytes.
    static func mayStartWithPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 3 else { return false }
        // `| 0x20` lower-cases an ASCII letter and turns no other byte into one. Every
        // prefix starts with "a", "q" or "v" (the tests check it): most texts are rejected
        // on their first byte, before the leads are looked up.
        switch bytes[0] | 0x20 {
        case UInt8(ascii: "a"), UInt8(ascii: "q"), UInt8(ascii: "v"): break
        default: return false
        }
        return leads.contains { $0[0] == bytes[0] | 0x20 && $0[1] == bytes[1] | 0x20 && $0[2] == bytes[2] | 0x20 }
    }

    /// The marker at the start of `text`, if the text starts with one followed by numbers.
    @inline(__always)  // the byte test where the text is: most texts are rejected by it
    static func parse(_ text: String) -> Marker? {
        guard text.withUTF8Bytes(mayStartWithPrefix) else { return nil }
        return parseAfterLead(text)
    }

    /// ``parse(_:)`` once the first three bytes may start a prefix.
    private static func parseAfterLead(_ text: String) -> Marker? {
        guard let first = text.first, "vVaAqQ".contains(first) else { return nil }
        let lowered = text.prefix(32).lowercased()
        guard let (prefix, kind) = prefixes.first(where: { lowered.hasPrefix($0.0) }) else { return nil }
        var rest = Substring(text.dropFirst(prefix.count))
        guard rest.first == " " || rest.first?.isNumber == true else { return nil }
        var numbers: [String] = []
        var rangeFrom: Int?
        while true {
            rest = rest.drop { $0 == " " || $0 == "," }
            let word = rest.prefix { !$0.isWhitespace && $0 != "," && $0 != ":" }
            let digits = word.prefix { $0.isNumber }
            let suffix = word.dropFirst(digits.count)
            if !digits.isEmpty, suffix.isEmpty || suffix == "." || suffix.allSatisfy(\.isLetter) && suffix.count == 1 {
                let label = String(word.hasSuffix(".") ? word.dropLast() : word)
                if let from = rangeFrom, let to = Int(digits), to > from, to - from <= 50 {
                    numbers.append(contentsOf: ((from + 1)...to).map(String.init))
                } else {
                    numbers.append(label)
                }
                rangeFrom = nil
                rest = rest.dropFirst(word.count)
                continue
            }
            let lowerWord = word.lowercased()
            if !numbers.isEmpty, ["en", "and", "&"].contains(lowerWord) {
                rest = rest.dropFirst(word.count)
                continue
            }
            if !numbers.isEmpty, ["t/m", "tot", "-", "–", "to"].contains(lowerWord), let last = numbers.last.flatMap(Int.init) {
                rangeFrom = last
                rest = rest.dropFirst(word.count)
                if lowerWord == "tot", rest.lowercased().hasPrefix(" en met") { rest = rest.dropFirst(" en met".count) }
                continue
            }
            break
        }
        guard !numbers.isEmpty else { return nil }
        let remainder = rest.drop { $0 == ":" || $0 == " " || $0 == "." || $0 == ")" }
        return Marker(kind: kind, numbers: numbers, rest: String(remainder))
    }
}
