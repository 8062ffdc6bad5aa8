import XMLStreaming

/// The elements ``BodyReader`` tells apart, resolved once per distinct element name of a
/// part (``XMLEventHandler/tag(for:)``) so the reader switches on an enum, not on strings.
/// Raw values are the WordprocessingML local names; the last cases stand for other
/// namespaces and never match a local name (`#` cannot occur in one).
enum BodyElement: String, CaseIterable {
    // Content that is not part of the accepted text.
    case del, moveFrom, cellDel
    case pPrChange, rPrChange, sectPrChange, tblPrChange, tblPrExChange, trPrChange, tcPrChange
    case tblGridChange, numberingChange, sdtPr, sdtEndPr, smartTagPr, customXmlPr, rt
    case delText, delInstrText, fldData, ffData, sectPr, tblGrid, tblPrEx
    // Blocks.
    case p, pPr, tbl, tblPr, tblCaption, tblDescription, tr, tblHeader, trPr, tc, tcPr
    case txbxContent, footnote, endnote
    // Properties.
    case rPr, numPr, pStyle, outlineLvl, jc, ind, framePr, ilvl, numId, gridSpan, vMerge, rStyle, rFonts
    case b, i, u, strike, dstrike, vertAlign
    // Inline content.
    case r, t, instrText, tab, ptab, br, cr, noBreakHyphen, sym
    case footnoteReference, endnoteReference, hyperlink, fldSimple, fldChar
    /// Any other WordprocessingML element.
    case otherWord = "#w"
    /// Office Math `m:t` (text).
    case mathText = "#m:t"
    /// Any other Office Math element.
    case math = "#m"
    /// A drawing's `docPr` (image description), in any namespace.
    case drawingDescription = "#docPr"
    /// Anything else.
    case foreign = "#"

    private static let byTag = allCases

    /// The element for `name`: the definition of ``tag(for:)``.
    init(_ name: XMLName) {
        switch name.namespace {
        case .wordprocessingML: self = BodyElement(rawValue: name.localName).flatMap { $0.isPseudo ? nil : $0 } ?? .otherWord
        case .math: self = name.localName == "t" ? .mathText : .math
        default: self = name.localName == "docPr" ? .drawingDescription : .foreign
        }
    }

    /// The element a tag from ``tag`` stands for.
    init(tag: Int) {
        self = Self.byTag.indices.contains(tag) ? Self.byTag[tag] : .foreign
    }

    /// This element's tag.
    var tag: Int { Self.byTag.firstIndex(of: self) ?? Self.byTag.count - 1 }

    /// `BodyElement(name).tag`, asked once per distinct name of every part read. One hash
    /// of a short name costs a fraction of `init(rawValue:)`, which compares the name with
    /// the cases one by one, followed by the linear search of ``tag``.
    static func tag(for name: XMLName) -> Int {
        switch name.namespace {
        case .wordprocessingML: wordTags[name.localName] ?? otherWordTag
        case .math: name.localName == "t" ? mathTextTag : mathTag
        default: name.localName == "docPr" ? drawingDescriptionTag : foreignTag
        }
    }

    /// The tags of the WordprocessingML cases, by local name.
    private static let wordTags = Dictionary(uniqueKeysWithValues: allCases.filter { !$0.isPseudo }.map { ($0.rawValue, $0.tag) })
    private static let otherWordTag = BodyElement.otherWord.tag
    private static let mathTextTag = BodyElement.mathText.tag
    private static let mathTag = BodyElement.math.tag
    private static let drawingDescriptionTag = BodyElement.drawingDescription.tag
    private static let foreignTag = BodyElement.foreign.tag

    private var isPseudo: Bool { rawValue.hasPrefix("#") }

    /// Elements whose whole content is left out of the text (tracked deletions, property
    /// change records, ruby text, field data, section properties…).
    var isSkippedContent: Bool {
        switch self {
        case .pPrChange, .rPrChange, .sectPrChange, .tblPrChange, .tblPrExChange, .trPrChange, .tcPrChange,
             .tblGridChange, .numberingChange, .sdtPr, .sdtEndPr, .smartTagPr, .customXmlPr, .rt,
             .delText, .delInstrText, .fldData, .ffData, .sectPr, .tblGrid, .tblPrEx:
            true
        default: false
        }
    }
}
