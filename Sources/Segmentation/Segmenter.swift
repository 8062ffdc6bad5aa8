public import WordML

/// The Segment stage: turns a document's blocks into items and replies.
public enum Segmenter {
    /// Which profile to use: one of the profiles, or `auto` to choose per document.
    public enum ProfileChoice: String, Sendable, CaseIterable {
        case auto, recommendations, questions
    }

    /// Segments `document` with the chosen profile.
    public static func segment(_ document: WordDocument, profile choice: ProfileChoice = .auto) -> SegmentedDocument {
        let units = UnitExtractor.units(of: document)
        // Recommendation openers, looked for once: only list items and first table columns open items.
        var openers: [RecommendationCues.Opener?] = []
        openers.reserveCapacity(units.count)
        for index in units.indices {
            let isLayoutItem = units[index].isListItem || units[index].isFirstColumn
            openers.append(isLayoutItem ? RecommendationCues.opener(units[index].text) : nil)
        }
        let profile: Profile
        var reason: String?
        switch choice {
        case .recommendations: profile = .recommendations
        case .questions: profile = .questions
        case .auto: (profile, reason) = ProfileChooser.choose(units, openers: openers)
        }
        var result: SegmentedDocument
        switch profile {
        case .recommendations: result = RecommendationsProfile(units: units, openers: openers).run()
        case .questions: result = QuestionsProfile(units: units).run()
        }
        result.profileReason = reason ?? "chosen by the caller"
        var references = DocumentReferenceFinder()
        for index in units.indices { references.scan(units[index].text) }
        for notes in [document.footnotes, document.endnotes] {
            for note in notes {
                for block in note.blocks {
                    if case .paragraph(let paragraph) = block { references.scan(paragraph.text) }
                }
            }
        }
        result.references = references.found
        return result
    }
}
