import Testing
@testable import DocxPackage

/// ``RelationshipType/init(uri:)``, which compares bytes in place, against its definition
/// ``RelationshipType/classified(uri:)``.
@Suite struct RelationshipTypeTests {
    static let segments = [
        "officeDocument", "styles", "numbering", "footnotes", "endnotes", "comments", "header", "footer",
        "hyperlink", "settings", "core-properties", "theme", "fontTable", "webSettings", "stylesWithEffects",
        "Styles", "style", "stylesx", "", "core-propertieS", "header\u{301}", "\u{212A}", "é", "e\u{301}",
        "\u{301}styles", "\u{301}", "\u{200D}hyperlink",
    ]
    static let prefixes = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/", "", "/", "//", "a/b/",
    ]

    @Test func classificationMatchesTheDefinition() {
        for prefix in Self.prefixes {
            for segment in Self.segments {
                for suffix in ["", "/", "//"] {
                    let uri = prefix + segment + suffix
                    #expect(RelationshipType(uri: uri) == RelationshipType.classified(uri: uri), "\(uri)")
                }
            }
        }
    }
}
