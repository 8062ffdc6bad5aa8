import WordML

/// `--profile auto`: chooses per document between recommendations and questions, and
/// says why.
enum ProfileChooser {
    /// The profile for units of which `questionMarkers` are question markers
    /// (``isQuestionMarker(_:)``), with the recommendation openers `found`; the
    /// reason is recorded in the output.
    static func choose(questionMarkers: Int, openers found: [RecommendationCues.Opener?]) -> (Profile, String) {
        let openers = found.count { $0 != nil }
        if questionMarkers >= 2, questionMarkers >= openers {
            return (.questions, "\(questionMarkers) question/answer markers (Vraag N, Antwoord op vraag N) against \(openers) recommendation openers")
        }
        return (.recommendations, "\(openers) recommendation openers against \(questionMarkers) question/answer markers")
    }

    /// Whether a unit's `text` counts as a question/answer marker: a short line (at most 8
    /// words and 80 characters) that starts with one. Read on the text, which the caller
    /// holds: a unit passed from the array would be copied.
    static func isQuestionMarker(_ text: String) -> Bool {
        // The marker first: it rejects most texts on their first three bytes.
        QuestionMarkers.parse(text) != nil && TextUnit.text(text, hasAtMostWords: 8)
            && TextUnit.text(text, hasAtMostCharacters: 80)
    }
}
