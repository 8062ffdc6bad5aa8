public import IngestCore

/// The block model of one Word document: everything the segmenter needs, nothing
/// XML-shaped. Produced by ``WordDocumentReader``.
public struct WordDocument: Sendable, Hashable, Encodable {
    /// The package part the body was read from, e.g. `word/document.xml`.
    public let mainPart: String
    /// Document properties from `docProps/core.xml` and the default language.
    public let properties: DocumentProperties
    /// The body in reading order. Text boxes follow the paragraph that anchors them.
    public let blocks: [Block]
    /// Footnotes (`word/footnotes.xml`), without the separator notes.
    public let footnotes: [Note]
    /// Endnotes (`word/endnotes.xml`), without the separator notes.
    public let endnotes: [Note]
    /// Content problems that did not stop the reading, in the order found.
    public let diagnostics: [Diagnostic]

    /// Creates a document; the reader builds them, tests and other front ends may too.
    public init(mainPart: String = "word/document.xml", properties: DocumentProperties = DocumentProperties(),
                blocks: [Block], footnotes: [Note] = [], endnotes: [Note] = [], diagnostics: [Diagnostic] = []) {
        self.mainPart = mainPart
        self.properties = properties
        self.blocks = blocks
        self.footnotes = footnotes
        self.endnotes = endnotes
        self.diagnostics = diagnostics
    }
}

/// A block-level element in reading order.
public enum Block: Sendable, Hashable, Encodable {
    /// A paragraph (`w:p`).
    case paragraph(Paragraph)
    /// A table (`w:tbl`).
    case table(Table)
    /// The content of a text box (`w:txbxContent`), once, after its anchoring paragraph.
    case textBox(TextBox)

    private enum Key: String, CodingKey { case type }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        switch self {
        case .paragraph(let paragraph):
            try container.encode("paragraph", forKey: .type)
            try paragraph.encode(to: encoder)
        case .table(let table):
            try container.encode("table", forKey: .type)
            try table.encode(to: encoder)
        case .textBox(let box):
            try container.encode("textBox", forKey: .type)
            try box.encode(to: encoder)
        }
    }
}

/// The content of a text box (`w:txbxContent`): letterheads and side notes live here.
public struct TextBox: Sendable, Hashable, Encodable {
    /// The blocks inside the box.
    public let blocks: [Block]
}

/// A footnote (`w:footnote`) or endnote (`w:endnote`).
public struct Note: Sendable, Hashable, Encodable {
    /// Footnote or endnote.
    public enum Kind: String, Sendable, Hashable, Encodable { case footnote, endnote }

    /// The note's `w:id`, as referenced from the text.
    public let id: String
    /// Footnote or endnote.
    public let kind: Kind
    /// The note's content.
    public let blocks: [Block]
}

/// `docProps/core.xml` fields and the document's default language; each nil when absent.
public struct DocumentProperties: Sendable, Hashable, Encodable {
    public var title: String?
    public var subject: String?
    public var creator: String?
    public var lastModifiedBy: String?
    public var created: String?
    public var modified: String?
    /// `dc:language`, else the default run language from the styles (`w:lang`).
    public var language: String?

    public init() {}

    public func encode(to encoder: any Encoder) throws {
        enum Key: String, CodingKey { case title, subject, creator, lastModifiedBy, created, modified, language }
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(title, forKey: .title)
        try container.encode(subject, forKey: .subject)
        try container.encode(creator, forKey: .creator)
        try container.encode(lastModifiedBy, forKey: .lastModifiedBy)
        try container.encode(created, forKey: .created)
        try container.encode(modified, forKey: .modified)
        try container.encode(language, forKey: .language)
    }
}

extension WordDocument {
    /// Takes the body's blocks out, leaving the document with everything else and no blocks:
    /// the caller then holds the only reference to them and can move each block out rather
    /// than copy it (`Segmenter.segment(takingBlocksOf:)`). Next to the type so that
    /// a new field is kept here too.
    public mutating func takeBlocks() -> [Block] {
        let blocks = self.blocks
        self = WordDocument(mainPart: mainPart, properties: properties, blocks: [],
                            footnotes: footnotes, endnotes: endnotes, diagnostics: diagnostics)
        return blocks
    }
}
