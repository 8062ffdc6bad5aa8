import Testing
@testable import WordML

/// The Symbol and Wingdings switch tables against the dictionaries they replaced.
@Suite struct SymbolFontsTests {
    static let wingdingsDefinition: [UInt32: String] = [
        0x6C: "●", 0x6D: "❍", 0x6E: "■", 0x6F: "□", 0x70: "◻", 0x71: "❑", 0x72: "❒", 0x73: "⬧", 0x74: "⧫",
        0x75: "◆", 0x76: "❖", 0x77: "⬥", 0x9F: "•", 0xA1: "○", 0xA7: "▪", 0xA8: "◻", 0xAA: "✦", 0xAB: "★",
        0xD8: "➢", 0xD7: "➢", 0xDF: "←", 0xE0: "→", 0xE8: "➔", 0xEF: "⇦", 0xF0: "⇨", 0xFB: "✗", 0xFC: "✓",
        0xFD: "☒", 0xFE: "☑", 0x4A: "☺", 0x4C: "☹", 0x46: "☞", 0x2A: "✉",
    ]

    static let symbolDefinition: [UInt32: String] = {
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

    @Test func tablesMatchTheirDictionaryDefinitions() {
        for code in UInt32(0)...0x1FF {
            #expect(SymbolFonts.wingdings(code) == Self.wingdingsDefinition[code], "wingdings \(code)")
            #expect(SymbolFonts.symbol(code) == Self.symbolDefinition[code], "symbol \(code)")
        }
    }
}
