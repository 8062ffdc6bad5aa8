import Testing
@testable import Segmentation

/// The byte-level opener reading against the `Character` definition it stands in for:
/// wherever it decides, it decides the same; on ASCII text it always decides.
@Suite struct OpenerBytesTests {
    /// Words and pieces that exercise every branch: actors, body nouns, adverbs, verbs,
    /// trimmed punctuation, case, and non-ASCII look-alikes (curly quotes, NBSP, accents,
    /// combining marks, the Kelvin sign that lower-cases to "k").
    static let pieces = [
        "The", "the", "THE", "Thé", "GRETA", "ECRI", "CPT", "G", "GRETAXXXXX", "Greta", "EU", "The,", ",The", ":the;",
        "Committee", "Subcommittee", "XCommittee", "Committee,", "Working", "Group", "of", "Experts", "Court", "Audit",
        "Rapporteur", "Expert", "Panel", "Board", "Council", "Inspectorate", "Ombudsman", "Commission", "Netherlands",
        "government", "also", "Also", "strongly", "once", "again", "reiterates", "Reiterates", "urges", "URGES",
        "considers", "invites", "welcomes", "recommends", "as\u{212A}s", "asks", "notes;", "further", "therefore",
        ",", ";:", "", " ", "  ", "\u{00A0}", "\u{201C}The", "The\u{201D}", "Comit\u{00E9}", "e\u{301}", "\u{301}",
        "\r\n", "In", "2024", "(a)", "-", "The\u{00A0}Committee", "Committee\u{301}", "\u{0130}",
        // Dutch: articles, body nouns, adverbs, verbs, "is van mening", "met klem".
        "De", "de", "Het", "het", "DE", "Den", "Commissie", "Staatscommissie", "Raad", "van", "State", "Europa",
        "Adviesraad", "Algemene", "Rekenkamer", "Nationaal", "Nationale", "ombudsman", "Kinderombudsman", "Inspectie",
        "Justitie", "en", "Veiligheid", "Groep", "Deskundigen", "Werkgroep", "College", "voor", "Rechten", "Mens",
        "Comit\u{00E9}", "kabinet", "Minister", "ook", "Nogmaals", "met", "klem", "Klem", "\u{212A}lem", "dringt",
        "DRINGT", "erop", "aan", "is", "Is", "mening", "MENING", "m\u{00E9}ning", "v\u{00E1}n", "acht", "meent",
        "nodigt", "uit", "verzoekt", "verwelkomt", "beveelt", "moedigt", "wijst", "dat",
    ]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = SplitMix64(state: seed)
        var result: [String] = []
        for _ in 0..<count {
            var words: [String] = []
            // Most texts start like an actor, so that the later words matter.
            let starts = ["The", "the", "GRETA", "ECRI", " The", "  GRETA", "De", "de", "Het", "het", " De"]
            if generator.next(4) > 0 { words.append(starts[generator.next(starts.count)]) }
            for _ in 0..<generator.next(14) { words.append(pieces[generator.next(pieces.count)]) }
            result.append(words.joined(separator: generator.next(6) == 0 ? "  " : " "))
        }
        return result
    }

    static func verdict(_ text: Substring) -> OpenerBytes.Verdict {
        var text = text
        return text.withUTF8(OpenerBytes.actorAndStance)
    }

    static func check(_ text: String) {
        let definition = RecommendationCues.actorAndStanceByCharacters(text[...])
        switch verdict(text[...]) {
        case .opener(let opener): #expect(definition == opener, "\(text.debugDescription)")
        case .none: #expect(definition == nil, "\(text.debugDescription)")
        case .undecided: #expect(!text.utf8.allSatisfy { $0 < 0x80 }, "ASCII left undecided: \(text.debugDescription)")
        }
    }

    @Test(arguments: [
        "", " ", "The", "the", "The ", "GRETA", "GRETA considers", "The government recommends", "The Committee recommends",
        "the Working Group invites", "The Group of Experts urges", "The Group of Experts on Action welcomes",
        "The Court of Audit asks", "The Netherlands Court of Audit recommends", ",GRETA; considers", "GRETA also once again urges",
        "GRETA reiterates", "GRETA also reiterates its", "GRETA also also also also also also also also also also urges",
        "The XCommittee urges", "The Committee, urges", "The Working  Group urges", "The Working , Group urges",
        "\u{201C}The Committee\u{201D} urges", "The\u{00A0}Committee urges", "The Comit\u{00E9} urges", "GRETA as\u{212A}s",
        "The Committee\u{301} urges", " \u{301}GRETA urges", "The ,\u{301}Committee urges", "The \u{0130}nspectorate urges",
        "ÉCRI considère", "The Subcommittee on Prevention of Torture recommends", "The the Committee urges",
        "De Algemene Rekenkamer dringt erop aan dat", "GRETA is van mening dat", "GRETA is van", "GRETA is", "GRETA is van de",
        "GRETA IS VAN MENING", "GRETA is v\u{00E1}n mening", "GRETA is van m\u{00E9}ning", "de Commissie nodigt uit",
        "De Raad van State verwelkomt dat", "Het College voor de Rechten van de Mens beveelt aan",
        "Het College voor de Rechten van de Mens en Raad beveelt", "De Nationale ombudsman vraagt", "Het kabinet dringt",
        "GRETA met klem dringt", "GRETA met", "GRETA met dringt", "GRETA met \u{212A}lem dringt", "GRETA ook nogmaals dringt",
        "De Comit\u{00E9} dringt", "Het Comit\u{00E9} van Ministers van de Raad van Europa dringt", "Den Commissie dringt",
        "De Commissie, dringt", "het Inspectie Justitie en Veiligheid wijst",
    ])
    func agreesWithTheDefinition(_ text: String) {
        Self.check(text)
    }

    @Test func agreesOnGeneratedTexts() {
        var dutchActors = 0
        for text in Self.texts(count: 20_000, seed: 42) {
            Self.check(text)
            if let opener = RecommendationCues.actorAndStanceByCharacters(text[...]),
               opener.actor.hasPrefix("De ") || opener.actor.hasPrefix("Het ") { dutchActors += 1 }
        }
        // The vocabulary reaches Dutch openers, not only English ones.
        #expect(dutchActors >= 10, "\(dutchActors)")
    }

    /// The connective and participle prefix test on bytes against `lowercased()`.
    @Test func prefixTestMatchesLowercasing() {
        let prefixes = RecommendationCues.connectivePrefixes + RecommendationCues.participlePrefixes
        #expect(prefixes.allSatisfy { $0.bytes.count <= 20 && $0.bytes.elementsEqual($0.text.utf8) })
        let starts = prefixes.map(\.text) + prefixes.map { $0.text.uppercased() } + ["Further\u{301}, GRETA", "Further,\u{301}", "\u{0130}n addition "]
        var generator = SplitMix64(state: 3)
        var texts = starts
        for _ in 0..<5_000 {
            let start = starts[generator.next(starts.count)]
            texts.append(start + [" GRETA urges", "\u{00A0}x", "", "\u{301}", "é", " The Committee"][generator.next(6)])
            texts.append(String(start.dropLast(generator.next(3))))
        }
        for text in texts {
            let lowered = text.prefix(40).lowercased()
            RecommendationCues.withLowercasedPrefixTest(text) { test in
                for prefix in prefixes {
                    #expect(test(prefix) == lowered.hasPrefix(prefix.text), "\(text.debugDescription) \(prefix.text)")
                }
            }
        }
    }

    /// The constant first letters are those of the lists, and only those lead.
    @Test func leadingLettersAreTheListsFirstLetters() {
        let letters = Set((RecommendationCues.connectives + RecommendationCues.participles).compactMap(\.utf8.first))
        for byte in UInt8.min...UInt8.max {
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            #expect(RecommendationCues.mayLeadConnective(byte) == letters.contains(lowered), "\(byte)")
        }
    }

    @Test func rejectsOnTheFirstTwoWords() {
        #expect(Self.verdict("The government recommends"[...]) == .none)
        #expect(Self.verdict("In 2024 GRETA urges"[...]) == .none)
        #expect(Self.verdict("The"[...]) == .none)
        #expect(Self.verdict("De minister antwoordt"[...]) == .none)
        #expect(Self.verdict("Het kabinet is van mening"[...]) == .none)
    }
}
