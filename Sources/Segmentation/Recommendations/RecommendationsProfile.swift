import IngestCore
import WordML

/// Segments recommendation/response documents: GRETA-style replies and their kin
/// (Council of Europe monitoring bodies, UN treaty bodies, audit reports).
///
/// A unit opens a recommendation when a content cue (an actor and a recommending verb,
/// see ``RecommendationCues``) meets a layout cue (a list item, a typed bullet or the
/// first column of a table); inside a group that ends with ":" lower-case list items are
/// its sub-recommendations. Everything else after an item is its response, until the next
/// item or heading. A bold line is a heading only when a recommendation or another heading
/// follows it; otherwise it is a sub-heading inside the response.
struct RecommendationsProfile {
    private let units: [TextUnit]
    /// The recommendation opener of each unit that is laid out as an item, else nil.
    private let openers: [RecommendationCues.Opener?]
    private var result = SegmentedDocument(profile: .recommendations)
    private var outline = OutlineBuilder()
    private var pending: [String] = []
    private var pendingFootnotes: [String] = []
    /// Items waiting for the response that follows them (sub-items answered together).
    private var awaiting: [Int] = []
    private var umbrella: (index: Int, level: Int, closed: Bool)?
    private var sawItem = false

    init(units: [TextUnit], openers: [RecommendationCues.Opener?]) {
        self.units = units
        self.openers = openers
    }

    /// Segments the units.
    consuming func run() -> SegmentedDocument {
        let boldHeadingLevel = outline.boldHeadingLevel(for: units)
        for (index, unit) in units.enumerated() {
            if let level = headingLevel(of: index, boldLevel: boldHeadingLevel) {
                flushResponse()
                endGroup()
                outline.open(title: unit.text, level: level)
                continue
            }
            if let opener = openers[index] {
                openItem(unit, opener: opener)
                continue
            }
            if let group = umbrella, !group.closed, isLayoutItem(unit), unit.startsLowercase {
                openSubItem(unit, parent: group.index)
                continue
            }
            addContent(unit)
        }
        flushResponse()
        ResponseFinisher.complete(&result, sections: outline.sections, noItemsReason:
            "no recommendations found: no list item or table cell opens with an actor and a recommending verb")
        return result
    }

    // MARK: - Classification

    private func isLayoutItem(_ unit: TextUnit) -> Bool {
        unit.isListItem || unit.isFirstColumn
    }

    /// The heading level of unit `index`, or nil when it is not a heading.
    private func headingLevel(of index: Int, boldLevel: Int) -> Int? {
        let unit = units[index]
        if unit.isLaterColumn || unit.isListItem { return nil }
        if let level = unit.headingLevel { return level }
        guard OutlineBuilder.looksLikeBoldHeading(unit) else { return nil }
        guard let next = units[(index + 1)...].first else { return nil }
        if next.headingLevel != nil || OutlineBuilder.looksLikeBoldHeading(next) && !next.isLaterColumn { return boldLevel }
        return openers[index + 1] != nil ? boldLevel : nil
    }

    // MARK: - Items

    private mutating func openItem(_ unit: TextUnit, opener: RecommendationCues.Opener) {
        flushResponse()
        endGroup()
        let index = appendItem(unit, actor: opener.actor, stance: opener.stance, parent: nil)
        awaiting = [index]
        if RecommendationCues.isUmbrella(unit.text) { umbrella = (index, unit.listLevel ?? 0, false) }
    }

    private mutating func openSubItem(_ unit: TextUnit, parent: Int) {
        flushResponse()
        // An umbrella answered by nothing before its first sub-item has no reply of its own.
        awaiting.removeAll { $0 == parent }
        let parentItem = result.items[parent]
        let index = appendItem(unit, actor: parentItem.actor, stance: parentItem.stance, parent: parent)
        awaiting.append(index)
        if !result.items[index].paragraphRefs.isEmpty {
            umbrella?.closed = true
            let refs = result.items[index].paragraphRefs
            // The trailing reference applies to the whole group.
            for member in result.items.indices where member == parent || result.items[member].parentId == parentItem.id {
                if result.items[member].paragraphRefs.isEmpty { result.items[member].paragraphRefs = refs }
            }
        }
    }

    private mutating func appendItem(_ unit: TextUnit, actor: String?, stance: String?, parent: Int?) -> Int {
        sawItem = true
        let id = "rec-\(result.items.count + 1)"
        result.items.append(Item(
            id: id, kind: .recommendation, number: nil, text: unit.text, actor: actor, stance: stance,
            paragraphRefs: ParagraphReferences.numbers(in: unit.text), sectionId: outline.currentId,
            parentId: parent.map { result.items[$0].id }, footnoteIds: unit.footnoteIds, response: nil
        ))
        return result.items.count - 1
    }

    private mutating func endGroup() {
        umbrella = nil
        awaiting = []
    }

    // MARK: - Content

    private mutating func addContent(_ unit: TextUnit) {
        if !sawItem {
            result.frontMatter.append(MatterEntry(role: role(of: unit), text: unit.text))
            return
        }
        if awaiting.isEmpty {
            if let last = result.items.indices.last, result.items[last].response != nil, result.items[last].sectionId == outline.currentId {
                // More text after a finished response: it continues that response.
                result.items[last].response?.paragraphs.append(unit.text)
                result.items[last].response?.footnoteIds.append(contentsOf: unit.footnoteIds)
                for sharer in result.items[last].response?.answersItemIds ?? [] where sharer != result.items[last].id {
                    if let other = result.items.firstIndex(where: { $0.id == sharer }) {
                        result.items[other].response = result.items[last].response
                    }
                }
                return
            }
            let id = "other-\(result.items.count + 1)"
            result.items.append(Item(id: id, kind: .other, text: unit.text, sectionId: outline.currentId,
                                     footnoteIds: unit.footnoteIds))
            result.diagnostics.append(SegmentDiagnostic(.info, code: "unplaced-content",
                "text that answers no recommendation is kept as an item of kind other", itemId: id))
            return
        }
        pending.append(unit.text)
        pendingFootnotes.append(contentsOf: unit.footnoteIds)
    }

    /// Gives the collected response paragraphs to the items awaiting them.
    private mutating func flushResponse() {
        guard !pending.isEmpty, !awaiting.isEmpty else { return }
        let ids = awaiting.map { result.items[$0].id }
        let response = Response(paragraphs: pending, footnoteIds: pendingFootnotes, answersItemIds: ids)
        for index in awaiting { result.items[index].response = response }
        pending = []
        pendingFootnotes = []
        awaiting = []
    }

    private func role(of unit: TextUnit) -> String {
        switch unit.place {
        case .textBox, .cell: return "letterhead"
        case .body:
            // An ASCII name keeps its length when lower-cased: one of another length than
            // the four names below is none of them, and is not lower-cased.
            guard let name = unit.styleName, [5, 8, 10].contains(name.utf8.count) || !name.utf8.allSatisfy({ $0 < 0x80 })
            else { return "letter" }
            let style = name.lowercased()
            if style == "title" || style == "titel" { return "title" }
            if style == "subtitle" || style == "ondertitel" { return "subtitle" }
            return "letter"
        }
    }
}
