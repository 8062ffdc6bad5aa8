/// Run properties that may be set, cleared or left to inheritance: each field nil when
/// the level does not say. Resolved from document defaults → paragraph style → character
/// style → direct formatting.
struct RunFormatting: Sendable, Hashable {
    var bold: Bool?
    var italic: Bool?
    var underline: Bool?
    var strike: Bool?
    var verticalAlign: String??
    /// The run's font (`w:rFonts w:ascii`), kept only when it is a symbol font whose
    /// private-use characters need mapping (Symbol, Wingdings).
    var symbolFont: String??

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
        case "vertAlign":
            switch value {
            case "superscript": verticalAlign = .some("superscript")
            case "subscript": verticalAlign = .some("subscript")
            default: verticalAlign = .some(nil)
            }
        default: break
        }
    }

    /// Reads `w:rFonts`: a symbol font is remembered, any other font clears it.
    mutating func applyFont(_ font: String?) {
        guard let font else { return }
        symbolFont = .some(SymbolFonts.isSymbolFont(font) ? font : nil)
    }
}
