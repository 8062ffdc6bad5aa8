import IngestCore

/// Content cues of a recommendation: who recommends (the actor) and how (the stance).
///
/// An opener is an actor — a monitoring body written as an acronym (`GRETA`, `GREVIO`,
/// `ECRI`, `CPT`), "the … Committee/Commission/Rapporteur/…" or, in Dutch, "de/het …
/// Commissie/Raad van State/Rekenkamer/…" — followed, after optional adverbs, by a
/// recommending verb ("urges", "dringt"); it may be preceded by a connective ("Further,",
/// "Daarnaast") or a participial clause ("Welcoming …, GRETA considers"). Only the opening
/// of the text is examined, so long paragraphs cost nothing.
struct RecommendationCues {
    struct Opener: Equatable {
        var actor: String
        var stance: String
    }

    static let connectives = ["further", "furthermore", "moreover", "in addition", "additionally", "finally",
                              "lastly", "at the same time", "in particular", "also", "in this context", "in this regard",
                              // Dutch
                              "verder", "daarnaast", "bovendien", "tevens", "voorts", "ten slotte", "tot slot", "tenslotte",
                              "in het bijzonder", "in dit verband", "ook"]
    static let participles = ["welcoming", "while welcoming", "noting", "while noting", "recalling", "recognising",
                              "recognizing", "while recognising", "while recognizing", "acknowledging", "while acknowledging",
                              "appreciating", "taking note", "bearing in mind", "referring to", "in light of", "in view of"]
    static let adverbs: Set<String> = ["also", "once", "again", "further", "therefore", "strongly", "nevertheless",
                                       "still", "furthermore", "moreover", "reiterates", "hence", "thus",
                                       // Dutch (rare there: the verb comes second, adverbs follow it)
                                       "ook", "nogmaals", "opnieuw", "wederom", "daarom", "verder", "tevens", "eveneens",
                                       "nadrukkelijk"]
    /// A two-word adverb: "met" is skipped only when "klem" follows ("met klem").
    static let twoWordAdverb = (first: "met", second: "klem")
    /// The stance of each verb, lower-case; the Dutch verbs in the third person singular,
    /// without their separable particle ("dringt … aan", "beveelt … aan"). See
    /// docs/decisions.md ("Dutch openers") for the mapping.
    static let stanceVerbs = englishStanceVerbs.merging(dutchStanceVerbs) { english, _ in english }
    static let englishStanceVerbs: [String: String] = [
        "urges": "urges", "considers": "considers", "invites": "invites", "welcomes": "welcomes",
        "recommends": "other", "encourages": "other", "calls": "other", "requests": "other", "asks": "other",
        "notes": "other", "stresses": "other", "expects": "other", "trusts": "other", "reiterates": "other",
        "emphasises": "other", "emphasizes": "other", "underlines": "other", "wishes": "other", "suggests": "other",
    ]
    static let dutchStanceVerbs: [String: String] = [
        "dringt": "urges", "is": "considers", "acht": "considers", "meent": "considers", "nodigt": "invites",
        "verwelkomt": "welcomes", "juicht": "welcomes",
        "verzoekt": "other", "beveelt": "other", "moedigt": "other", "roept": "other", "vraagt": "other",
        "adviseert": "other", "benadrukt": "other", "verwacht": "other", "onderstreept": "other", "wijst": "other",
        "herhaalt": "other", "constateert": "other", "stelt": "other",
    ]
    /// "is" is a stance verb only in "is van mening" (considers): "GRETA is …" alone is any
    /// statement.
    static let verbNeedingWords = (verb: "is", following: ["van", "mening"])
    static let bodyNouns = ["Committee", "Commission", "Subcommittee", "Rapporteur", "Working Group", "Group of Experts",
                            "Court of Audit", "Ombudsman", "Council", "Panel", "Board", "Expert Group", "Inspectorate"]
    /// The Dutch body nouns, after "De"/"Het": each a suffix of the phrase, so "raad" is
    /// also "Adviesraad", "ombudsman" "Nationale ombudsman" and "Kinderombudsman", "groep"
    /// "Werkgroep" and "Expertgroep", "inspectie" "Nederlandse Arbeidsinspectie".
    static let dutchBodyNouns = ["Commissie", "commissie", "Comité", "Raad", "raad", "Raad van State", "Raad van Europa",
                                 "Rekenkamer", "rekenkamer", "Rapporteur", "Ombudsman", "ombudsman", "Inspectie", "inspectie",
                                 "Inspectie Justitie en Veiligheid", "Inspectie Gezondheidszorg en Jeugd",
                                 "Inspectie van het Onderwijs", "Inspectie SZW", "Groep", "groep", "Groep van Deskundigen",
                                 "Panel", "College", "College voor de Rechten van de Mens"]

