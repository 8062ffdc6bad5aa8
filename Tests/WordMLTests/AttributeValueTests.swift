import Testing
import IngestCore
import XMLStreaming
@testable import WordML

/// Attribute values read in place (``XMLAttributes/int(_:in:)``, ``XMLAttributes/isOn(_:)``,
/// ``SymbolFonts/isSymbolFont(utf8:)``) against their `String` definitions, and run looks
/// that are told apart by style keys and formatting keys.
@Suite struct AttributeValueTests {
    /// Every `w:val` the parser delivers, with what the readers make of it.
    final class Recorder: XMLEventHandler {
        var values: [String?] = []
        var ints: [Int?] = []
        var switches: [Bool] = []
        var fonts: [Bool] = []
        let wantsCharacters = false
        let failure: IngestError? = nil
        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard name.localName == "e" else { return }
            values.append(attributes.value("val"))
            ints.append(attributes.int("val"))
            switches.append(attributes.isOn())
            fonts.append(attributes.utf8Value("val").map(SymbolFonts.isSymbolFont(utf8:)) ?? false)
        }
        func endElement(_ name: XMLName) {}
        func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}
    }

    static let values = [
        "0", "1", "007", "42", "-3", "+4", " 5 ", "5 ", "&#9;6", "7&#10;", "", " ", "x1", "1x", "１", "٣",
        "999999999999999999", "9223372036854775807", "9223372036854775808", "12345678901234567890",
        "off", "OFF", "Off", " off ", "offf", "of", "false", "False", "FALSE", "none", "nonE", "on", "true",
        "ｏｆｆ", "oﬀ", "İoff", "symbol", "Symbol", "SYMBOL", "wingdings", "WingDings", "Wingdings 2", "ſymbol",
        "Symbo", "Arial", "Times New Roman", "symbolx", "wing dings",
    ]

    @Test func valuesReadInPlaceMatchTheirStringDefinitions() throws {
        var xml = #"<root xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        for value in Self.values { xml += #"<w:e w:val="\#(value)"/>"# }
        xml += "<w:e/><w:e w:other=\"1\"/></root>"
        let recorder = Recorder()
        try SAXParser(handler: recorder, partName: "test.xml").parse(Array(xml.utf8))

        #expect(recorder.values.count == Self.values.count + 2)
        #expect(recorder.values.suffix(2) == [nil, nil])
        for (index, value) in recorder.values.enumerated() {
            let expectedInt = value.flatMap { Int($0.trimmingASCIISpaces) }
            let expectedSwitch = value.map { !["0", "false", "off", "none"].contains($0.trimmingASCIISpaces.lowercased()) } ?? true
            let expectedFont = value.map(SymbolFonts.isSymbolFont) ?? false
            #expect(recorder.ints[index] == expectedInt, "int of \(String(reflecting: value))")
            #expect(recorder.switches[index] == expectedSwitch, "isOn of \(String(reflecting: value))")
            #expect(recorder.fonts[index] == expectedFont, "symbol font \(String(reflecting: value))")
        }
        // The fast paths were taken and decided something.
        #expect(recorder.ints.contains(7) && recorder.ints.contains(999_999_999_999_999_999))
        #expect(recorder.switches.contains(false) && recorder.fonts.contains(true))
    }

    @Test func symbolFontsAreNamedAsTheMappingExpects() {
        #expect(RunFormatting.SymbolFont(name: "SYMBOL") == .symbol)
        #expect(RunFormatting.SymbolFont(name: "WingDings") == .wingdings)
        #expect(RunFormatting.SymbolFont(name: "Wingdings 2") == nil)
        #expect(RunFormatting.SymbolFont(name: "Arial") == nil)
        var formatting = RunFormatting()
        formatting.applyFont("Symbol")
        #expect(formatting.symbolFont == .some(.symbol))
        formatting.applyFont("Arial")
        #expect(formatting.symbolFont == .some(nil))
    }

    @Test func styleKeysAreEqualExactlyForEqualIds() {
        var keys = StyleKeys()
        let heading = keys.key("Heading1")
        #expect(keys.key(nil) == StyleKeys.none)
        #expect(keys.key("Heading1") == heading)
        #expect(keys.key("heading1") != heading)
        #expect(keys.key("Heading1 ") != heading)
        #expect(keys.key("") != StyleKeys.none)
    }

    @Test func styleIdsReadAsBytesGetTheKeysOfTheirStrings() {
        var byBytes = StyleKeys()
        var byString = StyleKeys()
        // Repeats (found among the recent ids), more ids than are kept, prefixes, and bytes
        // that are not UTF-8 (repaired exactly as `String(decoding:)` does).
        let ids: [[UInt8]] = ["Heading1", "Normal", "Heading1", "Heading", "Heading12", "", "a", "b", "c", "d", "Normal",
                              "Heading1", "a"].map { Array($0.utf8) } + [[0x48, 0xC3], [0x48, 0xC3], [0x48]]
        for bytes in ids {
            let expected = String(decoding: bytes, as: UTF8.self)
            let found = bytes.withUnsafeBufferPointer { byBytes.idAndKey(utf8: $0) }
            #expect(found.id == expected)
            #expect(found.key == byString.key(expected))
        }
        #expect(byBytes.idAndKey(utf8: nil) == (nil, StyleKeys.none))
    }

    @Test func runLooksAreFoundOnlyForTheSameInputs() {
        var looks = RunLooks()
        var bold = RunFormatting()
        bold.bold = true
        let plain = RunLook(paragraphStyleKey: 0, runStyleKey: StyleKeys.none, direct: RunFormatting(), run: Run(text: ""), symbolFont: nil)
        var linked = Run(text: "")
        linked.hyperlink = "https://example.org"
        let link = RunLook(paragraphStyleKey: 0, runStyleKey: StyleKeys.none, direct: RunFormatting(), run: linked, symbolFont: nil)
        looks.remember(plain)
        looks.remember(link)
        #expect(looks.look(paragraphStyleKey: 0, runStyleKey: StyleKeys.none, direct: RunFormatting(), hyperlink: nil) === plain)
        #expect(looks.look(paragraphStyleKey: 0, runStyleKey: StyleKeys.none, direct: RunFormatting(), hyperlink: "https://example.org") === link)
        #expect(looks.look(paragraphStyleKey: 0, runStyleKey: StyleKeys.none, direct: bold, hyperlink: nil) == nil)
        #expect(looks.look(paragraphStyleKey: 1, runStyleKey: StyleKeys.none, direct: RunFormatting(), hyperlink: nil) == nil)
        #expect(looks.look(paragraphStyleKey: 0, runStyleKey: 0, direct: RunFormatting(), hyperlink: nil) == nil)
        // Eight are kept: the oldest goes.
        for key in 1...7 {
            looks.remember(RunLook(paragraphStyleKey: key, runStyleKey: StyleKeys.none, direct: RunFormatting(), run: Run(text: ""), symbolFont: nil))
        }
        #expect(looks.look(paragraphStyleKey: 0, runStyleKey: StyleKeys.none, direct: RunFormatting(), hyperlink: nil) == nil)
        #expect(looks.look(paragraphStyleKey: 0, runStyleKey: StyleKeys.none, direct: RunFormatting(), hyperlink: "https://example.org") === link)
    }

    @Test func cacheKeysAreEqualExactlyForEqualFormattings() {
        let flags: [Bool?] = [nil, false, true]
        let verticals: [RunFormatting.VerticalAlignment??] = [.none, .some(nil), .some(.superscript), .some(.subscript)]
        let fonts: [RunFormatting.SymbolFont??] = [.none, .some(nil), .some(.symbol), .some(.wingdings)]
        var all: [RunFormatting] = []
        for bold in flags { for italic in flags { for underline in flags { for strike in flags {
            for vertical in verticals { for font in fonts {
                all.append(RunFormatting(bold: bold, italic: italic, underline: underline, strike: strike,
                                         verticalAlign: vertical, symbolFont: font))
            } }
        } } } }
        // The key encodes these six fields; a field added to `RunFormatting` must be added to it.
        #expect(Mirror(reflecting: RunFormatting()).children.count == 6)
        // Every formatting differs from every other, so distinct keys are exactly `==`.
        #expect(Set(all.map(\.cacheKey)).count == all.count)
        #expect(all.allSatisfy { $0.cacheKey == RunFormatting(bold: $0.bold, italic: $0.italic, underline: $0.underline,
            strike: $0.strike, verticalAlign: $0.verticalAlign, symbolFont: $0.symbolFont).cacheKey })
    }
}
