import Testing
@testable import WordML

/// ``NumberingDefinitions/levels(of:styles:)`` (the abstract looked up once) against
/// ``NumberingDefinitions/level(numId:level:styles:)``, which it replaces in the list counter.
@Suite struct NumberingLevelsTests {
    /// Lists with overrides, missing levels, missing abstracts, and numbering-style links
    /// (one followed, one back to the instance itself, one to a missing style).
    static func sample() -> (NumberingDefinitions, StyleSheet) {
        var definitions = NumberingDefinitions()
        var plain = AbstractNumbering(id: 1)
        for index in [0, 1, 3, 8] {
            plain.levels[index] = ListLevel(start: index, format: index == 0 ? "bullet" : "lowerRoman",
                                            customFormat: index == 3 ? "001, 002" : nil, text: "%\(index + 1).",
                                            restart: index == 8 ? 0 : nil, isLegal: index == 1, font: "Symbol")
        }
        definitions.abstracts[1] = plain
        definitions.abstracts[2] = AbstractNumbering(id: 2, numStyleLink: "ListStyle")
        definitions.abstracts[3] = AbstractNumbering(id: 3, numStyleLink: "SelfStyle")
        definitions.abstracts[4] = AbstractNumbering(id: 4, numStyleLink: "Missing")
        definitions.instances[10] = NumberingInstance(id: 10, abstractId: 1)
        definitions.instances[11] = NumberingInstance(
            id: 11, abstractId: 1, startOverrides: [2: 5],
            levelOverrides: [2: ListLevel(start: 7, format: "upperLetter", text: "(%3)"), 3: ListLevel()])
        definitions.instances[12] = NumberingInstance(id: 12, abstractId: 2)
        definitions.instances[13] = NumberingInstance(id: 13, abstractId: 3)
        definitions.instances[14] = NumberingInstance(id: 14, abstractId: 4, levelOverrides: [0: ListLevel(format: "none")])
        definitions.instances[15] = NumberingInstance(id: 15, abstractId: 99)
        definitions.instances[16] = NumberingInstance(id: 16, abstractId: nil)
        let styles = StyleSheet(
            styles: ["ListStyle": Style(id: "ListStyle", kind: .numbering, numId: 10),
                     "SelfStyle": Style(id: "SelfStyle", kind: .numbering, numId: 13)],
            defaultRunFormatting: RunFormatting(), defaultLanguage: nil)
        return (definitions, styles)
    }

    @Test func levelsMatchTheDefinition() {
        let (definitions, styles) = Self.sample()
        for (numId, instance) in definitions.instances {
            let levels = definitions.levels(of: instance, styles: styles)
            #expect(levels.count == 9)
            for index in 0..<9 {
                #expect(levels[index] == definitions.level(numId: numId, level: index, styles: styles), "numId \(numId) level \(index)")
            }
        }
    }
}
