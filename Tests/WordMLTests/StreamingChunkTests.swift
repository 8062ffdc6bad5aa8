import Foundation
import Testing
import WordML

/// The streaming parser must give identical blocks whatever the chunk boundaries: text
/// split across SAX callbacks, tags split across zip reads.
@Suite struct StreamingChunkTests {
    static let inputs = [
        "docx/runs_split_mid_word.docx", "docx/hyperlinks.docx", "docx/tables.docx",
        "docx/text_box.docx", "docx/footnotes_endnotes.docx", "docx/utf16_bom.docx",
        "docx/utf8_bom.docx", "docx/numbering_multilevel_decimal.docx", "docx/tracked_changes.docx",
    ]

    @Test(arguments: inputs)
    func chunkSizeDoesNotChangeTheBlocks(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture(name))))
        let reference = try WordDocumentReader.read(bytes: bytes, chunkSize: 64 * 1024)
        #expect(!reference.blocks.isEmpty)
        for chunkSize in [1, 7, 4096] {
            let document = try WordDocumentReader.read(bytes: bytes, chunkSize: chunkSize)
            #expect(document == reference, "\(name) differs with \(chunkSize)-byte chunks")
        }
    }

    @Test func aRealLetterIsIdenticalInOneByteChunks() throws {
        let shared = try #require(TestPaths.shared, "needs ../shared")
        let url = shared.appendingPathComponent("realdocx/kv-02.docx")
        let bytes = try [UInt8](Data(contentsOf: url))
        let reference = try WordDocumentReader.read(bytes: bytes)
        let oneByte = try WordDocumentReader.read(bytes: bytes, chunkSize: 1)
        let sevenBytes = try WordDocumentReader.read(bytes: bytes, chunkSize: 7)
        #expect(oneByte == reference)
        #expect(sevenBytes == reference)
    }
}
