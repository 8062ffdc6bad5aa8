import XMLStreaming
import IngestCore

/// Reads `word/numbering.xml` into ``NumberingDefinitions``. Takes the first branch of
/// `mc:AlternateContent` (Word 2010 writes custom number formats there).
final class NumberingReader: XMLEventHandler {
    private(set) var definitions = NumberingDefinitions()
    private var abstract: AbstractNumbering?
    private var instance: NumberingInstance?
    private var level: ListLevel?
    private var levelIndex = 0
    private var overrideIndex: Int?
    private var inRunProperties = false
    private var sawFormat = false
    private var alternateContent = AlternateContentChooser()

    let wantsCharacters = false
    var failure: IngestError? { nil }

    /// The WordprocessingML elements the reader tells apart.
    enum Element: String, CaseIterable, TaggedElement {
        case other = "#"
        case abstractNum, num, abstractNumId, numStyleLink, lvlOverride, startOverride, lvl, start, numFmt
        case lvlText, lvlRestart, isLgl, rPr, rFonts

        static let byTag = allCases
        static let tagsByName = makeTagsByName()
    }

    func tag(for name: XMLName) -> Int {
        Element.tag(for: name)
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        if alternateContent.shouldSkip(start: name, attributes: attributes) { return }
        switch Element(tag: name.tag) {
        case .abstractNum:
            // Room for the nine levels from the start, rather than growing three times.
            abstract = attributes.int("abstractNumId").map { AbstractNumbering(id: $0, levels: .init(minimumCapacity: 9)) }
        case .num:
            instance = attributes.int("numId").map { NumberingInstance(id: $0) }
        case .abstractNumId:
            instance?.abstractId = attributes.int("val")
        case .numStyleLink:
            abstract?.numStyleLink = attributes.value("val")
        case .lvlOverride:
            overrideIndex = attributes.int("ilvl")
        case .startOverride:
            if let index = overrideIndex, attributes.int("val") != nil {
                instance?.startOverrides[index] = Self.clampedStart(attributes.int("val"))
            }
        case .lvl:
            levelIndex = attributes.int("ilvl") ?? 0
            level = ListLevel()
            sawFormat = false
        case .start: level?.start = Self.clampedStart(attributes.int("val"))
        case .numFmt:
            guard !sawFormat else { return }
            sawFormat = true
            level?.format = attributes.value("val") ?? "decimal"
            level?.customFormat = attributes.value("format")
        // Word caps the number text at 255 characters; a longer one is hostile, not a marker.
        // (A text of at most 255 UTF-8 bytes has at most 255 characters: kept without a copy.)
        case .lvlText: level?.text = attributes.value("val").map { $0.utf8.count <= 255 ? $0 : String($0.prefix(255)) }
        case .lvlRestart: level?.restart = attributes.int("val")
        case .isLgl: level?.isLegal = attributes.isOn()
        // A pattern, not `level != nil`, which copies the level (retaining its strings).
        case .rPr: if case .some = level { inRunProperties = true } else { inRunProperties = false }
        case .rFonts:
            if inRunProperties {
                level?.font = attributes.value("ascii") ?? attributes.value("hAnsi") ?? attributes.value("cs")
            }
        default: break
        }
    }

    func endElement(_ name: XMLName) {
        if alternateContent.shouldSkip(end: name) { return }
        switch Element(tag: name.tag) {
        case .abstractNum:
            if let abstract, definitions.abstracts[abstract.id] == nil { definitions.abstracts[abstract.id] = abstract }
            abstract = nil
        case .num:
            if let instance, definitions.instances[instance.id] == nil { definitions.instances[instance.id] = instance }
            instance = nil
        case .lvlOverride:
            overrideIndex = nil
        case .lvl:
            guard let finished = level else { return }
            // Patterns and `keys.contains`, not `!= nil` and `== nil`, which copy what they compare.
            if let index = overrideIndex, case .some = instance {
                instance?.levelOverrides[index] = finished
            } else if abstract?.levels.keys.contains(levelIndex) == false {
                abstract?.levels[levelIndex] = finished
            }
            level = nil
        case .rPr: inRunProperties = false
        default: break
        }
    }

    func characters(_ utf8: UnsafeBufferPointer<UInt8>) {}

    /// A list start value kept within what counting can reach without overflow (Word
    /// itself accepts 0…32767; hostile files write `2147483647` and more).
    static func clampedStart(_ value: Int?) -> Int {
        min(max(value ?? 0, 0), 1_000_000_000)
    }
}
