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

    /// Classifies a type URI.
    public init(uri: String) {
        // The last non-empty path segment; the byte search covers every real URI.
        var last = uri.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(uri[uri.index(after: $0)...]) } ?? uri
        if last.isEmpty { last = uri.split(separator: "/").last.map(String.init) ?? uri }
        switch last {
        case "officeDocument": self = .officeDocument
        case "styles": self = .styles
        case "numbering": self = .numbering
        case "footnotes": self = .footnotes
        case "endnotes": self = .endnotes
        case "comments": self = .comments
        case "header": self = .header
        case "footer": self = .footer
        case "hyperlink": self = .hyperlink
        case "settings": self = .settings
        case "core-properties": self = .coreProperties
        default: self = .other(uri)
        }
    }
}
