import Testing
@testable import WordML

/// ``StyleSheet/headingLevel(ofStyle:)`` (a chain walk without a set of the styles seen)
/// and ``StyleSheet/builtInHeadingLevel(_:)`` (a first-byte test before lower-casing)
/// against the definitions they replace.
@Suite struct StyleSheetHeadingTests {
    /// The walk as it was: stops at the first repeated style or after `maxChainDepth`.
    static func headingLevelDefinition(_ sheet: StyleSheet, _ id: String) -> Int? {
        if let outline = sheet.resolvedParagraph(id).outlineLevel { return outline < 9 ? outline + 1 : nil }
        var current: String? = id
        var seen: Set<String> = []
        while let styleId = current, seen.count < StyleSheet.maxChainDepth, seen.insert(styleId).inserted,
              let style = sheet.style(styleId) {
            if let level = builtInHeadingLevelDefinition(style.name) { return level }
            current = style.basedOn
        }
        return nil
    }

    static func builtInHeadingLevelDefinition(_ name: String?) -> Int? {
        guard let name = name?.lowercased(), name.hasPrefix("heading") else { return nil }
        let rest = name.dropFirst("heading".count).trimming(" ")
        guard let level = Int(rest), (1...9).contains(level) else { return nil }
        return level
    }

    @Test func builtInHeadingLevelMatchesItsDefinition() {
        let names: [String?] = [nil, "", "h", "H", "heading", "heading 1", "Heading 2", "HEADING3", "heading  9",
                                "heading 10", "heading 0", "heading +4", "heading 05", "Heading 2 Char", "header",
                                "Normal", "List Paragraph", "İheading 1", "\u{212A}", "éheading 1", "heading\u{301} 1",
                                " heading 1", "Überschrift 1", "1", "hEaDiNg 7"]
        for name in names {
            #expect(StyleSheet.builtInHeadingLevel(name) == Self.builtInHeadingLevelDefinition(name), "\(name ?? "nil")")
        }
    }

    @Test func headingLevelMatchesItsDefinition() {
        var styles: [String: Style] = [:]
        func add(_ id: String, name: String?, basedOn: String? = nil, outline: Int? = nil) {
            styles[id] = Style(id: id, name: name, basedOn: basedOn, outlineLevel: outline)
        }
        add("Normal", name: "Normal")
        add("Heading1", name: "heading 1", basedOn: "Normal")
        add("MyHeading", name: "My Heading", basedOn: "Heading1")
        add("Outlined", name: "Outlined", basedOn: "Heading1", outline: 4)
        add("OutlineBody", name: "Body", outline: 9)
        add("CycleA", name: "Cycle A", basedOn: "CycleB")
        add("CycleB", name: "Cycle B", basedOn: "CycleA")
        add("SelfCycle", name: "heading x", basedOn: "SelfCycle")
        add("IntoCycle", name: "Into", basedOn: "CycleA")
        add("Dangling", name: "Dangling", basedOn: "Nowhere")
        // A chain longer than the depth limit, with a heading name past it and one within it.
        for index in 0..<100 {
            add("Long\(index)", name: index == 99 ? "heading 3" : "Long", basedOn: index < 99 ? "Long\(index + 1)" : nil)
            add("Near\(index)", name: index == 50 ? "heading 5" : "Near", basedOn: index < 99 ? "Near\(index + 1)" : nil)
        }
        let sheet = StyleSheet(styles: styles, defaultRunFormatting: RunFormatting(), defaultLanguage: nil)
        let reference = StyleSheet(styles: styles, defaultRunFormatting: RunFormatting(), defaultLanguage: nil)
        for id in Array(styles.keys) + ["Missing"] {
            #expect(sheet.headingLevel(ofStyle: id) == Self.headingLevelDefinition(reference, id), "\(id)")
        }
        #expect(sheet.headingLevel(ofStyle: "Long0") == nil)
        #expect(sheet.headingLevel(ofStyle: "Near0") == 5)
        #expect(sheet.headingLevel(ofStyle: "MyHeading") == 1)
    }
}
