public import WordML

/// The Segment stage: turns a document's blocks into items and replies.
public enum Segmenter {
    /// Which profile to use: one of the profiles, or `auto` to choose per document.
    public enum ProfileChoice: String, Sendable, CaseIterable {
        case auto, recommendations, questions
    }

    private static func noteTexts(_ document: WordDocument) -> [String] {
        (document.footnotes + document.endnotes).flatMap(\.blocks).compactMap { block in
            if case .paragraph(let paragraph) = block { paragraph.text } else { nil }
        }
    }

    /// Segments `document` with the chosen profile.
    public static func segment(_ document: WordDocument, profile choice: ProfileChoice = .auto) -> SegmentedDocument {
        let units = UnitExtractor.units(of: document)
        // Recommendation openers, looked for once: only list items and first table columns open items.
        let openers = units.map { $0.isListItem || $0.isFirstColumn ? RecommendationCues.opener($0.text) : nil }
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
        result.references = DocumentReferenceFinder.references(in: units.map(\.text) + noteTexts(document))
        return result
    }
}
