import ArgumentParser
import IngestCore

/// Command-line overrides of the reading limits.
struct LimitOptions: ParsableArguments {
    @Option(help: "Largest input file in bytes.")
    var maxInputBytes: Int = Limits.default.maxInputBytes

    @Option(help: "Largest uncompressed part in bytes.")
    var maxPartBytes: Int = Limits.default.maxPartBytes

    @Option(help: "Largest uncompressed-to-compressed ratio of one zip entry.")
    var maxCompressionRatio: Int = Limits.default.maxCompressionRatio

    @Option(help: "Most paragraphs in one document.")
    var maxParagraphs: Int = Limits.default.maxParagraphs

    var limits: Limits {
        var limits = Limits.default
        limits.maxInputBytes = maxInputBytes
        limits.maxPartBytes = maxPartBytes
        limits.maxCompressionRatio = maxCompressionRatio
        limits.maxParagraphs = maxParagraphs
        return limits
    }
}
