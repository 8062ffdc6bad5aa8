import Testing
import IngestCore
import XMLStreaming
@testable import WordML

/// The inlined common case of ``AlternateContentChooser`` against its definition
/// (`shouldSkipAny`), event by event.
@Suite struct AlternateContentChooserTests {
    /// Feeds every event to one chooser through the fast entry points and to another
    /// through the definitions, recording both answers.
    final class Comparer: XMLEventHandler {
        var fast = AlternateContentChooser()
        var definition = AlternateContentChooser()
        var answers: [(fast: Bool, definition: Bool)] = []
        let wantsCharacters = false
        let failure: IngestError? = nil
        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            answers.append((fast.shouldSkip(start: name, attributes: attributes),
                            definition.shouldSkipAny(start: name, attributes: attributes)))
        }
        func endElement(_ name: XMLName) {
            answers.append((fast.shouldSkip(end: name), definition.shouldSkipAny(end: name)))
        }
        func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}
    }

    @Test func inlinedPathAnswersLikeTheDefinition() throws {
        let xml = #"""
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
            xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
        <w:body><w:p><w:r>
          <mc:AlternateContent xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <mc:Choice Requires="wps"><w:t>taken</w:t><mc:AlternateContent><mc:Choice Requires="x"/>
              <mc:Fallback><w:t>inner fallback</w:t></mc:Fallback></mc:AlternateContent></mc:Choice>
            <mc:Fallback><w:t>skipped</w:t><w:p xmlns:q="urn:q"><w:r/></w:p></mc:Fallback>
          </mc:AlternateContent>
          <w:r xmlns:x="urn:unknown"><mc:AlternateContent><mc:Choice Requires="x"><w:t>skipped</w:t></mc:Choice>
            <mc:Choice Requires="w"><w:t>second</w:t></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r>
          <mc:Choice Requires="w"/><mc:Fallback><w:t>stray</w:t></mc:Fallback>
          <w:t xmlns:y="urn:y"><w:br/></w:t>
        </w:r></w:p></w:body></w:document>
        """#
        let comparer = Comparer()
        try SAXParser(handler: comparer, partName: "test.xml").parse(Array(xml.utf8))
        #expect(comparer.answers.count > 40)
        #expect(comparer.answers.contains { $0.definition }, "some events are skipped")
        for (index, answer) in comparer.answers.enumerated() {
            #expect(answer.fast == answer.definition, "event \(index)")
        }
    }
}
