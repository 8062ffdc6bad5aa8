import WordML

/// `--profile auto`: chooses per document between recommendations and questions, and
/// says why.
enum ProfileChooser {
    /// The profile for `units`, with the reason recorded in the output.
    static func choose(_ units: [TextUnit]) -> (Profile, String) {
        let questionMarkers = units.filter { QuestionMarkers.parse($0.text) != nil && $0.wordCount <= 8 }.count
        let openers = units.filter { ($0.isListItem || $0.isFirstColumn) && RecommendationCues.opener($0.text) != nil }.count
        if questionMarkers >= 2, questionMarkers >= openers {
            return (.questions, "\(questionMarkers) question/answer markers (Vraag N, Antwoord op vraag N) against \(openers) recommendation openers")
        }
        return (.recommendations, "\(openers) recommendation openers against \(questionMarkers) question/answer markers")
    }
}
