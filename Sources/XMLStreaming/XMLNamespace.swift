/// The XML namespaces tkingest understands, folding ISO Strict and Transitional
/// spellings of the same vocabulary into one case. Elements are always matched on
/// namespace URI, never on prefix (a document may write `ns0:p` for `w:p`).
public enum XMLNamespace: Sendable, Hashable {
    /// WordprocessingML main (`w:`), Transitional or Strict.
    case wordprocessingML
    /// Office document relationship attributes (`r:id`), Transitional or Strict.
    case officeRelationships
    /// OPC package relationships (`_rels/*.rels`).
    case packageRelationships
    /// OPC content types (`[Content_Types].xml`).
    case contentTypes
    /// Markup compatibility (`mc:AlternateContent`).
    case markupCompatibility
    /// OPC core properties (`cp:`).
    case coreProperties
    /// Dublin Core elements (`dc:`).
    case dublinCore
    /// Dublin Core terms (`dcterms:`).
    case dublinCoreTerms
    /// Office Math (`m:`), Transitional or Strict.
    case math
    /// VML (`v:`), legacy drawing shapes and text boxes.
    case vml
    /// The `xml:` namespace (`xml:space`).
    case xml
    /// Any other namespace.
    case other
    /// No namespace.
    case none

    /// The namespace for a URI.
    public init(uri: String) {
        self = Self.byURI[uri] ?? .other
    }

    /// Whether the URI belongs to ISO/IEC 29500 Strict.
    public static func isStrict(uri: String) -> Bool {
        uri.hasPrefix("http://purl.oclc.org/ooxml/")
    }

    static let byURI: [String: XMLNamespace] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": .wordprocessingML,
        "http://purl.oclc.org/ooxml/wordprocessingml/main": .wordprocessingML,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": .officeRelationships,
        "http://purl.oclc.org/ooxml/officeDocument/relationships": .officeRelationships,
        "http://schemas.openxmlformats.org/package/2006/relationships": .packageRelationships,
        "http://schemas.openxmlformats.org/package/2006/content-types": .contentTypes,
        "http://schemas.openxmlformats.org/markup-compatibility/2006": .markupCompatibility,
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": .coreProperties,
        "http://purl.org/dc/elements/1.1/": .dublinCore,
        "http://purl.org/dc/terms/": .dublinCoreTerms,
        "http://schemas.openxmlformats.org/officeDocument/2006/math": .math,
        "http://purl.oclc.org/ooxml/officeDocument/math": .math,
        "urn:schemas-microsoft-com:vml": .vml,
        "http://www.w3.org/XML/1998/namespace": .xml,
    ]
}

/// An element's name: its namespace and local name (`w:p` → `.wordprocessingML`, `"p"`),
/// and the tag the receiving handler gave it.
public struct XMLName: Sendable, Hashable {
    /// The namespace the element belongs to.
    public let namespace: XMLNamespace
    /// The local name, without prefix.
    public let localName: String
    /// The handler's own small number for this name (``XMLEventHandler/tag(for:)``),
    /// computed once per distinct name of a part so that handlers switch on an integer
    /// instead of comparing strings. Not part of the name's identity.
    public let tag: Int

    /// Creates a name.
    public init(_ namespace: XMLNamespace, _ localName: String, tag: Int = 0) {
        self.namespace = namespace
        self.localName = localName
        self.tag = tag
    }

    /// Names are equal when namespace and local name are; the tag is ignored.
    public static func == (lhs: XMLName, rhs: XMLName) -> Bool {
        lhs.namespace == rhs.namespace && lhs.localName == rhs.localName
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(namespace)
        hasher.combine(localName)
    }

    /// Whether this is the WordprocessingML element `localName`.
    @inlinable
    public func isW(_ localName: String) -> Bool {
        namespace == .wordprocessingML && self.localName == localName
    }
}
