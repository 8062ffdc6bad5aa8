/// Builds the section outline from headings, styled or typed as bold lines.
struct OutlineBuilder {
    private(set) var sections: [Section] = []
    private var open: [Section] = []

    /// The id of the innermost open section.
    var currentId: String? { open.last?.id }

    /// Opens a section at `level`, closing deeper or equal ones.
    mutating func open(title: String, level: Int) {
        while let last = open.last, last.level >= level { open.removeLast() }
        let section = Section(id: "sec-\(sections.count + 1)", level: level, title: title, parentId: open.last?.id)
        sections.append(section)
        open.append(section)
    }

    /// The level bold-line headings get: the deepest styled heading level when that is 2 or
    /// more (they stand in for missing styles), 2 under a document of level-1 headings,
    /// and 1 when nothing is styled.
    func boldHeadingLevel(for units: [TextUnit]) -> Int {
        guard let deepest = units.lazy.compactMap(\.headingLevel).max() else { return 1 }
        return max(2, deepest)
    }

    /// A short bold body paragraph that is not a list item and does not end like a sentence.
    @inline(__always)  // reads the unit where it is: a call copies a unit read from an array
    static func looksLikeBoldHeading(_ unit: TextUnit) -> Bool {
        guard unit.isBold, !unit.isListItem, unit.headingLevel == nil else { return false }
        if case .textBox = unit.place { return false }
        guard unit.hasAtMost(words: 20), unit.hasAtMost(characters: 200) else { return false }
        return !(unit.text.hasSuffix(".") || unit.text.hasSuffix(":") || unit.text.hasSuffix(";") || unit.text.hasSuffix(","))
    }
}
