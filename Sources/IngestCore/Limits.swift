/// Resource limits applied while reading one input. Exceeding one is `limit-exceeded`,
/// naming the limit and the value; the defaults are generous for real documents and
/// small enough that a hostile file cannot exhaust the machine.
public struct Limits: Sendable, Hashable {
    /// Largest input file accepted, in bytes.
    public var maxInputBytes: Int
    /// Largest uncompressed size of one part, in bytes.
    public var maxPartBytes: Int
    /// Largest uncompressed size of all parts read for one document, in bytes.
    public var maxTotalBytes: Int
    /// Largest ratio of uncompressed to compressed size for one entry (zip bombs).
    public var maxCompressionRatio: Int
    /// Entries below this uncompressed size are exempt from the ratio check.
    public var ratioCheckFloorBytes: Int
    /// Most zip entries accepted in one package.
    public var maxEntries: Int
    /// Most paragraphs in one document (body, tables, text boxes and notes together).
    public var maxParagraphs: Int
    /// Most characters of text in one document.
    public var maxTextCharacters: Int
    /// Deepest XML element nesting accepted in a part.
    public var maxXMLDepth: Int
    /// Most bytes of text in one paragraph (a real one has a few thousand).
    public var maxParagraphTextBytes: Int

    /// Creates limits; every argument has a safe default.
    public init(
        maxInputBytes: Int = 512 << 20,
        maxPartBytes: Int = 512 << 20,
        maxTotalBytes: Int = 1 << 30,
        maxCompressionRatio: Int = 400,
        ratioCheckFloorBytes: Int = 4 << 20,
        maxEntries: Int = 20_000,
        maxParagraphs: Int = 2_000_000,
        maxTextCharacters: Int = 200_000_000,
        maxXMLDepth: Int = 200,
        maxParagraphTextBytes: Int = 2 << 20
    ) {
        self.maxInputBytes = maxInputBytes
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioCheckFloorBytes = ratioCheckFloorBytes
        self.maxEntries = maxEntries
        self.maxParagraphs = maxParagraphs
        self.maxTextCharacters = maxTextCharacters
        self.maxXMLDepth = maxXMLDepth
        self.maxParagraphTextBytes = maxParagraphTextBytes
    }

    /// The defaults.
    public static let `default` = Limits()
}

// MARK: - Limits by name

extension Limits {
    /// Every limit under the name a pipeline file gives it (`limits:` keys, e.g.
    /// `maxXMLDepth`), in declaration order. The command line spells the same names in
    /// kebab case (`--max-xml-depth`), so the two stay aligned.
    public static var settings: [(key: String, keyPath: WritableKeyPath<Limits, Int>)] {
        [
            ("maxInputBytes", \.maxInputBytes),
            ("maxPartBytes", \.maxPartBytes),
            ("maxTotalBytes", \.maxTotalBytes),
            ("maxCompressionRatio", \.maxCompressionRatio),
            ("ratioCheckFloorBytes", \.ratioCheckFloorBytes),
            ("maxEntries", \.maxEntries),
            ("maxParagraphs", \.maxParagraphs),
            ("maxTextCharacters", \.maxTextCharacters),
            ("maxXMLDepth", \.maxXMLDepth),
            ("maxParagraphTextBytes", \.maxParagraphTextBytes),
        ]
    }
}
