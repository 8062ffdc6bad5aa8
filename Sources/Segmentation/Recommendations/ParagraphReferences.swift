import IngestCore

/// Finds the report paragraphs an item cites: `(paragraph 44)`, `(paragraphs 20 and 21)`,
/// `(paragraphs 133-134)`, `((paragraph 174).`, `(paragraaf 12)`. A parenthesis that
/// starts otherwise ("(see also paragraph 163)") is a mention, not the item's own source.
enum ParagraphReferences {
    /// Tried in order, the first prefix of the text wins: a word comes before its prefixes
    /// ("paragraaf" before "para", which would stop at its "g").
    static let words = ["paragraphs", "paragraph", "paragrafen", "paragraaf", "paras.", "paras", "para.", "para", "§§", "§"]

    /// The paragraph numbers cited, in order, without repeats.
    static func numbers(in text: String) -> [Int] {
        if let numbers = text.withUTF8Bytes(asciiNumbers) { return numbers }
        var result: [Int] = []
        var rest = text[...]
        // Found on bytes: "(" is one byte and cannot start any other character.
        while let open = firstIndex(of: UInt8(ascii: "("), in: rest) {
            rest = rest[rest.index(after: open)...]
            guard mayStartWithWord(rest) else { continue }
            let inside = rest.prefix { $0 != ")" && $0 != "(" }
            for number in numbers(inParenthesis: inside) where !result.contains(number) {
                result.append(number)
            }
        }
        return result
    }

    /// The index of the first `byte` of `text`, found in its contiguous UTF-8.
    private static func firstIndex(of byte: UInt8, in text: Substring) -> Substring.Index? {
        var text = text
        guard let offset = text.withUTF8({ $0.firstIndex(of: byte) }) else { return nil }
        return text.utf8.index(text.startIndex, offsetBy: offset)
    }

    /// Whether the text in a parenthesis can start with one of ``words``: `false` when its
    /// first byte after spaces is ASCII other than "p"/"P". Every word starts with "p" or
    /// "§", and no character but "P" lower-cases to one starting with "p"; an ASCII byte
    /// starts a character of its own after spaces (a space joins only a following mark).
    static func mayStartWithWord(_ text: Substring) -> Bool {
        guard let lead = text.utf8.first(where: { $0 != 0x20 }) else { return false }
        return lead >= 0x80 || lead | 0x20 == UInt8(ascii: "p")
    }

    /// Whether the text ends with a paragraph reference (and punctuation).
    static func endsWithReference(_ text: String) -> Bool {
        // A reference ends with ")" before the punctuation: decided on the last bytes
        // first (each of ".;:, " and ")" is one byte and a character of its own at the end).
        guard text.utf8.reversed().first(where: { !".;:, ".utf8.contains($0) }) == UInt8(ascii: ")") else { return false }
        let trimmed = text.reversed().drop { ".;:, ".contains($0) }
        guard trimmed.first == ")" else { return false }
        let body = String(trimmed.dropFirst().prefix { $0 != "(" }.reversed())
        return !numbers(inParenthesis: body[...]).isEmpty
    }

    /// The numbers cited by the text of one parenthesis, read on `Character`s.
    static func numbers(inParenthesis inside: Substring) -> [Int] {
        let lowered = inside.lowercased().drop { $0 == " " }
        guard let word = words.first(where: { CharacterAffix.hasPrefix(lowered, $0) }) else { return [] }
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

    // MARK: - ASCII text

    /// ``numbers(in:)`` read on the bytes of ASCII text; nil for other text. In ASCII every
    /// byte is a character ("\r\n" is one, but neither of its bytes is a parenthesis, a
    /// space, a digit or "-", so it splits nothing differently) and lower-casing goes byte
    /// by byte.
    private static func asciiNumbers(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        guard ByteVectors.isASCII(bytes) else { return nil }
        var result: [Int] = []
        var index = 0
        while let open = ByteVectors.firstIndex(of: UInt8(ascii: "("), in: bytes, from: index) {
            index = open + 1
            let end = bytes[index...].firstIndex { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") } ?? bytes.count
            for number in asciiNumbers(inParenthesis: bytes[index..<end]) where !result.contains(number) {
                result.append(number)
            }
        }
        return result
    }

    /// The ASCII ``words``, in their order (the others cannot start ASCII text).
    private static let asciiWords = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// `numbers(inParenthesis:)` on ASCII bytes.
    private static func asciiNumbers(inParenthesis inside: Slice<UnsafeBufferPointer<UInt8>>) -> [Int] {
        guard let start = inside.firstIndex(where: { $0 != 0x20 }),
              let word = asciiWords.first(where: { word in
                  start + word.count <= inside.endIndex
                      && word.indices.allSatisfy { lowercased(inside[start + $0]) == word[$0] }
              })
        else { return [] }
        var position = start + word.count
        guard position < inside.endIndex, inside[position] == 0x20 || isDigit(inside[position]) else { return [] }
        var numbers: [Int] = []
        // The digits read so far, as `Int(digits)` would parse them: nil when there are
        // none or they overflow (then, as there, they are kept and more are added).
        var value = 0
        var digitCount = 0
        var overflowed = false
        var rangeStart: Int?
        // The text after the word, then one space.
        while position <= inside.endIndex {
            let byte = position < inside.endIndex ? inside[position] : 0x20
            position += 1
            if isDigit(byte) {
                let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
                let (sum, carry) = times10.addingReportingOverflow(Int(byte - 0x30))
                overflowed = overflowed || overflow || carry
                value = sum
                digitCount += 1
                continue
            }
            guard digitCount > 0, !overflowed else { continue }
            if let start = rangeStart, value > start, value - start <= 50 {
                numbers.append(contentsOf: (start + 1)...value)
            } else {
                numbers.append(value)
            }
            rangeStart = byte == UInt8(ascii: "-") ? value : nil
            value = 0
            digitCount = 0
        }
        return numbers
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
