import IngestCore

/// ``RecommendationCues``' actor-and-stance test read on the bytes of the opening words,
/// without building a `String` until a match: most texts tried ("The government …",
/// "In 2024 …") are rejected on their first two words.
///
/// It decides only when every word it reads is ASCII. There a word's bytes are its
/// characters: trimming ",;:", `lowercased()`, `hasSuffix` and `isUppercase` (A–Z) give
/// the same answers on bytes as on `Character`s, and no character can join a space or a
/// word boundary. Any other text is `undecided` and goes to the `Character` definition.
enum OpenerBytes {
    /// The outcome of the byte-level reading.
    enum Verdict: Equatable {
        case opener(RecommendationCues.Opener)
        case none
        /// A word looked at has a non-ASCII byte: the `Character` definition decides.
        case undecided
    }

    /// The definition looks at the first twelve words only.
    private static let wordLimit = 12

    /// The actor and stance at the start of `bytes` (a text's UTF-8), as
    /// ``RecommendationCues`` defines them.
    static func actorAndStance(_ bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        // The definition drops leading " " characters; a space followed by an ASCII byte
        // is a character of its own, so dropping 0x20 bytes drops the same ones.
        guard let first = word(in: bytes, from: 0) else { return .none }
        guard isASCII(bytes, first) else { return .undecided }
        let firstCore = core(bytes, first)
        let firstIsAcronym = isAcronym(bytes, firstCore)
        let article = firstIsAcronym ? nil : self.article(bytes, firstCore)
        guard firstIsAcronym || article != nil else { return .none }
        if !firstIsAcronym {
            // "The" must be followed by a word starting with a capital ("The Committee").
            guard let second = word(in: bytes, from: first.upperBound) else { return .none }
            guard isASCII(bytes, second) else { return .undecided }
            let secondCore = core(bytes, second)
            guard let lead = secondCore.first.map({ bytes[$0] }), isUpper(lead) else { return .none }
        }
        // The first twelve words (the definition's `words`), trimmed of ",;:", in a buffer
        // on the stack, read as far as the verdict needs them: most openers are decided on
        // their first three or four words.
        return withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: wordLimit) { storage in
            storage.initializeElement(at: 0, to: firstCore)
            // Ranges are trivial: the buffer needs no deinitialization.
            var words = Words(bytes: bytes, storage: storage, end: first.upperBound)
            return actorAndStance(bytes, words: &words, article: article)
        }
    }

    /// The definition's first twelve words, read from the first on when asked for: each
    /// trimmed of ",;:" while the words so far are ASCII; reading a word from the first
    /// non-ASCII one on is left to the definition.
    private struct Words {
        let bytes: UnsafeBufferPointer<UInt8>
        let storage: UnsafeMutableBufferPointer<Range<Int>>
        /// The words read so far (the first is read before).
        private(set) var count = 1
        /// How many of the first words read are ASCII.
        private(set) var asciiCount = 1
        /// Where the last word read ends.
        var end: Int

        /// Whether the definition has a word `index` (`index < words.count`), reading the
        /// words up to it.
        mutating func has(_ index: Int) -> Bool {
            while count <= index, count < wordLimit, let next = word(in: bytes, from: end) {
                let isASCIIWord = asciiCount == count && isASCII(bytes, next)
                if isASCIIWord { asciiCount += 1 }
                storage.initializeElement(at: count, to: isASCIIWord ? core(bytes, next) : next)
                count += 1
                end = next.upperBound
            }
            return index < count
        }

        /// Word `index`, once ``has(_:)`` said it exists.
        subscript(index: Int) -> Range<Int> { storage[index] }

        /// Words `range`, once read.
        subscript(range: Range<Int>) -> Slice<UnsafeBufferPointer<Range<Int>>> {
            UnsafeBufferPointer(storage)[range]
        }
    }

    /// The verdict on the first `words`, read as far as needed.
    private static func actorAndStance(
        _ bytes: UnsafeBufferPointer<UInt8>, words: inout Words, article: RecommendationCues.Article?
    ) -> Verdict {
        // Read once: each read of a static `let` is a `swift_once` call.
        let lists = Self.lists
        var actorLength = article == nil ? 1 : 0
        if let article {
            // The longest "The … Committee" (at most five words after "The", seven after "De").
            _ = words.has(article.maxPhraseWords)
            let phraseEnd = min(article.maxPhraseWords + 1, words.count)
            guard phraseEnd <= words.asciiCount else { return .undecided }
            let bodyNouns = article == .english ? lists.bodyNouns : lists.dutchBodyNouns
            for length in 2...phraseEnd {
                // A phrase ends with a noun's last byte (an empty last word ends with none).
                guard let lastByte = words[length - 1].last.map({ bytes[$0] }) else { continue }
                if bodyNouns.endingIn[Int(lastByte)].contains(where: { phrase(bytes, words[1..<length], endsWith: $0) }) {
                    actorLength = length
                }
            }
        }
        guard actorLength > 0 else { return .none }
        var index = actorLength
        while words.has(index) {
            guard index < words.asciiCount else { return .undecided }
            if lists.skippedAdverbs.ofLength(words[index].count).contains(where: { equalsLowercased(bytes, words[index], $0) }) {
                index += 1
            } else if equalsLowercased(bytes, words[index], lists.twoWordAdverb.first), words.has(index + 1) {
                // "met klem"; "met" followed by another word is no adverb.
                guard index + 1 < words.asciiCount else { return .undecided }
                guard equalsLowercased(bytes, words[index + 1], lists.twoWordAdverb.second) else { break }
                index += 2
            } else {
                break
            }
        }
        guard words.has(index),
              let verb = lists.stanceVerbs.ofLength(words[index].count).first(where: { equalsLowercased(bytes, words[index], $0.word) })
        else { return .none }
        let stance = verb.stance
        if equalsLowercased(bytes, words[index], lists.verbNeedingWords.verb) {
            // "is van mening".
            for (offset, expected) in lists.verbNeedingWords.following.enumerated() {
                guard words.has(index + 1 + offset) else { return .none }
                guard index + 1 + offset < words.asciiCount else { return .undecided }
                guard equalsLowercased(bytes, words[index + 1 + offset], expected) else { return .none }
            }
        }
        // The actor's words joined by single spaces, with a lower-case article ("the",
        // "de") written with a capital. Written as bytes into the string's storage: every
        // actor word is ASCII here, so its bytes are its characters.
        let actorWords = words[0..<actorLength]
        let actorByteCount = actorWords.reduce(actorLength - 1) { $0 + $1.count }
        let actor = String(unsafeUninitializedCapacity: actorByteCount) { buffer in
            var count = 0
            for (position, word) in actorWords.enumerated() {
                if position > 0 {
                    buffer[count] = 0x20
                    count += 1
                }
                for index in word {
                    buffer[count] = bytes[index]
                    count += 1
                }
            }
            if article != nil, actorByteCount > 0, buffer[0] >= 0x61, buffer[0] <= 0x7A { buffer[0] -= 0x20 }
            return count
        }
        return .opener(RecommendationCues.Opener(actor: actor, stance: stance))
    }

    // MARK: - Word lists as bytes

    /// The word lists, in one static `let`: each static read in a call is a `swift_once`.
    private static let lists = WordLists()

    /// The word lists as bytes, grouped so that a word is compared only with the entries
    /// it can equal: by length, and the body nouns by last byte.
    private struct WordLists: Sendable {
        /// The adverbs skipped between actor and verb; "reiterates" is a verb there.
        let skippedAdverbs = ByLength(RecommendationCues.adverbs.subtracting(["reiterates"]).map { Array($0.utf8) }) { $0.count }
        let stanceVerbs = ByLength(RecommendationCues.stanceVerbs.map { StanceVerb(word: Array($0.key.utf8), stance: $0.value) }) {
            $0.word.count
        }
        let bodyNouns = BodyNouns(RecommendationCues.bodyNouns)
        let dutchBodyNouns = BodyNouns(RecommendationCues.dutchBodyNouns)
        let twoWordAdverb = (first: Array(RecommendationCues.twoWordAdverb.first.utf8),
                             second: Array(RecommendationCues.twoWordAdverb.second.utf8))
        let verbNeedingWords = (verb: Array(RecommendationCues.verbNeedingWords.verb.utf8),
                                following: RecommendationCues.verbNeedingWords.following.map { Array($0.utf8) })
    }

    /// A stance verb's bytes and the stance it expresses.
    private struct StanceVerb: Sendable {
        let word: [UInt8]
        let stance: String
    }

    /// Entries grouped by the byte count of their word: only those of a word's length can
    /// equal it (``equalsLowercased(_:_:_:)`` compares byte for byte).
    private struct ByLength<Entry: Sendable>: Sendable {
        private let groups: [[Entry]]

        init(_ entries: [Entry], _ length: (Entry) -> Int) {
            var groups = [[Entry]](repeating: [], count: (entries.map(length).max() ?? 0) + 1)
            for entry in entries { groups[length(entry)].append(entry) }
            self.groups = groups
        }

        /// The entries whose word has `count` bytes.
        func ofLength(_ count: Int) -> [Entry] { count < groups.count ? groups[count] : [] }
    }

    /// A language's body nouns as bytes, grouped by last byte: a phrase can end with only
    /// those ending in its last byte, and most phrase ends tried end in a byte none does.
    private struct BodyNouns: Sendable {
        /// The nouns ending in byte `index`.
        let endingIn: [[[UInt8]]]

        init(_ nouns: [String]) {
            var endingIn = [[[UInt8]]](repeating: [], count: 256)
            for noun in nouns { if let last = noun.utf8.last { endingIn[Int(last)].append(Array(noun.utf8)) } }
            self.endingIn = endingIn
        }
    }

    // MARK: - Bytes

    /// The next word (a run of bytes other than 0x20) at or after `start`.
    private static func word(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var lower = start
        while lower < bytes.count, bytes[lower] == 0x20 { lower += 1 }
        guard lower < bytes.count else { return nil }
        var upper = lower + 1
        while upper < bytes.count, bytes[upper] != 0x20 { upper += 1 }
        return lower..<upper
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { bytes[$0] < 0x80 }
    }

    /// `range` without leading and trailing ",;:".
    private static func core(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
        let isTrimmable = { (byte: UInt8) in byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") }
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isTrimmable(bytes[lower]) { lower += 1 }
        while lower < upper, isTrimmable(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    /// The article `range` spells ("The", "de", "Het"), if any.
    private static func article(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> RecommendationCues.Article? {
        // At most three bytes: longer words are no article (and most first words are).
        guard range.count <= 3 else { return nil }
        return articleSpellings.first { $0.spelling.elementsEqual(bytes[range]) }?.article
    }

    /// Every spelling of every article, with its article.
    private static let articleSpellings = RecommendationCues.Article.allCases.flatMap { article in
        article.spellings.map { (spelling: Array($0.utf8), article: article) }
    }

    /// 2–8 ASCII capitals, as `RecommendationCues.isAcronym` decides an ASCII word.
    private static func isAcronym(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        (2...8).contains(range.count) && range.allSatisfy { isUpper(bytes[$0]) }
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { ByteComparison.equal(UnsafeBufferPointer(rebasing: bytes[range]), $0) }
    }

    /// Whether the word at `range`, lower-cased, is `word` (lower-case ASCII).
    private static func equalsLowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        guard range.count == word.count else { return false }
        for (offset, expected) in word.enumerated() {
            let byte = bytes[range.lowerBound + offset]
            guard (isUpper(byte) ? byte | 0x20 : byte) == expected else { return false }
        }
        return true
    }

    /// Whether `words` joined by single spaces end with `suffix`: compared from the end, a
    /// space standing for each gap between two words.
    private static func phrase(
        _ bytes: UnsafeBufferPointer<UInt8>, _ words: Slice<UnsafeBufferPointer<Range<Int>>>, endsWith suffix: [UInt8]
    ) -> Bool {
        var wordIndex = words.endIndex - 1
        var position = words[wordIndex].upperBound
        for expected in suffix.reversed() {
            if position == words[wordIndex].lowerBound {
                guard wordIndex > words.startIndex, expected == 0x20 else { return false }
                wordIndex -= 1
                position = words[wordIndex].upperBound
                continue
            }
            position -= 1
            guard bytes[position] == expected else { return false }
        }
        return true
    }
}