    /// The articles that open a named actor, each with its body nouns and the most words
    /// the phrase after it may have ("The Group of Experts on Action" is five; "Het College
    /// voor de Rechten van de Mens" seven).
    enum Article: CaseIterable {
        case english, dutch

        var spellings: [String] {
            switch self {
            case .english: ["The", "the"]
            case .dutch: ["De", "de", "Het", "het"]
            }
        }

        var nouns: [String] {
            switch self {
            case .english: RecommendationCues.bodyNouns
            case .dutch: RecommendationCues.dutchBodyNouns
            }
        }

        var maxPhraseWords: Int {
            switch self {
            case .english: 5
            case .dutch: 7
            }
        }

        /// The article of a first word, if it is one.
        init?(_ word: some StringProtocol) {
            guard let article = Self.allCases.first(where: { $0.spellings.contains(where: { $0 == word }) }) else { return nil }
            self = article
        }
    }

    /// A connective or participle as the prefix tested: "further," and "further " for the
    /// connective "further", "welcoming " for the participle.
    struct OpeningPrefix {
        /// The prefix (lower-case ASCII).
        let text: String
        /// Its UTF-8 bytes.
        let bytes: [UInt8]
        /// The characters dropped after a connective: the connective's own.
        let length: Int

        init(_ text: String, length: Int = 0) {
            self.text = text
            self.bytes = Array(text.utf8)
            self.length = length
        }
    }

    /// The connectives and participles as the prefixes tested.
    static let connectivePrefixes = connectives.flatMap { connective in
        [OpeningPrefix(connective + ",", length: connective.count), OpeningPrefix(connective + " ", length: connective.count)]
    }
    static let participlePrefixes = participles.map { OpeningPrefix($0 + " ") }

    /// The first letters of the connectives and participles, as bits (1 << (letter − "a")):
    /// a, b, d, f, i, l, m, n, o, r, t, v, w. A constant, so the test costs no look-up; the
    /// tests check it against the lists.
    static let leadingLetterBits: UInt32 = 1 << 0 | 1 << 1 | 1 << 3 | 1 << 5 | 1 << 8 | 1 << 11 | 1 << 12 | 1 << 13
        | 1 << 14 | 1 << 17 | 1 << 19 | 1 << 21 | 1 << 22

    /// Whether `byte`, lower-cased, is the first letter of a connective or participle.
    static func mayLeadConnective(_ byte: UInt8) -> Bool {
        // Connectives and participles are ASCII: `| 0x20` lower-cases an ASCII letter.
        let letter = byte | 0x20
        return letter >= 0x61 && letter <= 0x7A && leadingLetterBits & 1 << (letter - 0x61) != 0
    }

    /// The opener of `text`, if it starts like a recommendation.
    ///
    /// Tries, in order: the text itself, the text after a leading connective ("Further,"),
    /// and — after a connective or a participle ("Welcoming …,") — the text after each comma
    /// of the first 700 characters. Every try rejects on its first word, so a paragraph
    /// that does not start like a recommendation costs a few comparisons.
    static func opener(_ text: String) -> Opener? {
        switch text.withUTF8Bytes(OpenerBytes.actorAndStance) {
        case .opener(let opener): return opener
        case .none: break
        case .undecided: if let opener = actorAndStanceByCharacters(text[...]) { return opener }
        }
        guard let lead = text.utf8.first, mayLeadConnective(lead) else { return nil }
        // The lower-cased text starts with the lead's letter, lower-cased: only prefixes
        // starting with it are tested (the others are not even copied out of the list).
        let letter = lead | 0x20
        return withLowercasedPrefixTest(text) { startsWith in
            let connectives = connectivePrefixes
            var afterConnective = false
            for index in connectives.indices where connectives[index].bytes.first == letter && startsWith(connectives[index]) {
                afterConnective = true
                let rest = text.dropFirst(connectives[index].length).drop { $0 == "," || $0 == " " }
                if let opener = actorAndStance(rest) ?? invertedActorAndStance(rest) { return opener }
            }
            guard afterConnective || participlePrefixes.contains(where: { $0.bytes.first == letter && startsWith($0) })
            else { return nil }
            // "Welcoming …, GRETA considers": try after each comma of the opening clause.
            return openerAfterCommas(text)
        }
    }

