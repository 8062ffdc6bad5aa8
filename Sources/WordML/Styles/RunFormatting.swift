/// Run properties that may be set, cleared or left to inheritance: each field nil when
/// the level does not say. Resolved from document defaults → paragraph style → character
/// style → direct formatting.
struct RunFormatting: Sendable, Hashable {
    var bold: Bool?
    var italic: Bool?
    var underline: Bool?
    var strike: Bool?
    var verticalAlign: String??

    /// `self` with every unset field taken from `base`.
    func inheriting(from base: RunFormatting) -> RunFormatting {
        RunFormatting(
            bold: bold ?? base.bold,
            italic: italic ?? base.italic,
            underline: underline ?? base.underline,
            strike: strike ?? base.strike,
            verticalAlign: verticalAlign ?? base.verticalAlign
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
}
