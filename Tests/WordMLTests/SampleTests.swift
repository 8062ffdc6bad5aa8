import Foundation
import Testing
import WordML

/// The committed samples (`Samples/`, built by `scripts/samples/build_samples.py`): the
/// same GRETA reply laid out five ways must read to the same words.
@Suite struct SampleTests {
    static func words(_ name: String) throws -> [Substring] {
        let document = try WordDocumentReader.read(path: TestPaths.samples.appendingPathComponent(name).path)
        return PlainTextRenderer.render(document)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .filter { !($0.count == 1 && $0.first?.isNumber == true) }
    }

    @Test func trackedChangesAcceptedGiveTheCleanText() throws {
        let clean = try WordDocumentReader.read(path: TestPaths.samples.appendingPathComponent("2026D06192.docx").path)
        let tracked = try WordDocumentReader.read(path: TestPaths.samples.appendingPathComponent("2026D06192-tracked.docx").path)
        #expect(PlainTextRenderer.render(tracked) == PlainTextRenderer.render(clean))
    }

    @Test(arguments: ["2026D06192-style-bullets.docx", "2026D06192-typed-bullets.docx", "2026D06192-table.docx"])
    func otherLayoutsHaveTheSameWords(_ name: String) throws {
        let reference = try Self.words("2026D06192.docx")
        let words = try Self.words(name)
        #expect(reference.count > 8_000)
        #expect(Dictionary(grouping: words, by: { $0 }).mapValues(\.count)
                == Dictionary(grouping: reference, by: { $0 }).mapValues(\.count))
    }
}
