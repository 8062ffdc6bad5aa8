/// One style definition (`w:style`) as written, before inheritance.
struct Style: Sendable, Hashable {
    enum Kind: String, Sendable { case paragraph, character, table, numbering }

    let id: String
    var kind: Kind = .paragraph
    var name: String?
    var basedOn: String?
    var isDefault = false
    var outlineLevel: Int?
    var numId: Int?
    var numLevel: Int?
    var indentLeft: Int?
    var runFormatting = RunFormatting()
}

/// Paragraph properties a style chain resolves to.
struct ResolvedParagraphStyle: Sendable {
    var outlineLevel: Int?
    var numId: Int?
    var numLevel: Int?
    var indentLeft: Int?
    var runFormatting = RunFormatting()
}
