import Testing
@testable import Segmentation

/// The recommendation opener on its own: actors, stances, connectives and the words that
/// must not count as an actor.
@Suite struct RecommendationCuesTests {
    @Test(arguments: [
        ("GRETA considers that the authorities should", "GRETA", "considers"),
        ("GRETA also strongly urges the Dutch authorities", "GRETA", "urges"),
        ("The Committee recommends that the State party", "The Committee", "other"),
        ("the Working Group invites the Government", "The Working Group", "invites"),
        ("The Group of Experts on Action against Trafficking welcomes", "", ""),
        ("Further, GRETA invites the authorities", "GRETA", "invites"),
        ("Welcoming the progress made, GRETA urges the authorities", "GRETA", "urges"),
        ("While noting the new law, ECRI recommends", "ECRI", "other"),
        (",GRETA; considers", "GRETA", "considers"),
        ("ÉCRI considère", "", ""),
    ])
    func opener(_ text: String, _ actor: String, _ stance: String) {
        let found = RecommendationCues.opener(text)
        if actor.isEmpty {
            #expect(found == nil, "\(text)")
        } else {
            #expect(found == RecommendationCues.Opener(actor: actor, stance: stance), "\(text)")
        }
    }

    @Test(arguments: ["The", "the", "GRETA", "The Committee", "", " ", "De Commissie beveelt aan", "Greta considers",
                      "GRETAXXXXX considers", "The government recommends"])
    func notAnOpener(_ text: String) {
        #expect(RecommendationCues.opener(text) == nil, "\(text)")
    }
}
