public import IngestCore

/// The result of the Segment stage: a document's items and replies, outline, front and
/// back matter, in reading order. Text is normalized (NFC, whitespace collapsed, trimmed).
public struct SegmentedDocument: Sendable, Hashable {
    /// The profile that produced this segmentation.
    public var profile: Profile
    /// Why `auto` chose the profile, when it did.
    public var profileReason: String?
    /// What precedes the items: letterhead, cover letter, title…
    public var frontMatter: [MatterEntry] = []
    /// Trailing text that belongs to no item.
    public var backMatter: [MatterEntry] = []
    /// The outline, in reading order.
    public var sections: [Section] = []
    /// Items in reading order; children follow their parent.
    public var items: [Item] = []
    /// Problems the segmenter found, in reading order.
    public var diagnostics: [SegmentDiagnostic] = []
    /// Zaak numbers, document numbers and kamerstuk citations found in the text.
    public var references: [DocumentReference] = []

    public init(profile: Profile) {
        self.profile = profile
    }
}

/// The segmentation profiles.
public enum Profile: String, Sendable, Hashable, CaseIterable {
    /// GRETA-style replies and their kin: recommendations each followed by a response.
    case recommendations
    /// Answers to written questions: "Vraag N" … "Antwoord op vraag N".
    case questions
}

/// A front- or back-matter paragraph with its role (`letter`, `title`, `letterhead`…).
public struct MatterEntry: Sendable, Hashable {
    public var role: String
    public var text: String

    public init(role: String, text: String) {
        self.role = role
        self.text = text
    }
}

/// One heading of the outline.
public struct Section: Sendable, Hashable {
    public var id: String
    public var level: Int
    public var title: String
    public var parentId: String?
}

/// An item: a recommendation, a question, or content that could not be placed (`other`).
public struct Item: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case recommendation, question, other }

    public var id: String
    public var kind: Kind
    /// The item's own label, e.g. "3" for "Vraag 3".
    public var number: String?
    public var text: String
    public var actor: String?
    /// urges | considers | invites | welcomes | other.
    public var stance: String?
    public var paragraphRefs: [Int] = []
    public var sectionId: String?
    public var parentId: String?
    /// Footnotes cited in the item's own text.
    public var footnoteIds: [String] = []
    public var response: Response?
}

/// A reply to one or more items.
public struct Response: Sendable, Hashable {
    public var paragraphs: [String]
    public var references: [CrossReference] = []
    public var footnoteIds: [String] = []
    /// Every item this reply answers; each of them carries the same reply.
    public var answersItemIds: [String]

    /// The paragraphs joined by blank lines.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}

/// A cross reference written in a response ("see the answer to paragraph 95").
public struct CrossReference: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case paragraph, above, below, question }

    public var kind: Kind
    public var paragraph: Int?
    public var number: String?
    /// The item referred to, when resolved.
    public var itemId: String?
}

/// A diagnostic of the segmenter, optionally tied to an item.
public struct SegmentDiagnostic: Sendable, Hashable {
    public var severity: Diagnostic.Severity
    public var code: String
    public var message: String
    public var itemId: String?

    public init(_ severity: Diagnostic.Severity = .warning, code: String, _ message: String, itemId: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.itemId = itemId
    }
}
