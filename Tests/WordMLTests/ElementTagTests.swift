import Testing
import XMLStreaming
@testable import WordML

/// The handlers' tag tables (``BodyElement/tag(for:)``, ``TaggedElement/tag(for:)``) against
/// their definitions, for every known local name and some unknown ones, in every namespace.
@Suite struct ElementTagTests {
    static let namespaces: [XMLNamespace] = [
        .wordprocessingML, .officeRelationships, .packageRelationships, .contentTypes, .markupCompatibility,
        .coreProperties, .dublinCore, .dublinCoreTerms, .math, .vml, .xml, .other, .none,
    ]
    static let unknownNames = ["", "#", "#w", "#m", "#m:t", "#docPr", "P", "pp", "docpr", "T", "t ", "abstractnum", "élément", "x"]

    /// Every raw value of the three enums, plus the unknown names.
    static var localNames: [String] {
        BodyElement.allCases.map(\.rawValue) + NumberingReader.Element.allCases.map(\.rawValue)
            + StylesReader.Element.allCases.map(\.rawValue) + ["t", "docPr", "oMath", "r"] + unknownNames
    }

    @Test func bodyTagsMatchTheDefinition() {
        for namespace in Self.namespaces {
            for localName in Self.localNames {
                let name = XMLName(namespace, localName)
                #expect(BodyElement.tag(for: name) == BodyElement(name).tag, "\(namespace) \(localName)")
            }
        }
    }

    @Test func numberingAndStylesTagsMatchTheDefinition() {
        for namespace in Self.namespaces {
            for localName in Self.localNames {
                let name = XMLName(namespace, localName)
                #expect(NumberingReader.Element.tag(for: name) == NumberingReader.Element.definedTag(for: name))
                #expect(StylesReader.Element.tag(for: name) == StylesReader.Element.definedTag(for: name))
            }
        }
    }
}
