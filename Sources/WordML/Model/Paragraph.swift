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
///
/// The five optional strings are rare (most runs are plain text), so they live together in
/// one shared ``RunExtras`` reference, nil when all are nil: copying or destroying a plain
/// run retains or releases two references (text and extras), not six. Equality, hashing and
/// encoding are the same as for the five fields stored one by one. Each setter spells the
/// five fields out: one shared helper that changed a struct of the fields through a closure
/// cost 1.7 M more instructions on 20 documents (the strings copied in and out).
public struct Run: Sendable, Hashable, Encodable {
    /// The text; empty for a pure note-reference run.
    public var text: String
    public var bold = false
    public var italic = false
    public var underline = false
    public var strike = false
    /// The rare fields below; nil when every one of them is nil.
    private var extras: RunExtras?

    public init(text: String) {
        self.text = text
    }

    /// `superscript` or `subscript` (`w:vertAlign`), nil for the baseline.
    public var verticalAlign: String? {
        get { extras?.verticalAlign }
        set { extras = RunExtras.ifAny(verticalAlign: newValue, hyperlink: hyperlink, footnoteId: footnoteId, endnoteId: endnoteId, imageDescription: imageDescription) }
    }
    /// The hyperlink target: a URL, or `#bookmark` for an internal anchor.
    public var hyperlink: String? {
        get { extras?.hyperlink }
        set { extras = RunExtras.ifAny(verticalAlign: verticalAlign, hyperlink: newValue, footnoteId: footnoteId, endnoteId: endnoteId, imageDescription: imageDescription) }
    }
    /// The footnote this run references (`w:footnoteReference`).
    public var footnoteId: String? {
        get { extras?.footnoteId }
        set { extras = RunExtras.ifAny(verticalAlign: verticalAlign, hyperlink: hyperlink, footnoteId: newValue, endnoteId: endnoteId, imageDescription: imageDescription) }
    }
    /// The endnote this run references (`w:endnoteReference`).
    public var endnoteId: String? {
        get { extras?.endnoteId }
        set { extras = RunExtras.ifAny(verticalAlign: verticalAlign, hyperlink: hyperlink, footnoteId: footnoteId, endnoteId: newValue, imageDescription: imageDescription) }
    }
    /// The description (alt text) of an inline picture (`wp:docPr descr`); the run has no text.
    public var imageDescription: String? {
        get { extras?.imageDescription }
        set { extras = RunExtras.ifAny(verticalAlign: verticalAlign, hyperlink: hyperlink, footnoteId: footnoteId, endnoteId: endnoteId, imageDescription: newValue) }
    }

    /// Whether `other` has the same formatting and link, so the two can be merged.
    /// Inlined: the paragraph builder asks per piece of text, and as a call both runs were
    /// retained around it; plain runs (the common case) are answered by the flags.
    @inline(__always)
    func canMerge(with other: Run) -> Bool {
        guard bold == other.bold, italic == other.italic, underline == other.underline, strike == other.strike else {
            return false
        }
        if extras == nil, other.extras == nil { return true }
        return extrasCanMerge(with: other)
    }

    /// ``canMerge(with:)`` for the rare fields: no notes or pictures, equal alignment and link.
    private func extrasCanMerge(with other: Run) -> Bool {
        footnoteId == nil && endnoteId == nil && other.footnoteId == nil && other.endnoteId == nil
            && imageDescription == nil && other.imageDescription == nil
            && verticalAlign == other.verticalAlign && hyperlink == other.hyperlink
    }

    public static func == (lhs: Run, rhs: Run) -> Bool {
        guard lhs.text == rhs.text, lhs.bold == rhs.bold, lhs.italic == rhs.italic, lhs.underline == rhs.underline,
              lhs.strike == rhs.strike else { return false }
        return lhs.extras === rhs.extras
            || (lhs.verticalAlign == rhs.verticalAlign && lhs.hyperlink == rhs.hyperlink && lhs.footnoteId == rhs.footnoteId
                && lhs.endnoteId == rhs.endnoteId && lhs.imageDescription == rhs.imageDescription)
    }

    /// The fields in the order they were declared when all were stored: the same hash values.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(bold)
        hasher.combine(italic)
        hasher.combine(underline)
        hasher.combine(strike)
        hasher.combine(verticalAlign)
        hasher.combine(hyperlink)
        hasher.combine(footnoteId)
        hasher.combine(endnoteId)
        hasher.combine(imageDescription)
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

/// A run's rarely set fields, shared by the run's copies. Immutable: ``Run`` replaces it
/// to change a field.
final class RunExtras: Sendable {
    let verticalAlign: String?
    let hyperlink: String?
    let footnoteId: String?
    let endnoteId: String?
    let imageDescription: String?

    /// Extras with these fields, or nil when every field is nil (a run without extras stores
    /// no reference). Not a failable initializer: that allocated the object before failing.
    static func ifAny(verticalAlign: String?, hyperlink: String?, footnoteId: String?, endnoteId: String?,
                      imageDescription: String?) -> RunExtras? {
        guard verticalAlign != nil || hyperlink != nil || footnoteId != nil || endnoteId != nil || imageDescription != nil else {
            return nil
        }
        return RunExtras(verticalAlign: verticalAlign, hyperlink: hyperlink, footnoteId: footnoteId, endnoteId: endnoteId,
                         imageDescription: imageDescription)
    }

    private init(verticalAlign: String?, hyperlink: String?, footnoteId: String?, endnoteId: String?, imageDescription: String?) {
        self.verticalAlign = verticalAlign
        self.hyperlink = hyperlink
        self.footnoteId = footnoteId
        self.endnoteId = endnoteId
        self.imageDescription = imageDescription
    }
}
