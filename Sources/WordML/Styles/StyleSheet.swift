import IngestCore

/// The styles of a document (`word/styles.xml`) with `basedOn` inheritance resolved on
/// demand and cached.
final class StyleSheet {
    private var styles: [String: Style]
    /// Run formatting of `w:docDefaults/w:rPrDefault`.
    let defaultRunFormatting: RunFormatting
    /// How far a `basedOn` chain is followed. Word's own chains stay well under 20; a hostile
    /// 5,000-long chain would otherwise cost quadratic time.
    static let maxChainDepth = 64

    /// The default paragraph style (`w:default="1"`, type paragraph).
    let defaultParagraphStyleId: String?
    /// The default run language (`w:docDefaults … w:lang w:val`).
    let defaultLanguage: String?
    private var resolvedCache: [String: ResolvedParagraphStyle] = [:]
    private var characterCache: [String: RunFormatting] = [:]
    /// Style ids found in a `basedOn` cycle (each reported once).
    private(set) var cyclicStyleIds: Set<String> = []

    init(styles: [String: Style], defaultRunFormatting: RunFormatting, defaultLanguage: String?) {
        self.styles = styles
        self.defaultRunFormatting = defaultRunFormatting
        self.defaultLanguage = defaultLanguage
        self.defaultParagraphStyleId = styles.values
            .filter { $0.kind == .paragraph && $0.isDefault }
            .map(\.id).sorted().first
    }

    convenience init(_ content: StylesContent) {
        self.init(styles: content.styles, defaultRunFormatting: content.defaultRunFormatting,
                  defaultLanguage: content.defaultLanguage)
    }

    /// A stylesheet with no styles (the package has no styles part).
    static var empty: StyleSheet { StyleSheet(styles: [:], defaultRunFormatting: RunFormatting(), defaultLanguage: nil) }

    func style(_ id: String) -> Style? { styles[id] }

    /// The style's name, as stored.
    func name(of id: String) -> String? { styles[id]?.name }

    /// The heading level (1…9) a paragraph style gives, from its outline level or a
    /// built-in heading name ("heading 2"). Not cached: the reader asks once per style and
    /// part, and its parts rarely share styles that are not already resolved.
    func headingLevel(ofStyle id: String) -> Int? {
        if let outline = resolvedParagraph(id).outlineLevel { return outline < 9 ? outline + 1 : nil }
        // No set of the styles seen, which cost an allocation and a hash per style: going
        // round a `basedOn` cycle again only revisits names that gave no level, so walking
        // on to the depth limit answers as stopping at the first repeat would.
        var current: String? = id
        for _ in 0..<Self.maxChainDepth {
            guard let styleId = current, let style = styles[styleId] else { return nil }
            if let level = Self.builtInHeadingLevel(style.name) { return level }
            current = style.basedOn
        }
        return nil
    }

    /// "heading 3" → 3 (case-insensitive, the space optional).
    static func builtInHeadingLevel(_ name: String?) -> Int? {
        // Most names ("Normal", "List Paragraph") start with an ASCII letter other than h,
        // which no lower-casing turns into "heading": out without lower-casing the name.
        if let first = name?.utf8.first, first < 0x80, first | 0x20 != UInt8(ascii: "h") { return nil }
        guard let name = name?.lowercased(), name.hasPrefix("heading") else { return nil }
        let rest = name.dropFirst("heading".count).trimming(" ")
        guard let level = Int(rest), (1...9).contains(level) else { return nil }
        return level
    }

    /// The paragraph properties of a style with everything it inherits.
    func resolvedParagraph(_ id: String) -> ResolvedParagraphStyle {
        if let cached = resolvedCache[id] { return cached }
        var chain: [Style] = []
        var current: String? = id
        var seen: Set<String> = []
        while let styleId = current, let style = styles[styleId], chain.count < Self.maxChainDepth {
            guard seen.insert(styleId).inserted else {
                cyclicStyleIds.insert(id)
                break
            }
            chain.append(style)
            current = style.basedOn
        }
        var resolved = ResolvedParagraphStyle()
        for style in chain.reversed() {
            if let level = style.outlineLevel { resolved.outlineLevel = level }
            if let numId = style.numId { resolved.numId = numId; resolved.numLevel = style.numLevel ?? resolved.numLevel }
            else if let level = style.numLevel { resolved.numLevel = level }
            if let indent = style.indentLeft { resolved.indentLeft = indent }
            resolved.runFormatting = style.runFormatting.inheriting(from: resolved.runFormatting)
        }
        resolvedCache[id] = resolved
        return resolved
    }

    /// The run formatting of a character style with everything it inherits.
    func characterFormatting(_ id: String) -> RunFormatting {
        if let cached = characterCache[id] { return cached }
        var formatting = RunFormatting()
        var current: String? = id
        var seen: Set<String> = []
        while let styleId = current, seen.count < Self.maxChainDepth, seen.insert(styleId).inserted, let style = styles[styleId] {
            formatting = formatting.inheriting(from: style.runFormatting)
            current = style.basedOn
        }
        characterCache[id] = formatting
        return formatting
    }
}

