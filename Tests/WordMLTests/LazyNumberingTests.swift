import Testing
import IngestCore
@testable import WordML

/// ``LazyNumbering``: `numbering.xml` is parsed only when a paragraph names a list, and a
/// needed part reads, fails and reports as when it was parsed up front.
@Suite struct LazyNumberingTests {
    static let w = "xmlns:w=\"\(StoredDocx.wordNamespace)\""

    /// One decimal list, instance 1: markers "1.", "2.", …
    static let numbering = """
        <w:numbering \(w)><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
        <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>\
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
        """
    /// Truncated: not well-formed.
    static let malformedNumbering = "<w:numbering \(w)><w:abstractNum w:abstractNumId=\"0\">"
    static let doctypeNumbering = "<!DOCTYPE x [<!ENTITY a \"b\">]><w:numbering \(w)/>"
    /// A list style, and a style that does not number.
    static let styles = """
        <w:styles \(w)><w:style w:type="paragraph" w:styleId="ListItem"><w:name w:val="List Item"/>\
        <w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Plain"><w:name w:val="Plain"/></w:style></w:styles>
        """

    static func paragraph(_ text: String, properties: String = "") -> String {
        "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t>\(text)</w:t></w:r></w:p>"
    }
    static let directList = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
    static let footnoteReference = "<w:p><w:r><w:t>See</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"

    static func footnotes(_ body: String) -> String {
        "<w:footnotes \(w)><w:footnote w:id=\"1\">\(body)</w:footnote></w:footnotes>"
    }

    static func read(body: String, parts: [String: String]) throws -> WordDocument {
        try WordDocumentReader.read(bytes: StoredDocx.package(body: body, parts: parts))
    }

    static func markers(_ blocks: [Block]) -> [String?] {
        blocks.compactMap { block in
            if case .paragraph(let paragraph) = block { return .some(paragraph.list?.marker) }
            return nil
        }
    }

    @Test func numberingNoParagraphUsesIsNotParsed() throws {
        let body = Self.paragraph("plain") + Self.paragraph("styled", properties: "<w:pStyle w:val=\"Plain\"/>")
        for numbering in [Self.malformedNumbering, Self.doctypeNumbering] {
            let document = try Self.read(body: body, parts: ["numbering.xml": numbering, "styles.xml": Self.styles])
            #expect(document.diagnostics.isEmpty)
            #expect(Self.markers(document.blocks) == [nil, nil])
        }
    }

    @Test func aParagraphNumberedThroughItsStyle() throws {
        let body = Self.paragraph("plain") + Self.paragraph("one", properties: "<w:pStyle w:val=\"ListItem\"/>")
            + Self.paragraph("two", properties: "<w:pStyle w:val=\"ListItem\"/>")
        let document = try Self.read(body: body, parts: ["numbering.xml": Self.numbering, "styles.xml": Self.styles])
        #expect(Self.markers(document.blocks) == [nil, "1.", "2."])
        #expect(document.diagnostics.isEmpty)
    }

    @Test func aParagraphNumberedDirectly() throws {
        let body = Self.paragraph("one", properties: Self.directList) + Self.paragraph("two", properties: Self.directList)
        let document = try Self.read(body: body, parts: ["numbering.xml": Self.numbering])
        #expect(Self.markers(document.blocks) == ["1.", "2."])
    }

    @Test func aNumberedFootnoteParagraph() throws {
        let document = try Self.read(body: Self.footnoteReference, parts: [
            "numbering.xml": Self.numbering,
            "footnotes.xml": Self.footnotes(Self.paragraph("note", properties: Self.directList)),
        ])
        #expect(Self.markers(document.blocks) == [nil])
        #expect(document.footnotes.map { Self.markers($0.blocks) } == [["1."]])
    }

    /// The part-unreadable diagnostic of a needed, malformed part comes before the notes'
    /// diagnostics, where it came when the part was parsed first.
    @Test func aNeededMalformedPartIsReportedInItsPlace() throws {
        let document = try Self.read(body: Self.footnoteReference + Self.paragraph("one", properties: Self.directList), parts: [
            "numbering.xml": Self.malformedNumbering,
            "footnotes.xml": "<w:footnotes \(Self.w)><w:footnote w:id=\"1\">",
        ])
        #expect(document.diagnostics.map(\.code) == [DiagnosticCode.partUnreadable, DiagnosticCode.partUnreadable,
                                                     DiagnosticCode.numberingMissing, DiagnosticCode.footnoteMissing])
        #expect(document.diagnostics.map(\.part) == ["word/numbering.xml", "word/footnotes.xml",
                                                     "word/document.xml", "word/document.xml"])
        let first = try #require(document.diagnostics.first)
        #expect(first.message.hasPrefix("word/numbering.xml is not well-formed XML and was ignored: "))
        #expect(Self.markers(document.blocks) == [nil, nil])
    }

    /// A DOCTYPE in a needed part fails the document with the part's own error, raised
    /// inside the body's parse.
    @Test func aNeededPartWithADoctypeFailsTheDocument() throws {
        for (body, notes) in [(Self.paragraph("one", properties: Self.directList), Self.paragraph("note")),
                              (Self.footnoteReference, Self.paragraph("note", properties: Self.directList))] {
            let error = #expect(throws: IngestError.self) {
                try Self.read(body: body, parts: ["numbering.xml": Self.doctypeNumbering, "footnotes.xml": Self.footnotes(notes)])
            }
            #expect(error?.code == .xmlDTDForbidden)
            #expect(error?.part == "word/numbering.xml")
        }
    }
}
