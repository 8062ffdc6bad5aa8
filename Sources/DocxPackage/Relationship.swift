import IngestCore

/// A relationship from a part (or the package) to another part or an external resource.
public struct Relationship: Sendable, Hashable {
    /// The relationship id (`rId5`), unique within its source.
    public let id: String
    /// What the target is.
    public let type: RelationshipType
    /// The resolved part name for internal targets, the target as written for external ones.
    public let target: String
    /// Whether `TargetMode="External"`: a URL or file outside the package, never followed.
    public let isExternal: Bool
}

/// Relationship types we act on, keyed by the last segment of the type URI, which is
/// the same for Transitional (`http://schemas.openxmlformats.org/…/relationships/styles`)
/// and Strict (`http://purl.oclc.org/ooxml/officeDocument/relationships/styles`).
public enum RelationshipType: Sendable, Hashable {
    case officeDocument, styles, numbering, footnotes, endnotes, comments
    case header, footer, hyperlink, settings, coreProperties
    case other(String)

    /// Classifies a type URI. Equal to ``classified(uri:)``, the definition, but compares the
    /// last segment's bytes with the known names in place: a document's ~20 relationships
    /// each cost ~1,500 instructions of `Character` indexing and `String` making there.
    /// Byte equality is `String` equality here: the names are ASCII without `K`, `;` or
    /// `` ` ``, the only ASCII characters another character normalizes to.
    public init(uri: String) {
        var bytes = uri
        let known = bytes.withUTF8 { utf8 -> RelationshipType? in
            // No slash, or a URI ending in one: the definition's path.
            guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), slash + 1 < utf8.count else { return nil }
            let segment = UnsafeBufferPointer(rebasing: utf8[(slash + 1)...])
            // A non-ASCII segment too: a combining mark or joiner at its start joins the
            // slash, and the definition's `Character` slicing then drops it.
            guard segment.allSatisfy({ $0 < 0x80 }) else { return nil }
            return Self.byLastSegment.first { Self.equals(segment, $0.name) }?.type ?? .other(uri)
        }
        self = known ?? Self.classified(uri: uri)
    }

    /// The types named by a last segment, as ``classified(uri:)`` lists them.
    private static let byLastSegment: [(name: StaticString, type: RelationshipType)] = [
        ("officeDocument", .officeDocument), ("styles", .styles), ("numbering", .numbering),
        ("footnotes", .footnotes), ("endnotes", .endnotes), ("comments", .comments), ("header", .header),
        ("footer", .footer), ("hyperlink", .hyperlink), ("settings", .settings), ("core-properties", .coreProperties),
    ]

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { ByteComparison.equal(bytes, $0) }
    }

    /// Classifies a type URI by its last non-empty path segment (the definition of ``init(uri:)``).
    static func classified(uri: String) -> RelationshipType {
        // The last non-empty path segment; the byte search covers every real URI.
        var last = uri.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(uri[uri.index(after: $0)...]) } ?? uri
        if last.isEmpty { last = uri.split(separator: "/").last.map(String.init) ?? uri }
        switch last {
        case "officeDocument": return .officeDocument
        case "styles": return .styles
        case "numbering": return .numbering
        case "footnotes": return .footnotes
        case "endnotes": return .endnotes
        case "comments": return .comments
        case "header": return .header
        case "footer": return .footer
        case "hyperlink": return .hyperlink
        case "settings": return .settings
        case "core-properties": return .coreProperties
        default: return .other(uri)
        }
    }
}
