/// Maps characters written in the Symbol and Wingdings fonts (often as private-use code
/// points U+F000–U+F0FF) to the Unicode characters people see.
enum SymbolFonts {
    /// The visible character for `character` in `font`; the character itself when the
    /// font is not a symbol font or the code is unknown.
    static func visible(_ character: Unicode.Scalar, font: String?) -> String {
        let value = character.value
        let code: UInt32
        if (0xF000...0xF0FF).contains(value) { code = value - 0xF000 }
        else if value < 0x100 { code = value }
        else { return String(character) }
        switch font?.lowercased() {
        case "wingdings":
            if let mapped = wingdings[code] { return mapped }
        case "symbol":
            if let mapped = symbol[code] { return mapped }
        case let name? where name.hasPrefix("wingdings") || name == "webdings":
            // Wingdings 2 and 3 and Webdings have tables of their own that we do not map:
            // keep the character rather than show a wrong one.
            return String(character)
        case nil:
            if (0xF000...0xF0FF).contains(value), let mapped = symbol[code] ?? wingdings[code] { return mapped }
        default:
            break
        }
        if (0xF000...0xF0FF).contains(value), let ascii = Unicode.Scalar(code), code >= 0x20, code < 0x7F {
            return String(ascii)
        }
        return String(character)
    }

    /// Whether text in `font` needs mapping (the fonts whose glyphs are not Unicode).
    static func isSymbolFont(_ font: String?) -> Bool {
        // Only ASCII case variants lower-case to these names, so other lengths are out
        // before any allocation.
        guard let font, font.utf8.count == 6 || font.utf8.count == 9 else { return false }
        let name = font.lowercased()
        return name == "symbol" || name == "wingdings"
    }

    /// ``isSymbolFont(_:)`` for a font name's UTF-8 bytes (this runs for every `w:rFonts`):
    /// a name of other lengths is out without making a `String`.
    static func isSymbolFont(utf8 font: UnsafeBufferPointer<UInt8>) -> Bool {
        guard font.count == 6 || font.count == 9 else { return false }
        return isSymbolFont(String(decoding: font, as: UTF8.self))
    }

    /// Maps every character of a bullet's `w:lvlText` through ``visible(_:font:)``.
    static func visible(text: String, font: String?) -> String {
        text.unicodeScalars.map { visible($0, font: font) }.joined()
    }

    private static let wingdings: [UInt32: String] = [
        0x6C: "●", 0x6D: "❍", 0x6E: "■", 0x6F: "□", 0x70: "◻", 0x71: "❑", 0x72: "❒", 0x73: "⬧", 0x74: "⧫",
        0x75: "◆", 0x76: "❖", 0x77: "⬥", 0x9F: "•", 0xA1: "○", 0xA7: "▪", 0xA8: "◻", 0xAA: "✦", 0xAB: "★",
        0xD8: "➢", 0xD7: "➢", 0xDF: "←", 0xE0: "→", 0xE8: "➔", 0xEF: "⇦", 0xF0: "⇨", 0xFB: "✗", 0xFC: "✓",
        0xFD: "☒", 0xFE: "☑", 0x4A: "☺", 0x4C: "☹", 0x46: "☞", 0x2A: "✉",
    ]

    private static let symbol: [UInt32: String] = {
        var table: [UInt32: String] = [
            0xB7: "•", 0xA7: "♣", 0xA8: "♦", 0xA9: "♥", 0xAA: "♠", 0xAE: "→", 0xAC: "←", 0xAD: "↑", 0xAF: "↓",
            0xAB: "↔", 0xB0: "°", 0xB1: "±", 0xB3: "≥", 0xA3: "≤", 0xB4: "×", 0xB8: "÷", 0xB9: "≠", 0xBA: "≡",
            0xBB: "≈", 0xA5: "∞", 0xD6: "√", 0xE5: "∑", 0xF2: "∫", 0xB6: "∂", 0xD1: "∇", 0xCE: "∈", 0xC7: "∩",
            0xC8: "∪", 0xDE: "⇒", 0xDB: "⇔", 0xBC: "…", 0xE0: "◊", 0x2D: "−", 0x22: "∀", 0x24: "∃", 0x27: "∋",
            0xA2: "′", 0xB2: "″", 0xD7: "⋅", 0xC4: "⊗", 0xC5: "⊕", 0xC6: "∅", 0xD8: "¬", 0xD9: "∧", 0xDA: "∨",
        ]
        let upper = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"
        let lower = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
        for (offset, letter) in upper.enumerated() { table[0x41 + UInt32(offset)] = String(letter) }
        for (offset, letter) in lower.enumerated() { table[0x61 + UInt32(offset)] = String(letter) }
        return table
    }()
}
