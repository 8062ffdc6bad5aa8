import ArgumentParser
import IngestCore

/// Command-line overrides of the reading limits: one option per field of `Limits`, named
/// after the pipeline file's `limits:` key in kebab case (`maxXMLDepth` → `--max-xml-depth`).
/// An option not given leaves the base value: the default for `convert`, `blocks` and
/// `text`, the pipeline file's for `run`.
struct LimitOptions: ParsableArguments {
    @Option(help: "Largest input file in bytes (default \(Limits.default.maxInputBytes)).")
    var maxInputBytes: Int?

    @Option(help: "Largest uncompressed part in bytes (default \(Limits.default.maxPartBytes)).")
    var maxPartBytes: Int?

    @Option(help: "Most uncompressed bytes of all parts read for one document (default \(Limits.default.maxTotalBytes)).")
    var maxTotalBytes: Int?

    @Option(help: "Largest uncompressed-to-compressed ratio of one zip entry (default \(Limits.default.maxCompressionRatio)).")
    var maxCompressionRatio: Int?

    @Option(help: "Entries smaller than this many uncompressed bytes skip the ratio check (default \(Limits.default.ratioCheckFloorBytes)).")
    var ratioCheckFloorBytes: Int?

    @Option(help: "Most zip entries in one package (default \(Limits.default.maxEntries)).")
    var maxEntries: Int?

    @Option(help: "Most paragraphs in one document (default \(Limits.default.maxParagraphs)).")
    var maxParagraphs: Int?

    @Option(help: "Most text in one document, in UTF-8 bytes (default \(Limits.default.maxTextCharacters)).")
    var maxTextCharacters: Int?

    @Option(name: .customLong("max-xml-depth"), help: "Deepest XML element nesting in a part (default \(Limits.default.maxXMLDepth)).")
    var maxXMLDepth: Int?

    @Option(help: "Most bytes of text in one paragraph (default \(Limits.default.maxParagraphTextBytes)).")
    var maxParagraphTextBytes: Int?

    /// The options given on the command line: the flag, the limit it sets and its value.
    private var given: [(flag: String, keyPath: WritableKeyPath<Limits, Int>, value: Int)] {
        let options: [(String, WritableKeyPath<Limits, Int>, Int?)] = [
            ("--max-input-bytes", \.maxInputBytes, maxInputBytes),
            ("--max-part-bytes", \.maxPartBytes, maxPartBytes),
            ("--max-total-bytes", \.maxTotalBytes, maxTotalBytes),
            ("--max-compression-ratio", \.maxCompressionRatio, maxCompressionRatio),
            ("--ratio-check-floor-bytes", \.ratioCheckFloorBytes, ratioCheckFloorBytes),
            ("--max-entries", \.maxEntries, maxEntries),
            ("--max-paragraphs", \.maxParagraphs, maxParagraphs),
            ("--max-text-characters", \.maxTextCharacters, maxTextCharacters),
            ("--max-xml-depth", \.maxXMLDepth, maxXMLDepth),
            ("--max-paragraph-text-bytes", \.maxParagraphTextBytes, maxParagraphTextBytes),
        ]
        return options.compactMap { flag, keyPath, value in value.map { (flag, keyPath, $0) } }
    }

    /// Refuses a limit below 1, as the pipeline file does.
    func validate() throws {
        for option in given where option.value < 1 {
            throw ValidationError("\(option.flag) must be 1 or more")
        }
    }

    /// `base` with every limit given on the command line replaced.
    func applied(to base: Limits) -> Limits {
        var limits = base
        for option in given { limits[keyPath: option.keyPath] = option.value }
        return limits
    }

    /// The defaults with the command line's overrides.
    var limits: Limits { applied(to: .default) }
}
