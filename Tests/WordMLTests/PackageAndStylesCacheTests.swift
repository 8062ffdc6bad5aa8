import Testing
import Foundation
import IngestCore
import XMLStreaming
@testable import DocxPackage
@testable import WordML

/// The byte-level part-name arithmetic against its `Character` definition, and the
/// styles cache against parsing.
@Suite struct PackageAndStylesCacheTests {
    static let names = [
        "", "/", "//", "a", "word/document.xml", "Word/Document.XML", "/word/document.xml", "word//styles.xml",
        "a/../b", "../x", "a/..", "..", "...", "a/.../b", "./a", "a/./b", "a/.", "C:/x", "c:", "z:\\x", "1:/x",
        ":a", "a:b", "a\\b", "%2e%2e/x", "%2E%2e/%41", "word/document.xml#frag", "#only", "media/image%201.png",
        "%", "%4", "%zz/a", "customXml/../../x", "word/_rels/../../../x", "a/b/c/../../d", "x#a/../b",
        "styles.xml", "media/image1.png", "../media/image1.png", "a/b/", ".a", "a.", "a/.b", "a/b./c", "a\\b/c",
        "word/document.XML", "a//b", "a/", "./", "http://example.com/x", "docProps/core.xml",
    ]
    static let sources = ["", "word/document.xml", "word/sub/part.xml", "/word/document.xml", "a", "word/",
                          "word//document.xml", "/", "word/_rels/x.xml", "Word/./Document.xml"]

    @Test func bytePathsMatchCharacterDefinitions() {
        for name in Self.names {
            #expect(PartName.isSuspicious(name) == PartName.isSuspiciousByCharacters(name), "isSuspicious(\(name))")
            #expect(PartName.key(name) == PartName.percentDecoded(name).lowercased(), "key(\(name))")
            #expect(PartName.relationshipsPart(of: name) == PartName.relationshipsPartByCharacters(of: name),
                    "relationshipsPart(of: \(name))")
            for source in Self.sources {
                #expect(PartName.resolve(target: name, from: source)
                    == PartName.resolveByCharacters(path: PartName.percentDecoded(name), from: source),
                    "resolve(\(name), from: \(source))")
            }
        }
    }

    @Test func nonASCIINamesKeepCharacterSemantics() {
        // A combining acute accent after "/" joins it into one Character: not a separator.
        let combining = "a/\u{301}../b"
        #expect(PartName.isSuspicious(combining) == PartName.isSuspiciousByCharacters(combining))
        #expect(PartName.resolve(target: combining, from: "word/x.xml")
            == PartName.resolveByCharacters(path: combining, from: "word/x.xml"))
        #expect(PartName.key("Wörd/DOC.xml") == "wörd/doc.xml")
        for name in [combining, "wörd/dóc.xml", "a/\u{301}", "\u{301}/b"] {
            #expect(PartName.relationshipsPart(of: name) == PartName.relationshipsPartByCharacters(of: name))
        }
    }

    /// Limits no other test uses, so the first read below misses the cache and the second hits.
    static let uniqueLimits: Limits = {
        var limits = Limits.default
        limits.maxEntries -= 7
        return limits
    }()

    @Test func aCachedStylesPartReadsLikeAParsedOne() throws {
        let shared = try #require(TestPaths.shared, "the shared corpus is needed")
        let path = shared.appendingPathComponent("realdocx/kv-01.docx").path
        let package = try DocxPackage(path: path, limits: Self.uniqueLimits)
        let stylesPart = try #require(try package.relatedPart(of: package.mainPart, type: .styles))
        let fingerprint = try #require(package.fingerprint(of: stylesPart))
        let bytes = try package.contents(of: stylesPart)
        #expect(StylesCache.content(for: bytes, fingerprint: fingerprint, limits: Self.uniqueLimits) == nil)
        let parsed = try WordDocumentReader.read(path: path, limits: Self.uniqueLimits)
        #expect(StylesCache.content(for: bytes, fingerprint: fingerprint, limits: Self.uniqueLimits) != nil,
                "the first read stored the part")
        let cached = try WordDocumentReader.read(path: path, limits: Self.uniqueLimits)
        #expect(cached == parsed)
        #expect(cached == (try WordDocumentReader.read(path: path)))
        #expect(parsed.blocks.contains { block in
            if case .paragraph(let paragraph) = block { return paragraph.styleName != nil }
            return false
        }, "the document's paragraphs have named styles, so the styles part was used")
    }

    @Test func sameBytesAgreesWithArrayEquality() {
        let base = (0..<40).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        var arrays: [[UInt8]] = [[], [1], base, Array(base.prefix(39)), Array(base.prefix(8)), Array(base.prefix(16))]
        for position in [0, 7, 8, 15, 16, 31, 32, 39] {
            var changed = base
            changed[position] ^= 0x40
            arrays.append(changed)
        }
        for first in arrays {
            for second in arrays + [Array(first)] {
                #expect(StylesCache.sameBytes(first, second) == (first == second))
            }
        }
    }

    @Test func equalFingerprintsWithOtherBytesMiss() {
        let bytes = Array("<w:styles/>".utf8)
        let fingerprint = PartFingerprint(size: bytes.count, crc32: 0x1234_5678)
        let content = StylesContent(styles: [:], defaultRunFormatting: RunFormatting(), defaultLanguage: "nl-NL")
        StylesCache.store(content, for: bytes, fingerprint: fingerprint, limits: Self.uniqueLimits)
        #expect(StylesCache.content(for: bytes, fingerprint: fingerprint, limits: Self.uniqueLimits)?.defaultLanguage == "nl-NL")
        var other = bytes
        other[1] = UInt8(ascii: "x")
        #expect(StylesCache.content(for: other, fingerprint: fingerprint, limits: Self.uniqueLimits) == nil)
        #expect(StylesCache.content(for: bytes, fingerprint: fingerprint, limits: .default) == nil)
    }

    /// Counts start tags.
    final class TagCounter: XMLEventHandler {
        var count = 0
        let wantsCharacters = false
        var failure: IngestError? { nil }
        func startElement(_ name: XMLName, attributes: XMLAttributes) { count += 1 }
        func endElement(_ name: XMLName) {}
        func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}
    }

    /// The path a styles part takes when its fingerprint matches a cached one but its bytes
    /// do not: the bytes read are parsed as streaming would parse them.
    @Test func partBytesParseLikeTheStreamedPart() throws {
        let shared = try #require(TestPaths.shared, "the shared corpus is needed")
        let package = try DocxPackage(path: shared.appendingPathComponent("realdocx/kv-01.docx").path)
        package.chunkSize = 1000
        let part = try #require(try package.relatedPart(of: package.mainPart, type: .styles))
        let streamed = TagCounter()
        try package.parse(part: part, handler: streamed)
        let bytes = try package.contents(of: part)
        #expect(bytes.count == package.fingerprint(of: part)?.size)
        let fromBytes = TagCounter()
        try package.parse(contents: bytes, part: part, handler: fromBytes)
        #expect(streamed.count > 100)
        #expect(fromBytes.count == streamed.count)
        #expect(throws: IngestError.self) {
            try package.parse(contents: Array(bytes.dropLast(20)), part: part, handler: TagCounter())
        }
    }
}
