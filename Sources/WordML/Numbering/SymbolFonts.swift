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
            if let mapped = wingdings(code) { return mapped }
        case "symbol":
            if let mapped = symbol(code) { return mapped }
        case let name? where name.hasPrefix("wingdings") || name == "webdings":
            // Wingdings 2 and 3 and Webdings have tables of their own that we do not map:
            // keep the character rather than show a wrong one.
            return String(character)
        case nil:
            if (0xF000...0xF0FF).contains(value), let mapped = symbol(code) ?? wingdings(code) { return mapped }
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

    // The tables are switches rather than dictionaries: a dictionary literal of a hundred
    // strings cost about half a million instructions to build the first time a document
    // used a Symbol bullet, while a switch costs nothing to set up and a jump to look up.

    /// The Wingdings glyph for `code` (0x00–0xFF), nil when we do not map it.
    static func wingdings(_ code: UInt32) -> String? {
        switch code {
        case 0x6C: "●"
        case 0x6D: "❍"
        case 0x6E: "■"
        case 0x6F: "□"
        case 0x70: "◻"
        case 0x71: "❑"
        case 0x72: "❒"
        case 0x73: "⬧"
        case 0x74: "⧫"
        case 0x75: "◆"
        case 0x76: "❖"
        case 0x77: "⬥"
        case 0x9F: "•"
        case 0xA1: "○"
        case 0xA7: "▪"
        case 0xA8: "◻"
        case 0xAA: "✦"
        case 0xAB: "★"
        case 0xD8, 0xD7: "➢"
        case 0xDF: "←"
        case 0xE0: "→"
        case 0xE8: "➔"
        case 0xEF: "⇦"
        case 0xF0: "⇨"
        case 0xFB: "✗"
        case 0xFC: "✓"
        case 0xFD: "☒"
        case 0xFE: "☑"
        case 0x4A: "☺"
        case 0x4C: "☹"
        case 0x46: "☞"
        case 0x2A: "✉"
        default: nil
        }
    }

    /// The Symbol font glyph for `code` (0x00–0xFF), nil when we do not map it.
    static func symbol(_ code: UInt32) -> String? {
        switch code {
        case 0xB7: "•"
        case 0xA7: "♣"
        case 0xA8: "♦"
        case 0xA9: "♥"
        case 0xAA: "♠"
        case 0xAE: "→"
        case 0xAC: "←"
        case 0xAD: "↑"
        case 0xAF: "↓"
        case 0xAB: "↔"
        case 0xB0: "°"
        case 0xB1: "±"
        case 0xB3: "≥"
        case 0xA3: "≤"
        case 0xB4: "×"
        case 0xB8: "÷"
        case 0xB9: "≠"
        case 0xBA: "≡"
        case 0xBB: "≈"
        case 0xA5: "∞"
        case 0xD6: "√"
        case 0xE5: "∑"
        case 0xF2: "∫"
        case 0xB6: "∂"
        case 0xD1: "∇"
        case 0xCE: "∈"
        case 0xC7: "∩"
        case 0xC8: "∪"
        case 0xDE: "⇒"
        case 0xDB: "⇔"
        case 0xBC: "…"
        case 0xE0: "◊"
        case 0x2D: "−"
        case 0x22: "∀"
        case 0x24: "∃"
        case 0x27: "∋"
        case 0xA2: "′"
        case 0xB2: "″"
        case 0xD7: "⋅"
        case 0xC4: "⊗"
        case 0xC5: "⊕"
        case 0xC6: "∅"
        case 0xD8: "¬"
        case 0xD9: "∧"
        case 0xDA: "∨"
        case 0x41...0x5A: greekLetter(code - 0x41, of: "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ")
        case 0x61...0x7A: greekLetter(code - 0x61, of: "αβχδεφγηιϕκλμνοπθρστυϖωξψζ")
        default: nil
        }
    }

    /// The `offset`th letter of `alphabet` (the Symbol font's letters A–Z or a–z).
    private static func greekLetter(_ offset: UInt32, of alphabet: String) -> String? {
        alphabet.unicodeScalars.dropFirst(Int(offset)).first.map(String.init)
    }
}
