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
        // Front matter is what comes before the first item, which no unit before the first
        // opener can open: sized once for those units instead of grown.
        result.frontMatter.reserveCapacity(openers.firstIndex { $0 != nil } ?? units.count)
        // Units are passed by index: a unit passed by value to a mutating method is copied,
        // as it is part of `self`.
        for index in units.indices {
            if let level = headingLevel(of: index, boldLevel: boldHeadingLevel) {
                flushResponse()
                endGroup()
                outline.open(title: units[index].text, level: level)
                continue
            }
            if let opener = openers[index] {
                openItem(index, opener: opener)
                continue
            }
            if let group = umbrella, !group.closed, isLayoutItem(units[index]), units[index].startsLowercase {
                openSubItem(index, parent: group.index)
                continue
            }
            addContent(index)
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
        if units[index].isLaterColumn || units[index].isListItem { return nil }
        if let level = units[index].headingLevel { return level }
        guard OutlineBuilder.looksLikeBoldHeading(units[index]), index + 1 < units.count else { return nil }
        let next = index + 1
        if units[next].headingLevel != nil || OutlineBuilder.looksLikeBoldHeading(units[next]) && !units[next].isLaterColumn {
            return boldLevel
        }
        return openers[next] != nil ? boldLevel : nil
    }

    // MARK: - Items

    private mutating func openItem(_ unit: Int, opener: RecommendationCues.Opener) {
        flushResponse()
        endGroup()
        let index = appendItem(unit, actor: opener.actor, stance: opener.stance, parent: nil)
        awaiting = [index]
        if RecommendationCues.isUmbrella(units[unit].text) { umbrella = (index, units[unit].listLevel ?? 0, false) }
    }

    private mutating func openSubItem(_ unit: Int, parent: Int) {
        flushResponse()
        // An umbrella answered by nothing before its first sub-item has no reply of its own.
        awaiting.removeAll { $0 == parent }
        let index = appendItem(unit, actor: result.items[parent].actor, stance: result.items[parent].stance, parent: parent)
        awaiting.append(index)
        if !result.items[index].paragraphRefs.isEmpty {
            umbrella?.closed = true
            let refs = result.items[index].paragraphRefs
            let parentId = result.items[parent].id
            // The trailing reference applies to the whole group: the parent and the items
            // after it that name it (ids are unique, so none before it does).
            for member in parent..<result.items.count where member == parent || result.items[member].parentId == parentId {
                if result.items[member].paragraphRefs.isEmpty { result.items[member].paragraphRefs = refs }
            }
        }
    }

    private mutating func appendItem(_ unit: Int, actor: String?, stance: String?, parent: Int?) -> Int {
        sawItem = true
        let id = "rec-\(result.items.count + 1)"
        result.items.append(Item(
            id: id, kind: .recommendation, number: nil, text: units[unit].text, actor: actor, stance: stance,
            paragraphRefs: ParagraphReferences.numbers(in: units[unit].text), sectionId: outline.currentId,
            parentId: parent.map { result.items[$0].id }, footnoteIds: units[unit].footnoteIds, response: nil
        ))
        return result.items.count - 1
    }

    private mutating func endGroup() {
        umbrella = nil
        awaiting = []
    }

    // MARK: - Content

    private mutating func addContent(_ unit: Int) {
        let text = units[unit].text
        if !sawItem {
            result.frontMatter.append(MatterEntry(role: role(of: unit), text: text))
            return
        }
        if awaiting.isEmpty {
            if let last = result.items.indices.last, result.items[last].sectionId == outline.currentId,
               var response = result.items[last].response.take() {
                // More text after a finished response: it continues that response, for
                // every item sharing it. Their copies are dropped first, so that the
                // paragraphs grow in place. Ids are unique: the sharers are found from the end.
                let lastId = result.items[last].id
                let sharers = response.answersItemIds.compactMap { sharer in
                    sharer == lastId ? nil : result.items.lastIndex { $0.id == sharer }
                }
                for other in sharers { result.items[other].response = nil }
                response.paragraphs.append(text)
                response.footnoteIds.append(contentsOf: units[unit].footnoteIds)
                for other in sharers { result.items[other].response = response }
                result.items[last].response = response
                return
            }
            let id = "other-\(result.items.count + 1)"
            result.items.append(Item(id: id, kind: .other, text: text, sectionId: outline.currentId,
                                     footnoteIds: units[unit].footnoteIds))
            result.diagnostics.append(SegmentDiagnostic(.info, code: "unplaced-content",
                "text that answers no recommendation is kept as an item of kind other", itemId: id))
            return
        }
        pending.append(text)
        // Most units have no footnotes: appending none still costs a call.
        if !units[unit].footnoteIds.isEmpty { pendingFootnotes.append(contentsOf: units[unit].footnoteIds) }
    }

    /// Gives the collected response paragraphs to the items awaiting them.
    private mutating func flushResponse() {
        guard !pending.isEmpty, !awaiting.isEmpty else { return }
        let ids = awaiting.map { result.items[$0].id }
        let response = Response(paragraphs: pending, footnoteIds: pendingFootnotes, answersItemIds: ids)
        for index in awaiting { result.items[index].response = response }
        // The next response likely has about as many paragraphs: a buffer of this one's
        // capacity (the response keeps the filled one) spares growing it again.
        pending.removeAll(keepingCapacity: true)
        pendingFootnotes = []
        awaiting = []
    }

    private func role(of unit: Int) -> String {
        switch units[unit].place {
        case .textBox, .cell: return "letterhead"
        case .body:
            // An ASCII name keeps its length when lower-cased: one of another length than
            // the four names below is none of them, and is not lower-cased.
            guard let name = units[unit].styleName else { return "letter" }
            switch name.utf8.count {
            case 5, 8, 10: break
            default: if name.withUTF8Bytes(ByteVectors.isASCII) { return "letter" }
            }
            let style = name.lowercased()
            if style == "title" || style == "titel" { return "title" }
            if style == "subtitle" || style == "ondertitel" { return "subtitle" }
            return "letter"
        }
    }
}
