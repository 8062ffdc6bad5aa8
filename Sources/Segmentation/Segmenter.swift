public import WordML

/// The Segment stage: turns a document's blocks into items and replies.
public enum Segmenter {
    /// Which profile to use: one of the profiles, or `auto` to choose per document.
    public enum ProfileChoice: String, Sendable, CaseIterable {
        case auto, recommendations, questions
    }

    /// Segments `document` with the chosen profile.
    public static func segment(_ document: WordDocument, profile choice: ProfileChoice = .auto) -> SegmentedDocument {
        segment(UnitExtractor.units(of: document), notes: document, profile: choice)
    }

    /// ``segment(_:profile:)``, taking the body's blocks out of `document`, which is left
    /// without blocks: each block is then moved into the units instead of copied, and freed
    /// once read. For a caller that needs only the rest of the document afterwards.
    public static func segment(takingBlocksOf document: inout WordDocument, profile choice: ProfileChoice = .auto)
        -> SegmentedDocument {
        let blocks = document.takeBlocks()
        return segment(UnitExtractor.units(taking: blocks), notes: document, profile: choice)
    }

    /// Segments the document's `units`; the references are looked for in them and in the
    /// footnotes and endnotes of `notes`.
    private static func segment(_ units: [TextUnit], notes document: WordDocument, profile choice: ProfileChoice)
        -> SegmentedDocument {
        // One pass reads every unit's cues: its text is fetched from the array once (a
        // retain and a release each time) for the opener, the question marker and the
        // references. Recommendation openers: only list items and first table columns open items.
        var openers: [RecommendationCues.Opener?] = []
        openers.reserveCapacity(units.count)
        var questionMarkers = 0
        var references = DocumentReferenceFinder()
        for index in units.indices {
            let isLayoutItem = units[index].isListItem || units[index].isFirstColumn
            let text = units[index].text
            openers.append(isLayoutItem ? RecommendationCues.opener(text) : nil)
            if ProfileChooser.isQuestionMarker(text) { questionMarkers += 1 }
            references.scan(text)
        }
        let profile: Profile
        var reason: String?
        switch choice {
        case .recommendations: profile = .recommendations
        case .questions: profile = .questions
        case .auto: (profile, reason) = ProfileChooser.choose(questionMarkers: questionMarkers, openers: openers)
        }
        var result: SegmentedDocument
        switch profile {
        case .recommendations: result = RecommendationsProfile(units: units, openers: openers).run()
        case .questions: result = QuestionsProfile(units: units).run()
        }
        result.profileReason = reason ?? "chosen by the caller"
        // Each list on its own: an array of the two would be allocated per document.
        scan(document.footnotes, into: &references)
        scan(document.endnotes, into: &references)
        result.references = references.found
        return result
    }

    /// Looks for references in the paragraphs of `notes`.
    private static func scan(_ notes: [Note], into references: inout DocumentReferenceFinder) {
        for note in notes {
            for block in note.blocks {
                if case .paragraph(let paragraph) = block { references.scan(runsOf: paragraph) }
            }
        }
    }
}
