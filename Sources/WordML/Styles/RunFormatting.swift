/// Run properties that may be set, cleared or left to inheritance: each field nil when
/// the level does not say. Resolved from document defaults → paragraph style → character
/// style → direct formatting.
///
/// Holds no strings, so copying and comparing it (once per piece of text) counts no
/// references.
struct RunFormatting: Sendable, Hashable {
    var bold: Bool?
    var italic: Bool?
    var underline: Bool?
    var strike: Bool?
    /// `w:vertAlign`; `.some(nil)` when set to the baseline.
    var verticalAlign: VerticalAlignment??
    /// The run's font (`w:rFonts w:ascii`), kept only when it is a symbol font whose
    /// private-use characters need mapping; `.some(nil)` when another font is set.
    var symbolFont: SymbolFont??

    /// A raised or lowered run (`w:vertAlign`).
    enum VerticalAlignment: String, Sendable {
        case superscript, `subscript`
    }

    /// The fonts whose glyphs are not Unicode (``SymbolFonts``); the raw value is the name
    /// ``SymbolFonts/visible(text:font:)`` maps with.
    enum SymbolFont: String, Sendable {
        case symbol, wingdings

        /// The symbol font named `name` (any case), or nil for every other font.
        init?(name: String) {
            guard SymbolFonts.isSymbolFont(name) else { return nil }
            self.init(rawValue: name.lowercased())
        }
    }

    /// `self` with every unset field taken from `base`.
    func inheriting(from base: RunFormatting) -> RunFormatting {
        RunFormatting(
            bold: bold ?? base.bold,
            italic: italic ?? base.italic,
            underline: underline ?? base.underline,
            strike: strike ?? base.strike,
            verticalAlign: verticalAlign ?? base.verticalAlign,
            symbolFont: symbolFont ?? base.symbolFont
        )
    }

    /// Reads one `w:rPr` child into the formatting; returns false for other elements.
    mutating func apply(_ localName: String, isOn: Bool, value: String?) {
        switch localName {
        case "b": bold = isOn
        case "i": italic = isOn
        case "u": underline = value.map { $0.lowercased() != "none" } ?? true
        case "strike", "dstrike": strike = isOn
        case "vertAlign": verticalAlign = .some(value.flatMap(VerticalAlignment.init(rawValue:)))
        default: break
        }
    }

    /// Reads `w:rFonts`: a symbol font is remembered, any other font clears it.
    mutating func applyFont(_ font: String?) {
        guard let font else { return }
        symbolFont = .some(SymbolFont(name: font))
    }

    /// ``applyFont(_:)`` for the font name's UTF-8 bytes: a `String` is made only for a
    /// name as long as a symbol font's.
    mutating func applyFont(utf8 font: UnsafeBufferPointer<UInt8>?) {
        guard let font else { return }
        symbolFont = .some(SymbolFonts.isSymbolFont(utf8: font) ? SymbolFont(name: String(decoding: font, as: UTF8.self)) : nil)
    }
}