    /// The first opener after a comma of the text's first 700 characters, each try starting
    /// after the comma and its spaces and ending with the 700th character. Commas are found
    /// on bytes when the first 701 bytes are ASCII without "\r": there each of the first
    /// 700 bytes is a character of its own.
    private static func openerAfterCommas(_ text: String) -> Opener? {
        let starts: (offsets: [Int], end: Int)? = text.withUTF8Bytes { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(701))
            guard ByteVectors.isASCII(head), ByteVectors.firstIndex(of: 0x0D, in: head, from: 0) == nil else { return nil }
            let end = min(bytes.count, 700)
            let clause = UnsafeBufferPointer(rebasing: bytes[..<end])
            var offsets: [Int] = []
            var position = 0
            while let comma = ByteVectors.firstIndex(of: UInt8(ascii: ","), in: clause, from: position) {
                position = comma + 1
                while position < end, clause[position] == 0x20 { position += 1 }
                offsets.append(position)
            }
            return (offsets, end)
        }
        guard let starts else {
            var rest = text.prefix(700)
            while let comma = rest.firstIndex(of: ",") {
                rest = rest[rest.index(after: comma)...].drop { $0 == " " }
                if let opener = actorAndStance(rest) { return opener }
            }
            return nil
        }
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: starts.end)
        for offset in starts.offsets {
            if let opener = actorAndStance(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: offset)..<end])) { return opener }
        }
        return nil
    }

    /// Calls `body` with a test of whether `text.prefix(40).lowercased()` starts with a
    /// given connective or participle prefix (lower-case ASCII, at most 20 bytes). When the
    /// text's first 24 bytes (or all, if fewer) are ASCII, lower-cased bytes are compared:
    /// there every byte is a character (no mark can join the prefix's last one) and
    /// lower-casing goes byte by byte.
    static func withLowercasedPrefixTest<Result>(_ text: String, _ body: ((OpeningPrefix) -> Bool) -> Result) -> Result {
        guard text.withUTF8Bytes({ ByteVectors.isASCII(UnsafeBufferPointer(rebasing: $0.prefix(24))) }) else {
            let lowered = text.prefix(40).lowercased()
            return body { CharacterAffix.hasPrefix(lowered[...], $0.text) }
        }
        return text.withUTF8Bytes { bytes in
            body { prefix in
                guard prefix.bytes.count <= bytes.count else { return false }
                for (index, expected) in prefix.bytes.enumerated() {
                    let byte = bytes[index]
                    guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == expected else { return false }
                }
                return true
            }
        }
    }

    /// `GRETA (also) considers` or `The Committee recommends` at the start of `text`:
    /// read on bytes (``OpenerBytes``), by the definition when the words are not ASCII.
    private static func actorAndStance(_ text: Substring) -> Opener? {
        var bytes = text
        switch bytes.withUTF8(OpenerBytes.actorAndStance) {
        case .opener(let opener): return opener
        case .none: return nil
        case .undecided: return actorAndStanceByCharacters(text)
        }
    }

    /// The definition of ``actorAndStance(_:)``, on `Character`s.
    static func actorAndStanceByCharacters(_ text: Substring) -> Opener? {
        let text = text.drop { $0 == " " }
        // An actor starts with an upper-case letter ("GRETA", "The", "De"), "the", "de",
        // "het", or a stray ",;:" that trimming removes; any other ASCII byte rejects at once.
        if let lead = text.utf8.first, lead < 0x80, !(0x41...0x5A).contains(lead),
           lead != UInt8(ascii: "t"), lead != UInt8(ascii: "d"), lead != UInt8(ascii: "h"),
           lead != UInt8(ascii: ","), lead != UInt8(ascii: ";"), lead != UInt8(ascii: ":") {
            return nil
        }
        let first = text[..<(text.utf8.firstIndex(of: 0x20) ?? text.endIndex)].trimming(",;:")
        let firstIsAcronym = isAcronym(first)
        let article = firstIsAcronym ? nil : Article(first)
        guard firstIsAcronym || article != nil else { return nil }
        let words = openingWords(text)
        let actorLength = firstIsAcronym ? 1 : self.actorLength(words[...], article: article)
        guard actorLength > 0 else { return nil }
        var index = actorLength
        while index < words.count {
            let word = words[index].lowercased()
            if adverbs.contains(word), word != "reiterates" {
                index += 1
            } else if word == twoWordAdverb.first, index + 1 < words.count, words[index + 1].lowercased() == twoWordAdverb.second {
                index += 2
            } else {
                break
            }
        }
        guard index < words.count, let stance = stanceVerbs[words[index].lowercased()] else { return nil }
        if words[index].lowercased() == verbNeedingWords.verb {
            guard hasVerbsFollowingWords(words[(index + 1)...]) else { return nil }
        }
        return Opener(actor: actorText(words[0..<actorLength], article: article), stance: stance)
    }

    /// The length of the actor "The … Committee" at the start of `words` (the article
    /// included), 0 if there is none: the longest phrase after the article whose last word
    /// can end a body noun and that ends with one.
    private static func actorLength(_ words: ArraySlice<String>, article: Article?) -> Int {
        guard let article, words.count >= 2, words[words.startIndex + 1].first?.isUppercase == true else { return 0 }
        let lastWords = article == .english ? bodyNounLastWordEndings : dutchBodyNounLastWordEndings
        var actorLength = 0
        for length in 2...min(article.maxPhraseWords + 1, words.count) {
            // The word's last byte is read once, not once per last word (`utf8.last` is a
            // generic call: reading it for every pair cost most of this function).
            let word = words[words.startIndex + length - 1]
            let wordEnd = word.utf8.last
            guard lastWords.contains(where: { mayEnd(wordEnd, with: $0.lastByte) && word.hasSuffix($0.text) }) else { continue }
            let phrase = joinedBySpaces(words[(words.startIndex + 1)..<(words.startIndex + length)])
            if article.nouns.contains(where: { phrase.hasSuffix($0) }) { actorLength = length }
        }
        return actorLength
    }

    /// `words.joined(separator: " ")`, appended one by one: the generic `joined` cost
    /// ~35,000 instructions on its first call in a process.
    static func joinedBySpaces(_ words: ArraySlice<String>) -> String {
        var phrase = ""
        for index in words.indices {
            if index != words.startIndex { phrase.append(" ") }
            phrase.append(words[index])
        }
        return phrase
    }

    /// Whether `words` start with the words "is" needs ("van mening").
    private static func hasVerbsFollowingWords(_ words: ArraySlice<String>) -> Bool {
        let following = verbNeedingWords.following
        return words.count >= following.count
            && following.indices.allSatisfy { words[words.startIndex + $0].lowercased() == following[$0] }
    }

    /// The actor's words joined by spaces; a lower-case article ("Further, the Committee")
    /// is written with a capital.
    private static func actorText(_ words: ArraySlice<String>, article: Article?) -> String {
        let actor = joinedBySpaces(words)
        if article != nil, let lead = actor.utf8.first, (0x61...0x7A).contains(lead) {
            return actor.prefix(1).uppercased() + actor.dropFirst()
        }
        return actor
    }

    /// The Dutch order after a connective, verb before actor: "(Daarnaast) dringt GRETA
    /// erop aan", "(Verder) is de Commissie van mening". Read on `Character`s: only texts
    /// that start with a connective get here. No adverbs are skipped (they follow the actor).
    static func invertedActorAndStance(_ text: Substring) -> Opener? {
        let text = text.drop { $0 == " " }
        // The verb: a Dutch stance verb (at most 12 letters, "onderstreept", and trimmed
        // ",;:"), a letter first; a long first word is not lower-cased.
        let verbEnd = text.utf8.firstIndex(of: 0x20) ?? text.endIndex
        guard let lead = text.utf8.first, (0x41...0x5A).contains(lead) || (0x61...0x7A).contains(lead),
              text.utf8[..<verbEnd].count <= 16,
              let stance = dutchStanceVerbs[text[..<verbEnd].trimming(",;:").lowercased()]
        else { return nil }
        let words = openingWords(text).dropFirst()
        guard let first = words.first else { return nil }
        let firstIsAcronym = isAcronym(first)
        let article = firstIsAcronym ? nil : Article(first)
        let actorLength = firstIsAcronym ? 1 : self.actorLength(words, article: article)
        guard actorLength > 0 else { return nil }
        if text[..<verbEnd].trimming(",;:").lowercased() == verbNeedingWords.verb {
            guard hasVerbsFollowingWords(words[(words.startIndex + actorLength)...]) else { return nil }
        }
        let actorWords = words[words.startIndex..<(words.startIndex + actorLength)]
        return Opener(actor: actorText(actorWords, article: article), stance: stance)
    }

    /// A word's bytes without leading and trailing ",;:", when the word is all ASCII (so
    /// byte trimming equals `Character` trimming); nil otherwise.
    private static func asciiCore(_ word: Substring.UTF8View) -> Substring.UTF8View? {
        guard word.allSatisfy({ $0 < 0x80 }) else { return nil }
        let isTrimmable = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") }
        var start = word.startIndex
        var end = word.endIndex
        while start < end, isTrimmable(word[start]) { start = word.index(after: start) }
        while start < end, isTrimmable(word[word.index(before: end)]) { end = word.index(before: end) }
        return word[start..<end]
    }

    /// A word trimmed of ",;:" (on bytes when it is ASCII).
    static func trimmedWord(_ word: Substring.UTF8View) -> String {
        if let core = asciiCore(word) { return String(Substring(core)) }
        return Substring(word).trimming(",;:")
    }

    /// The most words of the opening the actor and stance are read from.
    static let openingWordLimit = 12

    /// The first 12 words of `text`, split at spaces (empty words skipped), each trimmed of
    /// ",;:": `text.utf8.split(separator: 0x20, maxSplits: 12).prefix(12).map(trimmedWord)`,
    /// scanned on the bytes because the generic `split` on a UTF-8 view costs ~100
    /// instructions a byte. An ASCII word is trimmed on bytes; another by ``trimmedWord(_:)``.
    static func openingWords(_ text: Substring) -> [String] {
        let original = text.utf8
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            let isTrimmable = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") }
            var words: [String] = []
            words.reserveCapacity(openingWordLimit)
            var position = 0
            while words.count < openingWordLimit {
                while position < bytes.count, bytes[position] == 0x20 { position += 1 }
                guard position < bytes.count else { break }
                var end = position
                var isASCII = true
                while end < bytes.count, bytes[end] != 0x20 {
                    isASCII = isASCII && bytes[end] < 0x80
                    end += 1
                }
                if isASCII {
                    var start = position
                    var stop = end
                    while start < stop, isTrimmable(bytes[start]) { start += 1 }
                    while start < stop, isTrimmable(bytes[stop - 1]) { stop -= 1 }
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self))
                } else {
                    // Spaces are scalar boundaries, so the offsets are valid indices.
                    let start = original.index(original.startIndex, offsetBy: position)
                    let stop = original.index(original.startIndex, offsetBy: end)
                    words.append(trimmedWord(original[start..<stop]))
                }
                position = end
            }
            return words
        }
    }

    /// The last word of every body noun ("Group" of "Working Group"): a phrase can only end
    /// with a body noun when its last word ends with one of these.
    static let bodyNounLastWords = Set(bodyNouns.map { String($0.split(separator: " ").last ?? Substring($0)) })
    static let dutchBodyNounLastWords = Set(dutchBodyNouns.map { String($0.split(separator: " ").last ?? Substring($0)) })

    /// A last word of a body noun with its last byte, read once.
    struct LastWordEnding {
        let text: String
        let lastByte: UInt8?

        init(_ text: String) {
            self.text = text
            self.lastByte = text.utf8.last
        }
    }

    static let bodyNounLastWordEndings = bodyNounLastWords.map(LastWordEnding.init)
    static let dutchBodyNounLastWordEndings = dutchBodyNounLastWords.map(LastWordEnding.init)

    /// Whether a word whose last byte is `wordEnd` may end with a last word of a body noun
    /// whose last byte is `lastWordEnd`: `false` when the word's last byte is printable ASCII
    /// other than the last word's. That byte ends the word's last character, a cluster that
    /// can equal only a character ending so (no cluster of several scalars normalizes to one,
    /// and no last word ends in U+212A, U+037E or U+1FEF, the only scalars decomposing to
    /// ASCII). It spares the `Character` definition most of its twenty `hasSuffix` calls per
    /// phrase length.
    static func mayEnd(_ wordEnd: UInt8?, with lastWordEnd: UInt8?) -> Bool {
        guard let last = wordEnd, last >= 0x20, last <= 0x7E else { return true }
        return lastWordEnd == last
    }

    /// 2–8 upper-case letters ("GRETA", "CPT"); decided on bytes for ASCII words.
    private static func isAcronym(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return (2...8).contains(word.utf8.count) && word.utf8.allSatisfy { (0x41...0x5A).contains($0) }
        }
        return (2...8).contains(word.count) && word.allSatisfy { $0.isUppercase && $0.isLetter }
    }

    /// Whether an item introduces sub-items ("…, including by:", "should:").
    static func isUmbrella(_ text: String) -> Bool {
        text.hasSuffix(":")
    }
}

