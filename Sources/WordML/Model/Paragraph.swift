import IngestCore

/// A paragraph (`w:p`) with its resolved style, outline level and list numbering.
public struct Paragraph: Sendable, Hashable, Encodable {
    /// The paragraph style id (`w:pStyle`), or the default paragraph style's.
    public var styleId: String?
    /// The style's name as stored (built-in styles keep English names: "heading 1").
    public var styleName: String?
    /// 1…9 for headings, from `w:outlineLvl` (direct or inherited) or a built-in heading
    /// style name; nil for body text.
    public var headingLevel: Int?
    /// List numbering, when the paragraph is a list item (direct or via its style).
    public var list: ListInfo?
    /// Justification (`w:jc`): `left`, `center`, `right`, `both`…
    public var alignment: String?
    /// Left indentation in twentieths of a point (`w:ind w:left`/`w:start`), direct or inherited.
    public var indentLeft: Int?
    /// The runs; adjacent runs with equal formatting are merged.
    public var runs: [Run]

    /// The paragraph's text: its runs' text joined. Tabs are `\t`, line breaks `\n`.
    public var text: String {
        // Most paragraphs are one run: its text as it is, without joining.
        runs.count == 1 ? runs[0].text : runs.map(\.text).joined()
    }

    /// Whether every run that has visible text is bold (a heading typed as bold text).
    public var isBold: Bool {
        var sawVisibleText = false
        for run in runs where UnicodeWhitespace.hasVisibleScalar(run.text) {
            guard run.bold else { return false }
            sawVisibleText = true
        }
        return sawVisibleText
    }

    public func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case styleId, styleName, headingLevel, list, alignment, indentLeft, text, bold, runs }
        var container = encoder.container(keyedBy: Key.self)
        try container.encodeIfPresent(styleId, forKey: .styleId)
        try container.encodeIfPresent(styleName, forKey: .styleName)
        try container.encodeIfPresent(headingLevel, forKey: .headingLevel)
        try container.encodeIfPresent(list, forKey: .list)
        try container.encodeIfPresent(alignment, forKey: .alignment)
        try container.encodeIfPresent(indentLeft, forKey: .indentLeft)
        try container.encode(text, forKey: .text)
        if isBold { try container.encode(true, forKey: .bold) }
        try container.encode(runs, forKey: .runs)
    }
}

// In an extension, so that the implicit memberwise initializer (every field given) stays:
// it initializes the fields in place, where an explicit one assigned the optional fields
// over their implicit nil and the optimizer then copied the whole paragraph.
extension Paragraph {
    public init(runs: [Run] = []) {
        self.init(styleId: nil, styleName: nil, headingLevel: nil, list: nil, alignment: nil, indentLeft: nil, runs: runs)
    }
}

/// How a paragraph is numbered (`w:numPr` resolved through `numbering.xml`).
public struct ListInfo: Sendable, Hashable, Encodable {
    /// The numbering instance (`w:numId`).
    public let numId: Int
    /// The list level, 0…8 (`w:ilvl`).
    public let level: Int
    /// The marker as a reader sees it: `•`, `➢`, `1.`, `a)`, `2.1`; empty for `none`.
    public let marker: String
    /// Whether the level is a bullet rather than a number.
    public let isBullet: Bool
    /// The level's number format (`w:numFmt`): `bullet`, `decimal`, `lowerLetter`…
    public let format: String

    public init(numId: Int, level: Int, marker: String, isBullet: Bool, format: String) {
        self.numId = numId
        self.level = level
        self.marker = marker
        self.isBullet = isBullet
        self.format = format
    }
}

/// A run of text with uniform formatting, or an inline anchor (a note reference).
public struct Run: Sendable, Hashable, Encodable {
    /// The text; empty for a pure note-reference run.
    public var text: String
    public var bold = false
    public var italic = false
    public var underline = false
    public var strike = false
    /// `superscript` or `subscript` (`w:vertAlign`), nil for the baseline.
    public var verticalAlign: String?
    /// The hyperlink target: a URL, or `#bookmark` for an internal anchor.
    public var hyperlink: String?
    /// The footnote this run references (`w:footnoteReference`).
    public var footnoteId: String?
    /// The endnote this run references (`w:endnoteReference`).
    public var endnoteId: String?
    /// The description (alt text) of an inline picture (`wp:docPr descr`); the run has no text.
    public var imageDescription: String?

    public init(text: String) {
        self.text = text
    }

    /// Whether `other` has the same formatting and link, so the two can be merged.
    func canMerge(with other: Run) -> Bool {
        footnoteId == nil && endnoteId == nil && other.footnoteId == nil && other.endnoteId == nil
            && imageDescription == nil && other.imageDescription == nil
            && bold == other.bold && italic == other.italic && underline == other.underline
            && strike == other.strike && verticalAlign == other.verticalAlign && hyperlink == other.hyperlink
    }

    public func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case text, bold, italic, underline, strike, verticalAlign, hyperlink, footnoteId, endnoteId, imageDescription }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(text, forKey: .text)
        if bold { try container.encode(true, forKey: .bold) }
        if italic { try container.encode(true, forKey: .italic) }
        if underline { try container.encode(true, forKey: .underline) }
        if strike { try container.encode(true, forKey: .strike) }
        try container.encodeIfPresent(verticalAlign, forKey: .verticalAlign)
        try container.encodeIfPresent(hyperlink, forKey: .hyperlink)
        try container.encodeIfPresent(footnoteId, forKey: .footnoteId)
        try container.encodeIfPresent(endnoteId, forKey: .endnoteId)
        try container.encodeIfPresent(imageDescription, forKey: .imageDescription)
    }
}
