import XMLStreaming
import IngestCore

/// Reads `word/styles.xml` into a ``StyleSheet``.
final class StylesReader: XMLEventHandler {
    private var styles: [String: Style] = [:]
    private var current: Style?
    private var defaults = RunFormatting()
    private var language: String?
    private var inDocDefaultsRunProperties = false
    private var inStyleRunProperties = false
    private var inStyleParagraphProperties = false
    private var inChange = 0

    let wantsCharacters = false
    var failure: IngestError? { nil }

    /// What the part says, read so far.
    var content: StylesContent {
        StylesContent(styles: styles, defaultRunFormatting: defaults, defaultLanguage: language)
    }

    /// The WordprocessingML elements the reader tells apart.
    enum Element: String, CaseIterable, TaggedElement {
        case other = "#"
        case pPrChange, rPrChange, tblPrChange, trPrChange, tcPrChange, tblStylePr
        case style, name, basedOn, outlineLvl, numId, ilvl, ind, pPr, rPr, lang, rFonts

        static let byTag = allCases
        static let tagsByName = makeTagsByName()
    }

    func tag(for name: XMLName) -> Int {
        Element.tag(for: name)
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        guard name.namespace == .wordprocessingML else { return }
        if inChange > 0 { inChange += 1; return }
        switch Element(tag: name.tag) {
        case .pPrChange, .rPrChange, .tblPrChange, .trPrChange, .tcPrChange, .tblStylePr:
            inChange = 1
        case .style:
            guard let id = attributes.value("styleId") else { return }
            var style = Style(id: id)
            style.kind = attributes.value("type").flatMap(Style.Kind.init(rawValue:)) ?? .paragraph
            style.isDefault = attributes.value("default").map { $0 == "1" || $0 == "true" || $0 == "on" } ?? false
            current = style
        case .name: current?.name = attributes.value("val")
        case .basedOn: current?.basedOn = attributes.value("val")
        case .outlineLvl: if inStyleParagraphProperties { current?.outlineLevel = attributes.int("val") }
        case .numId: if inStyleParagraphProperties { current?.numId = attributes.int("val") }
        case .ilvl: if inStyleParagraphProperties { current?.numLevel = attributes.int("val") }
        case .ind:
            if inStyleParagraphProperties, let indent = attributes.int("left") ?? attributes.int("start") {
                current?.indentLeft = indent
            }
        case .pPr: if current != nil { inStyleParagraphProperties = true }
        case .rPr:
            if current != nil { inStyleRunProperties = true } else { inDocDefaultsRunProperties = true }
        case .lang:
            if inDocDefaultsRunProperties, current == nil { language = attributes.value("val") }
        case .rFonts:
            let font = attributes.value("ascii") ?? attributes.value("hAnsi")
            if inStyleRunProperties { current?.runFormatting.applyFont(font) } else if inDocDefaultsRunProperties { defaults.applyFont(font) }
        default:
            if inStyleRunProperties {
                current?.runFormatting.apply(name.localName, isOn: attributes.isOn(), value: attributes.value("val"))
            } else if inDocDefaultsRunProperties {
                defaults.apply(name.localName, isOn: attributes.isOn(), value: attributes.value("val"))
            }
        }
    }

    func endElement(_ name: XMLName) {
        guard name.namespace == .wordprocessingML else { return }
        if inChange > 0 { inChange -= 1; return }
        switch Element(tag: name.tag) {
        case .style:
            if let style = current, styles[style.id] == nil { styles[style.id] = style }
            current = nil
        case .pPr: inStyleParagraphProperties = false
        case .rPr: inStyleRunProperties = false; inDocDefaultsRunProperties = false
        default: break
        }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}
}
