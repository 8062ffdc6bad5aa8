import WordML

/// `--profile auto`: chooses per document between recommendations and questions, and
/// says why.
enum ProfileChooser {
    /// The profile for `units`, with the reason recorded in the output.
    static func choose(_ units: [TextUnit], openers found: [RecommendationCues.Opener?]) -> (Profile, String) {
        // The marker first: it rejects most texts on their first three bytes.
        var questionMarkers = 0
        for index in units.indices where QuestionMarkers.parse(units[index].text) != nil {
            if units[index].hasAtMost(words: 8), units[index].hasAtMost(characters: 80) { questionMarkers += 1 }
        }
        let openers = found.count { $0 != nil }
        if questionMarkers >= 2, questionMarkers >= openers {
            return (.questions, "\(questionMarkers) question/answer markers (Vraag N, Antwoord op vraag N) against \(openers) recommendation openers")
        }
        return (.recommendations, "\(openers) recommendation openers against \(questionMarkers) question/answer markers")
    }
}
