/// Finds the report paragraphs an item cites: `(paragraph 44)`, `(paragraphs 20 and 21)`,
/// `(paragraphs 133-134)`, `((paragraph 174).`, `(paragraaf 12)`. A parenthesis that
/// starts otherwise ("(see also paragraph 163)") is a mention, not the item's own source.
enum ParagraphReferences {
    static let words = ["paragraphs", "paragraph", "paras.", "paras", "para.", "para", "paragrafen", "paragraaf", "§§", "§"]

    /// The paragraph numbers cited, in order, without repeats.
    static func numbers(in text: String) -> [Int] {
        var result: [Int] = []
        var rest = text[...]
        // Found on bytes: "(" is one byte and cannot start any other character.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "(")) {
            rest = rest[rest.index(after: open)...]
            let inside = rest.prefix { $0 != ")" && $0 != "(" }
            for number in numbers(inParenthesis: inside) where !result.contains(number) {
                result.append(number)
            }
        }
        return result
    }

    /// Whether the text ends with a paragraph reference (and punctuation).
    static func endsWithReference(_ text: String) -> Bool {
        let trimmed = text.reversed().drop { ".;:, ".contains($0) }
        guard trimmed.first == ")" else { return false }
        let body = String(trimmed.dropFirst().prefix { $0 != "(" }.reversed())
        return !numbers(inParenthesis: body[...]).isEmpty
    }

    private static func numbers(inParenthesis inside: Substring) -> [Int] {
        let lowered = inside.lowercased().drop { $0 == " " }
        guard let word = words.first(where: { lowered.hasPrefix($0) }) else { return [] }
        let tail = lowered.dropFirst(word.count)
        guard tail.first == " " || tail.first?.isNumber == true else { return [] }
        var numbers: [Int] = []
        var digits = ""
        var rangeStart: Int?
        for character in tail + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if let value = Int(digits) {
                if let start = rangeStart, value > start, value - start <= 50 {
                    numbers.append(contentsOf: (start + 1)...value)
                } else {
                    numbers.append(value)
                }
                rangeStart = nil
                if character == "-" || character == "–" { rangeStart = value }
                digits = ""
            }
        }
        return numbers
    }
}
