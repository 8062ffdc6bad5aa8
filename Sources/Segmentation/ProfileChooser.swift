import WordML

/// `--profile auto`: chooses per document between recommendations and questions, and
/// says why.
enum ProfileChooser {
    /// The profile for `units`, with the reason recorded in the output.
    static func choose(_ units: [TextUnit], openers found: [RecommendationCues.Opener?]) -> (Profile, String) {
        let questionMarkers = units.filter { $0.hasAtMost(words: 8) && $0.hasAtMost(characters: 80) && QuestionMarkers.parse($0.text) != nil }.count
        let openers = found.compactMap { $0 }.count
        if questionMarkers >= 2, questionMarkers >= openers {
            return (.questions, "\(questionMarkers) question/answer markers (Vraag N, Antwoord op vraag N) against \(openers) recommendation openers")
        }
        return (.recommendations, "\(openers) recommendation openers against \(questionMarkers) question/answer markers")
    }
}
