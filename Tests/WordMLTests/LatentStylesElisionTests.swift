import Foundation
import Testing
import IngestCore
@testable import DocxPackage
@testable import WordML

/// Cutting `w:latentStyles` out of a styles part before parsing it changes nothing the
/// styles reader reads, and is refused whenever the element is not plain.
@Suite struct LatentStylesElisionTests {
    static func elided(_ xml: String) -> String? {
        LatentStylesElision.elided(from: Array(xml.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    static let head = #"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults/>"#

    @Test func aPlainElementIsCutKeepingItsLineBreaks() {
        let xml = Self.head + "<w:latentStyles w:count=\"2\">\n<w:lsdException w:name=\"a > b\"/>\n"
            + "<w:lsdException w:name='Normal'/></w:latentStyles ><w:style/></w:styles>"
        #expect(Self.elided(xml) == Self.head + "\n\n<w:style/></w:styles>")
        #expect(Self.elided(Self.head + "<w:latentStyles w:count=\"0\"/><w:style/>") == Self.head + "<w:style/>")
        #expect(Self.elided(Self.head + "<w:latentStyles/><w:style/>") == Self.head + "<w:style/>")
        #expect(Self.elided(Self.head + "<w:latentStyles></w:latentStyles>") == Self.head)
    }

    @Test func anythingButAPlainElementIsLeftToTheParser() {
        for xml in [
            Self.head + "<w:style/>",                                                           // none
            Self.head + "<w:latentStylesX/>",                                                   // another name
            Self.head + "<x:latentStyles/>",                                                    // another prefix
            Self.head + "<w:latentStyles><!-- </w:latentStyles> --></w:latentStyles>",          // a comment
            Self.head + "<w:latentStyles><![CDATA[x]]></w:latentStyles>",                       // CDATA
            Self.head + "<w:latentStyles><?pi x?></w:latentStyles>",                            // a processing instruction
            Self.head + "<w:latentStyles><w:latentStyles/></w:latentStyles>",                   // nested
            Self.head + "<w:latentStyles><w:lsdException/>",                                    // no end tag
            Self.head + "<w:latentStyles><w:lsdException/></w:latentStylesX>",                  // another end tag
            Self.head + "<w:latentStyles w:count=\"2",                                          // a cut start tag
            Self.head + "<w:latentStyles w:a=\"1\" <w:style/>",                                 // an unclosed start tag
            "<w:latentStyles",                                                                  // nothing after the name
        ] {
            #expect(Self.elided(xml) == nil, "\(xml)")
        }
    }

    /// The definition: every styles part of the shared corpus that parses reads to the same
    /// content with and without its latent styles.
    @Test(.timeLimit(.minutes(4)))
    func everyCorpusStylesPartReadsTheSameWithoutItsLatentStyles() throws {
        guard let shared = TestPaths.shared else {
            #expect(!TestPaths.isCI, "the shared corpus is missing in CI")
            return
        }
        let files = TestPaths.wordFiles(under: shared.appendingPathComponent("realdocx"))
            + TestPaths.wordFiles(under: shared.appendingPathComponent("corpus"))
        var compared = 0
        var cut = 0
        for file in files {
            guard let package = try? DocxPackage(path: file.path, limits: .default),
                  let part = try? package.relatedPart(of: package.mainPart, type: .styles),
                  let bytes = try? package.contents(of: part) else { continue }
            let full = StylesReader()
            guard (try? package.parse(contents: bytes, part: part, handler: full)) != nil else { continue }
            compared += 1
            guard let elided = LatentStylesElision.elided(from: bytes) else { continue }
            cut += 1
            let reader = StylesReader()
            #expect(throws: Never.self, "\(file.lastPathComponent)") {
                try package.parse(contents: elided, part: part, handler: reader)
            }
            #expect(reader.content == full.content, "\(file.lastPathComponent)")
            #expect(elided.count < bytes.count)
        }
        #expect(compared > 1_500)
        #expect(cut > 1_000, "Word writes latent styles in most documents")
    }
}
