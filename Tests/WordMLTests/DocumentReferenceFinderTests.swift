import Testing
@testable import Segmentation
import WordML

/// ``DocumentReferenceFinder``'s reading of a note paragraph's runs against scanning the
/// paragraph's joined text.
@Suite struct DocumentReferenceFinderTests {
    static let pieces = ["", " ", "Kamerstuk ", "36", "278", " 278", ", nr. ", "32", "2024Z", "11859", "2026D06192", "1", "12",
                         "é", "text ", "2024Z11859", "29628, nr. 1135", "nr."]

    @Test func scanningRunsMatchesScanningTheText() {
        var generator = SplitMix64(state: 91)
        for _ in 0..<4_000 {
            let runs = (0..<generator.next(6)).map { _ in
                Run(text: (0..<generator.next(5)).map { _ in Self.pieces[generator.next(Self.pieces.count)] }.joined())
            }
            let paragraph = Paragraph(runs: runs)
            var byRuns = DocumentReferenceFinder()
            byRuns.scan(runsOf: paragraph)
            var byText = DocumentReferenceFinder()
            byText.scan(paragraph.text)
            #expect(byRuns.found == byText.found, "\(runs.map(\.text))")
        }
    }
}
