import IngestCore

/// Renders a list counter in a `w:numFmt` number format.
enum NumberFormat {
    /// The counter `value` in `format`. Formats we do not know are shown as decimal.
    static func render(_ value: Int, format: String, customFormat: String? = nil) -> String {
        switch format {
        case "decimal": return String(value)
        case "decimalZero": return value < 10 && value >= 0 ? "0\(value)" : String(value)
        case "upperRoman": return roman(value).uppercased()
        case "lowerRoman": return roman(value)
        case "upperLetter": return letters(value).uppercased()
        case "lowerLetter": return letters(value)
        case "ordinal": return ordinal(value)
        case "cardinalText": return cardinalText(value)
        case "ordinalText": return ordinalText(value)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(value) ? String(UnicodeScalar(0x2460 + value - 1).map(Character.init) ?? "?") : String(value)
        case "decimalEnclosedParen": return "(\(value))"
        case "decimalEnclosedFullstop": return "\(value)."
        case "none", "bullet": return ""
        case "custom": return custom(value, customFormat)
        default: return String(value)
        }
    }

    /// Word 2010's custom formats such as `001, 002, 003, ...`: zero-padded decimals.
    private static func custom(_ value: Int, _ format: String?) -> String {
        guard let first = format?.split(separator: ",").first?.trimming(" "),
              !first.isEmpty, first.count <= 10, first.allSatisfy(\.isNumber) else { return String(value) }
        let digits = String(value)
        return String(repeating: "0", count: max(0, first.count - digits.count)) + digits
    }

    static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                                      (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value
        var result = ""
        for (amount, symbol) in table {
            while rest >= amount { result += symbol; rest -= amount }
        }
        return result
    }

    /// Word's letter numbering: a…z, then aa…zz, aaa… (the letter repeated).
    static func letters(_ value: Int) -> String {
        // Beyond 780 (zz…z thirty letters long) Word's scheme is unreadable: show the number.
        guard value > 0, value <= 26 * 30 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func ordinal(_ value: Int) -> String {
        let suffix: String
        switch (value % 100, value % 10) {
        case (11...13, _): suffix = "th"
        case (_, 1): suffix = "st"
        case (_, 2): suffix = "nd"
        case (_, 3): suffix = "rd"
        default: suffix = "th"
        }
        return "\(value)\(suffix)"
    }

    private static let units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                "eighteen", "nineteen"]
    private static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    private static func cardinalText(_ value: Int) -> String {
        guard value >= 0, value < 1000 else { return String(value) }
        if value < 20 { return units[value].capitalizedFirst }
        if value < 100 {
            let rest = value % 10
            return (tens[value / 10] + (rest > 0 ? "-" + units[rest] : "")).capitalizedFirst
        }
        let rest = value % 100
        return (units[value / 100] + " hundred" + (rest > 0 ? " " + cardinalText(rest).lowercased() : "")).capitalizedFirst
    }

    private static func ordinalText(_ value: Int) -> String {
        let special = ["one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                       "nine": "ninth", "twelve": "twelfth"]
        let cardinal = cardinalText(value).lowercased()
        guard let lastWord = cardinal.split(whereSeparator: { $0 == " " || $0 == "-" }).last else { return cardinal }
        let head = cardinal.dropLast(lastWord.count)
        let word = String(lastWord)
        let ordinal: String
        if let irregular = special[word] { ordinal = irregular }
        else if word.hasSuffix("y") { ordinal = word.dropLast() + "ieth" }
        else { ordinal = word + "th" }
        return (head + ordinal).capitalizedFirst
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
