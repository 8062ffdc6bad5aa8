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
        // Dutch
        ("De Algemene Rekenkamer dringt erop aan dat", "De Algemene Rekenkamer", "urges"),
        ("GRETA dringt er bij de autoriteiten op aan", "GRETA", "urges"),
        ("GRETA is van mening dat de autoriteiten", "GRETA", "considers"),
        ("GRETA is verheugd", "", ""),
        ("GREVIO acht het noodzakelijk dat", "GREVIO", "considers"),
        ("Het Comité meent dat", "Het Comité", "considers"),
        ("De Commissie nodigt uit dat", "De Commissie", "invites"),
        ("De Raad van State verwelkomt dat", "De Raad van State", "welcomes"),
        ("De Raad van Europa verzoekt de regering", "De Raad van Europa", "other"),
        ("De Nationaal Rapporteur beveelt aan dat", "De Nationaal Rapporteur", "other"),
        ("GRETA moedigt aan dat", "GRETA", "other"),
        ("De Nationale ombudsman roept de minister op", "De Nationale ombudsman", "other"),
        ("De Kinderombudsman vraagt", "De Kinderombudsman", "other"),
        ("De Inspectie Justitie en Veiligheid adviseert", "De Inspectie Justitie en Veiligheid", "other"),
        ("De Groep van Deskundigen benadrukt", "De Groep van Deskundigen", "other"),
        ("De Adviesraad verwacht", "De Adviesraad", "other"),
        ("Het College voor de Rechten van de Mens onderstreept", "Het College voor de Rechten van de Mens", "other"),
        ("De Werkgroep wijst op", "De Werkgroep", "other"),
        ("GRETA dringt met klem aan", "GRETA", "urges"),
        ("GRETA met klem dringt", "GRETA", "urges"),
        ("GRETA nogmaals verwelkomt", "GRETA", "welcomes"),
        ("Daarnaast, GRETA dringt erop aan", "GRETA", "urges"),
        ("Verder de Commissie beveelt aan", "De Commissie", "other"),
        ("Ten slotte, het Comité verzoekt", "Het Comité", "other"),
        ("In het bijzonder GREVIO dringt erop aan", "GREVIO", "urges"),
        ("Ook de Commissie verwelkomt", "De Commissie", "welcomes"),
        // Dutch order after a connective: verb, then actor.
        ("Daarnaast dringt GRETA erop aan dat", "GRETA", "urges"),
        ("Verder is de Commissie van mening dat", "De Commissie", "considers"),
        ("Verder is de Commissie blij", "", ""),
        ("Tot slot beveelt het College voor de Rechten van de Mens aan", "Het College voor de Rechten van de Mens", "other"),
        ("Tevens, verwelkomt De Raad van State", "De Raad van State", "welcomes"),
        ("Bovendien vraagt het kabinet", "", ""),
        ("Daarnaast GRETA dringt", "GRETA", "urges"),
        ("Dringt GRETA erop aan", "", ""),
    ])
    func opener(_ text: String, _ actor: String, _ stance: String) {
        let found = RecommendationCues.opener(text)
        if actor.isEmpty {
            #expect(found == nil, "\(text)")
        } else {
            #expect(found == RecommendationCues.Opener(actor: actor, stance: stance), "\(text)")
        }
    }

    /// `opener(_:)` as it reads on `Character`s: the actor-and-stance definition on the
    /// text, after each connective (also in the Dutch order, verb first), and after each
    /// comma of the opening clause.
    static func openerByDefinition(_ text: String) -> RecommendationCues.Opener? {
        if let opener = RecommendationCues.actorAndStanceByCharacters(text[...]) { return opener }
        let lowered = text.prefix(40).lowercased()
        var afterConnective = false
        for connective in RecommendationCues.connectivePrefixes where lowered.hasPrefix(connective.text) {
            afterConnective = true
            let rest = text.dropFirst(connective.length).drop { $0 == "," || $0 == " " }
            if let opener = RecommendationCues.actorAndStanceByCharacters(rest) ?? RecommendationCues.invertedActorAndStance(rest) {
                return opener
            }
        }
        guard afterConnective || RecommendationCues.participlePrefixes.contains(where: { lowered.hasPrefix($0.text) }) else { return nil }
        var rest = text.prefix(700)
        while let comma = rest.firstIndex(of: ",") {
            rest = rest[rest.index(after: comma)...].drop { $0 == " " }
            if let opener = RecommendationCues.actorAndStanceByCharacters(rest) { return opener }
        }
        return nil
    }

    @Test func openerMatchesTheDefinition() {
        let starts = (RecommendationCues.connectivePrefixes + RecommendationCues.participlePrefixes).map(\.text)
            + ["Further", "FURTHER,", "In Addition ", "\u{0130}n addition ", "Welcoming\u{301} ", "x", "", "Daarnaast", "TEN SLOTTE, ", "Ook\u{301} "]
        var generator = SplitMix64(state: 43)
        for text in OpenerBytesTests.texts(count: 5_000, seed: 47) {
            let start = starts[generator.next(starts.count)]
            let clause = ["", "the progress made, ", "a, b, ", "\u{00E9}t\u{00E9}, "][generator.next(4)]
            // A comma anywhere near the end of the 700 characters read, and a clause with "\r\n".
            let long = start + String(repeating: "x", count: 660 + generator.next(60)) + ", " + text
            let verb = ["dringt ", "is ", "Beveelt ", "verwelkomt,", "v\u{00E9}rwelkomt ", "DRINGT  "][generator.next(6)]
            for candidate in [text, start + text, start + clause + text, start.uppercased() + clause + text, long,
                              start + "a\r\nb, " + text, start + verb + text] {
                #expect(RecommendationCues.opener(candidate) == Self.openerByDefinition(candidate), "\(candidate.debugDescription)")
            }
        }
    }

    @Test(arguments: ["The", "the", "GRETA", "The Committee", "", " ", "Greta considers",
                      "De minister beveelt aan", "Het kabinet is van mening dat", "De Commissie is blij", "GRETA is",
                      "De Raad voor de rechtspraak adviseert", "Den Haag verwelkomt", "De Nederlandse Arbeidsinspectie ondersteunt",
                      // A motie's operative part: "De Kamer" is not a recommending body.
                      "De Kamer verzoekt de regering", "De Kamer, gehoord de beraadslaging, verzoekt de regering",
                      "Tevens verzoekt de regering", "Verder verzoekt De Kamer de regering",
                      "GRETAXXXXX considers", "The government recommends"])
    func notAnOpener(_ text: String) {
        #expect(RecommendationCues.opener(text) == nil, "\(text)")
    }

    /// Only the opening words are read: a long first word after a connective, or a long
    /// text of short words, is rejected without reading it all again per word.
    @Test func longTextsAfterAConnective() {
        let long = String(repeating: "a", count: 200_000)
        #expect(RecommendationCues.opener("Verder " + long) == nil)
        #expect(RecommendationCues.opener("Verder dringt " + long) == nil)
        #expect(RecommendationCues.opener("Daarnaast is GRETA " + String(repeating: "van ", count: 50_000)) == nil)
        #expect(RecommendationCues.opener("Verder, " + String(repeating: "a, ", count: 50_000)) == nil)
    }
    /// `openingWords(_:)` against the split it stands in for, on texts of plain and
    /// non-ASCII words, runs of spaces, ",;:" around words and more than twelve words.
    @Test func openingWordsMatchTheSplit() {
        let pieces = CharacterAffixTests.pieces + [" ", "  ", ",", ";", ":", ",;", "Het Comit\u{00E9}", "GRETA", "de", "a b c d e f g h"]
        var generator = SplitMix64(state: 71)
        let texts = (0..<4_000).map { _ in (0..<generator.next(30)).map { _ in pieces[generator.next(pieces.count)] }.joined() }
        for text in texts + ["", " ", "a", ",", " ,a, ", String(repeating: "w ", count: 40), "\u{301} a"] {
            for candidate in [text[...], text.dropFirst(), text.dropLast()] {
                let split = candidate.utf8.split(separator: 0x20, maxSplits: 12).prefix(12).map(RecommendationCues.trimmedWord)
                #expect(RecommendationCues.openingWords(candidate) == split, "\(candidate.debugDescription)")
            }
        }
    }
    /// `joinedBySpaces(_:)` against `joined(separator:)`, empty words included.
    @Test func joinedBySpacesMatchesJoined() {
        let words = ["", "De", "Raad", "van", "State", "Comit\u{00E9}", "\u{301}", ""]
        for start in words.indices {
            for end in start...words.count {
                #expect(RecommendationCues.joinedBySpaces(words[start..<end]) == words[start..<end].joined(separator: " "))
            }
        }
    }
}
